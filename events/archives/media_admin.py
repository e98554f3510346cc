"""The admin's "Keep media" screen: start a copy of an archive's media, follow it, see failures."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from events.archives.admin_views import can_import
from events.archives.importer import archive_event
from events.archives.media import limits, start_copy, wanted
from events.models import ChatArchive, EventPage, MediaCopy


class KeepMediaView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "admin/archives/keep_media.html"
    header_icon = "image"
    page_title = _("Keep media")

    def dispatch(self, request, *args, **kwargs):
        self.event = get_object_or_404(EventPage, pk=kwargs["event_id"]).specific
        # The same people who may import an archive may copy its media.
        if not can_import(request.user, self.event):
            raise PermissionDenied
        self.archive = ChatArchive.objects.filter(event=archive_event(self.event)).first()
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.event.title

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse("wagtailadmin_pages:edit", args=[self.event.pk]),
                "label": self.event.title,
            },
            {"url": "", "label": _("Keep media")},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        copies = (
            MediaCopy.objects.filter(archive=self.archive).select_related("started_by")[:5]
            if self.archive
            else []
        )
        context.update(
            event=self.event,
            archive=self.archive,
            copies=copies,
            running=next((copy for copy in copies if copy.in_progress), None),
            waiting=sum(1 for _item in wanted(self.archive.pk)) if self.archive else 0,
            limits=limits(),
        )
        return context

    def post(self, request, *args, **kwargs):
        if not self.archive:
            raise PermissionDenied
        with transaction.atomic():
            # One run at a time per archive: a second click follows the first.
            ChatArchive.objects.select_for_update().filter(pk=self.archive.pk).exists()
            running = MediaCopy.objects.filter(
                archive=self.archive, status__in=["queued", "copying"]
            ).exists()
            if not running:
                start_copy(self.archive, request.user)
                messages.success(request, _("Copying the media in the background."))
        return redirect("chat_archive_keep_media", self.event.pk)
