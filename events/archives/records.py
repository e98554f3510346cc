"""What every importer produces, and the error every rejected file raises."""

import re
from dataclasses import dataclass, field
from datetime import datetime


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
    media_links: list = field(default_factory=list)
    links: list = field(default_factory=list)


class ArchiveFileError(ValueError):
    """A rejected file, naming the file, the row (1-based, as spreadsheets count) and field."""

    def __init__(self, file_name, message, row=None, field=None):
        self.file_name, self.row, self.field, self.message = file_name, row, field, message
        where = file_name
        if row is not None:
            where += f", row {row}"
        if field:
            where += f", field “{field}”"
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


def url_list(values):
    """The text URLs of a JSON list (anything else is dropped)."""
    if not isinstance(values, list):
        return []
    return [clean_text(value) for value in values if isinstance(value, str) and value]


def require(value, file_name, row, field_name):
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ArchiveFileError(file_name, "is empty but required", row=row, field=field_name)
    return value


def checked_id(value, file_name, row, field_name, *, required=True):
    """An id or handle as stored: cleaned, stripped and no longer than the column."""
    value = clean_text(text_of(value)).strip()
    if required:
        require(value, file_name, row, field_name)
    if len(value) > ID_LENGTH:
        raise ArchiveFileError(
            file_name, f"is longer than {ID_LENGTH} characters", row=row, field=field_name
        )
    return value
