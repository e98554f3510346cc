#!/usr/bin/env python
"""Time importing a 100,000-post chat archive on SQLite and PostgreSQL; write RESULTS.md.

Usage (from the project root):
    .venv/bin/python bench/import_archive.py [--posts 100000] [--databases sqlite,postgres]
        [--postgres-url postgres://postgres@127.0.0.1:5432/musesocial_bench_import]
        [--no-write]

It generates two reproducible files (seeded, so every run imports the same posts): a
twarc CSV and a Mastodon statuses JSON array, each with --posts posts in the Q1/A1
pattern, replies, Cyrillic text and emoji. For each database it builds a fresh one
(SQLite in a temporary folder; PostgreSQL: drops and creates the database named in
--postgres-url, trust auth, and drops it at the end), migrates it, makes one event per
file, then imports each file twice with `events.archives.importer.import_archive`: the
first import, then an idempotent re-import that adds nothing. Every import runs in its
own child process, so the peak resident memory (ru_maxrss) is that import's alone; the
"baseline" column is the child's peak after Django has started, before importing.
Results go to the "Archive import" section of bench/RESULTS.md (only that section is
replaced; --no-write prints them instead). Standard library and project code only.
"""

import argparse
import json
import os
import platform
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = str(ROOT / ".venv" / "bin" / "python")
RESULTS = ROOT / "bench" / "RESULTS.md"
HEADING = "## Archive import (bench/import_archive.py)"
DEFAULT_PG = "postgres://postgres@127.0.0.1:5432/musesocial_bench_import"
START = datetime(2022, 12, 1, 19, 0, tzinfo=UTC)
WORDS = [
    "museum",
    "visitors",
    "archive",
    "collection",
    "curator",
    "exhibition",
    "музей",
    "посетители",
    "архив",
    "коллекция",
    "выставка",
    "🎨",
    "🏛️",
    "📷",
    "#musesocial",
]


# Files


def _posts(count, seed):
    """(n, text, parent index or None): hosts ask, people answer, others reply or chat."""
    rng = random.Random(seed)
    for n in range(count):
        question = n // 2500 % 12 + 1  # a new question every 2,500 posts
        words = " ".join(rng.choices(WORDS, k=rng.randint(4, 20)))
        kind = rng.random()
        if n % 2500 == 0:
            yield n, f"Q{question} {words}?", None
        elif kind < 0.35:
            yield n, f"A{question} {words}", None
        elif kind < 0.7 and n:
            yield n, words, rng.randint(max(0, n - 50), n - 1)
        else:
            yield n, words, None


def write_twarc(path, count, seed=7):
    import csv

    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(
            ["id", "created_at", "text", "author.username", "author.name", "lang",
             "referenced_tweets.replied_to.id"]
        )  # fmt: skip
        for n, text, parent in _posts(count, seed):
            writer.writerow(
                [
                    10**18 + n,
                    (START + timedelta(seconds=n // 10)).isoformat().replace("+00:00", "Z"),
                    text,
                    f"sample_user_{n % 997}",
                    f"Sample User {n % 997}",
                    "ru" if n % 3 == 0 else "en",
                    "" if parent is None else 10**18 + parent,
                ]
            )


def write_mastodon(path, count, seed=11):
    with path.open("w", encoding="utf-8") as out:
        out.write("[\n")
        for n, text, parent in _posts(count, seed):
            status = {
                "id": str(109 * 10**15 + n),
                "created_at": (START + timedelta(seconds=n // 10)).isoformat(),
                "in_reply_to_id": None if parent is None else str(109 * 10**15 + parent),
                "language": "ru" if n % 3 == 0 else "en",
                "url": f"https://mastodon.example/@sample_user_{n % 997}/{109 * 10**15 + n}",
                "content": f'<p>{text} <a href="https://example.org/{n}">link</a></p>',
                "reblog": None,
                "account": {
                    "acct": f"sample_user_{n % 997}@mastodon.example",
                    "display_name": f"Sample User {n % 997}",
                },
                "media_attachments": [],
            }
            out.write(("," if n else "") + json.dumps(status, ensure_ascii=False) + "\n")
        out.write("]\n")


# Child processes


def _django(database_url):
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.dev"
    os.environ["DATABASE_URL"] = database_url
    sys.path.insert(0, str(ROOT))
    import django
    from django.conf import settings

    django.setup()
    settings.DEBUG = False  # dev settings: DEBUG would keep every query's SQL in memory


def child_setup(args):
    """Make a site, an event index and one event per file; print their ids."""
    _django(args.database_url)
    from tests.factories import make_event, make_event_index, make_site

    index = make_event_index(make_site())
    ids = [
        make_event(index, f"Bench chat {name}", start="2022-12-01T14:00").pk for name in args.names
    ]
    print(json.dumps(ids))


def child_import(args):
    _django(args.database_url)
    from events.archives.importer import import_archive
    from events.models import EventPage

    event = EventPage.objects.get(pk=args.event)
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    with open(args.file, "rb") as handle:
        result = import_archive(event, handle, Path(args.file).name)
    seconds = time.perf_counter() - started
    print(
        json.dumps(
            {
                "format": result.file_format,
                "rows": result.rows_read,
                "added": result.posts_added,
                "seconds": seconds,
                "baseline_kb": baseline,
                "peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
            }
        )
    )


def _child(*argv, database_url):
    out = subprocess.run(
        [PY, __file__, "--child", *argv, "--database-url", database_url],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if out.returncode:
        sys.exit(f"child {argv[0]} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


# Databases


def _postgres(url, action):
    """Drop, or drop and create, the benchmark's own PostgreSQL database."""
    _django_free_env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    name = url.rsplit("/", 1)[-1]
    if not re.fullmatch(r"\w+", name):
        sys.exit(f"refusing database name {name!r}")
    server = url.rsplit("/", 1)[0] + "/postgres"
    code = (
        "import sys, psycopg\n"
        "with psycopg.connect(sys.argv[1], autocommit=True) as c:\n"
        f"    c.execute('DROP DATABASE IF EXISTS {name}')\n"
        + (f"    c.execute('CREATE DATABASE {name}')\n" if action == "create" else "")
    )
    subprocess.run([PY, "-c", code, server], check=True, env=_django_free_env)


def migrate(database_url):
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.dev"}
    env["DATABASE_URL"] = database_url
    subprocess.run([PY, "manage.py", "migrate", "--no-input", "-v0"], cwd=ROOT, env=env, check=True)


def bench(label, database_url, files):
    print(f"{label}: migrating a fresh database", file=sys.stderr)
    migrate(database_url)
    ids = _child("setup", *[path.name for path in files], database_url=database_url)
    rows = []
    for event, path in zip(ids, files, strict=True):
        for run in ("first import", "re-import"):
            result = _child("import", str(path), "--event", str(event), database_url=database_url)
            print(f"{label} {path.name} {run}: {result}", file=sys.stderr)
            rows.append((label, path.name, run, result))
    return rows


# Report


def _versions():
    out = subprocess.run(
        [PY, "-c", "import django, wagtail, sqlite3; print(django.get_version(), "
         "wagtail.__version__, sqlite3.sqlite_version)"],
        capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    return out


def report(rows, posts, sizes, pg_version):
    django_version, wagtail_version, sqlite_version = _versions()
    lines = [
        HEADING,
        "",
        f"Produced by `bench/import_archive.py` (see its docstring), "
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC. Machine: {os.cpu_count()} cores "
        f"(shared with other work), {platform.system()} {platform.machine()}, Python "
        f"{platform.python_version()}, Django {django_version}, Wagtail {wagtail_version}, "
        f"SQLite {sqlite_version}" + (f", PostgreSQL {pg_version}" if pg_version else "") + ".",
        "",
        f"Each file holds {posts:,} posts ("
        + ", ".join(f"{name} {size / 1e6:.0f} MB" for name, size in sizes.items())
        + "). Peak memory is the child process's ru_maxrss; baseline is its peak once "
        "Django has started, before the import.",
        "",
        "| database | file | run | posts read | posts added | seconds | posts/s "
        "| peak MB | baseline MB |",
        "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for label, name, run, r in rows:
        lines.append(
            f"| {label} | {name} | {run} | {r['rows']:,} | {r['added']:,} | {r['seconds']:.1f} "
            f"| {r['rows'] / r['seconds']:,.0f} | {r['peak_kb'] / 1024:.0f} "
            f"| {r['baseline_kb'] / 1024:.0f} |"
        )
    return "\n".join(lines) + "\n"


def write_section(section):
    """Replace this benchmark's section of RESULTS.md, or append it; nothing else changes."""
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    start = text.find(HEADING)
    if start < 0:
        text = text.rstrip("\n") + "\n\n" + section
    else:
        following = re.search(r"^## ", text[start + len(HEADING) :], re.M)
        end = start + len(HEADING) + following.start() if following else len(text)
        text = text[:start] + section + ("\n" if following else "") + text[end:]
    RESULTS.write_text(text, encoding="utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--databases", default="sqlite,postgres")
    parser.add_argument("--postgres-url", default=DEFAULT_PG)
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--child", choices=["setup", "import"], help=argparse.SUPPRESS)
    parser.add_argument("names", nargs="*", help=argparse.SUPPRESS)
    parser.add_argument("--database-url", help=argparse.SUPPRESS)
    parser.add_argument("--file", help=argparse.SUPPRESS)
    parser.add_argument("--event", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "setup":
        return child_setup(args)
    if args.child == "import":
        args.file = args.names[0]
        return child_import(args)

    with tempfile.TemporaryDirectory(prefix="bench-import-") as work:
        work = Path(work)
        files = [work / "twarc.csv", work / "mastodon-statuses.json"]
        print("generating files", file=sys.stderr)
        write_twarc(files[0], args.posts)
        write_mastodon(files[1], args.posts)
        sizes = {path.name: path.stat().st_size for path in files}
        rows, pg_version = [], None
        for label in args.databases.split(","):
            if label == "sqlite":
                rows += bench("SQLite", f"sqlite:///{work / 'bench.sqlite3'}", files)
            elif label == "postgres":
                _postgres(args.postgres_url, "create")
                try:
                    pg_version = subprocess.run(
                        ["psql", args.postgres_url, "-Atc", "SHOW server_version"],
                        capture_output=True, text=True, check=False,
                    ).stdout.split(" ")[0].strip() or None  # fmt: skip
                    rows += bench("PostgreSQL", args.postgres_url, files)
                finally:
                    _postgres(args.postgres_url, "drop")
    section = report(rows, args.posts, sizes, pg_version)
    if args.no_write:
        print(section)
    else:
        write_section(section)
        print(section)


if __name__ == "__main__":
    main()
