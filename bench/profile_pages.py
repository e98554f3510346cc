#!/usr/bin/env python
"""Profile uncached page renders in-process with cProfile, with the production settings.

Usage (from the project root, against a database already filled, e.g. by
`bench/load.py --keep-database` or `manage.py load_demo` + `bench_fill`):
    DJANGO_SETTINGS_MODULE=config.settings.production SECRET_KEY=... DATABASE_URL=... \\
        .venv/bin/python bench/profile_pages.py [--repeat 20] [--top 12] [/en/ ...]

The full-page cache is off (every request renders) and each URL is requested once
first (derived data cached, as on a miss after a publish's first reader). Prints, per
page: milliseconds per request, SQL queries and cache round trips per request, and
the functions with the most time of their own (tottime) and cumulated.
"""

import argparse
import cProfile
import io
import os
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")
os.environ["PAGE_CACHE_SECONDS"] = "0"

PAGES = [
    "/en/events/2013-04-04-museum-tweetups/",
    "/en/",
    "/en/events/",
    "/en/tags/twitter/",
    "/en/conferences/aam-2012/",
    "/en/talks/museumsalon-twitter-project-from-russia/",
    "/en/search/?q=museum",
    "/en/feeds/atom.xml",
    "/en/feeds/events/rss.xml",
    "/en/tags/",
    "/sitemap.xml",
    "/sitemap-pages.xml",
]


def main():
    import django

    django.setup()
    from django.core.cache import caches
    from django.db import connection
    from django.test import Client

    parser = argparse.ArgumentParser()
    parser.add_argument("urls", nargs="*", default=PAGES)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--top", type=int, default=12)
    args = parser.parse_args()
    client = Client(HTTP_HOST="127.0.0.1")
    cache_backend = type(caches["default"]).__name__
    print(f"cache: {cache_backend}, database: {connection.vendor}, repeat {args.repeat}")
    for url in args.urls:
        assert client.get(url).status_code == 200, url
        executed = []

        def record(run, sql, *rest, executed=executed):
            executed.append(sql)
            return run(sql, *rest)

        with connection.execute_wrapper(record):
            client.get(url)
        trips = sum(1 for sql in executed if "hub_cache" in sql)
        profile = cProfile.Profile()
        started = time.perf_counter()
        profile.enable()
        for _ in range(args.repeat):
            client.get(url)
        profile.disable()
        elapsed = (time.perf_counter() - started) * 1000 / args.repeat
        print(
            f"\n## {url}: {elapsed:.1f} ms/request under the profiler, "
            f"{len(executed) - trips} queries + {trips} database-cache round trips"
        )
        for order in ("tottime", "cumulative"):
            out = io.StringIO()
            stats = pstats.Stats(profile, stream=out).strip_dirs().sort_stats(order)
            stats.print_stats(args.top)
            body = out.getvalue().split("ncalls", 1)[1]
            print(f"### by {order}\n    ncalls" + body.rstrip())


if __name__ == "__main__":
    main()
