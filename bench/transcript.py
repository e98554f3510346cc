#!/usr/bin/env python
"""The transcript and story of a 100,000-post chat, measured in-process (issue 16).

Usage, on a database that has the demo loaded (it adds posts to one demo chat):
    DATABASE_URL=... python bench/transcript.py [--posts 100000]

Adds the posts (a third of them replies, so threads form), times the arrangement, then
for each view: SQL queries with nothing cached (cache cleared, no page cache) and with
the derived data cached, the time of a request, and the HTML size. Prints a Markdown
table for bench/RESULTS.md.
"""

import argparse
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

import django

django.setup()

from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from wagtail.models import Locale  # noqa: E402

from demo.management.commands.bench_fill import add_posts  # noqa: E402
from events.archives.threads import arrange  # noqa: E402
from events.models import ArchivedPost, EventPage  # noqa: E402
from hub.cache import bump_content_version  # noqa: E402

SLUG = "2013-04-23-whats-the-point-of-social-media"


def recorder(into):
    """A database execute wrapper that notes every statement run."""

    def record(execute, sql, *rest):
        # Reads of the database cache (no Redis) are statements too, but not the view's.
        if "hub_cache" not in sql:
            into.append(sql)
        return execute(sql, *rest)

    return record


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--no-arrange", action="store_true")
    args = parser.parse_args()
    event = EventPage.objects.get(slug=SLUG, locale=Locale.get_default())
    archive = event.chat_archive
    have = archive.posts.count()
    if have < args.posts:
        started = time.perf_counter()
        add_posts(event, args.posts - have, rng=random.Random(1), seed=9)
        # A third of the posts answer the post before them: threads of three.
        ids = list(archive.posts.order_by("created_at", "post_id").values_list("pk", "post_id"))
        replies = [
            ArchivedPost(pk=pk, reply_to_id=ids[n - 1][1])
            for n, (pk, _post_id) in enumerate(ids)
            if n % 3
        ]
        ArchivedPost.objects.bulk_update(replies, ["reply_to_id"], batch_size=5000)
        print(f"added posts in {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    changed = arrange(archive.pk) if "--no-arrange" not in sys.argv else 0
    print(
        f"arranged {archive.posts.count()} posts ({changed} moved) in "
        f"{time.perf_counter() - started:.1f} s"
    )
    event.story = [
        {
            "type": "section",
            "value": {
                "title": f"Section {n}",
                "note": "A note.",
                "posts": [
                    {"type": "post", "value": pk}
                    for pk in archive.posts.order_by("?").values_list("pk", flat=True)[:8]
                ],
            },
        }
        for n in range(5)
    ]
    event.save_revision().publish()
    bump_content_version()
    pages = archive.posts.order_by("-page").values_list("page", flat=True).first()
    base = event.url + "transcript/"
    views = [
        ("transcript, first page", base),
        ("transcript, middle page", f"{base}?page={pages // 2}"),
        ("transcript, last page", f"{base}?page={pages}"),
        ("transcript, participant filter", f"{base}?who=sample_7"),
        ("transcript, search", f"{base}?q=post+4242"),
        ("story", event.url + "story/"),
    ]
    client = Client()
    rows = []
    with override_settings(HUB_PAGE_CACHE_SECONDS=0, DEBUG=False):
        for label, url in views:
            cache.clear()
            cold, warm = [], []
            with connection.execute_wrapper(recorder(cold)):
                response = client.get(url)
            assert response.status_code == 200, (url, response.status_code)
            with connection.execute_wrapper(recorder(warm)):
                client.get(url)
            timings = []
            for _ in range(5):
                started = time.perf_counter()
                client.get(url)
                timings.append((time.perf_counter() - started) * 1000)
            timings.sort()
            rows.append(
                f"| {label} | `{url.replace(event.url, '…/')}` | {len(cold)} | {len(warm)} | "
                f"{timings[2]:.0f} | {len(response.content) / 1024:.1f} |"
            )
    print(f"\n{archive.posts.count():,} posts, {pages:,} pages, {connection.vendor}\n")
    print(
        "| view | path | queries, nothing cached | queries, derived data cached | "
        "median ms (cached data) | HTML KB |"
    )
    print("| --- | --- | ---: | ---: | ---: | ---: |")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
