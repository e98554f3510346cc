"""The admin dashboard's "Waiting for you" panel: everything that waits for the user's role
(contributions, proposed chats, translations to review, imports that failed or stalled)."""

from datetime import timedelta

from django.utils import timezone
from wagtail.admin.ui.components import Component

from events.archives.uploads import is_stalled
from events.models import ArchiveUpload, ChatProposal, UploadStatus
from hub.review import waiting_for_review
from resources.decisions import moderatable

RECENT_FAILURES = timedelta(days=30)


def waiting_for(user):
    """What `user` should look at, as lists by kind; empty lists for other roles' work."""
    proposals, uploads = [], []
    if user.has_perm("events.view_chatproposal"):
        proposals = list(
            ChatProposal.objects.filter(event__isnull=False, event__live=False)
            .select_related("event")
            .order_by("submitted_at")
        )
    if user.has_perm("events.add_archiveupload"):
        recent = ArchiveUpload.objects.filter(
            changed_at__gte=timezone.now() - RECENT_FAILURES
        ).select_related("event")
        uploads = [
            upload
            for upload in recent.exclude(status__in=[UploadStatus.DONE, UploadStatus.PREVIEWED])
            if upload.status == UploadStatus.FAILED or is_stalled(upload)
        ]
    return {
        "contributions": list(moderatable(user)),
        "proposals": proposals,
        "translations": waiting_for_review(user),
        "uploads": uploads,
    }


class WaitingPanel(Component):
    name = "waiting_for_you"
    template_name = "admin/waiting_panel.html"
    order = 50

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        waiting = waiting_for(self.user)
        context.update(waiting)
        context["nothing"] = not any(waiting.values())
        context["csrf_token"] = parent_context.get("csrf_token")
        context["request"] = parent_context.get("request")
        return context
