"""Mastodon: a JSON array of API v1 statuses, or an account export's outbox.json."""

import json
from html.parser import HTMLParser

from ..dates import parse_datetime
from ..records import ArchiveFileError, PostRecord, clean_text

NAME = "mastodon-json"
PLATFORM = "mastodon"


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
            href = dict(attrs).get("href", "")
            if href.startswith(("http://", "https://")):
                self.links.append(href)

    def handle_data(self, data):
        self.parts.append(data)


def html_to_text(html):
    parser = _PlainText()
    parser.feed(html or "")
    parser.close()
    return clean_text("".join(parser.parts).strip()), parser.links


def _load(binary_file, file_name):
    try:
        return json.load(binary_file)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise ArchiveFileError(file_name, f"is not valid JSON: {error}") from None


def _from_status(status, number, file_name):
    if not isinstance(status, dict):
        raise ArchiveFileError(file_name, "is not a status object", row=number)
    reblog = status.get("reblog")
    account = status.get("account") or {}
    post_id = str(status.get("id") or "").strip()
    if not post_id:
        raise ArchiveFileError(file_name, "has no id", row=number, field="id")
    handle = account.get("acct") or ""
    if not handle:
        raise ArchiveFileError(file_name, "has no author", row=number, field="account.acct")
    try:
        created = parse_datetime(status.get("created_at"))
    except ValueError as error:
        raise ArchiveFileError(file_name, str(error), row=number, field="created_at") from None
    text, links = html_to_text((reblog or status).get("content"))
    return PostRecord(
        post_id=post_id,
        author_handle=handle,
        author_name=account.get("display_name") or "",
        created_at=created,
        text=text,
        permalink=status.get("url") or status.get("uri") or "",
        reply_to_id=str(status.get("in_reply_to_id") or ""),
        is_repost=reblog is not None,
        language=status.get("language") or "",
        links=links,
        media_links=[m.get("url") for m in status.get("media_attachments") or [] if m.get("url")],
    )


def _from_activity(activity, number, file_name, actor_handle):
    kind = activity.get("type") if isinstance(activity, dict) else None
    if kind not in ("Create", "Announce"):
        raise ArchiveFileError(
            file_name, f"is a “{kind}” activity, not a post", row=number, field="type"
        )
    obj = activity.get("object")
    try:
        created = parse_datetime(activity.get("published"))
    except ValueError as error:
        raise ArchiveFileError(file_name, str(error), row=number, field="published") from None
    if kind == "Announce":
        return PostRecord(
            post_id=activity.get("id") or "",
            author_handle=actor_handle,
            created_at=created,
            text=str(obj or ""),
            is_repost=True,
            permalink=str(obj or ""),
        )
    if not isinstance(obj, dict):
        raise ArchiveFileError(file_name, "has no note", row=number, field="object")
    text, links = html_to_text(obj.get("content"))
    return PostRecord(
        post_id=obj.get("id") or activity.get("id") or "",
        author_handle=actor_handle,
        created_at=created,
        text=text,
        permalink=obj.get("url") or obj.get("id") or "",
        reply_to_id=obj.get("inReplyTo") or "",
        links=links,
    )


def parse(binary_file, file_name, account_handle=""):
    data = _load(binary_file, file_name)
    if isinstance(data, dict) and "orderedItems" in data:
        actor = account_handle or str(data.get("id", "")).rsplit("/", 2)[0].rsplit("/", 1)[-1]
        for number, activity in enumerate(data["orderedItems"], start=1):
            record = _from_activity(activity, number, file_name, actor)
            if not record.post_id:
                raise ArchiveFileError(file_name, "has no id", row=number, field="id")
            yield record
        return
    if not isinstance(data, list):
        raise ArchiveFileError(file_name, "should hold a list of statuses")
    for number, status in enumerate(data, start=1):
        yield _from_status(status, number, file_name)
