"""The tweets.csv that every Grailbird archive (2012-2018 X/Twitter downloads) holds.

It names no author: the handle comes from the archive's data/js/user_details.js, or is
given by whoever imports the file on its own. Twitter's HTML escapes are decoded once.
"""

from html import unescape

from django.utils.translation import gettext_lazy as _

from ..dates import parse_datetime
from ..records import ArchiveFileError, PostRecord, checked_id, clean_text, link_item, unique
from .csv_reading import header, rows

NAME = "grailbird-csv"
LABEL = _("X/Twitter archive tweets.csv (2012-2018)")
PLATFORM = "x"
REQUIRED = {"tweet_id", "timestamp", "text", "retweeted_status_id"}


def detect(head):
    return set(header(head)) >= REQUIRED


def _id(row, name, number, file_name):
    value = checked_id(row.get(name), file_name, number, name, required=False)
    if value and not (value.isdigit() and value.isascii()):
        raise ArchiveFileError(
            file_name,
            _("“%(value)s” is not a post id") % {"value": value[:40]},
            row=number,
            field=name,
        )
    return value


def parse(binary_file, file_name, account_handle="", account_name="", **_options):
    handle = account_handle.strip().lstrip("@")
    for number, row in rows(binary_file, file_name):
        post_id = _id(row, "tweet_id", number, file_name)
        if not post_id:
            raise ArchiveFileError(
                file_name, _("is empty but required"), row=number, field="tweet_id"
            )
        if not handle:
            raise ArchiveFileError(
                file_name,
                _("names no author; give the account's handle (or import the whole archive .zip)"),
                row=number,
                field="tweet_id",
            )
        try:
            created = parse_datetime(row.get("timestamp"))
        except ValueError as error:
            raise ArchiveFileError(file_name, str(error), row=number, field="timestamp") from None
        text = clean_text(unescape(row.get("text") or ""))
        repost_of = _id(row, "retweeted_status_id", number, file_name)
        expanded = [url for url in (row.get("expanded_urls") or "").split(",") if url]
        yield PostRecord(
            post_id=post_id,
            platform=PLATFORM,
            author_handle=handle,
            author_name=clean_text(account_name),
            created_at=created,
            text=text,
            permalink=f"https://x.com/{handle}/status/{post_id}",
            reply_to_id=_id(row, "in_reply_to_status_id", number, file_name),
            is_repost=bool(repost_of) or text.startswith("RT @"),
            repost_of_id=repost_of,
            # The file keeps the expanded URLs but not which t.co each replaced.
            links=unique(link_item(url, url) for url in expanded),
        )
