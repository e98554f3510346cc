"""What a hashtag is, in one place: #musesocial, #MCNPro, #МузейнаяГостиная.

Two hashtags are the same when their words casefold alike. The folded form is stored
on each `Hashtag` (its `key`), so lookups are exact matches that behave the same on
SQLite (whose case-insensitive lookups fold only ASCII) and PostgreSQL.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MAX_LENGTH = 100  # the stored text, with its #


def hashtag_key(value):
    """ "#МузейнаяГостиная", "музейнаягостиная " -> "музейнаягостиная": the lookup key."""
    return (value or "").strip().lstrip("#").casefold()


def hashtag_text(value):
    """The hashtag as people write it, with one #; ValidationError if it is not one word."""
    text = "#" + (value or "").strip().lstrip("#")
    if len(text) < 2 or any(ch.isspace() for ch in text):
        raise ValidationError(_("A hashtag is one word after the #, no spaces."))
    if len(text) > MAX_LENGTH:
        raise ValidationError(
            _("A hashtag can be at most %(max)d characters long, with the #."),
            params={"max": MAX_LENGTH},
        )
    return text
