"""Bluesky post views, as app.bsky.feed.searchPosts or getAuthorFeed return them."""

import json

from ..dates import parse_datetime
from ..records import ArchiveFileError, PostRecord, clean_text

NAME = "bluesky-json"
PLATFORM = "bluesky"


def detect(head):
    return '"at://' in head and '"record"' in head


def _posts(data):
    if isinstance(data, dict):
        if "posts" in data:  # searchPosts
            return data["posts"]
        if "feed" in data:  # getAuthorFeed
            return [item.get("post") for item in data["feed"]]
    return data


def _links(record):
    links = []
    for facet in record.get("facets") or []:
        for feature in facet.get("features") or []:
            uri = feature.get("uri")
            if feature.get("$type") == "app.bsky.richtext.facet#link" and uri:
                links.append(uri)
    return links


def parse(binary_file, file_name):
    try:
        data = json.load(binary_file)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise ArchiveFileError(file_name, f"is not valid JSON: {error}") from None
    posts = _posts(data)
    if not isinstance(posts, list):
        raise ArchiveFileError(file_name, "should hold a list of posts")
    for number, post in enumerate(posts, start=1):
        if not isinstance(post, dict) or not isinstance(post.get("record"), dict):
            raise ArchiveFileError(file_name, "is not a post view", row=number, field="record")
        uri = post.get("uri") or ""
        if not uri.startswith("at://"):
            raise ArchiveFileError(file_name, "has no at:// uri", row=number, field="uri")
        handle = (post.get("author") or {}).get("handle") or ""
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
        parent = ((record.get("reply") or {}).get("parent") or {}).get("uri", "")
        yield PostRecord(
            post_id=uri,
            author_handle=handle,
            author_name=(post.get("author") or {}).get("displayName") or "",
            created_at=created,
            text=clean_text(record.get("text")),
            permalink=f"https://bsky.app/profile/{handle}/post/{rkey}",
            reply_to_id=parent,
            is_quote="embed" in record and "record" in (record.get("embed") or {}),
            language=(record.get("langs") or [""])[0],
            links=_links(record),
        )
