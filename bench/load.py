#!/usr/bin/env python
"""Load-test every public page type with wrk against gunicorn on loopback; write RESULTS.md.

Usage (from the project root, after `make install`; needs `wrk`):
    .venv/bin/python bench/load.py [--postgres] [--events 10000] [--tags 1000]
        [--posts 100000] [--duration 5]

It builds a fresh database (SQLite in a temporary folder, or with --postgres the
database musesocial_bench_load on 127.0.0.1, created and dropped), loads the demo and
scaled content from bench_fill (reproducible from --seed), collects static files,
then starts gunicorn (production settings, 2 sync workers, loopback only) twice:
with the full-page cache off (PAGE_CACHE_SECONDS=0: every request renders, though
derived data such as navigation stays cached) and on. Each URL is requested once
before wrk runs (filling the caches), then wrk measures it for --duration seconds.
The table replaces this run's database section between the load-results markers in
bench/RESULTS.md; everything else in the file is left as it is.
"""

import argparse
import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = str(ROOT / ".venv" / "bin" / "python")
PORT = 8799
POSTGRES = "postgres://postgres@127.0.0.1:5432/musesocial_bench_load"

PAGES = [
    ("floor: /healthz", "/healthz"),
    ("static file (WhiteNoise)", None),  # filled in from the manifest
    ("home", "/en/"),
    ("event index", "/en/events/"),
    ("event index, filtered", "/en/events/?kind=chat&year=2013"),
    ("event", "/en/events/2013-04-04-museum-tweetups/"),
    ("event calendar (.ics)", "/en/events/2013-04-04-museum-tweetups/calendar/"),
    ("transcript (largest chat)", "/en/events/bench-1-0/transcript/"),
    ("organisation index", "/en/organisations/"),
    ("organisation", "/en/organisations/state-historical-museum/"),
    ("conference index", "/en/conferences/"),
    ("conference", "/en/conferences/aam-2012/"),
    ("talk index", "/en/talks/"),
    ("talk", "/en/talks/museumsalon-twitter-project-from-russia/"),
    ("content page", "/en/about/"),
    ("tag index", "/en/tags/"),
    ("tag", "/en/tags/twitter/"),
    ("hashtag", "/en/hashtags/musesocial/"),
    ("dates, a year", "/en/dates/2013/"),
    ("search", "/en/search/?q=museum"),
    ("feed (Atom)", "/en/feeds/atom.xml"),
    ("events feed (RSS)", "/en/feeds/events/rss.xml"),
    ("sitemap", "/sitemap.xml"),
]
MARK_START = "<!-- load.py {database}: start -->"
MARK_END = "<!-- load.py {database}: end -->"


def run(cmd, env, **kwargs):
    return subprocess.run(cmd, cwd=ROOT, env=env, check=True, **kwargs)


def wrk(url, duration):
    # Every request closes its connection, as a browser's first visit does; keep-alive
    # against gunicorn's sync workers otherwise leaves wrk waiting on idle sockets.
    out = subprocess.run(
        ["wrk", "-t2", "-c8", f"-d{duration}s", "--latency", "-H", "Connection: close", url],
        capture_output=True,
        text=True,
        timeout=duration + 60,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))

    def latency(pct):
        match = re.search(rf"\s{pct}%\s+([\d.]+)(us|ms|s)\b", out)
        if match is None:
            return float("nan")
        value, unit = float(match.group(1)), match.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket = re.search(r"Socket errors: (.*)", out)
    return {
        "rps": rps,
        "p50": latency(50),
        "p99": latency(99),
        "non2xx": int(errors.group(1)) if errors else 0,
        "socket": socket.group(1) if socket else "",
    }


def postgres_admin(sql):
    import psycopg

    with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True) as db:
        db.execute(sql)


def serve(env, page_cache_seconds):
    return subprocess.Popen(
        [
            str(ROOT / ".venv" / "bin" / "gunicorn"),
            "--config",
            "gunicorn.conf.py",
            "--bind",
            f"127.0.0.1:{PORT}",
            "--workers",
            "2",
            "--max-requests",
            "0",  # no worker restarts mid-run: they would empty its per-process cache
            "--access-logfile",
            "/dev/null",
            "config.wsgi:application",
        ],
        cwd=ROOT,
        env={**env, "PAGE_CACHE_SECONDS": str(page_cache_seconds)},
    )


def wait_until_up():
    for _ in range(150):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{PORT}/healthz", timeout=1)
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("gunicorn did not start")


def measure(env, pages, duration, page_cache_seconds):
    server = serve(env, page_cache_seconds)
    results = {}
    try:
        wait_until_up()
        for name, path in pages:
            url = f"http://127.0.0.1:{PORT}{path}"
            started = time.perf_counter()
            for _ in range(2):  # one per worker, roughly: fills the caches
                with urllib.request.urlopen(url, timeout=120) as response:
                    response.read()
            first = (time.perf_counter() - started) * 500
            results[name] = {**wrk(url, duration), "first": first}
            # Requests wrk left in flight still occupy the workers: let them finish first,
            # or the next page is measured against a slow page's backlog.
            for _ in range(2):
                urllib.request.urlopen(f"http://127.0.0.1:{PORT}/healthz", timeout=120).read()
            r = results[name]
            print(
                f"{name:28} {r['rps']:8.1f} req/s  p50 {r['p50']:7.1f} ms  p99 {r['p99']:7.1f} ms"
            )
    finally:
        server.terminate()
        server.wait(timeout=30)
    return results


def table(pages, cold, warm):
    floor_cold, floor_warm = cold[pages[0][0]]["rps"], warm[pages[0][0]]["rps"]
    lines = [
        "| page | path | no page cache: req/s | p50 ms | p99 ms | ratio to floor "
        "| page cache: req/s | p50 ms | p99 ms | ratio to floor | errors |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, path in pages:
        c, w = cold[name], warm[name]
        errors = c["non2xx"] + w["non2xx"]
        lines.append(
            f"| {name} | `{path}` | {c['rps']:.0f} | {c['p50']:.1f} | {c['p99']:.1f} "
            f"| {c['rps'] / floor_cold:.2f} | {w['rps']:.0f} | {w['p50']:.1f} | {w['p99']:.1f} "
            f"| {w['rps'] / floor_warm:.2f} | {errors} |"
        )
    return lines


def write_section(output, database, lines):
    """Replace this database's section between its markers, or append one."""
    start, end = MARK_START.format(database=database), MARK_END.format(database=database)
    text = output.read_text() if output.exists() else "# Benchmark results\n"
    section = "\n".join([start, *lines, end])
    if start in text and end in text:
        before, rest = text.split(start, 1)
        text = before + section + rest.split(end, 1)[1]
    else:
        text = text.rstrip() + "\n\n" + section + "\n"
    output.write_text(text)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--postgres", action="store_true", help=f"use {POSTGRES}")
    parser.add_argument("--events", type=int, default=10000)
    parser.add_argument("--tags", type=int, default=1000)
    parser.add_argument("--posts", type=int, default=100000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--duration", type=int, default=5)
    parser.add_argument(
        "--redis",
        default="",
        help="REDIS_URL for the cache, e.g. redis://127.0.0.1:6379/6 (default: the database cache)",
    )
    parser.add_argument("--keep-database", action="store_true", help="for profiling afterwards")
    parser.add_argument("--output", default=str(ROOT / "bench" / "RESULTS.md"))
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install wrk")
    work = Path(tempfile.mkdtemp(prefix="hub-bench-"))
    database = "PostgreSQL" if args.postgres else "SQLite"
    env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY=secrets.token_urlsafe(64),
        DATABASE_URL=POSTGRES if args.postgres else f"sqlite:///{work / 'bench.sqlite3'}",
        SECURE_SSL_REDIRECT="false",
        ALLOWED_HOSTS="127.0.0.1",
        MEDIA_ROOT=str(work / "media"),
        LOG_LEVEL="WARNING",
    )
    env.pop("REDIS_URL", None)
    if args.redis:
        env["REDIS_URL"] = args.redis
        run([PY, "-c", f"import redis; redis.Redis.from_url({args.redis!r}).flushdb()"], env)
    if args.postgres:
        postgres_admin("DROP DATABASE IF EXISTS musesocial_bench_load")
        postgres_admin("CREATE DATABASE musesocial_bench_load")
    started = time.perf_counter()
    try:
        run([PY, "manage.py", "migrate", "--no-input", "-v0"], env)
        run([PY, "manage.py", "load_demo"], env, stdout=subprocess.DEVNULL)
        run(
            [
                PY,
                "manage.py",
                "bench_fill",
                f"--events={args.events}",
                f"--tags={args.tags}",
                f"--posts={args.posts}",
                f"--seed={args.seed}",
            ],
            env,
        )
        run([PY, "manage.py", "collectstatic", "--no-input", "-v0"], env)
        print(f"content ready in {time.perf_counter() - started:.0f} s")
        manifest = (ROOT / "staticfiles" / "staticfiles.json").read_text()
        css = re.search(r'"css/hub.css": "([^"]+)"', manifest).group(1)
        pages = [(name, path or f"/static/{css}") for name, path in PAGES]
        print("-- no page cache")
        cold = measure(env, pages, args.duration, 0)
        print("-- page cache on")
        warm = measure(env, pages, args.duration, 600)
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if args.postgres and not args.keep_database:
            postgres_admin("DROP DATABASE IF EXISTS musesocial_bench_load")
    lines = [
        f"### {database}, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        "",
        f"Machine: {os.cpu_count()} cores (shared), Python {sys.version.split()[0]}, gunicorn 2 "
        f"sync workers, wrk -t2 -c8 (Connection: close), {args.duration} s per page and mode, "
        f"each URL requested twice first. Content: demo + {args.events} events, {args.tags} "
        f"tags, {args.posts} archived posts in one chat (bench_fill --seed {args.seed}). "
        f"Cache: {'Redis' if args.redis else 'the database cache (no REDIS_URL)'}.",
        "",
        *table(pages, cold, warm),
    ]
    output = Path(args.output)
    write_section(output, database, lines)
    print(f"Written to {output}")


if __name__ == "__main__":
    main()
