"""Admin views that keep translators' work a draft until an Editor or Moderator publishes it."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Page
from wagtail_localize.models import Translation
from wagtail_localize.views import convert
from wagtail_localize.views.update_translations import UpdateTranslationsView

from hub.review import can_publish, submit_for_review


class ReviewedUpdateTranslationsView(UpdateTranslationsView):
    """wagtail-localize's "Sync translated pages", whose "Publish immediately" checks only
    `submit_translation`: for someone who may not publish every translation, the synced
    translations are sent for review instead."""

    def form_valid(self, form):
        user = self.request.user
        if form.cleaned_data.get("publish_translations"):
            translations = list(self.object.translations.filter(enabled=True))
            if not all(can_publish(user, t.get_target_instance()) for t in translations):
                form.cleaned_data["publish_translations"] = False
                response = super().form_valid(form)
                for translation in translations:
                    submit_for_review(translation, user)
                messages.info(self.request, _("The translations wait for an editor's review."))
                return response
        return super().form_valid(form)


def convert_to_alias(request, page_id):
    """Turning a translation back into an alias shows the source's text at once: a publish."""
    page = get_object_or_404(Page, id=page_id)
    if not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    return convert.convert_to_alias(request, page_id)


def enabled_translation(page):
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source", "target_locale")
        .first()
    )


def submit_translation_for_review(request, page_id):
    """Save the page's translation as a draft and send it to the "Translation review"
    workflow; GET asks to confirm."""
    page = get_object_or_404(Page, id=page_id).specific
    translation = enabled_translation(page)
    if translation is None or not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    if request.method == "POST":
        submit_for_review(translation, request.user)
        messages.success(
            request,
            _("“%(title)s” waits for an editor's review.")
            % {"title": page.get_admin_display_title()},
        )
        return redirect(reverse("wagtailadmin_explore", args=[page.get_parent().pk]))
    return TemplateResponse(request, "admin/submit_translation.html", {"page": page})
