"""Admin views: deciding on a contribution in one action; granting conference organisers."""

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin.utils import get_valid_next_url_from_request

from hub.roles import (
    conference_organisers,
    grant_conference_organiser,
    is_editor,
    revoke_conference_organiser,
)
from resources.decisions import APPROVE, REJECT, can_moderate, decide
from resources.models import ConferenceResourcePage, ContributedResource


@require_POST
def decide_contribution(request, contribution_id):
    contribution = get_object_or_404(ContributedResource, pk=contribution_id)
    if not can_moderate(request.user, contribution):
        raise PermissionDenied
    decision = request.POST.get("decision")
    if decision not in (APPROVE, REJECT):
        messages.error(request, _("Choose Approve or Reject."))
    else:
        decide(contribution, request.user, decision, request.POST.get("note", ""))
        message = (
            _("“%(title)s” is approved and shown on %(conference)s.")
            if decision == APPROVE
            else _("“%(title)s” is rejected; its file is deleted.")
        )
        messages.success(
            request,
            message % {"title": contribution.title, "conference": contribution.conference.title},
        )
    return redirect(get_valid_next_url_from_request(request) or "wagtailadmin_home")


class OrganiserForm(forms.Form):
    username = forms.CharField(
        max_length=150,
        label=gettext_lazy("Username"),
        help_text=gettext_lazy("The login name of the person who will organise this conference."),
    )

    def clean_username(self):
        user = (
            get_user_model()
            .objects.filter(username=self.cleaned_data["username"].strip(), is_active=True)
            .first()
        )
        if user is None:
            raise forms.ValidationError(_("No active user with that username."))
        return user


def conference_organisers_view(request, page_id):
    """Editors add and remove a conference's organisers (its own group, keyed by page id)."""
    if not is_editor(request.user):
        raise PermissionDenied
    conference = get_object_or_404(ConferenceResourcePage, pk=page_id)
    form = OrganiserForm()
    if request.method == "POST":
        if "remove" in request.POST:
            user = get_object_or_404(get_user_model(), pk=request.POST["remove"])
            revoke_conference_organiser(user, conference)
            messages.success(
                request, _("%(user)s no longer organises it.") % {"user": user.get_username()}
            )
            return redirect("conference_organisers", page_id=conference.pk)
        form = OrganiserForm(request.POST)
        if form.is_valid():
            user = form.cleaned_data["username"]
            grant_conference_organiser(user, conference)
            messages.success(
                request,
                _("%(user)s now organises %(conference)s.")
                % {"user": user.get_username(), "conference": conference.title},
            )
            return redirect("conference_organisers", page_id=conference.pk)
    return TemplateResponse(
        request,
        "admin/conference_organisers.html",
        {
            "page": conference,
            "organisers": conference_organisers(conference),
            "form": form,
        },
    )
