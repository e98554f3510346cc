"""Bluesky post views, as app.bsky.feed.searchPosts or getAuthorFeed return them."""

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

NAME = "bluesky-json"
LABEL = _("Bluesky posts")
PLATFORM = Platform.BLUESKY


def detect(head):
    return '"at://' in head and '"record"' in head


def _links(record):
    links = []
    for facet in list_of(record.get("facets")):
        for feature in list_of(mapping(facet).get("features")):
            feature = mapping(feature)
            uri = feature.get("uri")
            if feature.get("$type") == "app.bsky.richtext.facet#link" and isinstance(uri, str):
                links.append(clean_text(uri))
    return [link for link in links if link]


def parse(binary_file, file_name, account_handle=""):
    items = JsonItems(
        binary_file,
        file_name,
        keys=("posts", "feed"),  # searchPosts, getAuthorFeed
        expects="a list of posts",
    )
    for number, line, item in items:
        post = mapping(item).get("post") if items.key == "feed" else item
        if not isinstance(post, dict) or not isinstance(post.get("record"), dict):
            raise ArchiveFileError(
                file_name, f"is not a post view (line {line})", row=number, field="record"
            )
        uri = checked_id(post.get("uri"), file_name, number, "uri", required=False)
        if not uri.startswith("at://"):
            raise ArchiveFileError(file_name, "has no at:// uri", row=number, field="uri")
        author = mapping(post.get("author"))
        handle = checked_id(
            author.get("handle"), file_name, number, "author.handle", required=False
        )
        if not handle:
            raise ArchiveFileError(file_name, "has no author", row=number, field="author.handle")
        record = post["record"]
        try:
            created = parse_datetime(record.get("createdAt"))
        except ValueError as error:
            raise ArchiveFileError(
                file_name, str(error), row=number, field="record.createdAt"
            ) from None
        rkey = uri.rsplit("/", 1)[-1]
        parent = mapping(mapping(record.get("reply")).get("parent")).get("uri")
        langs = record.get("langs")
        yield PostRecord(
            post_id=uri,
            author_handle=handle,
            author_name=clean_text(text_of(author.get("displayName"))),
            created_at=created,
            text=clean_text(text_of(record.get("text"))),
            permalink=f"https://bsky.app/profile/{handle}/post/{rkey}",
            reply_to_id=checked_id(parent, file_name, number, "record.reply", required=False),
            is_quote="record" in mapping(record.get("embed")),
            language=clean_text(text_of(langs[0])) if isinstance(langs, list) and langs else "",
            links=_links(record),
        )
