"""Live capture of a chat on Mastodon and Bluesky: settings, state, and where each feed stands."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class CaptureStatus(models.TextChoices):
    OFF = "off", _("Off")
    SCHEDULED = "scheduled", _("Scheduled")
    COLLECTING = "collecting", _("Collecting")
    FINISHED = "finished", _("Finished")
    STOPPED = "stopped", _("Stopped by an editor")
    FAILING = "failing", _("Failing")


class ChatCapture(models.Model):
    """What to collect for one event, when, and how it is going (one per archive-holding event).

    The window defaults to 15 minutes before the event's start until an hour after its end;
    the hashtags default to the event's own. Instances are chosen among those the operator
    configured (HUB_MASTODON_INSTANCES), never typed in by editors.
    """

    event = models.OneToOneField(
        "events.EventPage",
        on_delete=models.CASCADE,
        related_name="chat_capture",
        help_text=_("The event (the language version holding its archive) being captured."),
    )
    enabled = models.BooleanField(
        default=False,
        verbose_name=_("capture this chat"),
        help_text=_("Collect the chat's posts while it happens; Stop turns this off."),
    )
    mastodon_instances = models.JSONField(
        default=list,
        blank=True,
        help_text=_("Base URLs of the Mastodon instances to read the hashtags from."),
    )
    bluesky = models.BooleanField(
        default=False, help_text=_("Search Bluesky for the hashtags as well.")
    )
    hashtags = models.CharField(
        max_length=500,
        blank=True,
        help_text=_(
            "Hashtags to collect, separated by spaces, e.g. #musesocial #museumchat. "
            "Leave empty to use the event's own hashtags."
        ),
    )
    starts_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text=_("When collecting begins; empty means 15 minutes before the event starts."),
    )
    ends_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text=_("When collecting ends; empty means an hour after the event ends."),
    )
    status = models.CharField(
        max_length=10,
        choices=CaptureStatus.choices,
        default=CaptureStatus.OFF,
        help_text=_("Where the capture stands."),
    )
    reason = models.TextField(blank=True, help_text=_("Why the last poll failed, if it did."))
    last_poll_at = models.DateTimeField(
        null=True, blank=True, help_text=_("When the networks were last asked for posts.")
    )
    final_sweep_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text=_("When the last sweep after the window ran; the capture stops after it."),
    )
    changed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("chat capture")

    def __str__(self):
        return f"{self.event.title} ({self.get_status_display()})"


class CaptureFeed(models.Model):
    """One hashtag on one network: its cursor (to resume without gaps) and its health."""

    capture = models.ForeignKey(ChatCapture, on_delete=models.CASCADE, related_name="feeds")
    network = models.CharField(
        max_length=300,
        help_text=_("A Mastodon instance's base URL, or “bluesky”."),
    )
    hashtag = models.CharField(max_length=100, help_text=_("The hashtag, without its #."))
    newest_id = models.CharField(
        max_length=255, blank=True, help_text=_("Mastodon: the newest status id stored.")
    )
    backfill_max_id = models.CharField(
        max_length=255,
        blank=True,
        help_text=_("Mastodon: where the first walk back to the window's start stands."),
    )
    backfilled = models.BooleanField(
        default=False, help_text=_("Mastodon: the walk back to the window's start is done.")
    )
    since = models.DateTimeField(
        null=True,
        blank=True,
        help_text=_("Bluesky: posts from this time on are asked for in the next poll."),
    )
    posts_seen = models.PositiveIntegerField(
        default=0, help_text=_("Posts this feed has delivered, duplicates included.")
    )
    posts_added = models.PositiveIntegerField(
        default=0, help_text=_("Posts this feed added to the archive (new to it).")
    )
    last_poll_at = models.DateTimeField(null=True, blank=True)
    not_before = models.DateTimeField(
        null=True,
        blank=True,
        help_text=_("No request before this time (rate limit or back-off after errors)."),
    )
    failures = models.PositiveSmallIntegerField(
        default=0, help_text=_("Failed polls in a row; the back-off doubles with each.")
    )
    last_error = models.TextField(blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["capture", "network", "hashtag"], name="unique_feed_per_capture"
            )
        ]

    def __str__(self):
        return f"{self.network} #{self.hashtag}"


class MastodonSighting(models.Model):
    """A status as one instance numbers it, and its ActivityPub uri (the post's stored id).

    Instances give the same status different local ids; replies name their parent by the
    local id, so this turns an instance's `in_reply_to_id` into the parent's uri.
    """

    capture = models.ForeignKey(ChatCapture, on_delete=models.CASCADE, related_name="+")
    network = models.CharField(max_length=300)
    local_id = models.CharField(max_length=255)
    uri = models.CharField(max_length=255)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["capture", "network", "local_id"], name="unique_sighting_per_instance"
            )
        ]

    def __str__(self):
        return self.uri
