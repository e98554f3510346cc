#!/usr/bin/env python
"""Load-test every public page type with wrk against gunicorn on loopback; write RESULTS.md.

Usage (from the project root, after `make install`; needs `wrk` and `redis-server`):
    .venv/bin/python bench/load.py [--setups sqlite,postgres,redis] [--events 10000]
        [--tags 1000] [--posts 100000] [--duration 5]
        [--reference-url http://127.0.0.1:8798/blog/bread-circuses/]

In one run, for each setup: SQLite without Redis (the README's default), PostgreSQL
without Redis, and PostgreSQL with Redis (a throwaway redis-server on a free port). It
builds a fresh database (SQLite in a temporary folder; the PostgreSQL database
--database-name, default musesocial_bench_load, on 127.0.0.1, created and dropped, shared
by the last two setups),
loads the demo and scaled content from bench_fill (reproducible from --seed), collects
static files, then starts gunicorn (production settings, 2 sync workers, loopback only)
twice: with the full-page cache off (PAGE_CACHE_SECONDS=0: every request renders, though
derived data such as navigation stays cached) and on. Each URL is requested twice before
wrk runs (filling the caches), then wrk measures it for --duration seconds.

The floor is /robots.txt: full middleware, no database, no cache. Beside requests per
second it writes the server's CPU time per request, read from /proc before and after each
wrk run: the gunicorn workers' (Python, and SQLite, which runs inside them) and the
database server's (the PostgreSQL backends of the benchmark database) or Redis's.
Ratios within one run are what to compare: the machine may be shared.

With --reference-url, a reference site already running under gunicorn on
--reference-port (bakerydemo, bench/BAKERYDEMO.md) is measured the same way right after
the uncached event page of each setup, its CPU read from its workers and from the
PostgreSQL backends of --reference-database.

The tables replace the section between the load-results markers in bench/RESULTS.md;
everything else in the file is left as it is.
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
# The project's virtualenv, or the one running this script (a worktree has none of its own).
PY = str(ROOT / ".venv" / "bin" / "python")
if not Path(PY).exists():
    PY = sys.executable
PORT = 8799
POSTGRES = "postgres://postgres@127.0.0.1:5432/{name}"

PAGES = [
    ("floor: /robots.txt (no database)", "/robots.txt"),
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
    ("sitemap index", "/sitemap.xml"),
    ("sitemap pages, first file", "/sitemap-pages.xml"),
    ("sitemap tags", "/sitemap-tags.xml"),
]
MARK_START = "<!-- load.py {database}: start -->"
MARK_END = "<!-- load.py {database}: end -->"
TICKS = os.sysconf("SC_CLK_TCK")


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
        "requests": int(re.search(r"(\d+) requests in", out).group(1)),
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


def cpu_ticks(pids):
    """{pid: utime + stime in clock ticks} of these processes that are still there."""
    ticks = {}
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        ticks[pid] = int(fields[11]) + int(fields[12])
    return ticks


def cpu_spent(before, pids):
    """Seconds of CPU these processes spent since `before`, counting only those alive at
    both readings (a database backend that closed in between would count negative)."""
    after = cpu_ticks(pids)
    return sum(after[pid] - before[pid] for pid in after.keys() & before.keys()) / TICKS


def workers(master):
    children = Path(f"/proc/{master}/task/{master}/children")
    return [int(pid) for pid in children.read_text().split()] if children.exists() else []


def database_pids(env):
    """The processes whose CPU is the database's and the cache's: PostgreSQL backends of
    the benchmark database, and the throwaway redis-server."""
    pids = [int(env["REDIS_PID"])] if env.get("REDIS_PID") else []
    if "postgres" in env["DATABASE_URL"]:  # SQLite runs inside the workers
        pids += backends_of(env["BENCH_DATABASE"])
    return pids


def gunicorn_workers(port):
    """The workers of the gunicorn master listening on this port (the reference site)."""
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                cmdline = (proc / "cmdline").read_bytes().replace(b"\0", b" ")
            except OSError:
                continue
            if b"gunicorn" in cmdline and f":{port}".encode() in cmdline:
                kids = workers(int(proc.name))
                if kids:
                    return kids
    return []


def backends_of(database):
    pids = []
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                if f" {database} ".encode() in (proc / "cmdline").read_bytes():
                    pids.append(int(proc.name))
            except OSError:
                pass
    return pids


def measure_url(url, duration, python, database):
    """wrk on one URL, with the CPU per request of these processes (after two warm-ups)."""
    for _ in range(2):
        with urllib.request.urlopen(url, timeout=120) as response:
            response.read()
    before = cpu_ticks(python), cpu_ticks(database)
    result = wrk(url, duration)
    done = max(result["requests"], 1)
    result["cpu_python"] = cpu_spent(before[0], python) * 1000 / done
    result["cpu_db"] = cpu_spent(before[1], database) * 1000 / done
    return result


def serve(env, page_cache_seconds):
    return subprocess.Popen(
        [
            str(Path(PY).with_name("gunicorn")),
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


REFERENCE = "reference"


def measure(env, pages, duration, page_cache_seconds, reference=None):
    """Every page with wrk; with `reference` (url, port, database), the reference site's
    page too, right after the event page: the two compared in the same minute."""
    server = serve(env, page_cache_seconds)
    results = {}
    try:
        wait_until_up()
        for name, path in pages:
            url = f"http://127.0.0.1:{PORT}{path}"
            started = time.perf_counter()
            with urllib.request.urlopen(url, timeout=120) as response:
                response.read()
            first = (time.perf_counter() - started) * 1000
            python, database = workers(server.pid), database_pids(env)
            result = measure_url(url, duration, python, database)
            results[name] = {**result, "first": first}
            if name == "event" and reference:
                ref_url, ref_port, ref_db = reference
                results[REFERENCE] = measure_url(
                    ref_url, duration, gunicorn_workers(ref_port), backends_of(ref_db)
                )
            # Requests wrk left in flight still occupy the workers: let them finish first,
            # or the next page is measured against a slow page's backlog.
            for _ in range(2):
                urllib.request.urlopen(f"http://127.0.0.1:{PORT}/healthz", timeout=120).read()
            r = results[name]
            print(
                f"{name:28} {r['rps']:8.1f} req/s  p50 {r['p50']:7.1f} ms  p99 {r['p99']:7.1f} ms"
                f"  CPU {r['cpu_python']:.2f} + {r['cpu_db']:.2f} ms/req"
            )
    finally:
        server.terminate()
        server.wait(timeout=30)
    return results


def table(pages, cold, warm):
    floor_cold, floor_warm = cold[pages[0][0]]["rps"], warm[pages[0][0]]["rps"]
    lines = [
        "| page | path | uncached req/s | p50 ms | ratio to floor | CPU ms/req (Python + db) "
        "| cached req/s | p50 ms | p99 ms | ratio to floor | CPU ms/req (Python + db) | errors |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, path in pages:
        c, w = cold[name], warm[name]
        errors = c["non2xx"] + w["non2xx"]
        lines.append(
            f"| {name} | `{path}` | {c['rps']:.0f} | {c['p50']:.1f} | {c['rps'] / floor_cold:.2f} "
            f"| {c['cpu_python']:.2f} + {c['cpu_db']:.2f} "
            f"| {w['rps']:.0f} | {w['p50']:.1f} | {w['p99']:.1f} | {w['rps'] / floor_warm:.2f} "
            f"| {w['cpu_python']:.2f} + {w['cpu_db']:.2f} | {errors} |"
        )
    return lines


def against_reference(cold, url):
    ours, theirs = cold["event"], cold[REFERENCE]
    cpu_ours = ours["cpu_python"] + ours["cpu_db"]
    cpu_theirs = theirs["cpu_python"] + theirs["cpu_db"]
    return [
        f"Uncached event page against the reference's uncached `{url}`, measured "
        "one after the other:",
        "",
        "| | req/s | CPU ms/req (Python + db) |",
        "| --- | ---: | ---: |",
        f"| the hub's event page | {ours['rps']:.0f} | "
        f"{ours['cpu_python']:.2f} + {ours['cpu_db']:.2f} |",
        f"| the reference | {theirs['rps']:.0f} | "
        f"{theirs['cpu_python']:.2f} + {theirs['cpu_db']:.2f} |",
        f"| **ratio (hub / reference; CPU: reference / hub)** | "
        f"**{ours['rps'] / max(theirs['rps'], 0.01):.2f}×** | "
        f"**{cpu_theirs / max(cpu_ours, 0.001):.2f}×** |",
    ]


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


def free_port():
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def build(env, args):
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


SETUPS = {
    "sqlite": "SQLite, no Redis (the README's default: the database cache)",
    "sqlite-redis": "SQLite + Redis",
    "postgres": "PostgreSQL, no Redis (the database cache)",
    "redis": "PostgreSQL + Redis",
}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--setups", default="sqlite,postgres,redis")
    parser.add_argument("--events", type=int, default=10000)
    parser.add_argument("--tags", type=int, default=1000)
    parser.add_argument("--posts", type=int, default=100000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--duration", type=int, default=5)
    parser.add_argument("--database-name", default="musesocial_bench_load")
    parser.add_argument(
        "--sqlite",
        help="an SQLite file already filled (load_demo + bench_fill) to use instead of building",
    )
    parser.add_argument(
        "--reference-url",
        help="the reference's uncached page (bakerydemo's blog post, bench/BAKERYDEMO.md), "
        "measured right after the uncached event page of every setup",
    )
    parser.add_argument("--reference-port", type=int, default=8798)
    parser.add_argument("--reference-database", default="hub_performance_bakery")
    parser.add_argument("--keep-database", action="store_true", help="for profiling afterwards")
    parser.add_argument("--output", default=str(ROOT / "bench" / "RESULTS.md"))
    args = parser.parse_args()
    setups = args.setups.split(",")
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install wrk")
    work = Path(tempfile.mkdtemp(prefix="hub-bench-"))
    base_env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY=secrets.token_urlsafe(64),
        SECURE_SSL_REDIRECT="false",
        ALLOWED_HOSTS="127.0.0.1",
        MEDIA_ROOT=str(work / "media"),
        LOG_LEVEL="WARNING",
        BENCH_DATABASE=args.database_name,
    )
    base_env.pop("REDIS_URL", None)
    redis = None
    sections = []
    started_at, load = datetime.now(UTC), os.getloadavg()[0]
    postgres_built = False
    try:
        for setup in setups:
            env = dict(base_env)
            if setup == "sqlite":
                env["DATABASE_URL"] = f"sqlite:///{args.sqlite or work / 'bench.sqlite3'}"
                if not args.sqlite:
                    build(env, args)
            elif setup == "sqlite-redis":
                env["DATABASE_URL"] = f"sqlite:///{args.sqlite or work / 'bench.sqlite3'}"
            else:
                env["DATABASE_URL"] = POSTGRES.format(name=args.database_name)
                if not postgres_built:
                    postgres_admin(f"DROP DATABASE IF EXISTS {args.database_name}")
                    postgres_admin(f"CREATE DATABASE {args.database_name}")
                    build(env, args)
                    postgres_built = True
            if setup in ("redis", "sqlite-redis"):
                port = free_port()
                redis = subprocess.Popen(
                    ["redis-server", "--port", str(port), "--save", "", "--appendonly", "no"],
                    stdout=subprocess.DEVNULL,
                )
                time.sleep(0.5)
                env["REDIS_URL"] = f"redis://127.0.0.1:{port}/0"
                env["REDIS_PID"] = str(redis.pid)
            run([PY, "manage.py", "collectstatic", "--no-input", "-v0"], env)
            manifest = (ROOT / "staticfiles" / "staticfiles.json").read_text()
            css = re.search(r'"css/hub.css": "([^"]+)"', manifest).group(1)
            pages = [(name, path or f"/static/{css}") for name, path in PAGES]
            print(f"-- {SETUPS[setup]}: no page cache")
            reference = args.reference_url and (
                args.reference_url,
                args.reference_port,
                args.reference_database,
            )
            cold = measure(env, pages, args.duration, 0, reference)
            print(f"-- {SETUPS[setup]}: page cache on")
            warm = measure(env, pages, args.duration, 600)
            sections += [f"#### {SETUPS[setup]}", "", *table(pages, cold, warm), ""]
            if reference:
                sections += [*against_reference(cold, args.reference_url), ""]
            if redis is not None:
                redis.terminate()
                redis.wait(timeout=30)
                redis = None
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if redis is not None:
            redis.terminate()
        if postgres_built and not args.keep_database:
            postgres_admin(f"DROP DATABASE IF EXISTS {args.database_name}")
    lines = [
        f"### All setups, {started_at:%Y-%m-%d %H:%M} UTC",
        "",
        f"Machine: {os.cpu_count()} cores (shared; load average at the start "
        f"{load:.1f}), Python {sys.version.split()[0]}, gunicorn 2 sync workers, "
        f"wrk -t2 -c8 (Connection: close), {args.duration} s per page and mode, each URL "
        f"requested three times first. Content: demo + {args.events} events, {args.tags} tags, "
        f"{args.posts} archived posts in one chat (bench_fill --seed {args.seed}).",
        "",
        *sections,
    ]
    output = Path(args.output)
    write_section(output, "all setups", lines)
    print(f"Written to {output}")


if __name__ == "__main__":
    main()
