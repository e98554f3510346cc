"""Chats the public proposes: kept as sent, and turned into a draft event for moderation."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from events.choices import Platform


class ChatProposal(models.Model):
    """Exactly what a visitor sent, kept even if the draft event is later deleted."""

    title = models.CharField(max_length=200, help_text=_("The proposed chat's title."))
    start = models.DateTimeField(help_text=_("Proposed start, as an aware time."))
    time_zone = models.CharField(max_length=64, help_text=_("The zone the visitor chose."))
    hosts = models.TextField(help_text=_("Hosts and their handles, as typed."))
    hashtag = models.CharField(max_length=100, help_text=_("Hashtag, as typed."))
    platform = models.CharField(
        max_length=10,
        choices=Platform.social(),
        default=Platform.X,
        help_text=_("The network the chat is proposed on."),
    )
    summary = models.TextField(help_text=_("What the chat is about, as typed."))
    questions = models.TextField(blank=True, help_text=_("Questions, one per line, as typed."))
    contact_email = models.EmailField(
        blank=True, help_text=_("For the moderators' questions only; never shown.")
    )
    language = models.CharField(max_length=10, help_text=_("The language the form was sent in."))
    submitted_at = models.DateTimeField(auto_now_add=True)
    event = models.ForeignKey(
        "events.EventPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The draft event made from this proposal."),
    )

    panels = [
        "title",
        "start",
        "time_zone",
        "hosts",
        "hashtag",
        "platform",
        "summary",
        "questions",
        "contact_email",
        "language",
        "event",
    ]

    class Meta:
        ordering = ["-submitted_at"]
        verbose_name = _("chat proposal")

    def __str__(self):
        return self.title
