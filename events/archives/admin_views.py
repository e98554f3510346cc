"""The admin's "Import chat archive" screens: upload, preview, confirm, follow progress."""

from datetime import date, datetime, time

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from events.archives import uploads
from events.archives.formats import BY_NAME, FORMATS
from events.archives.importer import archive_event
from events.archives.records import ArchiveFileError
from events.models import ArchiveUpload, EventPage, UploadStatus
from events.timezones import in_zone, localize_wall_clock


def can_import(user, event):
    """Editors and moderators who may edit the event; translators and organisers may not."""
    return user.has_perm("events.add_archiveupload") and event.permissions_for_user(user).can_edit()


class UploadForm(forms.Form):
    file = forms.FileField(
        label=_("Archive file"),
        help_text=_(
            "A TAGS spreadsheet (CSV or Excel), a twarc CSV, an X/Twitter archive (tweets.js, "
            "a Grailbird month file or the archive's zip), Mastodon statuses or an account "
            "export (outbox.json or its zip), Bluesky posts (JSON) or a Bluesky account "
            "export (repo.car)."
        ),
    )
    file_format = forms.ChoiceField(
        label=_("Format"),
        required=False,
        help_text=_("Leave on “Detect” unless detection picks the wrong format."),
    )
    account_handle = forms.CharField(
        label=_("Account handle"),
        required=False,
        max_length=255,
        help_text=_(
            "For an account archive's tweets.js on its own, or a Bluesky repo.car, which do "
            "not name it."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file_format"].choices = [("", _("Detect")), *format_choices()]

    def clean_file(self):
        upload = self.cleaned_data["file"]
        limit = settings.HUB_ARCHIVE_MAX_BYTES
        if upload.size > limit:
            raise forms.ValidationError(
                _("%(name)s is %(size)s MB; the limit is %(limit)s MB.")
                % {
                    "name": upload.name,
                    "size": upload.size // (1024 * 1024),
                    "limit": limit // (1024 * 1024),
                }
            )
        return upload

    def clean_account_handle(self):
        return self.cleaned_data["account_handle"].strip().lstrip("@")


def warning_text(code, count):
    if code == "duplicates":
        return ngettext(
            "%(count)s row repeats a post earlier in the file; it is imported once.",
            "%(count)s rows repeat posts earlier in the file; each is imported once.",
            count,
        ) % {"count": count}
    return ngettext(
        "%(count)s post is more than two days away from the event's start: "
        "is this the right file for this event?",
        "%(count)s posts are more than two days away from the event's start: "
        "is this the right file for this event?",
        count,
    ) % {"count": count}


def local_time(iso, zone):
    """An ISO time from a preview as the event's audience read it, in the event's zone."""
    moment = in_zone(datetime.fromisoformat(iso), zone)
    return f"{date_format(moment, 'DATETIME_FORMAT')} {moment.tzname()}"


class WindowForm(forms.Form):
    """The chat's window in a file that spans more: dates in the event's time zone."""

    since = forms.DateField(
        label=_("From"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("Posts before this day are not imported. Empty: from the file's first post."),
    )
    until = forms.DateField(
        label=_("To"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("Posts after this day are not imported. Empty: to the file's last post."),
    )

    def clean(self):
        data = super().clean()
        if data.get("since") and data.get("until") and data["since"] > data["until"]:
            raise forms.ValidationError(_("“From” is after “To”."))
        return data

    def window(self, zone):
        """(since, until) as aware datetimes: the first and last moment of the days given."""
        since, until = self.cleaned_data.get("since"), self.cleaned_data.get("until")
        return (
            localize_wall_clock(datetime.combine(since, time.min), zone) if since else None,
            localize_wall_clock(datetime.combine(until, time.max), zone) if until else None,
        )


def per_period(per_day):
    """A preview's posts per day, or per month when the file spans more than two months."""
    if len(per_day) <= 62:
        return [(date.fromisoformat(day), count, False) for day, count in per_day]
    months = {}
    for day, count in per_day:
        month = date.fromisoformat(day).replace(day=1)
        months[month] = months.get(month, 0) + count
    return [(month, count, True) for month, count in sorted(months.items())]


def format_choices():
    return [(module.NAME, module.LABEL) for module in FORMATS]


class ArchiveView(WagtailAdminTemplateMixin, TemplateView):
    header_icon = "upload"
    page_title = _("Import chat archive")

    def dispatch(self, request, *args, **kwargs):
        self.event = self.get_event(**kwargs).specific
        if not can_import(request.user, self.event):
            raise PermissionDenied
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
            {"url": "", "label": _("Import chat archive")},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["event"] = self.event
        context["uploads"] = ArchiveUpload.objects.filter(
            event__translation_key=self.event.translation_key
        ).select_related("result", "uploaded_by")[:10]
        context["archive_event"] = archive_event(self.event)
        return context


class UploadView(ArchiveView):
    template_name = "admin/archives/upload.html"

    def get_event(self, event_id):
        return get_object_or_404(EventPage, pk=event_id)

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data(form=UploadForm()))

    def post(self, request, *args, **kwargs):
        form = UploadForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        data = form.cleaned_data
        try:
            found = uploads.preview(
                self.event,
                data["file"],
                data["file"].name,
                file_format=data["file_format"] or None,
                **uploads.import_options(data["account_handle"]),
            )
        except ArchiveFileError as error:
            form.add_error("file", str(error))
            return self.render_to_response(self.get_context_data(form=form))
        data["file"].seek(0)
        upload = ArchiveUpload.objects.create(
            event=self.event,
            file=data["file"],
            file_name=data["file"].name[:255],
            size=data["file"].size,
            file_format=found["format"],
            account_handle=data["account_handle"],
            preview=found,
            uploaded_by=request.user,
        )
        return redirect("chat_archive_upload", upload.pk)


class UploadStatusView(ArchiveView):
    template_name = "admin/archives/status.html"

    def get_event(self, upload_id):
        self.upload = get_object_or_404(ArchiveUpload.objects.select_related("event"), pk=upload_id)
        return self.upload.event

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["upload"] = self.upload
        context["preview"] = self.upload.preview
        context["in_background"] = uploads.runs_in_background(self.upload)
        context["stalled"] = uploads.is_stalled(self.upload)
        module = BY_NAME.get(self.upload.file_format)
        context["format_label"] = module.LABEL if module else self.upload.file_format
        preview, zone = self.upload.preview, self.event.time_zone
        if preview:
            context["first"] = local_time(preview["first"], zone)
            context["last"] = local_time(preview["last"], zone)
            context["warnings"] = [warning_text(*item) for item in preview["warnings"]]
            context["sample"] = [
                {**post, "created_at": local_time(post["created_at"], zone)}
                for post in preview["sample"]
            ]
            context["per_period"] = per_period(preview.get("per_day", []))
            suggested = preview.get("window")
            initial = (
                {
                    "since": in_zone(datetime.fromisoformat(suggested[0]), zone).date(),
                    "until": in_zone(datetime.fromisoformat(suggested[1]), zone).date(),
                }
                if suggested
                else {}
            )
            context.setdefault("window_form", WindowForm(initial=initial))
        return context

    def post(self, request, *args, **kwargs):
        if "restart" in request.POST:
            if uploads.restart_import(self.upload):
                messages.success(request, _("The import was queued again."))
            return redirect("chat_archive_upload", self.upload.pk)
        if self.upload.status != UploadStatus.PREVIEWED:
            return redirect("chat_archive_upload", self.upload.pk)  # already under way
        if "cancel" in request.POST:
            uploads.discard(self.upload)
            messages.success(request, _("The upload was discarded; nothing was imported."))
            return redirect("chat_archive_import", self.event.pk)
        form = WindowForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(window_form=form))
        self.upload.since, self.upload.until = form.window(self.event.time_zone)
        self.upload.save(update_fields=["since", "until"])
        upload = uploads.start_import(self.upload)
        if upload.status == "done":
            messages.success(
                request, _("Imported: %(count)s new posts.") % {"count": upload.result.posts_added}
            )
        elif upload.status == "failed":
            messages.error(request, upload.error)
        return redirect("chat_archive_upload", upload.pk)
