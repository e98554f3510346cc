"""twarc2 tweets flattened by twarc-csv (any version), and the hub's own CSV export.

twarc-csv writes nested values as JSON text (`entities.urls`, `attachments.media`, and
in versions before 0.5 one `referenced_tweets` column); its text comes in three
shapes: with newlines written as the two characters `\\n`, or (in early versions) as a
JSON string literal, quotes and `\\u2019` escapes included; 0.7's `--json-encode-text`
writes every string cell (id and handle too) as a JSON string literal. `entities.urls`
holds Twitter's objects, or (0.7's default `--process-entities`) only the expanded URLs.
Either way Twitter's HTML escapes (`&amp;`) are decoded once here. The hub's own export
(it has a `permalink` column) holds plain text and is read as it is.
"""

import json
import re
from html import unescape

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
from .csv_reading import cell, header, rows

NAME = "twarc-csv"
LABEL = _("twarc CSV")
PLATFORM = Platform.X
REQUIRED = {"id", "created_at", "text", "author.username"}
MEDIA_TYPES = {"photo": "photo", "video": "video", "animated_gif": "gif"}
SHORT_LINK = re.compile(r"https?://t\.co/\w+")


def detect(head):
    return set(header(head)) >= REQUIRED


def _json_cell(row, name, number, file_name):
    raw = (row.get(name) or "").strip()
    if not raw:
        return None
    try:
        return json.loads(raw)
    except (ValueError, RecursionError):
        raise ArchiveFileError(file_name, _("is not JSON"), row=number, field=name) from None


def _decoded_cells(row):
    """A `--json-encode-text` row with every JSON string literal cell decoded."""
    for name, value in row.items():
        if len(value) >= 2 and value[0] == value[-1] == '"':
            try:
                decoded = json.loads(value)
            except ValueError:
                continue
            if isinstance(decoded, str):
                row[name] = decoded
    return row


def _text(row, own_export, encoded):
    text = cell(row, "text")
    if own_export:
        return clean_text(text)
    if encoded:  # already decoded from its JSON literal: real newlines
        return clean_text(unescape(text))
    if len(text) >= 2 and text[0] == text[-1] == '"':
        try:
            decoded = json.loads(text)
        except ValueError:
            decoded = None
        if isinstance(decoded, str):
            return clean_text(unescape(decoded))
    return clean_text(unescape(text.replace("\\n", "\n")))


def _references(row, number, file_name):
    """{kind: id} from the per-kind columns, or the older single JSON column."""
    found = {}
    for kind in ("replied_to", "retweeted", "quoted"):
        name = f"referenced_tweets.{kind}.id"
        found[kind] = checked_id(row.get(name), file_name, number, name, required=False)
    if "referenced_tweets" in row:
        for item in list_of(_json_cell(row, "referenced_tweets", number, file_name)):
            item = mapping(item)
            kind = text_of(item.get("type"))
            if kind in found and not found[kind]:
                found[kind] = checked_id(
                    item.get("id"), file_name, number, "referenced_tweets", required=False
                )
    return found


def _links(row, number, file_name):
    items = list_of(_json_cell(row, "entities.urls", number, file_name))
    if items and all(isinstance(item, str) for item in items):
        # --process-entities kept only the expanded URLs, in the order their t.co links
        # stand in the text: paired back when the counts agree, so readers get no dead t.co.
        short = SHORT_LINK.findall(cell(row, "text"))
        if len(short) != len(items):
            short = items
        return unique(link_item(url, expanded) for url, expanded in zip(short, items, strict=True))
    return unique(
        link_item(item.get("url"), item.get("expanded_url"), item.get("display_url"))
        for item in map(mapping, items)
    )


def _media(row, number, file_name):
    items = []
    for item in map(mapping, list_of(_json_cell(row, "attachments.media", number, file_name))):
        kind = MEDIA_TYPES.get(text_of(item.get("type")), "media")
        variants = [
            mapping(v)
            for v in list_of(item.get("variants"))
            if mapping(v).get("content_type") == "video/mp4"
        ]
        best = max(variants, key=lambda v: v.get("bit_rate") or 0, default={})
        url = web_url(best.get("url")) or item.get("url") or item.get("preview_image_url")
        items.append(media_item(url, kind, item.get("alt_text")))
    return unique(items)


def parse(binary_file, file_name, **_options):
    own_export = encoded = None
    for number, row in rows(binary_file, file_name):
        if own_export is None:
            own_export = "permalink" in row
            encoded = (row.get("id") or "").startswith('"')
        if encoded:
            row = _decoded_cells(row)
        post_id = checked_id(row.get("id"), file_name, number, "id")
        if not (post_id.isdigit() and post_id.isascii()):
            raise ArchiveFileError(
                file_name,
                _("“%(value)s” is not a post id") % {"value": post_id[:40]},
                row=number,
                field="id",
            )
        handle = checked_id(cell(row, "author.username"), file_name, number, "author.username")
        try:
            created = parse_datetime(row.get("created_at"))
        except ValueError as error:
            raise ArchiveFileError(file_name, str(error), row=number, field="created_at") from None
        refs = _references(row, number, file_name)
        # The hub's export writes "1" where it knew only that a post was a repost or quote.
        repost_of = refs["retweeted"] if refs["retweeted"] != "1" else ""
        quote_of = refs["quoted"] if refs["quoted"] != "1" else ""
        yield PostRecord(
            post_id=post_id,
            platform=PLATFORM,
            author_handle=handle,
            author_name=clean_text(cell(row, "author.name")).strip(),
            created_at=created,
            text=_text(row, own_export, encoded),
            permalink=web_url(cell(row, "permalink")) or f"https://x.com/{handle}/status/{post_id}",
            reply_to_id=refs["replied_to"],
            is_repost=bool(refs["retweeted"]),
            repost_of_id=repost_of,
            is_quote=bool(refs["quoted"]),
            quote_of_id=quote_of,
            language=language_code(cell(row, "lang")),
            links=_links(row, number, file_name),
            media=_media(row, number, file_name),
        )
