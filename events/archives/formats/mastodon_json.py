"""Mastodon: a JSON array of API v1 statuses, or an account export's outbox.json."""

from html.parser import HTMLParser
from urllib.parse import urlsplit

from django.utils.translation import gettext_lazy as _

from events.choices import Platform

from ..dates import parse_datetime
from ..records import (
    ArchiveFileError,
    PostRecord,
    checked_id,
    clean_text,
    list_of,
    mapping,
    text_of,
)
from .json_stream import JsonItems

NAME = "mastodon-json"
LABEL = _("Mastodon statuses or account export")
PLATFORM = Platform.MASTODON


def detect(head):
    head = head.lstrip("\ufeff").lstrip()
    return ('"acct"' in head and '"content"' in head) or '"orderedItems"' in head


class _PlainText(HTMLParser):
    """Mastodon's HTML content as plain text: paragraphs and breaks become new lines."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.links = [], []

    def handle_starttag(self, tag, attrs):
        if tag == "br":
            self.parts.append("\n")
        elif tag == "p" and self.parts:
            self.parts.append("\n\n")
        elif tag == "a":
            href = dict(attrs).get("href") or ""
            if href.startswith(("http://", "https://")):
                self.links.append(clean_text(href))

    def handle_data(self, data):
        self.parts.append(data)


def html_to_text(html):
    parser = _PlainText()
    parser.feed(text_of(html))
    parser.close()
    return clean_text("".join(parser.parts).strip()), parser.links


def handle_from_actor(url):
    """user@host from an ActivityPub actor URL such as https://host/users/user."""
    try:
        parts = urlsplit(text_of(url))
        host = parts.hostname
    except ValueError:  # not a URL at all
        return ""
    name = parts.path.rstrip("/").rsplit("/", 1)[-1].lstrip("@")
    return f"{name}@{host}" if name and host else ""


def _from_status(status, number, file_name):
    if not isinstance(status, dict):
        raise ArchiveFileError(file_name, "is not a status object", row=number)
    reblog = status.get("reblog")
    account = mapping(status.get("account"))
    post_id = checked_id(status.get("id"), file_name, number, "id", required=False)
    if not post_id:
        raise ArchiveFileError(file_name, "has no id", row=number, field="id")
    handle = checked_id(account.get("acct"), file_name, number, "account.acct", required=False)
    if not handle:
        raise ArchiveFileError(file_name, "has no author", row=number, field="account.acct")
    try:
        created = parse_datetime(status.get("created_at"))
    except ValueError as error:
        raise ArchiveFileError(file_name, str(error), row=number, field="created_at") from None
    text, links = html_to_text(mapping(reblog or status).get("content"))
    media = [mapping(m).get("url") for m in list_of(status.get("media_attachments"))]
    return PostRecord(
        post_id=post_id,
        author_handle=handle,
        author_name=clean_text(text_of(account.get("display_name"))),
        created_at=created,
        text=text,
        permalink=clean_text(text_of(status.get("url")) or text_of(status.get("uri"))),
        reply_to_id=checked_id(
            status.get("in_reply_to_id"), file_name, number, "in_reply_to_id", required=False
        ),
        is_repost=reblog is not None,
        language=clean_text(text_of(status.get("language"))),
        links=links,
        media_links=[clean_text(url) for url in media if isinstance(url, str) and url],
    )


def _from_activity(activity, number, file_name, account_handle):
    kind = activity.get("type") if isinstance(activity, dict) else None
    if kind not in ("Create", "Announce"):
        raise ArchiveFileError(
            file_name, f"is a “{text_of(kind)[:40]}” activity, not a post", row=number, field="type"
        )
    handle = checked_id(
        account_handle or handle_from_actor(activity.get("actor")),
        file_name,
        number,
        "actor",
        required=False,
    )
    if not handle:
        raise ArchiveFileError(
            file_name, "names no actor; give the account's handle", row=number, field="actor"
        )
    obj = activity.get("object")
    try:
        created = parse_datetime(activity.get("published"))
    except ValueError as error:
        raise ArchiveFileError(file_name, str(error), row=number, field="published") from None
    if kind == "Announce":
        boosted = clean_text(text_of(obj) or text_of(mapping(obj).get("id")))
        return PostRecord(
            post_id=checked_id(activity.get("id"), file_name, number, "id"),
            author_handle=handle,
            created_at=created,
            text=boosted,
            is_repost=True,
            permalink=boosted,
        )
    if not isinstance(obj, dict):
        raise ArchiveFileError(file_name, "has no note", row=number, field="object")
    text, links = html_to_text(obj.get("content"))
    return PostRecord(
        post_id=checked_id(obj.get("id") or activity.get("id"), file_name, number, "id"),
        author_handle=handle,
        created_at=created,
        text=text,
        permalink=clean_text(text_of(obj.get("url")) or text_of(obj.get("id"))),
        reply_to_id=checked_id(
            obj.get("inReplyTo"), file_name, number, "inReplyTo", required=False
        ),
        links=links,
    )


def parse(binary_file, file_name, account_handle=""):
    items = JsonItems(
        binary_file,
        file_name,
        keys=("orderedItems",),
        expects="a list of statuses or an outbox's “orderedItems”",
    )
    for number, _line, item in items:
        if items.key == "orderedItems":
            yield _from_activity(item, number, file_name, account_handle)
        else:
            yield _from_status(item, number, file_name)
