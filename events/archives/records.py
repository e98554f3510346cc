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


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(value):
    """Plain text without control characters (NUL breaks PostgreSQL; others break XML)."""
    return _CONTROL.sub("", value or "")


def require(value, file_name, row, field_name):
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ArchiveFileError(file_name, "is empty but required", row=row, field=field_name)
    return value
