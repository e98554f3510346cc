"""TAGS (Twitter Archiving Google Sheet) Archive sheet, exported as CSV.

`record()` maps the sheet's columns and is shared with the .xlsx export (tags_xlsx).
"""

import re

from django.utils.translation import gettext_lazy as _

from events.choices import Platform

from ..dates import parse_datetime
from ..records import ArchiveFileError, PostRecord, checked_id, clean_text
from .csv_reading import cell, header, rows

NAME = "tags-csv"
LABEL = _("TAGS spreadsheet (CSV)")
PLATFORM = Platform.X
REQUIRED = {"id_str", "from_user", "text", "created_at"}
STATUS_ID = re.compile(r"/status(?:es)?/(\d+)")


def detect(head):
    return set(header(head)) >= REQUIRED


def _post_id(row, number, file_name):
    raw = clean_text(row.get("id_str")).strip()
    if raw.isdigit() and raw.isascii():
        return checked_id(raw, file_name, number, "id_str")
    # A spreadsheet program turned the id into 1.26426E+18: the URL still has it whole.
    match = STATUS_ID.search(row.get("status_url") or "")
    if match:
        return checked_id(match.group(1), file_name, number, "status_url")
    raise ArchiveFileError(
        file_name,
        f"“{raw[:40]}” is not a post id and status_url has none",
        row=number,
        field="id_str",
    )


def record(row, number, file_name):
    """A PostRecord from one Archive sheet row: a dict of column name to text."""
    post_id = _post_id(row, number, file_name)
    handle = checked_id(row.get("from_user"), file_name, number, "from_user").lstrip("@")
    try:
        created = parse_datetime(row.get("created_at") or row.get("time"))
    except ValueError as error:
        raise ArchiveFileError(file_name, str(error), row=number, field="created_at") from None
    text = clean_text(cell(row, "text"))
    reply_to = clean_text(row.get("in_reply_to_status_id_str")).strip()
    return PostRecord(
        post_id=post_id,
        author_handle=handle,
        created_at=created,
        text=text,
        permalink=clean_text(row.get("status_url")).strip()
        or f"https://x.com/{handle}/status/{post_id}",
        # A mangled reply id (1.26426E+18) has no URL to mend it: better none than a wrong one.
        reply_to_id=reply_to if reply_to.isdigit() and len(reply_to) <= 40 else "",
        is_repost=text.startswith("RT @"),
        language=clean_text(row.get("user_lang")).strip(),
    )


def parse(binary_file, file_name, account_handle=""):
    for number, row in rows(binary_file, file_name):
        yield record(row, number, file_name)
