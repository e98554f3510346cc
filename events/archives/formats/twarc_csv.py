"""twarc2 flattened tweets exported with twarc-csv."""

from django.utils.translation import gettext_lazy as _

from events.choices import Platform

from ..dates import parse_datetime
from ..records import ArchiveFileError, PostRecord, checked_id, clean_text
from .csv_reading import cell, header, rows

NAME = "twarc-csv"
LABEL = _("twarc CSV")
PLATFORM = Platform.X
REQUIRED = {"id", "created_at", "text", "author.username"}


def detect(head):
    return set(header(head)) >= REQUIRED


def _referenced(row, kind, number, file_name):
    """twarc-csv splits referenced tweets into one id column per kind."""
    name = f"referenced_tweets.{kind}.id"
    return checked_id(row.get(name), file_name, number, name, required=False)


def parse(binary_file, file_name, account_handle=""):
    for number, row in rows(binary_file, file_name):
        post_id = checked_id(row.get("id"), file_name, number, "id")
        if not (post_id.isdigit() and post_id.isascii()):
            raise ArchiveFileError(
                file_name, f"“{post_id[:40]}” is not a post id", row=number, field="id"
            )
        handle = checked_id(cell(row, "author.username"), file_name, number, "author.username")
        try:
            created = parse_datetime(row.get("created_at"))
        except ValueError as error:
            raise ArchiveFileError(file_name, str(error), row=number, field="created_at") from None
        yield PostRecord(
            post_id=post_id,
            author_handle=handle,
            author_name=clean_text(cell(row, "author.name")).strip(),
            created_at=created,
            text=clean_text(cell(row, "text")),
            permalink=f"https://x.com/{handle}/status/{post_id}",
            reply_to_id=_referenced(row, "replied_to", number, file_name),
            is_repost=bool(_referenced(row, "retweeted", number, file_name)),
            is_quote=bool(_referenced(row, "quoted", number, file_name)),
            language=clean_text(row.get("lang")).strip(),
        )
