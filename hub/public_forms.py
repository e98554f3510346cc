"""The one way a public form is served: "Propose a chat", "Add your stuff here!"."""

from django.shortcuts import redirect, render

from hub.antispam import RATE_LIMIT_MESSAGE, within_rate_limit


def public_form(request, page, *, form_class, rate_limit_key, template, save):
    """GET shows the form; a POST within the rate limit that validates is handed to
    `save(cleaned_data)`, then the reader is redirected to `?sent=1` (post/redirect/get,
    so a reload never sends twice). Refusals keep what was typed, with a 400 or 429."""
    status = 200
    form = form_class()
    if request.method == "POST":
        form = form_class(request.POST, request.FILES)
        if not within_rate_limit(request, rate_limit_key):
            form.add_error(None, RATE_LIMIT_MESSAGE)
            status = 429
        elif form.is_valid():
            save(form.cleaned_data)
            return redirect(f"{request.path}?sent=1")
        else:
            status = 400
    context = {"page": page, "form": form, "sent": request.GET.get("sent") == "1"}
    return render(request, template, context, status=status)
