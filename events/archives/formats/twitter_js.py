"""X/Twitter account archives: tweets.js (window.YTD...) and 2012-2013 Grailbird month files."""

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
from .json_stream import JsonItems

NAME = "twitter-js"
LABEL = _("X/Twitter account archive")
PLATFORM = Platform.X
PREFIX = re.compile(r"\s*(?:window\.YTD\.([\w.]+)|Grailbird\.data\.\w+)\s*=\s*")
# The YTD files that hold tweets; the others (account, like, follower...) hold none.
TWEET_FILES = re.compile(r"(?:tweets?|community_tweet)\.part\d+$")


def detect(head):
    return bool(PREFIX.match(head.lstrip("\ufeff")))


def tweet_links(entities):
    """The t.co links of a tweet with where they lead (expanded_url) and how they read.

    A photo or video also leaves a t.co link at the end of the text; its entity says it
    leads to the tweet's media page (pic.twitter.com/...), so readers get no bare t.co.
    """
    entities = mapping(entities)
    items = [*list_of(entities.get("urls")), *list_of(entities.get("media"))]
    return unique(
        link_item(item.get("url"), item.get("expanded_url"), item.get("display_url"))
        for item in map(mapping, items)
    )


def _bitrate(variant):
    """A variant's bitrate as a number: an archive writes it as text ("2176000", which
    sorts before "832000"), the API as an integer."""
    rate = text_of(variant.get("bitrate"))
    return int(rate) if rate.isascii() and rate.isdigit() and len(rate) < 20 else 0


def _best_video(media):
    """The highest-bitrate MP4 of a video or GIF (the one an archive's tweets_media/
    holds), else its poster image."""
    variants = [
        mapping(v)
        for v in list_of(mapping(media.get("video_info")).get("variants"))
        if mapping(v).get("content_type") == "video/mp4" and web_url(mapping(v).get("url"))
    ]
    best = max(variants, key=_bitrate, default={})
    return best.get("url") or media.get("media_url_https") or media.get("media_url")


def tweet_media(tweet):
    """Every photo, video and GIF: extended_entities has them all, entities only the first."""
    items = list_of(mapping(tweet.get("extended_entities")).get("media")) or list_of(
        mapping(tweet.get("entities")).get("media")
    )
    media = []
    for item in map(mapping, items):
        kind = {"animated_gif": "gif", "video": "video"}.get(text_of(item.get("type")), "photo")
        url = (
            _best_video(item)
            if kind != "photo"
            else (item.get("media_url_https") or item.get("media_url"))
        )
        media.append(media_item(url, kind, item.get("ext_alt_text")))
    return unique(media)


def parse(binary_file, file_name, account_handle="", account_name="", **_options):
    items = JsonItems(binary_file, file_name, prefix=PREFIX, expects=_("a list of tweets"))
    ytd_name = items.open().group(1)
    if ytd_name and not TWEET_FILES.match(ytd_name):
        raise ArchiveFileError(
            file_name,
            _(
                "is the archive's “%(name)s” file, which holds no tweets: import "
                "data/tweets.js (with the account's handle) or the whole archive .zip"
            )
            % {"name": ytd_name.split(".")[0]},
        )
    for number, line, item in items:
        tweet = item.get("tweet", item) if isinstance(item, dict) else None
        if not isinstance(tweet, dict):
            raise ArchiveFileError(
                file_name, _("is not a tweet object (line %(line)s)") % {"line": line}, row=number
            )
        post_id = checked_id(tweet.get("id_str") or tweet.get("id"), file_name, number, "id_str")
        if not (post_id.isdigit() and post_id.isascii()):
            raise ArchiveFileError(file_name, _("has no numeric id"), row=number, field="id_str")
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
                file_name,
                _("names no author; give the account's handle"),
                row=number,
                field="user",
            )
        try:
            created = parse_datetime(tweet.get("created_at"))
        except ValueError as error:
            raise ArchiveFileError(file_name, str(error), row=number, field="created_at") from None
        # Twitter's API escapes &, < and > in the text: decoded once here, escaped once on output.
        text = clean_text(unescape(text_of(tweet.get("full_text")) or text_of(tweet.get("text"))))
        entities = mapping(tweet.get("entities"))
        yield PostRecord(
            post_id=post_id,
            author_handle=handle,
            author_name=clean_text(text_of(user.get("name")) or account_name),
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
            repost_of_id=checked_id(
                mapping(tweet.get("retweeted_status")).get("id_str"),
                file_name,
                number,
                "retweeted_status",
                required=False,
            ),
            is_quote=bool(tweet.get("quoted_status_id_str")),
            quote_of_id=checked_id(
                tweet.get("quoted_status_id_str"),
                file_name,
                number,
                "quoted_status_id_str",
                required=False,
            ),
            language=language_code(tweet.get("lang")),
            platform=PLATFORM,
            links=tweet_links(entities),
            media=tweet_media(tweet),
        )
