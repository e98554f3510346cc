"""Mastodon: a JSON array of API v1 statuses, or an account export's outbox.json.

`status_record` maps one API status and is public: live capture maps what the API
returns through it, so a captured post and an imported one are the same record.
"""

import re
from functools import lru_cache
from html import unescape
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
    language_code,
    link_item,
    list_of,
    mapping,
    media_item,
    text_of,
    unique,
    web_url,
)
from .json_stream import JsonItems

NAME = "mastodon-json"
LABEL = _("Mastodon statuses or account export")
PLATFORM = Platform.MASTODON
# API attachment types; ActivityPub attachments carry a MIME type instead.
MEDIA_TYPES = {"image": "photo", "gifv": "gif", "video": "video", "audio": "audio"}
PROFILE_PATH = re.compile(r"/@([\w.-]+)(?:/|$)")


def detect(head):
    head = head.lstrip("\ufeff").lstrip()
    return ('"acct"' in head and '"content"' in head) or '"orderedItems"' in head


class _PlainText(HTMLParser):
    """Mastodon's HTML content as plain text: paragraphs and breaks become new lines.

    Entities are decoded here, once (convert_charrefs). Links to mentions and hashtags
    are the server's own pages, not links the author posted, so they are not kept.
    """

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.links = [], []
        self._link = None  # [href, text parts] of the <a> being read

    def handle_starttag(self, tag, attrs):
        if tag == "br":
            self.parts.append("\n")
        elif tag == "p" and self.parts:
            self.parts.append("\n\n")
        elif tag == "a":
            attrs = dict(attrs)
            classes = (attrs.get("class") or "").split()
            rel = (attrs.get("rel") or "").split()
            if not ({"mention", "hashtag"} & set(classes) or "tag" in rel):
                self._link = [attrs.get("href") or "", []]

    def handle_endtag(self, tag):
        if tag == "a" and self._link:
            href, text = self._link
            self.links.append(link_item(href, href, "".join(text)))
            self._link = None

    def handle_data(self, data):
        self.parts.append(data)
        if self._link:
            self._link[1].append(data)


# Mastodon writes content in a small, regular HTML: p, br, a and span tags whose
# attributes are double-quoted. Read as tokens of that subset it parses several times
# faster than through HTMLParser (half of a Mastodon import's parsing time was there);
# anything outside the subset (a comment, a script, a stray "<", unquoted attributes)
# goes through HTMLParser. Either way the same _PlainText handlers get the same calls.
_SIMPLE_TAG = re.compile(
    r"<(/?)([a-zA-Z][a-zA-Z0-9]*)"
    r'((?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:\s*=\s*"[^"]*")?)*)\s*(/?)>'
)
_SIMPLE_ATTRIBUTE = re.compile(r'([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*"([^"]*)")?')
# Elements whose content HTMLParser reads as raw text, not as tags.
_RAW_TEXT = {"script", "style", "textarea", "title", "plaintext", "xmp"}


def _simple_calls(html):
    """The handler calls HTMLParser makes for `html`, or None when it is outside the subset."""
    calls, position = [], 0
    for match in _SIMPLE_TAG.finditer(html):
        closing, tag, attributes, self_closing = match.groups()
        data, tag = html[position : match.start()], tag.lower()
        if "<" in data or tag in _RAW_TEXT or (closing and (attributes or self_closing)):
            return None
        if data:
            calls.append(("handle_data", unescape(data)))
        if closing:
            calls.append(("handle_endtag", tag))
        else:
            pairs = [
                (found[1].lower(), None if found[2] is None else unescape(found[2]))
                for found in _SIMPLE_ATTRIBUTE.finditer(attributes)
            ]
            calls.append(("handle_starttag", tag, pairs))
            if self_closing:
                calls.append(("handle_endtag", tag))
        position = match.end()
    rest = html[position:]
    if "<" in rest:
        return None
    if rest:
        calls.append(("handle_data", unescape(rest)))
    return calls


def html_to_text(html, *, simple=True):
    """(plain text, link entries) of Mastodon's HTML content (simple=False: HTMLParser only)."""
    html, parser = text_of(html), _PlainText()
    calls = _simple_calls(html) if simple else None
    if calls is None:
        parser.feed(html)
        parser.close()
    else:
        for name, *arguments in calls:
            getattr(parser, name)(*arguments)
    return clean_text("".join(parser.parts).strip()), unique(parser.links)


def _host(url):
    return _hostname(text_of(url))


@lru_cache(maxsize=4096)  # a chat's posts come from a few hundred accounts and servers
def _hostname(url):
    try:
        return urlsplit(url).hostname or ""
    except ValueError:  # not a URL at all
        return ""


def _qualified(name, host):
    """user@host: a local account's acct (`user`) gets its server's host."""
    name = text_of(name).strip().lstrip("@")
    if not name or "@" in name or not host:
        return name
    return f"{name}@{host}"


def handle_from_actor(url):
    """user@host from an actor URL such as https://host/users/user; "" for numeric ids.

    Mastodon 4.4+ names actors /ap/users/<number>: a number is not a handle.
    """
    try:
        parts = urlsplit(text_of(url))
        host = parts.hostname
    except ValueError:
        return ""
    name = parts.path.rstrip("/").rsplit("/", 1)[-1].lstrip("@")
    if not name or not host or name.isdigit():
        return ""
    return f"{name}@{host}"


def handle_from_actor_document(actor):
    """user@host from actor.json: preferredUsername at the host of the actor's id."""
    actor = mapping(actor)
    return _qualified(actor.get("preferredUsername"), _host(actor.get("id") or actor.get("url")))


def _error(file_name, message, row, field):
    return ArchiveFileError(file_name, message, row=row, field=field)


def _date(value, file_name, row, field):
    try:
        return parse_datetime(value)
    except ValueError as error:
        raise _error(file_name, str(error), row, field) from None


def _status_media(status):
    items = []
    for attachment in list_of(status.get("media_attachments")):
        attachment = mapping(attachment)
        kind = MEDIA_TYPES.get(text_of(attachment.get("type")), "media")
        # A remote post's attachment: remote_url is where it lives, url a local copy.
        url = web_url(attachment.get("url")) or web_url(attachment.get("remote_url"))
        items.append(media_item(url, kind, attachment.get("description")))
    return unique(items)


def _quoted_id(status):
    """Mastodon 4.4+ `quote.quoted_status`, or the older forks' `quote`/`quote_id`."""
    quote = mapping(status.get("quote"))
    quoted = mapping(quote.get("quoted_status")) or quote
    return text_of(quoted.get("id")) or text_of(status.get("quote_id"))


def status_record(status, row, file_name):
    """A PostRecord from one Mastodon API v1 status (as a dict); ArchiveFileError if unusable.

    A boost is credited to the account that boosted it and points at the original
    (permalink, text, media and `repost_of_id` are the original's).
    """
    if not isinstance(status, dict):
        raise _error(file_name, _("is not a status object"), row, None)
    reblog = status.get("reblog")
    original = reblog if isinstance(reblog, dict) else status
    account = mapping(status.get("account"))
    post_id = checked_id(status.get("id"), file_name, row, "id", required=False)
    if not post_id:
        raise _error(file_name, _("has no id"), row, "id")
    acct = checked_id(account.get("acct"), file_name, row, "account.acct", required=False)
    if not acct:
        raise _error(file_name, _("has no author"), row, "account.acct")
    handle = checked_id(
        _qualified(acct, _host(account.get("url")) or _host(status.get("uri"))),
        file_name,
        row,
        "account.acct",
    )
    text, links = html_to_text(original.get("content"))
    spoiler = clean_text(text_of(original.get("spoiler_text"))).strip()
    if spoiler:  # the content warning is part of what the author wrote, shown first
        text = f"{spoiler}\n\n{text}" if text else spoiler
    card = mapping(original.get("card"))
    quoted = checked_id(_quoted_id(original), file_name, row, "quote", required=False)
    return PostRecord(
        post_id=post_id,
        platform=PLATFORM,
        author_handle=handle,
        author_name=clean_text(text_of(account.get("display_name"))),
        created_at=_date(status.get("created_at"), file_name, row, "created_at"),
        text=text,
        permalink=web_url(original.get("url")) or web_url(original.get("uri")),
        reply_to_id=checked_id(
            status.get("in_reply_to_id"), file_name, row, "in_reply_to_id", required=False
        ),
        is_repost=original is not status,
        repost_of_id=checked_id(original.get("id"), file_name, row, "reblog.id", required=False)
        if original is not status
        else "",
        is_quote=bool(quoted),
        quote_of_id=quoted,
        language=language_code(original.get("language")),
        links=unique([*links, link_item(card.get("url"), card.get("url"), card.get("title"))]),
        media=_status_media(original),
    )


def on_instance(url, host):
    """An export's attachment path (`/media_attachments/files/…`, or under a bucket's
    folder) as an address on the account's server, so it is a link a reader can follow;
    an http(s) URL stays as it is, and anything with another scheme is left to be dropped."""
    url = clean_text(text_of(url)).strip()
    if web_url(url) or not host or not url or url.startswith("//") or ":" in url.split("/")[0]:
        return url
    return f"https://{host}/{url.lstrip('/')}"


def _note_media(note, host):
    items = []
    for attachment in list_of(note.get("attachment")):
        attachment = mapping(attachment)
        mime = text_of(attachment.get("mediaType"))
        kind = {"image": "photo", "video": "video", "audio": "audio"}.get(mime.split("/")[0])
        url = attachment.get("url")
        if isinstance(url, list | dict):  # a Link object, or a list of them
            url = mapping(next(iter(list_of(url)), url)).get("href")
        url = on_instance(url, host)
        items.append(media_item(url, kind or "media", attachment.get("name")))
    return unique(items)


def _note_language(note):
    languages = list(mapping(note.get("contentMap")))
    return language_code(languages[0]) if languages else ""


class _Outbox:
    """Maps an outbox's activities, remembering the handle each numeric actor turned out to have."""

    def __init__(self, file_name, account_handle, account_name=""):
        self.file_name, self.account_handle = file_name, account_handle.strip().lstrip("@")
        self.account_name = clean_text(account_name)
        self.handles = {}

    def handle(self, actor, note, row):
        actor_url = text_of(actor) or text_of(mapping(actor).get("id"))
        host = _host(actor_url)
        if self.account_handle:
            return _qualified(self.account_handle, host)
        if actor_url in self.handles:
            return self.handles[actor_url]
        handle = handle_from_actor(actor_url)
        if not handle:  # a numeric actor: the note's own URL is https://host/@user/id
            match = PROFILE_PATH.search(text_of(note.get("url")))
            handle = _qualified(match.group(1), _host(note.get("url")) or host) if match else ""
        if not handle:
            raise _error(
                self.file_name,
                _("names its actor by number only; give the account's handle (user@server)"),
                row,
                "actor",
            )
        self.handles[actor_url] = handle
        return handle

    def record(self, activity, row):
        file_name = self.file_name
        kind = activity.get("type") if isinstance(activity, dict) else None
        if kind not in ("Create", "Announce"):
            raise _error(
                file_name,
                _("is a “%(kind)s” activity, not a post") % {"kind": text_of(kind)[:40]},
                row,
                "type",
            )
        obj = activity.get("object")
        note = mapping(obj)
        actor = activity.get("actor")
        handle = checked_id(self.handle(actor, note, row), file_name, row, "actor")
        created = _date(activity.get("published"), file_name, row, "published")
        if kind == "Announce":
            boosted = web_url(text_of(obj) or note.get("id"))
            return PostRecord(
                post_id=checked_id(activity.get("id"), file_name, row, "id"),
                platform=PLATFORM,
                author_handle=handle,
                author_name=self.account_name,
                created_at=created,
                text=boosted,
                is_repost=True,
                repost_of_id=checked_id(boosted, file_name, row, "object", required=False),
                permalink=boosted,
            )
        if not isinstance(obj, dict):
            raise _error(file_name, _("has no note"), row, "object")
        text, links = html_to_text(note.get("content"))
        summary = clean_text(text_of(note.get("summary"))).strip()
        if summary:  # the content warning
            text = f"{summary}\n\n{text}" if text else summary
        quoted = text_of(note.get("quote") or note.get("quoteUrl") or note.get("_misskey_quote"))
        return PostRecord(
            post_id=checked_id(note.get("id") or activity.get("id"), file_name, row, "id"),
            platform=PLATFORM,
            author_handle=handle,
            author_name=self.account_name,
            created_at=created,
            text=text,
            permalink=web_url(note.get("url")) or web_url(note.get("id")),
            reply_to_id=checked_id(
                note.get("inReplyTo"), file_name, row, "inReplyTo", required=False
            ),
            is_quote=bool(quoted),
            quote_of_id=checked_id(quoted, file_name, row, "object.quote", required=False),
            language=_note_language(note),
            links=links,
            media=_note_media(note, _host(text_of(actor) or mapping(actor).get("id"))),
        )


def parse(binary_file, file_name, account_handle="", account_name="", **_options):
    items = JsonItems(
        binary_file,
        file_name,
        keys=("orderedItems",),
        expects=_("a list of statuses or an outbox's “orderedItems”"),
    )
    outbox = _Outbox(file_name, account_handle, account_name)
    for number, _line, item in items:
        if items.key == "orderedItems":
            yield outbox.record(item, number)
        else:
            yield status_record(item, number, file_name)
