"""The admin's "Live capture" screen for an event: settings, state, start and stop."""

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from events.choices import Platform
from events.models import CaptureStatus, ChatCapture, EventPage

from . import runner


def can_control(user, event):
    """Editors and moderators who may edit the event; translators may not."""
    return (
        user.has_perm("events.change_chatcapture") and event.permissions_for_user(user).can_edit()
    )


class CaptureForm(forms.ModelForm):
    mastodon_instances = forms.MultipleChoiceField(
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("Mastodon instances"),
        help_text=_(
            "Instances whose public hashtag timelines are read. The hub's operator sets "
            "which are offered (HUB_MASTODON_INSTANCES)."
        ),
    )

    class Meta:
        model = ChatCapture
        fields = ["mastodon_instances", "bluesky", "hashtags", "starts_at", "ends_at"]
        widgets = {
            "starts_at": forms.DateTimeInput(attrs={"type": "datetime-local"}),
            "ends_at": forms.DateTimeInput(attrs={"type": "datetime-local"}),
        }

    def __init__(self, *args, zone_name="UTC", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["mastodon_instances"].choices = [
            (url, url) for url in settings.HUB_MASTODON_INSTANCES
        ]
        if not settings.HUB_BLUESKY_ENABLED:
            del self.fields["bluesky"]
        for name in ("starts_at", "ends_at"):
            field = self.fields[name]
            field.widget.format = "%Y-%m-%dT%H:%M"
            field.help_text = f"{field.help_text} " + str(
                _("In the event's time zone (%(zone)s).") % {"zone": zone_name}
            )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("starts_at"), cleaned.get("ends_at")
        if start and end and end <= start:
            self.add_error("ends_at", _("The window must end after it starts."))
        return cleaned


def feed_rows(capture):
    return [
        {
            "network": Platform.BLUESKY.label if feed.network == Platform.BLUESKY else feed.network,
            "hashtag": feed.hashtag,
            "added": feed.posts_added,
            "seen": feed.posts_seen,
            "last_poll_at": feed.last_poll_at,
            "not_before": feed.not_before
            if feed.not_before and feed.not_before > timezone.now()
            else None,
            "error": feed.last_error,
        }
        for feed in capture.feeds.order_by("network", "hashtag")
    ]


def shown_status(capture, now=None):
    """The state an editor sees, even while no worker has looked at the capture yet."""
    now = now or timezone.now()
    window = runner.window_of(capture)
    if capture.final_sweep_at:
        return CaptureStatus.FINISHED
    if not capture.enabled:
        return CaptureStatus.STOPPED if capture.last_poll_at else CaptureStatus.OFF
    if window and now < window.start:
        return CaptureStatus.SCHEDULED
    if capture.status in (CaptureStatus.FAILING, CaptureStatus.COLLECTING):
        return capture.status
    return CaptureStatus.COLLECTING


class CaptureView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "admin/archives/capture.html"
    header_icon = "radio-full"
    page_title = _("Live capture")

    def dispatch(self, request, event_id):
        event = get_object_or_404(EventPage, pk=event_id).specific
        if not can_control(request.user, event):
            raise PermissionDenied
        self.event = event
        self.capture = runner.capture_for(event)
        return super().dispatch(request, event_id)

    def get_page_subtitle(self):
        return self.event.title

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse("wagtailadmin_pages:edit", args=[self.event.pk]),
                "label": self.event.title,
            },
            {"url": "", "label": _("Live capture")},
        ]

    def form(self, data=None):
        with timezone.override(self.event.time_zone):
            form = CaptureForm(data, instance=self.capture, zone_name=self.event.time_zone)
            if data is not None:
                form.is_valid()  # times are read in the event's zone
        return form

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        capture = self.capture
        window = runner.window_of(capture)
        status = shown_status(capture)
        with timezone.override(self.event.time_zone):
            if "form" not in kwargs:
                context["form"] = self.form()
            # As text: the template would show aware times in UTC again.
            context["window"] = window and {
                "start": f"{timezone.localtime(window.start):%Y-%m-%d %H:%M}",
                "end": f"{timezone.localtime(window.end):%Y-%m-%d %H:%M}",
            }
        archive = getattr(capture.event, "chat_archive", None)
        context.update(
            event=self.event,
            capture=capture,
            status=status,
            status_label=CaptureStatus(status).label,
            hashtags=runner.hashtags_of(capture),
            configured=runner.configured(),
            feeds=feed_rows(capture),
            per_network=list(
                archive.posts.values("platform").annotate(count=Count("pk")).order_by("platform")
            )
            if archive
            else [],
            zone=self.event.time_zone,
        )
        return context

    def post(self, request, event_id):
        capture = self.capture
        if "stop" in request.POST:
            ChatCapture.objects.filter(pk=capture.pk).update(
                enabled=False, status=CaptureStatus.STOPPED, changed_at=timezone.now()
            )
            messages.success(request, _("Capture stopped. Posts collected so far stay."))
            return redirect("chat_capture", self.event.pk)
        form = self.form(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        capture = form.save(commit=False)
        window = runner.window_of(capture)
        if "start" in request.POST:
            if not runner.networks_of(capture) or not runner.hashtags_of(capture):
                form.add_error(None, _("Choose at least one network and one hashtag to start."))
                return self.render_to_response(self.get_context_data(form=form))
            if window is None:
                form.add_error(None, _("The event needs a start time (or set the window)."))
                return self.render_to_response(self.get_context_data(form=form))
            capture.enabled = True
            capture.reason = ""
            capture.status = CaptureStatus.SCHEDULED
        if window and window.end > timezone.now():
            capture.final_sweep_at = None  # a window moved later is collected again
        capture.save()
        if "start" in request.POST:
            messages.success(request, _("Capture started: the worker collects during the window."))
        else:
            messages.success(request, _("Capture settings saved."))
        return redirect("chat_capture", self.event.pk)
