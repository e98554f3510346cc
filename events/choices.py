"""Choices that plain modules (dates, calendars, archive formats) share with the models.

Kept out of `events.models` so that those modules need no model import.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class DatePrecision(models.TextChoices):
    EXACT = "exact", _("Exact time")
    DAY = "day", _("Day only")
    MONTH = "month", _("Month only")
    TBA = "tba", _("To be announced")


class Platform(models.TextChoices):
    """Where an event happens online, and where an archived post was written."""

    NONE = "", _("Not online")
    X = "x", _("X/Twitter")
    MASTODON = "mastodon", _("Mastodon")
    BLUESKY = "bluesky", _("Bluesky")
    VIDEO = "video", _("Video call or stream")
    OTHER = "other", _("Other")

    @classmethod
    def social(cls):
        """The networks a chat archive can come from."""
        return [(p.value, p.label) for p in (cls.X, cls.MASTODON, cls.BLUESKY)]
