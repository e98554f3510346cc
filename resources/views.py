"""The public "Add your stuff here!" form on a conference page."""

from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.models import Collection

from hub.antispam import RATE_LIMIT_MESSAGE, within_rate_limit
from hub.moderation import notify_moderators
from resources.forms import AddResourceForm
from resources.models import ContributedResource

SUBMISSIONS_COLLECTION = "Public submissions"


def _submissions_collection():
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=SUBMISSIONS_COLLECTION).first()
    return existing or root.add_child(name=SUBMISSIONS_COLLECTION)


def save_contribution(conference, data):
    """Store a submitted resource as pending; the file goes to a moderators' collection."""
    document = None
    upload = data.get("file")
    if upload:
        document = get_document_model().objects.create(
            title=data["title"], file=upload, collection=_submissions_collection()
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
    if not conference.accepts_contributions:
        return render(request, "pages/add_resource.html", {"page": conference, "closed": True})
    status = 200
    form = AddResourceForm()
    if request.method == "POST":
        form = AddResourceForm(request.POST, request.FILES)
        if not within_rate_limit(request, "add-resource"):
            form.add_error(None, RATE_LIMIT_MESSAGE)
            status = 429
        elif form.is_valid():
            resource = save_contribution(conference, form.cleaned_data)
            notify_moderators(
                _("New resource for %(conference)s") % {"conference": conference.title},
                _(
                    "“%(title)s” from %(name)s waits for moderation in the admin, under "
                    "Snippets › Contributed resources."
                )
                % {"title": resource.title, "name": resource.contributor_name},
            )
            return redirect(conference.url + "add/?sent=1")
        else:
            status = 400
    return render(
        request,
        "pages/add_resource.html",
        {"page": conference, "form": form, "sent": request.GET.get("sent") == "1"},
        status=status,
    )
