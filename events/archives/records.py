"""What every importer produces, and the error every rejected file raises."""

import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

from django.utils.translation import gettext as _


@dataclass
class PostRecord:
    post_id: str
    author_handle: str
    created_at: datetime
    text: str
    author_name: str = ""
    permalink: str = ""
    reply_to_id: str = ""
    is_repost: bool = False
    is_quote: bool = False
    language: str = ""
    # Each {"url", "type" (photo, video, gif, audio, link), "alt"}: http(s) URLs only.
    media: list = field(default_factory=list)
    # Each {"url" (as in the text, e.g. t.co), "expanded", "display"}: http(s) URLs only.
    links: list = field(default_factory=list)
    quote_of_id: str = ""  # the quoted post's id
    repost_of_id: str = ""  # the reposted (original) post's id
    platform: str = ""  # x, mastodon or bluesky; empty means the format's own


class ArchiveFileError(ValueError):
    """A rejected file, naming the file, the row (1-based, as spreadsheets count) and field."""

    def __init__(self, file_name, message, row=None, field=None):
        self.file_name, self.row, self.field, self.message = file_name, row, field, message
        where = file_name
        if row is not None:
            where += _(", row %(row)s") % {"row": row}
        if field:
            where += _(", field “%(field)s”") % {"field": field}
        super().__init__(f"{where}: {message}")


# Lone surrogates come from JSON escapes of half an emoji; neither database can store them.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
ID_LENGTH = 255  # ArchivedPost's id and handle columns


def clean_text(value):
    """Plain text without control characters (NUL breaks PostgreSQL; others break XML)."""
    return _CONTROL.sub("", value or "")


def text_of(value):
    """A JSON value as text: strings as they are, integers as digits, anything else empty."""
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return ""


def mapping(value):
    """A JSON value that should be an object, or an empty one."""
    return value if isinstance(value, dict) else {}


def list_of(value):
    """A JSON value that should be a list, or an empty one."""
    return value if isinstance(value, list) else []


def web_url(value):
    """An http(s) URL as text, or "" for anything else (javascript:, data:, a number...)."""
    url = clean_text(text_of(value)).strip()
    scheme, _colon, rest = url.partition(":")
    return url if scheme.lower() in ("http", "https") and rest.startswith("//") else ""


def media_item(url, kind, alt=""):
    """A media entry, or None when the URL is not http(s)."""
    url = web_url(url)
    if not url:
        return None
    return {"url": url, "type": text_of(kind)[:20], "alt": clean_text(text_of(alt)).strip()}


def link_item(url, expanded="", display=""):
    """A link entry, or None when neither URL is http(s); the expanded URL is the one to follow."""
    url, expanded = web_url(url), web_url(expanded)
    if not (url or expanded):
        return None
    return {
        "url": url or expanded,
        "expanded": expanded or url,
        "display": clean_text(text_of(display)).strip() or expanded or url,
    }


def unique(items):
    """Drop None and repeats (by URL), keeping the first."""
    seen, kept = set(), []
    for item in items:
        if item and item["url"] not in seen:
            seen.add(item["url"])
            kept.append(item)
    return kept


# Well-formed BCP 47 (RFC 5646 syntax; a 2-3 letter language, as every one registered is;
# no grandfathered tags); R and pandas write
# NA/NaN for a missing value, which is a missing value, not Nauru.
_BCP47 = re.compile(
    r"[a-z]{2,3}(?:-[a-z]{3}){0,3}(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?"
    r"(?:-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*(?:-[a-wyz\d](?:-[a-z\d]{2,8})+)*"
    r"(?:-x(?:-[a-z\d]{1,8})+)?|x(?:-[a-z\d]{1,8})+",
    re.IGNORECASE,
)
MISSING = {"NA", "N/A", "NaN", "nan", "None", "null", "NULL"}


def language_code(value):
    """A valid BCP 47 tag as given (at most 16 characters, the column), else ""."""
    return _language(text_of(value))


@lru_cache(maxsize=1024)  # a file names a handful of languages, once per post
def _language(text):
    code = clean_text(text).strip()
    if code in MISSING or len(code) > 16 or not _BCP47.fullmatch(code):
        return ""
    return code


def require(value, file_name, row, field_name):
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ArchiveFileError(file_name, _("is empty but required"), row=row, field=field_name)
    return value


def checked_id(value, file_name, row, field_name, *, required=True):
    """An id or handle as stored: cleaned, stripped and no longer than the column."""
    if not required and (value is None or value == ""):  # the usual empty cell, at once
        return ""
    value = clean_text(text_of(value)).strip()
    if required:
        require(value, file_name, row, field_name)
    if len(value) > ID_LENGTH:
        raise ArchiveFileError(
            file_name,
            _("is longer than %(length)s characters") % {"length": ID_LENGTH},
            row=row,
            field=field_name,
        )
    return value
