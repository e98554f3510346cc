"""TAGS (Twitter Archiving Google Sheet) Archive sheet, exported as CSV."""

import re

from ..dates import parse_datetime
from ..records import ArchiveFileError, PostRecord, clean_text, require
from .csv_reading import cell, header, rows

NAME = "tags-csv"
PLATFORM = "x"
REQUIRED = {"id_str", "from_user", "text", "created_at"}
STATUS_ID = re.compile(r"/status(?:es)?/(\d+)")


def detect(head):
    return set(header(head)) >= REQUIRED


def _post_id(row, number, file_name):
    raw = (row.get("id_str") or "").strip()
    if raw.isdigit():
        return raw
    # A spreadsheet program turned the id into 1.26426E+18: the URL still has it whole.
    match = STATUS_ID.search(row.get("status_url") or "")
    if match:
        return match.group(1)
    raise ArchiveFileError(
        file_name, f"“{raw}” is not a post id and status_url has none", row=number, field="id_str"
    )


def parse(binary_file, file_name):
    for number, row in rows(binary_file):
        post_id = _post_id(row, number, file_name)
        handle = require(row.get("from_user"), file_name, number, "from_user").strip().lstrip("@")
        try:
            created = parse_datetime(row.get("created_at") or row.get("time"))
        except ValueError as error:
            raise ArchiveFileError(file_name, str(error), row=number, field="created_at") from None
        text = clean_text(cell(row, "text"))
        yield PostRecord(
            post_id=post_id,
            author_handle=handle,
            created_at=created,
            text=text,
            permalink=(row.get("status_url") or f"https://x.com/{handle}/status/{post_id}").strip(),
            reply_to_id=(row.get("in_reply_to_status_id_str") or "").strip(),
            is_repost=text.startswith("RT @"),
            language=(row.get("user_lang") or "").strip(),
        )
