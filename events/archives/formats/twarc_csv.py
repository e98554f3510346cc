"""twarc2 flattened tweets exported with twarc-csv."""

from ..dates import parse_datetime
from ..records import ArchiveFileError, PostRecord, clean_text, require
from .csv_reading import cell, header, rows

NAME = "twarc-csv"
PLATFORM = "x"
REQUIRED = {"id", "created_at", "text", "author.username"}


def detect(head):
    return set(header(head)) >= REQUIRED


def _referenced(row, kind):
    """twarc-csv splits referenced tweets into one id column per kind."""
    return (row.get(f"referenced_tweets.{kind}.id") or "").strip()


def parse(binary_file, file_name):
    for number, row in rows(binary_file):
        post_id = require(row.get("id"), file_name, number, "id").strip()
        if not post_id.isdigit():
            raise ArchiveFileError(
                file_name, f"“{post_id}” is not a post id", row=number, field="id"
            )
        handle = require(cell(row, "author.username"), file_name, number, "author.username").strip()
        try:
            created = parse_datetime(row.get("created_at"))
        except ValueError as error:
            raise ArchiveFileError(file_name, str(error), row=number, field="created_at") from None
        yield PostRecord(
            post_id=post_id,
            author_handle=handle,
            author_name=cell(row, "author.name").strip(),
            created_at=created,
            text=clean_text(cell(row, "text")),
            permalink=f"https://x.com/{handle}/status/{post_id}",
            reply_to_id=_referenced(row, "replied_to"),
            is_repost=bool(_referenced(row, "retweeted")),
            is_quote=bool(_referenced(row, "quoted")),
            language=(row.get("lang") or "").strip(),
        )
