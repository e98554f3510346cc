"""Exporting an archive as CSV (safe to open in a spreadsheet) and JSON, re-importable."""

import csv
import io
import json

# Column names of the twarc-csv format, so an export imports straight back.
CSV_FIELDS = [
    "id",
    "created_at",
    "author.username",
    "author.name",
    "text",
    "lang",
    "referenced_tweets.replied_to.id",
    "referenced_tweets.retweeted.id",
    "referenced_tweets.quoted.id",
    "entities.urls",
    "attachments.media",
    "platform",
    "permalink",
    "question",
    "hidden",
    "hidden_reason",
]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MEDIA_TYPES = {"gif": "animated_gif"}


def neutralise(value):
    """Cells a spreadsheet would run as a formula get a leading apostrophe."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _links(post):
    return [
        {"url": link["url"], "expanded_url": link["expanded"], "display_url": link["display"]}
        for link in post.links
    ]


def _media(post):
    return [
        {
            "type": MEDIA_TYPES.get(item["type"], item["type"]),
            "url": item["url"],
            "alt_text": item["alt"],
        }
        for item in post.media
    ]


def _json(value):
    return json.dumps(value, ensure_ascii=False) if value else ""


def export_csv(posts):
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_FIELDS)
    writer.writeheader()
    for post in posts:
        row = {
            "id": post.post_id,
            "created_at": post.created_at.isoformat(),
            "author.username": post.author_handle,
            "author.name": post.author_name,
            "text": post.text,
            "lang": post.language,
            "referenced_tweets.replied_to.id": post.reply_to_id,
            "referenced_tweets.retweeted.id": post.repost_of_id or ("1" if post.is_repost else ""),
            "referenced_tweets.quoted.id": post.quote_of_id or ("1" if post.is_quote else ""),
            "entities.urls": _json(_links(post)),
            "attachments.media": _json(_media(post)),
            "platform": post.platform,
            "permalink": post.permalink,
            "question": post.question or "",
            "hidden": "yes" if post.hidden else "",
            "hidden_reason": post.hidden_reason,
        }
        # Every cell: ids, handles and URLs come from files too, and any can start with "=".
        writer.writerow({name: neutralise(value) for name, value in row.items()})
    return buffer.getvalue()


def export_json(posts):
    return json.dumps(
        [
            {
                "id": post.post_id,
                "platform": post.platform,
                "created_at": post.created_at.isoformat(),
                "author": {"handle": post.author_handle, "name": post.author_name},
                "text": post.text,
                "permalink": post.permalink,
                "reply_to_id": post.reply_to_id,
                "is_repost": post.is_repost,
                "repost_of_id": post.repost_of_id,
                "is_quote": post.is_quote,
                "quote_of_id": post.quote_of_id,
                "language": post.language,
                "links": post.links,
                "media": post.media,
                "question": post.question,
            }
            for post in posts
        ],
        ensure_ascii=False,
        indent=1,
    )
