#!/usr/bin/env python
"""Load-test every public page type with wrk against gunicorn on loopback; write RESULTS.md.

Usage (from the project root, after `make install`):
    .venv/bin/python bench/load.py [--database-url URL] [--events 1000] [--duration 10]

It builds a fresh database (demo content plus scaled content from bench_fill), starts
gunicorn with production settings on 127.0.0.1, runs wrk for each URL twice (the first
run fills the caches, "cold"; the second is "warm"), and reports requests per second,
p50 and p99 latency and the ratio to the floor (/healthz, the cheapest Django response)
into bench/RESULTS.md. Loopback only; every run is bounded by --duration.
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

PAGES = [
    ("floor: /healthz", "/healthz"),
    ("static file (WhiteNoise)", None),  # filled in from the manifest
    ("home", "/en/"),
    ("event index", "/en/events/"),
    ("event index, filtered", "/en/events/?kind=chat&year=2013"),
    ("event", "/en/events/2013-04-04-museum-tweetups/"),
    ("event calendar (.ics)", "/en/events/2013-04-04-museum-tweetups/calendar/"),
    ("transcript (10k-post chat)", "/en/events/bench-1-0/transcript/"),
    ("organisation", "/en/organisations/state-historical-museum/"),
    ("conference", "/en/conferences/aam-2012/"),
    ("talk", "/en/talks/museumsalon-twitter-project-from-russia/"),
    ("search", "/en/search/?q=museum"),
]


def run(cmd, env, **kwargs):
    return subprocess.run(cmd, cwd=ROOT, env=env, check=True, **kwargs)


def wrk(url, duration):
    out = subprocess.run(
        ["wrk", "-t2", "-c8", f"-d{duration}s", "--latency", url],
        capture_output=True,
        text=True,
        timeout=duration + 30,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))

    def latency(pct):
        match = re.search(rf"\s{pct}%\s+([\d.]+)(us|ms|s)", out)
        value, unit = float(match.group(1)), match.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return rps, latency(50), latency(99), int(errors.group(1)) if errors else 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--database-url", default="")
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--posts", type=int, default=10000)
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--output", default=str(ROOT / "bench" / "RESULTS.md"))
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install wrk")
    work = Path(tempfile.mkdtemp(prefix="hub-bench-"))
    env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="hub.settings.production",
        SECRET_KEY=secrets.token_urlsafe(64),
        DATABASE_URL=args.database_url or f"sqlite:///{work / 'bench.sqlite3'}",
        SECURE_SSL_REDIRECT="false",
        ALLOWED_HOSTS="127.0.0.1",
        MEDIA_ROOT=str(work / "media"),
        LOG_LEVEL="WARNING",
    )
    if args.database_url:
        run([PY, "manage.py", "flush", "--no-input"], env)
    run([PY, "manage.py", "migrate", "--no-input", "-v0"], env)
    run([PY, "manage.py", "load_demo"], env, stdout=subprocess.DEVNULL)
    run(
        [PY, "manage.py", "bench_fill", f"--events={args.events}", f"--posts={args.posts}"],
        env,
        stdout=subprocess.DEVNULL,
    )
    run([PY, "manage.py", "collectstatic", "--no-input", "-v0"], env)
    manifest = (ROOT / "staticfiles" / "staticfiles.json").read_text()
    css = re.search(r'"css/hub.css": "([^"]+)"', manifest).group(1)
    pages = [(name, path or f"/static/{css}") for name, path in PAGES]
    server = subprocess.Popen(
        [
            str(ROOT / ".venv" / "bin" / "gunicorn"),
            "--config",
            "gunicorn.conf.py",
            "--bind",
            f"127.0.0.1:{PORT}",
            "--workers",
            "2",
            "--access-logfile",
            "/dev/null",
            "hub.wsgi:application",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{PORT}/healthz", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        results = []
        for name, path in pages:
            url = f"http://127.0.0.1:{PORT}{path}"
            cold = wrk(url, max(2, args.duration // 3))
            warm = wrk(url, args.duration)
            results.append((name, path, cold, warm))
            print(f"{name:32} {warm[0]:8.1f} req/s  p50 {warm[1]:6.1f} ms  p99 {warm[2]:6.1f} ms")
    finally:
        server.terminate()
        server.wait(timeout=20)
        shutil.rmtree(work, ignore_errors=True)
    floor = results[0][3][0]
    database = "PostgreSQL" if args.database_url.startswith("postgres") else "SQLite"
    lines = [
        f"### {database}, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        "",
        f"Machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, gunicorn 2 sync "
        f"workers, wrk -t2 -c8, {args.duration} s per page; content: demo + {args.events} events, "
        f"{args.posts} archived posts.",
        "",
        "| page | path | req/s (first run) | req/s | p50 ms | p99 ms | non-2xx | ratio to floor |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, path, cold, warm in results:
        lines.append(
            f"| {name} | `{path}` | {cold[0]:.0f} | {warm[0]:.0f} | {warm[1]:.1f} | {warm[2]:.1f} "
            f"| {warm[3]} | {warm[0] / floor:.2f} |"
        )
    output = Path(args.output)
    previous = output.read_text() if output.exists() else "# Benchmark results\n"
    output.write_text(previous.rstrip() + "\n\n" + "\n".join(lines) + "\n")
    print(f"Written to {output}")


if __name__ == "__main__":
    main()
