"""X/Twitter account archives: tweets.js (window.YTD...) and 2012-2013 Grailbird month files."""

import json
import re

from ..dates import parse_datetime
from ..records import ArchiveFileError, PostRecord, clean_text

NAME = "twitter-js"
PLATFORM = "x"
PREFIX = re.compile(r"^\s*(window\.YTD\.[\w.]+|Grailbird\.data\.[\w]+)\s*=\s*", re.S)


def detect(head):
    return bool(PREFIX.match(head.lstrip("\ufeff")))


def _load(binary_file, file_name):
    text = binary_file.read().decode("utf-8-sig")
    match = PREFIX.match(text)
    if not match:
        raise ArchiveFileError(file_name, "does not start like a Twitter archive file")
    try:
        data = json.loads(text[match.end() :])
    except json.JSONDecodeError as error:
        raise ArchiveFileError(
            file_name, f"is not valid JSON after its prefix: {error.msg}", row=error.lineno
        ) from None
    if not isinstance(data, list):
        raise ArchiveFileError(file_name, "should hold a list of tweets")
    return data


def parse(binary_file, file_name, account_handle=""):
    for number, item in enumerate(_load(binary_file, file_name), start=1):
        tweet = item.get("tweet", item) if isinstance(item, dict) else None
        if not isinstance(tweet, dict):
            raise ArchiveFileError(file_name, "is not a tweet object", row=number)
        post_id = str(tweet.get("id_str") or tweet.get("id") or "").strip()
        if not post_id.isdigit():
            raise ArchiveFileError(file_name, "has no numeric id", row=number, field="id_str")
        user = tweet.get("user") or {}
        handle = (user.get("screen_name") or account_handle or "").lstrip("@")
        if not handle:
            raise ArchiveFileError(
                file_name, "names no author; give the account's handle", row=number, field="user"
            )
        try:
            created = parse_datetime(tweet.get("created_at"))
        except ValueError as error:
            raise ArchiveFileError(file_name, str(error), row=number, field="created_at") from None
        text = clean_text(tweet.get("full_text") or tweet.get("text"))
        entities = tweet.get("entities") or {}
        yield PostRecord(
            post_id=post_id,
            author_handle=handle,
            author_name=user.get("name") or "",
            created_at=created,
            text=text,
            permalink=f"https://x.com/{handle}/status/{post_id}",
            reply_to_id=str(tweet.get("in_reply_to_status_id_str") or ""),
            is_repost="retweeted_status" in tweet or text.startswith("RT @"),
            language=tweet.get("lang") or "",
            links=[
                u.get("expanded_url") for u in entities.get("urls", []) if u.get("expanded_url")
            ],
            media_links=[
                m.get("media_url_https")
                for m in entities.get("media", [])
                if m.get("media_url_https")
            ],
        )
