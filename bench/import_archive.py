#!/usr/bin/env python
"""Time importing a 100,000-post chat archive on SQLite and PostgreSQL; write RESULTS.md.

Usage (from the project root):
    .venv/bin/python bench/import_archive.py [--posts 100000] [--databases sqlite,postgres]
        [--postgres-url postgres://postgres@127.0.0.1:5432/musesocial_bench_import]
        [--code DIR,DIR...] [--rounds 1] [--no-write]

It generates two reproducible files (seeded, so every run imports the same posts): a
twarc CSV and a Mastodon statuses JSON array, each with --posts posts in the Q1/A1
pattern, replies, Cyrillic text and emoji. For each database it builds a fresh one
(SQLite in a temporary folder; PostgreSQL: drops and creates the database named in
--postgres-url, trust auth, and drops it at the end), migrates it, makes one event per
file, then imports each file twice with `events.archives.importer.import_archive`: the
first import, then an idempotent re-import that adds nothing. Every import runs in its
own child process, so the peak resident memory (ru_maxrss) is that import's alone; the
"baseline" column is the child's peak after Django has started, before importing.
"CPU s" is the child's CPU time during the import plus, on a PostgreSQL server on this
machine, its connection's backend's (from /proc): on a shared machine it moves far less
with the load than the seconds do.

--code compares checkouts (worktrees at other commits, each with its .venv; the first
is the reference of the ratios): each gets its own database, and their imports
alternate, file by file, --rounds times (each round into new events), so every
checkout meets the same load. Results go to the "Archive import" section of
bench/RESULTS.md (only that section is replaced; --no-write prints them instead).
Standard library and project code only.
"""

import argparse
import json
import os
import platform
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
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


def _python(code):
    return str(code / ".venv" / "bin" / "python")


def _settings(code):
    # Older checkouts (before the config/ shell, e.g. a492a1f) kept their settings in hub/.
    return "config.settings.dev" if (code / "config" / "settings").is_dir() else "hub.settings.dev"


def _django(args):
    code = Path(args.code)
    os.environ["DJANGO_SETTINGS_MODULE"] = _settings(code)
    os.environ["DATABASE_URL"] = args.database_url
    sys.path.insert(0, str(code))
    import django
    from django.conf import settings

    django.setup()
    settings.DEBUG = False  # dev settings: DEBUG would keep every query's SQL in memory


def child_setup(args):
    """Make a site, an event index and one event per file; print their ids."""
    _django(args)
    from tests.factories import make_event, make_event_index, make_site

    index = make_event_index(make_site())
    ids = [
        make_event(index, f"Bench chat {name}", start="2022-12-01T14:00").pk for name in args.names
    ]
    print(json.dumps(ids))


def _server_cpu():
    """CPU seconds of this connection's PostgreSQL backend, if it runs on this machine."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return 0.0
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def child_import(args):
    _django(args)
    from events.archives.importer import import_archive
    from events.models import EventPage

    event = EventPage.objects.get(pk=args.event)
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    server = _server_cpu()
    started, cpu = time.perf_counter(), time.process_time()
    with open(args.file, "rb") as handle:
        result = import_archive(event, handle, Path(args.file).name)
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu + _server_cpu() - server
    print(
        json.dumps(
            {
                "format": result.file_format,
                "rows": result.rows_read,
                "added": result.posts_added,
                "seconds": seconds,
                "cpu": cpu,
                "baseline_kb": baseline,
                "peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
            }
        )
    )


def _child(code, *argv, database_url):
    out = subprocess.run(
        [
            _python(code),
            __file__,
            "--child",
            *argv,
            "--database-url",
            database_url,
            "--code",
            str(code),
        ],  # fmt: skip
        cwd=code,
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
    subprocess.run([_python(ROOT), "-c", code, server], check=True, env=_django_free_env)


def migrate(code, database_url):
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": _settings(code), "DATABASE_URL": database_url}
    subprocess.run(
        [_python(code), "manage.py", "migrate", "--no-input", "-v0"], cwd=code, env=env, check=True
    )


def _name(code):
    """A checkout's short commit (and a + if its tree has changes), else its folder's name."""
    out = subprocess.run(
        ["git", "-C", str(code), "log", "-1", "--format=%h"],
        capture_output=True, text=True, check=False,
    ).stdout.strip()  # fmt: skip
    dirty = subprocess.run(
        ["git", "-C", str(code), "status", "--porcelain", "--untracked-files=no"],
        capture_output=True, text=True, check=False,
    ).stdout.strip()  # fmt: skip
    return (out + ("+" if dirty else "")) if out else code.name


def bench(label, urls, files, rounds):
    """Import each file `rounds` times into each checkout's database (urls: {code: url}),
    the checkouts alternating; rows of (database, file, run, checkout, result)."""
    ids = {}
    # Named once: a commit in a checkout while it runs must not split its rows in two.
    names = {code: _name(code) for code in urls}
    for code, url in urls.items():
        print(f"{label}: migrating a fresh database for {code}", file=sys.stderr)
        migrate(code, url)
        events = [f"{path.name} {n}" for n in range(rounds) for path in files]
        ids[code] = iter(_child(code, "setup", *events, database_url=url))
    rows = []
    for _round in range(rounds):
        for path in files:
            for code, url in urls.items():
                event = str(next(ids[code]))
                for run in ("first import", "re-import"):
                    result = _child(code, "import", str(path), "--event", event, database_url=url)
                    print(f"{label} {path.name} {run} {code}: {result}", file=sys.stderr)
                    rows.append((label, path.name, run, names[code], result))
    return rows


# Report


def _versions():
    out = subprocess.run(
        [_python(ROOT), "-c", "import django, wagtail, sqlite3; print(django.get_version(), "
         "wagtail.__version__, sqlite3.sqlite_version)"],
        capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    return out


def report(rows, posts, sizes, pg_version, load):
    django_version, wagtail_version, sqlite_version = _versions()
    lines = [
        HEADING,
        "",
        f"Produced by `bench/import_archive.py` (see its docstring), "
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC. Machine: {os.cpu_count()} cores "
        f"(shared with other work), {platform.system()} {platform.machine()}, Python "
        f"{platform.python_version()}, Django {django_version}, Wagtail {wagtail_version}, "
        f"SQLite {sqlite_version}" + (f", PostgreSQL {pg_version}" if pg_version else "") + ". "
        f"Load average {load[0]:.1f} at the start, {load[1]:.1f} at the end.",
        "",
        f"Each file holds {posts:,} posts ("
        + ", ".join(f"{name} {size / 1e6:.0f} MB" for name, size in sizes.items())
        + "). Peak memory is the child process's ru_maxrss; baseline is its peak once "
        "Django has started, before the import.",
        "",
        "| database | file | run | code | posts read | posts added | seconds | posts/s "
        "| CPU s | peak MB | baseline MB |",
        "| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for label, name, run, code, r in rows:
        lines.append(
            f"| {label} | {name} | {run} | {code} | {r['rows']:,} | {r['added']:,} "
            f"| {r['seconds']:.1f} | {r['rows'] / r['seconds']:,.0f} | {r['cpu']:.1f} "
            f"| {r['peak_kb'] / 1024:.0f} | {r['baseline_kb'] / 1024:.0f} |"
        )
    return "\n".join(lines + _ratios(rows)) + "\n"


def _ratios(rows):
    """Medians per checkout and their ratios to the first's, when checkouts were compared."""
    codes = list(dict.fromkeys(row[3] for row in rows))
    if len(codes) < 2:
        return []
    lines = [
        "",
        f"Medians over the rounds; rate and CPU ratios are {codes[0]}'s time over each "
        "checkout's (above 1: faster); memory is the peak above the baseline.",
        "",
        "| database | file | run | "
        + " | ".join(f"{code} s / CPU s / MB" for code in codes)
        + " | "
        + " | ".join(f"{code} rate, CPU ratio" for code in codes[1:])
        + " |",
        "| --- | --- | --- | " + " | ".join(["---:"] * (2 * len(codes) - 1)) + " |",
    ]
    for key in dict.fromkeys(row[:3] for row in rows):
        medians = {}
        for code in codes:
            results = [row[4] for row in rows if row[:3] == key and row[3] == code]
            medians[code] = [
                statistics.median(r["seconds"] for r in results),
                statistics.median(r["cpu"] for r in results),
                statistics.median((r["peak_kb"] - r["baseline_kb"]) / 1024 for r in results),
            ]
        first = medians[codes[0]]
        cells = [f"{m[0]:.1f} / {m[1]:.1f} / {m[2]:.0f}" for m in medians.values()]
        cells += [
            f"{first[0] / medians[code][0]:.2f}, {first[1] / medians[code][1]:.2f}"
            for code in codes[1:]
        ]
        lines.append(f"| {' | '.join(key)} | {' | '.join(cells)} |")
    return lines


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
    parser.add_argument("--code", help="checkouts to compare, comma-separated (default: this)")
    parser.add_argument("--rounds", type=int, default=1)
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

    codes = [Path(code).resolve() for code in args.code.split(",")] if args.code else [ROOT]
    load = [os.getloadavg()[0]]
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
                urls = {
                    code: f"sqlite:///{work / f'bench{n}.sqlite3'}" for n, code in enumerate(codes)
                }
                rows += bench("SQLite", urls, files, args.rounds)
            elif label == "postgres":
                # One database per checkout: the first keeps the given name.
                urls = {
                    code: args.postgres_url + (f"_{n}" if n else "") for n, code in enumerate(codes)
                }
                try:
                    for url in urls.values():
                        _postgres(url, "create")
                    pg_version = subprocess.run(
                        ["psql", args.postgres_url, "-Atc", "SHOW server_version"],
                        capture_output=True, text=True, check=False,
                    ).stdout.split(" ")[0].strip() or None  # fmt: skip
                    rows += bench("PostgreSQL", urls, files, args.rounds)
                finally:
                    for url in urls.values():
                        _postgres(url, "drop")
    load.append(os.getloadavg()[0])
    section = report(rows, args.posts, sizes, pg_version, load)
    if args.no_write:
        print(section)
    else:
        write_section(section)
        print(section)


if __name__ == "__main__":
    main()
