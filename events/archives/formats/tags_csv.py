"""TAGS (Twitter Archiving Google Sheet) Archive sheet, exported as CSV.

`record()` maps the sheet's columns and is shared with the .xlsx export (tags_xlsx).
Sheets saved from R or pandas hold `NA` in empty cells; the text is Twitter's, with
`&amp;`, `&lt;` and `&gt;` escaped, and is decoded here once.
"""

import json
import re
from html import unescape

from django.utils.translation import gettext_lazy as _

from events.choices import Platform

from ..dates import parse_datetime
from ..records import (
    MISSING,
    ArchiveFileError,
    PostRecord,
    checked_id,
    clean_text,
    language_code,
    mapping,
    web_url,
)
from .csv_reading import cell, header, rows
from .twitter_js import tweet_links, tweet_media

NAME = "tags-csv"
LABEL = _("TAGS spreadsheet (CSV)")
PLATFORM = Platform.X
REQUIRED = {"id_str", "from_user", "text", "created_at"}
STATUS_ID = re.compile(r"/status(?:es)?/(\d+)")


def detect(head):
    return set(header(head)) >= REQUIRED


def _value(row, name):
    """A cell's text, stripped, with R's and pandas' NA taken as empty."""
    value = clean_text(row.get(name)).strip()
    return "" if value in MISSING else value


def _post_id(row, number, file_name):
    raw = _value(row, "id_str")
    if raw.isdigit() and raw.isascii():
        return checked_id(raw, file_name, number, "id_str")
    # A spreadsheet program turned the id into 1.26426E+18: the URL still has it whole.
    match = STATUS_ID.search(row.get("status_url") or "")
    if match:
        return checked_id(match.group(1), file_name, number, "status_url")
    raise ArchiveFileError(
        file_name,
        _("“%(value)s” is not a post id and status_url has none") % {"value": raw[:40]},
        row=number,
        field="id_str",
    )


def _entities(row, number, file_name):
    """entities_str: the tweet's entities as JSON text (media and expanded links)."""
    raw = _value(row, "entities_str")
    if not raw:
        return {}
    try:
        return mapping(json.loads(raw))
    except (ValueError, RecursionError):
        raise ArchiveFileError(
            file_name, _("is not JSON"), row=number, field="entities_str"
        ) from None


def record(row, number, file_name):
    """A PostRecord from one Archive sheet row: a dict of column name to text."""
    post_id = _post_id(row, number, file_name)
    handle = checked_id(_value(row, "from_user"), file_name, number, "from_user").lstrip("@")
    try:
        created = parse_datetime(_value(row, "created_at") or _value(row, "time"))
    except ValueError as error:
        raise ArchiveFileError(file_name, str(error), row=number, field="created_at") from None
    text = clean_text(unescape(cell(row, "text")))
    reply_to = _value(row, "in_reply_to_status_id_str")
    entities = _entities(row, number, file_name)
    return PostRecord(
        post_id=post_id,
        platform=PLATFORM,
        author_handle=handle,
        created_at=created,
        text=text,
        permalink=web_url(_value(row, "status_url")) or f"https://x.com/{handle}/status/{post_id}",
        # A mangled reply id (1.26426E+18) has no URL to mend it: better none than a wrong one.
        reply_to_id=reply_to if reply_to.isdigit() and len(reply_to) <= 40 else "",
        is_repost=text.startswith("RT @"),
        language=language_code(_value(row, "user_lang")),
        links=tweet_links(entities),
        media=tweet_media({"entities": entities}),
    )


def parse(binary_file, file_name, **_options):
    for number, row in rows(binary_file, file_name):
        yield record(row, number, file_name)
