"""Bluesky post views, as app.bsky.feed.searchPosts or getAuthorFeed return them, or a
bare list of feed items (how scripts commonly save getAuthorFeed's pages).

`post_record` maps one post view or feed item and is public: live capture maps what the
API returns through it.
"""

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
)
from .json_stream import JsonItems

NAME = "bluesky-json"
LABEL = _("Bluesky posts")
PLATFORM = Platform.BLUESKY
REPOST = "app.bsky.feed.defs#reasonRepost"
CDN = "https://cdn.bsky.app/img/feed_fullsize/plain/{did}/{cid}@jpeg"


def detect(head):
    return '"at://' in head and '"record"' in head


def _facet_links(record):
    """Link facets, each with the text it covers (byte offsets into UTF-8) as its display."""
    encoded = text_of(record.get("text")).encode("utf-8", "surrogatepass")
    links = []
    for facet in list_of(record.get("facets")):
        index = mapping(mapping(facet).get("index"))
        start, end = index.get("byteStart"), index.get("byteEnd")
        display = ""
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end:
            display = encoded[start:end].decode("utf-8", "ignore")
        for feature in list_of(mapping(facet).get("features")):
            feature = mapping(feature)
            if feature.get("$type") == "app.bsky.richtext.facet#link":
                links.append(link_item(feature.get("uri"), feature.get("uri"), display))
    return links


def _embeds(post, record):
    """(media, external links, quoted post uri) from the post's embed view, else its record."""
    view, raw = mapping(post.get("embed")), mapping(record.get("embed"))
    media, links, quoted = [], [], ""
    # recordWithMedia: a quote that also has images, video or a link card.
    parts = [view, mapping(view.get("media"))] if view else [raw, mapping(raw.get("media"))]
    for part in parts:
        for image in list_of(part.get("images")):
            image = mapping(image)
            url = image.get("fullsize") or image.get("thumb")
            cid = text_of(mapping(mapping(image.get("image")).get("ref")).get("$link"))
            did = text_of(mapping(post.get("author")).get("did"))
            if not url and cid and did:  # a record without its view: the CDN's address
                url = CDN.format(did=did, cid=cid)
            media.append(media_item(url, "photo", image.get("alt")))
        if part.get("playlist") or mapping(part.get("video")):
            media.append(media_item(part.get("playlist"), "video", part.get("alt")))
        external = mapping(part.get("external"))
        if external:
            links.append(link_item(external.get("uri"), external.get("uri"), external.get("title")))
    quote = mapping(view.get("record") or raw.get("record"))
    quote = mapping(quote.get("record")) if "record" in quote else quote  # recordWithMedia
    quoted = text_of(quote.get("uri"))
    return unique(media), links, quoted if quoted.startswith("at://") else ""


def _permalink(handle, uri):
    return f"https://bsky.app/profile/{handle}/post/{uri.rsplit('/', 1)[-1]}"


def post_record(item, row, file_name):
    """A PostRecord from a post view, or a feed item ({"post": ..., "reason": ...}).

    A repost is credited to the one who reposted it, at the time they did, and points at
    the original (permalink, text, media and `repost_of_id`).
    """
    item = mapping(item)
    post = item.get("post") if "post" in item else item
    if not isinstance(post, dict) or not isinstance(post.get("record"), dict):
        raise ArchiveFileError(file_name, _("is not a post view"), row=row, field="record")
    uri = checked_id(post.get("uri"), file_name, row, "uri", required=False)
    if not uri.startswith("at://"):
        raise ArchiveFileError(file_name, _("has no at:// uri"), row=row, field="uri")
    author = mapping(post.get("author"))
    handle = checked_id(author.get("handle"), file_name, row, "author.handle", required=False)
    if not handle:
        raise ArchiveFileError(file_name, _("has no author"), row=row, field="author.handle")
    record = post["record"]
    try:
        created = parse_datetime(record.get("createdAt"))
    except ValueError as error:
        raise ArchiveFileError(file_name, str(error), row=row, field="record.createdAt") from None
    parent = mapping(mapping(record.get("reply")).get("parent")).get("uri")
    langs = list_of(record.get("langs"))
    media, external, quoted = _embeds(post, record)
    result = PostRecord(
        post_id=uri,
        platform=PLATFORM,
        author_handle=handle,
        author_name=clean_text(text_of(author.get("displayName"))),
        created_at=created,
        text=clean_text(text_of(record.get("text"))),
        permalink=_permalink(handle, uri),
        reply_to_id=checked_id(parent, file_name, row, "record.reply", required=False),
        is_quote=bool(quoted),
        quote_of_id=checked_id(quoted, file_name, row, "embed.record", required=False),
        language=language_code(langs[0]) if langs else "",
        links=unique([*_facet_links(record), *external]),
        media=media,
    )
    reason = mapping(item.get("reason"))
    if reason.get("$type") != REPOST:
        return result
    by = mapping(reason.get("by"))
    reposter = checked_id(by.get("handle"), file_name, row, "reason.by.handle")
    try:
        reposted_at = parse_datetime(reason.get("indexedAt"))
    except ValueError as error:
        raise ArchiveFileError(file_name, str(error), row=row, field="reason.indexedAt") from None
    # Newer servers give the repost record's own uri; older ones none, so one is made that
    # is stable across files (one repost per account and post).
    repost_id = text_of(reason.get("uri")) or f"{uri}#repost:{text_of(by.get('did')) or reposter}"
    result.post_id = checked_id(repost_id, file_name, row, "reason.uri")
    result.author_handle = reposter
    result.author_name = clean_text(text_of(by.get("displayName")))
    result.created_at = reposted_at
    result.is_repost, result.repost_of_id, result.reply_to_id = True, uri, ""
    return result


def parse(binary_file, file_name, account_handle="", **_options):
    items = JsonItems(
        binary_file,
        file_name,
        keys=("posts", "feed"),  # searchPosts, getAuthorFeed
        expects=_("a list of posts"),
    )
    for number, line, item in items:
        try:
            yield post_record(item, number, file_name)
        except ArchiveFileError as error:
            if error.field == "record" and error.row == number:
                raise ArchiveFileError(
                    file_name,
                    _("is not a post view (line %(line)s)") % {"line": line},
                    row=number,
                    field="record",
                ) from None
            raise
