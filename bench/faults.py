#!/usr/bin/env python
"""Steady load and two faults against gunicorn + a throwaway PostgreSQL; writes RESULTS.md.

Usage (from the project root, after `make install`; needs PostgreSQL 15's server
binaries, /usr/lib/postgresql/15/bin, and wrk from Debian: apt-get install wrk):
    .venv/bin/python bench/faults.py [--duration 60] [--outage 5] [--conn-max-age 0,60]

What it does, loopback only, every step bounded in time:

1. initdb a throwaway PostgreSQL cluster in a temporary folder (as the `postgres` user
   when run as root, since initdb refuses root) and start it on a free port with its
   socket in that folder. The machine's own PostgreSQL is never touched.
2. migrate, setup_roles, load_demo, collectstatic; start gunicorn with production
   settings (2 sync workers) on 127.0.0.1.
3. Runs, each --duration seconds of load from 8 client threads cycling through a few
   public pages, every request recorded (time, status or socket error):
   - steady: no fault, expected zero errors; wrk over the same pages as a cross-check;
   - worker killed: one gunicorn worker gets SIGKILL a third of the way in; gunicorn
     starts a replacement;
   - PostgreSQL restarted: a third of the way in, `pg_ctl stop -m fast`, --outage seconds
     down, `pg_ctl start`; once per --conn-max-age value (gunicorn restarted with that
     DATABASE_CONN_MAX_AGE), the app itself is never restarted during the run;
   - cache stopped: two gunicorn servers (two "app servers") share a throwaway
     `redis-server` of this script's own (free port, its own folder, append-only file
     so its data survives the restart, as with persistence in production); a third of
     the way in it is stopped for --outage seconds while readers load both servers and a
     form client posts "Propose a chat" every half second; during the outage a
     management command (a third process, which cannot reach Redis either) publishes a
     new title of an event; afterwards both servers are polled until they show it.
   --runs picks some of them (steady,kill,postgres,cache).
4. Prints and writes the figures into bench/RESULTS.md between its own markers,
   replacing only its section.

Everything (gunicorn, the cluster, the folder) is removed on exit, Ctrl-C included.
"""

import argparse
import contextlib
import http.client
import os
import platform
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV = Path(os.environ.get("VENV", ROOT / ".venv"))  # another virtualenv: VENV=/path
PY = str(VENV / "bin" / "python")
PG_BIN = Path("/usr/lib/postgresql/15/bin")
PAGES = [
    "/en/",
    "/en/events/",
    "/en/events/2013-04-04-museum-tweetups/",
    "/en/conferences/aam-2012/",
    "/en/talks/museumsalon-twitter-project-from-russia/",
    "/ru/",
    # Search is never page-cached: it reaches the database on every request.
    "/en/search/?q=museum",
]
CLIENTS = 8
START, END = "<!-- bench/faults.py: start -->", "<!-- bench/faults.py: end -->"
HEADING = "## Load and faults (bench/faults.py)"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    """A throwaway PostgreSQL cluster in `folder`, owned by postgres when we are root."""

    def __init__(self, folder):
        self.folder, self.port = folder, free_port()
        self.data, self.log = folder / "data", folder / "postgres.log"
        self.as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self.as_user:
            shutil.chown(folder, "postgres")
        self.started = False

    def run(self, *args, timeout=60):
        subprocess.run(
            [*self.as_user, *args], check=True, timeout=timeout, stdout=subprocess.DEVNULL
        )

    def init(self):
        self.run(
            str(PG_BIN / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres",
            "--no-sync", "-E", "UTF8", "--locale=C.UTF-8",
        )  # fmt: skip
        self.start()
        self.run(str(PG_BIN / "createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U",
                 "postgres", "hub")  # fmt: skip

    def start(self):
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        self.run(str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-o",
                 options, "-w", "start")  # fmt: skip
        self.started = True

    def stop(self, mode="fast"):
        self.run(str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop")
        self.started = False

    @property
    def url(self):
        return f"postgres://postgres@127.0.0.1:{self.port}/hub"


class Server:
    """gunicorn with production settings, in its own process group."""

    def __init__(self, env, port, log):
        self.env, self.port, self.process, self.log = env, port, None, log

    def start(self):
        self.process = subprocess.Popen(
            [str(VENV / "bin" / "gunicorn"), "--config", "gunicorn.conf.py",
             "--bind", f"127.0.0.1:{self.port}", "--workers", "2",
             "--access-logfile", "/dev/null", "config.wsgi:application"],
            cwd=ROOT, env=self.env, start_new_session=True,
            stdout=self.log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{self.port}/healthz", timeout=2)
                if len(self.workers()) == 2:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError("gunicorn did not answer /healthz within 60 s")

    def recycles(self):
        """Workers gunicorn has replaced after max_requests so far (from its log)."""
        self.log.flush()
        return Path(self.log.name).read_text().count("Autorestarting worker")

    def workers(self):
        pid = self.process.pid
        try:
            return Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        except OSError:
            return []

    def stop(self):
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=25)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()


def load(port, duration, fault=None, fault_at=None):
    ports = port if isinstance(port, list | tuple) else [port]
    """Run CLIENTS threads for `duration` s; returns (records, fault info).

    A record is (start, end, path, outcome): outcome an HTTP status or an error name.
    Times are seconds from the start of the run.
    """
    records, lock, stop = [], threading.Lock(), threading.Event()
    origin = time.monotonic()

    def client(offset):
        n = offset
        while not stop.is_set():
            path = PAGES[n % len(PAGES)]
            n += 1
            began = time.monotonic() - origin
            try:
                target = ports[n % len(ports)]
                connection = http.client.HTTPConnection("127.0.0.1", target, timeout=15)
                connection.request("GET", path)
                response = connection.getresponse()
                response.read()
                outcome = response.status
                connection.close()
            except (OSError, http.client.HTTPException) as error:
                outcome = type(error).__name__
            with lock:
                records.append((began, time.monotonic() - origin, path, outcome))

    threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(CLIENTS)]
    for thread in threads:
        thread.start()
    info = {}
    if fault:
        time.sleep(fault_at)
        info = fault(origin)
    time.sleep(max(0.0, duration - (time.monotonic() - origin)))
    stop.set()
    for thread in threads:
        thread.join(timeout=20)
    return sorted(records), info


def errors(records):
    return [r for r in records if not (isinstance(r[3], int) and r[3] < 400)]


def describe(records, fault_at=None, back_at=None):
    """Totals, error kinds and, after a fault, when errors stopped and throughput returned."""
    bad = errors(records)
    kinds = {}
    for record in bad:
        kinds[str(record[3])] = kinds.get(str(record[3]), 0) + 1
    end = max(r[1] for r in records)
    latencies = sorted(r[1] - r[0] for r in records)
    summary = {
        "requests": len(records),
        "errors": len(bad),
        "kinds": kinds,
        "rps": len(records) / end,
        "p99_ms": latencies[int(len(latencies) * 0.99)] * 1000,
        "max_ms": latencies[-1] * 1000,
    }
    if fault_at is not None:
        before = [r for r in records if r[1] < fault_at]
        per_second = len(before) / fault_at
        summary["rps_before"] = per_second
        reference = back_at if back_at is not None else fault_at
        # Recovery: the first whole second after the fault (or the database's return)
        # with no error and at least 70% of the throughput before the fault.
        second = int(reference) + 1
        while second < end - 1:
            window = [r for r in records if second <= r[1] < second + 1]
            ok = [r for r in window if r not in bad]
            if window and len(ok) == len(window) and len(ok) >= 0.7 * per_second:
                break
            second += 1
        summary["recovered"] = second - reference if second < end - 1 else None
        summary["after_back"] = len([r for r in bad if r[1] > reference])
    return summary


def kill_a_worker(server):
    def fault(origin):
        victim = server.workers()[0]
        killed_at = time.monotonic() - origin
        os.kill(int(victim), signal.SIGKILL)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            workers = server.workers()
            if len(workers) == 2 and victim not in workers:
                break
            time.sleep(0.01)
        return {"at": killed_at, "replaced_after": time.monotonic() - origin - killed_at}

    return fault


def healthz(port):
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=15) as answer:
            return answer.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError as error:
        return type(error).__name__


def restart_postgres(cluster, outage, port):
    def fault(origin):
        down_at = time.monotonic() - origin
        cluster.stop("fast")
        stopped = time.monotonic() - origin
        time.sleep(outage / 2)
        status = healthz(port)
        time.sleep(max(0.0, outage - (time.monotonic() - origin - stopped)))
        cluster.start()
        back = time.monotonic() - origin
        return {"at": down_at, "stopped": stopped, "back": back, "healthz": status}

    return fault


class ThrowawayRedis:
    """redis-server of our own on a free port; never the machine's shared one."""

    def __init__(self, folder):
        self.folder, self.port, self.process = folder / "redis", free_port(), None
        self.folder.mkdir()

    def start(self):
        self.process = subprocess.Popen(
            [shutil.which("redis-server"), "--port", str(self.port), "--bind", "127.0.0.1",
             "--save", "", "--appendonly", "yes", "--dir", str(self.folder)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with (
                contextlib.suppress(OSError),
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2) as s,
            ):
                s.sendall(b"PING\r\n")
                if s.recv(16).startswith(b"+PONG"):
                    return
            time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"


CHANGED_PAGE = "/en/events/2013-04-04-museum-tweetups/"
CHANGE = """
from events.models import EventPage
page = EventPage.objects.get(url_path__endswith="/2013-04-04-museum-tweetups/",
                             locale__language_code="en")
page.title = "Museum tweetups {marker}"
page.save_revision().publish()
"""
PROPOSAL = {
    "title": "Bench proposal", "date": "2099-05-08", "time": "15:00",
    "time_zone": "America/New_York", "hosts": "Bench @bench", "hashtag": "musesocial",
    "summary": "Load.", "questions": "", "contact_email": "", "website": "",
}  # fmt: skip


def propose(port):
    """GET the form (CSRF cookie and token), POST a proposal: the status, or an error name."""
    try:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=15)
        connection.request("GET", "/en/events/propose/")
        response = connection.getresponse()
        html = response.read().decode()
        cookie = response.getheader("Set-Cookie", "").split(";")[0]
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
        body = urllib.parse.urlencode({**PROPOSAL, "csrfmiddlewaretoken": token})
        connection.request(
            "POST", "/en/events/propose/", body,
            {"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie},
        )  # fmt: skip
        response = connection.getresponse()
        response.read()
        connection.close()
        return response.status
    except (OSError, http.client.HTTPException, AttributeError) as error:
        return type(error).__name__


def shows(port, marker):
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{CHANGED_PAGE}", timeout=15) as r:
            return marker in r.read().decode()
    except OSError:
        return False


def cache_outage_run(env, redis, ports, duration, outage, log):
    """Two servers on one throwaway Redis; Redis stopped mid-load; a change made meanwhile."""
    marker = f"changed-{secrets.token_hex(4)}"
    forms, stop = [], threading.Event()
    origin = time.monotonic()

    def form_client():
        while not stop.is_set():
            began = time.monotonic() - origin
            forms.append((began, propose(ports[len(forms) % 2])))
            time.sleep(0.5)

    def fault(origin_):
        info = {"at": time.monotonic() - origin_}
        redis.stop()
        time.sleep(outage / 3)
        changed = subprocess.run(
            [PY, "manage.py", "shell", "-c", CHANGE.format(marker=marker)], cwd=ROOT, env=env,
            capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        info["change_ok"] = changed.returncode == 0
        info["changed_at"] = time.monotonic() - origin_
        time.sleep(max(0.0, outage - (time.monotonic() - origin_ - info["at"])))
        redis.start()
        info["back"] = time.monotonic() - origin_
        return info

    former = threading.Thread(target=form_client, daemon=True)
    former.start()
    records, info = load(ports, duration, fault, duration / 3)
    stop.set()
    former.join(timeout=30)
    seen = {}
    deadline = time.monotonic() + 120
    while len(seen) < len(ports) and time.monotonic() < deadline:
        for port in ports:
            if port not in seen and shows(port, marker):
                seen[port] = time.monotonic() - origin
        time.sleep(0.1)
    outage_window = (info["at"], info["back"])
    during = [f for f in forms if outage_window[0] <= f[0] < outage_window[1]]
    return {
        **describe(records, info["at"], info["back"]),
        "fault": info,
        "forms": len(forms),
        "forms_ok": sum(1 for f in forms if f[1] == 302),
        "forms_during": len(during),
        "forms_during_ok": sum(1 for f in during if f[1] == 302),
        "form_outcomes": sorted({str(f[1]) for f in forms}),
        # After the change was made, and after Redis was back, per server.
        "seen_after_change": [seen.get(p, float("nan")) - info["changed_at"] for p in ports],
        "seen_after_back": [seen.get(p, float("nan")) - info["back"] for p in ports],
        # The console handler prints messages only: count ours and django-redis' lines.
        "warnings": sum(
            line.startswith(("Rate limit for", "Exception ignored", "Content version:"))
            for line in Path(log.name).read_text().splitlines()
        ),
    }


def wrk_check(port, duration, folder):
    """wrk over the same pages (a Lua script cycles through them): non-2xx and socket errors."""
    script = folder / "pages.lua"
    paths = ", ".join(f'"{p}"' for p in PAGES)
    script.write_text(
        f"local paths = {{{paths}}}\nlocal i = 0\n"
        "request = function()\n  i = i + 1\n"
        "  return wrk.format('GET', paths[(i % #paths) + 1])\nend\n"
    )
    out = subprocess.run(
        ["wrk", "-t2", f"-c{CLIENTS}", f"-d{duration}s", "--latency", "-s", str(script),
         f"http://127.0.0.1:{port}"],
        capture_output=True, text=True, timeout=duration + 30, check=True,
    ).stdout  # fmt: skip
    requests = int(re.search(r"(\d+) requests in", out).group(1))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket_errors = re.search(r"Socket errors: (.*)", out)

    def ms(pattern):
        value, unit = re.search(pattern + r"([\d.]+)(us|ms|s)", out).groups()
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]

    # "Latency  avg  stdev  max  +/-stdev", then the distribution with its 99% line.
    p99, maximum = ms(r"\s99%\s+"), ms(r"Latency(?:\s+\S+){2}\s+")
    return {
        "latency": f"{p99:.0f} / {maximum:.0f}",
        "requests": requests,
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "non_2xx": int(non_2xx.group(1)) if non_2xx else 0,
        "socket_errors": socket_errors.group(1).strip() if socket_errors else "none",
    }


def seconds(value):
    return "–" if value is None else f"{value:.2f} s"


def latency(summary):
    return f"{summary['p99_ms']:.0f} / {summary['max_ms']:.0f}"


def kinds(summary):
    return ", ".join(f"{k}: {v}" for k, v in sorted(summary["kinds"].items())) or "none"


def report(args, versions, steady, wrk, killed, restarts):
    lines = [
        START,
        HEADING,
        "",
        f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {platform.node() or 'this machine'}: "
        f"{os.cpu_count()} cores (shared with other work), {versions}. gunicorn 2 sync "
        f"workers, production settings, PostgreSQL 15 in a throwaway cluster on loopback, "
        f"demo content; {CLIENTS} client threads, one new connection per request, each run "
        f"{args.duration} s over {len(PAGES)} public pages ({', '.join(PAGES)}). "
        "An error is a status of 400 or more or a socket error; recovery is the first whole "
        "second with no error and at least 70% of the throughput before the fault.",
        "",
        "| run | requests | req/s | p99 / max ms | errors | error kinds | workers recycled "
        "| fault | recovery |",
        "| --- | ---: | ---: | ---: | ---: | --- | ---: | --- | --- |",
        f"| steady | {steady['requests']} | {steady['rps']:.1f} | {latency(steady)} "
        f"| {steady['errors']} | {kinds(steady)} | {steady['recycled']} | none | – |",
        f"| steady, wrk cross-check | {wrk['requests']} | {wrk['rps']:.1f} | {wrk['latency']} "
        f"| {wrk['non_2xx']} non-2xx | socket errors: {wrk['socket_errors']} | {wrk['recycled']} "
        "| none | – |",
        f"| worker SIGKILL at {killed['fault']['at']:.1f} s | {killed['requests']} "
        f"| {killed['rps']:.1f} | {latency(killed)} | {killed['errors']} | {kinds(killed)} "
        f"| {killed['recycled']} "
        "| replacement worker forked "
        f"after {seconds(killed['fault']['replaced_after'])} | "
        f"{seconds(killed['recovered'])} after the kill |",
    ]
    for age, run in restarts:
        fault = run["fault"]
        lines.append(
            f"| PostgreSQL restart, CONN_MAX_AGE={age} | {run['requests']} "
            f"| {run['rps']:.1f} | {latency(run)} | {run['errors']} ({run['after_back']} after "
            f"it was back) | {kinds(run)} | {run['recycled']} | down at {fault['at']:.1f} s, "
            f"back at "
            f"{fault['back']:.1f} s ({fault['back'] - fault['at']:.1f} s outage) "
            f"| {seconds(run['recovered'])} after it was back |"
        )
    late = sum(run["after_back"] for _age, run in restarts)
    statuses = " and ".join(sorted({str(run["fault"]["healthz"]) for _age, run in restarts}))
    lines += [
        "",
        "Reading: a SIGKILLed sync worker loses at most the request it was serving (the "
        "listening socket belongs to the master, so queued requests go to the other "
        "worker); gunicorn forks a replacement at once from the preloaded app. While "
        "PostgreSQL is down, every request answers 500 "
        f"(/healthz answered {statuses} in the middle of the outage): without REDIS_URL "
        "the cache, page cache included, is in the database too (with Redis, cached "
        "pages would still be served). "
        + (
            "No request failed once PostgreSQL was back, with either CONN_MAX_AGE: "
            if not late
            else f"{late} requests failed after PostgreSQL was back: "
        )
        + "with `conn_health_checks=True` a persistent connection found dead is replaced "
        "at the start of the next request, and with 0 every request connects anew, so "
        "the app recovers without a restart. The 2 cores are shared with other work, "
        "which shows in the maximum latencies; gunicorn recycles workers after "
        "max_requests (gunicorn.conf.py; 'workers recycled'). wrk's 'timeout' "
        "socket errors, if any, are responses slower than its 2 s timeout"
        + (
            ", not failures: the Python client, which waits 15 s, got a 2xx for every "
            "request of its steady run."
            if steady["errors"] == 0
            else "."
        ),
        END,
    ]
    return "\n".join(lines)


CACHE_START, CACHE_END = (
    "<!-- bench/faults.py cache: start -->",
    "<!-- bench/faults.py cache: end -->",
)


def cache_report(args, versions, run):
    fault = run["fault"]
    seen_change = " and ".join(seconds(v) for v in run["seen_after_change"])
    seen_back = " and ".join(seconds(v) for v in run["seen_after_back"])
    return "\n".join(
        [
            CACHE_START,
            "## Cache stopped mid-load (bench/faults.py --runs cache)",
            "",
            f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {versions}: two gunicorn servers "
            "(2 sync workers each, production settings, PostgreSQL in a throwaway cluster) "
            "sharing a throwaway redis-server (append-only file, so its data, stale "
            f"content version included, survives the restart); {CLIENTS} reader threads "
            f"over both servers and {len(PAGES)} pages, one form client posting "
            f'"Propose a chat" every 0.5 s, {args.duration} s; Redis stopped at '
            f"{fault['at']:.1f} s for {fault['back'] - fault['at']:.1f} s; during the outage "
            "a third process published a new event title "
            f"({'ok' if fault['change_ok'] else 'FAILED'}).",
            "",
            "| requests | req/s | p99 / max ms | errors | error kinds "
            "| forms posted (during outage) | forms accepted (during outage) | form outcomes "
            "| change seen after it was made "
            "| after Redis was back | log warnings |",
            "| ---: | ---: | ---: | ---: | --- | ---: | ---: | --- | --- | --- | ---: |",
            f"| {run['requests']} | {run['rps']:.1f} | {latency(run)} | {run['errors']} "
            f"| {kinds(run)} | {run['forms']} ({run['forms_during']}) "
            f"| {run['forms_ok']} ({run['forms_during_ok']}) | {', '.join(run['form_outcomes'])} "
            f"| {seen_change} | {seen_back} | {run['warnings']} |",
            "",
            "Reading: with Redis stopped, pages are rendered instead of read from the page "
            "cache (slower: every request reaches PostgreSQL, and each cache call waits "
            "for its connection to be refused), forms are accepted (the rate limit fails "
            "open, with a warning at most every 10 s per process), and the content "
            "version is read from the database. The change made while Redis was away "
            "reached both servers within CONTENT_VERSION_SECONDS (5 s) of Redis returning "
            "with its stale copy. Form outcomes: 302 is an accepted proposal, 429 the rate "
            "limit (5 an hour per address) once Redis is back and counting again.",
            CACHE_END,
        ]
    )


def write_section(path, section, start=START, end=END):
    """Replace our section between the markers, or append it; nothing else is touched."""
    text = path.read_text() if path.exists() else "# Benchmark results\n"
    if start in text and end in text:
        before, rest = text.split(start, 1)
        after = rest.split(end, 1)[1]
        text = before + section + after
    else:
        text = text.rstrip() + "\n\n" + section + "\n"
    path.write_text(text)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--duration", type=int, default=60, help="seconds per run")
    parser.add_argument("--outage", type=float, default=5, help="seconds PostgreSQL stays down")
    parser.add_argument("--conn-max-age", default="0,60", help="DATABASE_CONN_MAX_AGE values")
    parser.add_argument("--output", default=str(ROOT / "bench" / "RESULTS.md"))
    parser.add_argument(
        "--runs", default="steady,kill,postgres,cache", help="which runs (comma-separated)"
    )
    args = parser.parse_args()
    runs = {run.strip() for run in args.runs.split(",")}
    for tool in ("wrk", str(PG_BIN / "initdb"), "redis-server"):
        if not shutil.which(tool):
            sys.exit(f"{tool} is missing (apt-get install wrk postgresql-15)")
    # Ctrl-C or a kill: unwind through the finally below.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))

    folder = Path(tempfile.mkdtemp(prefix="hub-faults-"))
    cluster, server, servers, redis = Cluster(folder), None, [], None
    try:
        cluster.init()
        env = dict(
            os.environ,
            DJANGO_SETTINGS_MODULE="config.settings.production",
            SECRET_KEY=secrets.token_urlsafe(64),
            DATABASE_URL=cluster.url,
            SECURE_SSL_REDIRECT="false",
            ALLOWED_HOSTS="127.0.0.1",
            MEDIA_ROOT=str(folder / "media"),
            LOG_LEVEL="ERROR",
        )
        env.pop("REDIS_URL", None)
        for command in (["migrate", "--no-input", "-v0"], ["setup_roles"], ["load_demo"],
                        ["collectstatic", "--no-input", "-v0"]):  # fmt: skip
            subprocess.run([PY, "manage.py", *command], cwd=ROOT, env=env, check=True,
                           stdout=subprocess.DEVNULL, timeout=600)  # fmt: skip
        versions = subprocess.run(
            [PY, "-c", "import django, wagtail, gunicorn, platform; print(f'Python "
             "{platform.python_version()}, Django {django.get_version()}, Wagtail "
             "{wagtail.__version__}, gunicorn {gunicorn.__version__}')"],
            capture_output=True, text=True, check=True,
        ).stdout.strip()  # fmt: skip
        versions += (
            ", "
            + subprocess.run(
                [str(PG_BIN / "postgres"), "--version"], capture_output=True, text=True, check=True
            ).stdout.strip()
        )
        port = free_port()
        fault_at = args.duration / 3
        ages = [age.strip() for age in args.conn_max_age.split(",") if age.strip()]

        log = (folder / "gunicorn.log").open("a")
        if "cache" in runs:
            redis = ThrowawayRedis(folder)
            redis.start()
            cache_env = dict(env, REDIS_URL=redis.url, LOG_LEVEL="WARNING")
            ports = [port, free_port()]
            cache_log = (folder / "gunicorn-cache.log").open("a")
            servers = [Server(cache_env, p, cache_log) for p in ports]
            for each in servers:
                each.start()
            load(ports, 5)
            print("cache outage run...", flush=True)
            run = cache_outage_run(cache_env, redis, ports, args.duration, args.outage, cache_log)
            print(run, flush=True)
            for each in servers:
                each.stop()
            section = cache_report(args, versions, run)
            write_section(Path(args.output), section, CACHE_START, CACHE_END)
            print(section)
        if not runs & {"steady", "kill", "postgres"}:
            return
        server = Server(dict(env, DATABASE_CONN_MAX_AGE=ages[-1]), port, log)
        server.start()
        load(port, 5)  # warm every worker's caches
        print("steady run...", flush=True)
        before = server.recycles()
        steady = describe(load(port, args.duration)[0])
        steady["recycled"] = server.recycles() - before
        print(steady, flush=True)
        before = server.recycles()
        wrk = wrk_check(port, args.duration, folder)
        wrk["recycled"] = server.recycles() - before
        print("wrk", wrk, flush=True)
        print("worker kill run...", flush=True)
        before = server.recycles()
        records, info = load(port, args.duration, kill_a_worker(server), fault_at)
        killed = {**describe(records, info["at"]), "fault": info}
        killed["recycled"] = server.recycles() - before
        print(killed, flush=True)
        server.stop()

        restarts = []
        for age in ages:
            server = Server(dict(env, DATABASE_CONN_MAX_AGE=age), port, log)
            server.start()
            load(port, 5)
            print(f"PostgreSQL restart run, CONN_MAX_AGE={age}...", flush=True)
            before = server.recycles()
            records, info = load(port, args.duration, restart_postgres(cluster, args.outage, port),
                                 fault_at)  # fmt: skip
            run = {**describe(records, info["at"], info["back"]), "fault": info}
            run["recycled"] = server.recycles() - before
            print(run, flush=True)
            restarts.append((age, run))
            server.stop()
        section = report(args, versions, steady, wrk, killed, restarts)
        write_section(Path(args.output), section)
        print(section)
    finally:
        if server:
            server.stop()
        for each in servers:
            each.stop()
        if redis:
            redis.stop()
        if cluster.started:
            with contextlib.suppress(subprocess.SubprocessError, OSError):
                cluster.stop("immediate")
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        sys.exit("Interrupted; gunicorn, the PostgreSQL cluster and the folder were removed.")
