"""Cache hits that cost nothing: each process keeps the version and hot pages in memory.

On the database cache (no REDIS_URL, what the README's `make run` gives) a page-cache
hit used to cost a connection and two cache reads, each an SQL query. With the content
version remembered in-process for HUB_CONTENT_VERSION_LOCAL_SECONDS and the page kept
in the process's memory, a hit runs no query at all; a publish made in another process
still shows within that bound (two real gunicorn servers on one SQLite file below).
"""

import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test import override_settings

from hub.cache import cached, forget_process_cache
from hub.page_cache import HIT_HEADER
from tests.factories import make_event
from tests.processes import free_port, subprocess_env

ROOT = Path(__file__).resolve().parents[2]
DATABASE_CACHE = {
    "default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "hub_cache"},
    "template_fragments": {"BACKEND": "hub.cache.ProcessFrontCache", "LOCATION": "default"},
}
# What config/settings/base.py turns on in production.
PROCESS_MEMORY = {
    "HUB_CONTENT_VERSION_LOCAL_SECONDS": 1,
    "HUB_PROCESS_CACHE_ENTRIES": 5_000,
    "HUB_PROCESS_PAGE_CACHE_BYTES": 64 * 1024 * 1024,
    "HUB_PROCESS_CACHE_SECONDS": 60,
}


@pytest.fixture
def database_cache(db):
    with override_settings(CACHES=DATABASE_CACHE, HUB_PAGE_CACHE_SECONDS=600, **PROCESS_MEMORY):
        call_command("createcachetable", verbosity=0)
        forget_process_cache()
        yield
        forget_process_cache()
        cache.clear()


def queries_of(client, url):
    executed = []
    with connection.execute_wrapper(lambda run, *args: executed.append(args[0]) or run(*args)):
        response = client.get(url)
    return response, executed


@override_settings(HUB_CONTENT_VERSION_LOCAL_SECONDS=60)  # a slow render must not pass the bound
def test_a_page_cache_hit_on_the_database_cache_makes_no_query(database_cache, client, event_index):
    make_event(event_index, "Museum tweetups", start="2013-04-04T12:00")
    first, _ = queries_of(client, "/en/events/")
    assert first[HIT_HEADER] == "miss"
    hit, executed = queries_of(client, "/en/events/")
    assert hit[HIT_HEADER] == "hit"
    assert executed == []  # not the version, not the page, not the session
    assert hit.content == first.content
    # A publish in this process shows on its very next request.
    make_event(event_index, "Collections online", start="2013-05-04T12:00")
    fresh, _ = queries_of(client, "/en/events/")
    assert fresh[HIT_HEADER] == "miss"
    assert "Collections online" in fresh.content.decode()


@override_settings(HUB_CONTENT_VERSION_LOCAL_SECONDS=60)
def test_a_hit_on_a_url_with_parameters_makes_no_query_either(database_cache, client, event_index):
    # A search is stored under its ?q= only; the path's list of parameters that says so
    # must come from the process's memory too, not from a read of the shared cache.
    make_event(event_index, "Museum tweetups", start="2013-04-04T12:00")
    first, _ = queries_of(client, "/en/search/?q=tweetups")
    assert first[HIT_HEADER] == "miss"
    hit, executed = queries_of(client, "/en/search/?q=tweetups")
    assert hit[HIT_HEADER] == "hit"
    assert executed == []
    assert hit.content == first.content
    other, _ = queries_of(client, "/en/search/?q=collections")
    assert other[HIT_HEADER] == "miss"


def test_after_the_bound_the_version_is_read_once_again(database_cache, client, event_index):
    make_event(event_index, "Museum tweetups", start="2013-04-04T12:00")
    client.get("/en/events/")
    time.sleep(1.1)  # HUB_CONTENT_VERSION_LOCAL_SECONDS
    hit, executed = queries_of(client, "/en/events/")
    assert hit[HIT_HEADER] == "hit"
    assert len(executed) == 1 and "hub_cache" in executed[0]  # the version, nothing else


def test_a_hit_is_its_own_response_each_time(database_cache, client, event_index):
    # The handler and outer middleware change the response they get; two hits must not
    # share one object (a header or a closed flag left by the first on the second).
    make_event(event_index, "Museum tweetups", start="2013-04-04T12:00")
    client.get("/en/events/")
    one, two = client.get("/en/events/"), client.get("/en/events/")
    assert one is not two
    assert one["Content-Type"] == two["Content-Type"] == "text/html; charset=utf-8"
    assert one["Cache-Control"] == two["Cache-Control"]


def test_derived_data_is_read_from_the_shared_cache_once_per_process(database_cache):
    built = []
    assert cached("answer", lambda: built.append(1) or 42) == 42
    executed = []
    with connection.execute_wrapper(lambda run, *args: executed.append(args[0]) or run(*args)):
        assert cached("answer", lambda: built.append(1) or 42) == 42
    assert built == [1] and executed == []


def fetch(port, path="/en/"):
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}")
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - loopback
        return response.headers.get(HIT_HEADER), response.read().decode()


# The editor: makes the site, then publishes a change when told to (a line on its stdin).
# One process for both saves a Django start; the servers still see the change only
# through the database they share with it.
EDITOR = """
import sys
from home.models import HomePage
from tests.factories import make_site
make_site()
print("site made", flush=True)
sys.stdin.readline()
home = HomePage.objects.get(slug="home-test")
home.title = "Renamed hub"
home.save_revision().publish()
print("published", flush=True)
"""


def said(process, words):
    """Whether `process` printed the line `words` (lines before it skipped: Django's shell
    prints one of its own)."""
    return any(line.strip() == words for line in process.stdout)


def test_a_publish_in_another_process_shows_within_the_bound(migrated_sqlite, tmp_path):
    env = subprocess_env(
        # The README's `make run`: SQLite, no Redis (static files from the app folders).
        DATABASE_URL=f"sqlite:///{migrated_sqlite}",
        MEDIA_ROOT=str(tmp_path / "media"),
        CONTENT_VERSION_LOCAL_SECONDS="1",
    )
    editor = subprocess.Popen(
        [sys.executable, "manage.py", "shell", "-c", EDITOR],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert said(editor, "site made")
        servers_see_the_publish(env, tmp_path, editor)
    finally:
        editor.kill()
        editor.wait(timeout=30)


def servers_see_the_publish(env, tmp_path, editor):
    gunicorn = str(Path(sys.executable).with_name("gunicorn"))
    ports = [free_port(), free_port()]
    servers = [
        subprocess.Popen(
            [gunicorn, "--config", "gunicorn.conf.py", "--bind", f"127.0.0.1:{port}"]
            + ["--workers", "1", "--access-logfile", "/dev/null", "config.wsgi:application"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=(tmp_path / f"gunicorn-{port}.log").open("w"),
        )
        for port in ports
    ]
    try:
        for port in ports:
            for _ in range(300):
                try:
                    fetch(port, "/healthz")
                    break
                except OSError:
                    time.sleep(0.1)
        for port in ports:
            assert fetch(port)[0] == "miss"
            hit, html = fetch(port)
            assert hit == "hit" and "musesocial hub" in html
        editor.stdin.write("publish\n")
        editor.stdin.flush()
        assert said(editor, "published")
        published = time.monotonic()
        seen = {}
        while len(seen) < 2 and time.monotonic() - published < 10:
            for port in ports:
                if port not in seen and "Renamed hub" in fetch(port)[1]:
                    seen[port] = time.monotonic() - published
            time.sleep(0.05)
        # Within the bound (1 s) plus the time a request takes on a busy machine.
        assert len(seen) == 2 and max(seen.values()) < 3, seen
    finally:
        for server in servers:
            server.terminate()
            server.wait(timeout=30)
