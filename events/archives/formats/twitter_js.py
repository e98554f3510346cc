"""X/Twitter account archives: tweets.js (window.YTD...) and 2012-2013 Grailbird month files."""

import re

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

NAME = "twitter-js"
LABEL = _("X/Twitter account archive")
PLATFORM = Platform.X
PREFIX = re.compile(r"\s*(?:window\.YTD\.([\w.]+)|Grailbird\.data\.\w+)\s*=\s*")
# The YTD files that hold tweets; the others (account, like, follower...) hold none.
TWEET_FILES = re.compile(r"(?:tweets?|community_tweet)\.part\d+$")


def detect(head):
    return bool(PREFIX.match(head.lstrip("\ufeff")))


def _urls(entities, kind, key):
    return [
        clean_text(item[key])
        for item in list_of(entities.get(kind))
        if isinstance(item, dict) and isinstance(item.get(key), str) and item[key]
    ]


def parse(binary_file, file_name, account_handle=""):
    items = JsonItems(binary_file, file_name, prefix=PREFIX, expects="a list of tweets")
    ytd_name = items.open().group(1)
    if ytd_name and not TWEET_FILES.match(ytd_name):
        raise ArchiveFileError(
            file_name,
            f"is the archive's “{ytd_name.split('.')[0]}” file, which holds no tweets: import "
            "data/tweets.js (with the account's handle) or the whole archive .zip",
        )
    for number, line, item in items:
        tweet = item.get("tweet", item) if isinstance(item, dict) else None
        if not isinstance(tweet, dict):
            raise ArchiveFileError(file_name, f"is not a tweet object (line {line})", row=number)
        post_id = checked_id(tweet.get("id_str") or tweet.get("id"), file_name, number, "id_str")
        if not (post_id.isdigit() and post_id.isascii()):
            raise ArchiveFileError(file_name, "has no numeric id", row=number, field="id_str")
        user = mapping(tweet.get("user"))
        handle = checked_id(
            text_of(user.get("screen_name")).lstrip("@") or account_handle.lstrip("@"),
            file_name,
            number,
            "user",
            required=False,
        )
        if not handle:
            raise ArchiveFileError(
                file_name, "names no author; give the account's handle", row=number, field="user"
            )
        try:
            created = parse_datetime(tweet.get("created_at"))
        except ValueError as error:
            raise ArchiveFileError(file_name, str(error), row=number, field="created_at") from None
        text = clean_text(text_of(tweet.get("full_text")) or text_of(tweet.get("text")))
        entities = mapping(tweet.get("entities"))
        yield PostRecord(
            post_id=post_id,
            author_handle=handle,
            author_name=clean_text(text_of(user.get("name"))),
            created_at=created,
            text=text,
            permalink=f"https://x.com/{handle}/status/{post_id}",
            reply_to_id=checked_id(
                tweet.get("in_reply_to_status_id_str"),
                file_name,
                number,
                "in_reply_to_status_id_str",
                required=False,
            ),
            is_repost="retweeted_status" in tweet or text.startswith("RT @"),
            language=clean_text(text_of(tweet.get("lang"))),
            links=_urls(entities, "urls", "expanded_url"),
            media_links=_urls(entities, "media", "media_url_https"),
        )
