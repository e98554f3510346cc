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
    "permalink",
    "question",
    "hidden",
    "hidden_reason",
]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """Cells a spreadsheet would run as a formula get a leading apostrophe."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def export_csv(posts):
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_FIELDS)
    writer.writeheader()
    for post in posts:
        writer.writerow(
            {
                "id": post.post_id,
                "created_at": post.created_at.isoformat(),
                "author.username": neutralise(post.author_handle),
                "author.name": neutralise(post.author_name),
                "text": neutralise(post.text),
                "lang": post.language,
                "referenced_tweets.replied_to.id": post.reply_to_id,
                "referenced_tweets.retweeted.id": "1" if post.is_repost else "",
                "referenced_tweets.quoted.id": "1" if post.is_quote else "",
                "permalink": post.permalink,
                "question": post.question or "",
                "hidden": "yes" if post.hidden else "",
                "hidden_reason": neutralise(post.hidden_reason),
            }
        )
    return buffer.getvalue()


def export_json(posts):
    return json.dumps(
        [
            {
                "id": post.post_id,
                "created_at": post.created_at.isoformat(),
                "author": {"handle": post.author_handle, "name": post.author_name},
                "text": post.text,
                "permalink": post.permalink,
                "reply_to_id": post.reply_to_id,
                "is_repost": post.is_repost,
                "is_quote": post.is_quote,
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
