"""The public "Add your stuff here!" form on a conference page."""

from django.shortcuts import render
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model

from hub.moderation import notify_moderators
from hub.public_forms import public_form
from resources.forms import AddResourceForm
from resources.models import ContributedResource
from resources.moderation import submissions_collection


def save_contribution(conference, data):
    """Store a submitted resource as pending; the file waits in a collection only
    Editors and Moderators can download (resources.moderation)."""
    document = None
    upload = data.get("file")
    if upload:
        document = get_document_model().objects.create(
            title=data["title"], file=upload, collection=submissions_collection()
        )
    return ContributedResource.objects.create(
        conference=conference,
        title=data["title"],
        kind=data["kind"],
        url=data.get("url", ""),
        document=document,
        description=data.get("description", ""),
        contributor_name=data["contributor_name"],
        contributor_email=data.get("contributor_email", ""),
    )


def add_resource(request, conference):
    """The public "Add your stuff here!" form on a conference page."""
    if not conference.accepts_contributions:
        return render(request, "pages/add_resource.html", {"page": conference, "closed": True})
    return public_form(
        request,
        conference,
        form_class=AddResourceForm,
        rate_limit_key="add-resource",
        template="pages/add_resource.html",
        save=lambda data: contribute(conference, data),
    )


def contribute(conference, data):
    """Keep a contribution for moderation and tell the moderators."""
    resource = save_contribution(conference, data)
    notify_moderators(
        _("New resource for %(conference)s") % {"conference": conference.title},
        _(
            "“%(title)s” from %(name)s waits for moderation in the admin, under "
            "Snippets › Contributed resources."
        )
        % {"title": resource.title, "name": resource.contributor_name},
    )
    return resource
