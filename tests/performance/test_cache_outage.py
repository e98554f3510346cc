"""The site without its cache: Redis stopped (a throwaway redis-server of the test's own).

Found by a probe: both public forms answered 500 while Redis was unreachable (the rate
limiter compared None <= 5), and a content-version bump made while Redis was unreachable
was dropped, so other servers kept serving the old pages (and a hidden post) for good.
"""

import logging
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.test import override_settings

from events.models import ChatProposal
from hub.cache import bump_content_version, content_version
from resources.models import ContributedResource
from tests.processes import manage, subprocess_env
from tests.resources.factories import make_conference
from tests.security.test_bad_input import PROPOSAL, RESOURCE
from tests.throwaway_redis import throwaway_redis  # noqa: F401 - a fixture

ROOT = Path(__file__).resolve().parents[2]
BOUND = 2  # CONTENT_VERSION_SECONDS for the processes below


def redis_caches(url):
    return {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": "hub-test",
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 0.25,
                "SOCKET_TIMEOUT": 0.25,
            },
        },
        "versions": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    }


@pytest.fixture
def redis_down(throwaway_redis):  # noqa: F811
    with override_settings(CACHES=redis_caches(throwaway_redis.url), HUB_PAGE_CACHE_SECONDS=600):
        throwaway_redis.stop()
        yield throwaway_redis


def test_both_forms_work_without_the_cache_and_say_so_in_the_log(
    client, event_index, home, redis_down, caplog
):
    conference = make_conference(home, "AAM 2013")
    with caplog.at_level(logging.WARNING, logger="hub.antispam"):
        assert client.post("/en/events/propose/", PROPOSAL).status_code == 302
        assert client.post(conference.url + "add/", RESOURCE).status_code == 302
    assert ChatProposal.objects.count() == 1
    assert ContributedResource.objects.count() == 1
    assert "Rate limit for propose-chat not applied: the cache is unreachable" in caplog.text


def test_pages_and_the_content_version_work_without_the_cache(
    client, event_index, redis_down, django_capture_on_commit_callbacks
):
    assert client.get("/en/events/").status_code == 200
    first = content_version()
    with django_capture_on_commit_callbacks(execute=True):
        bump_content_version()
    assert content_version() != first  # from the database, every time the cache is away


def manage_env(database, redis_url):
    return subprocess_env(
        DATABASE_URL=f"sqlite:///{database}",
        REDIS_URL=redis_url,
        CONTENT_VERSION_SECONDS=str(BOUND),
        LOG_LEVEL="ERROR",
    )


READER = """
import sys, time
from hub.cache import content_version
while True:
    print("version", time.time(), content_version(), flush=True)
    time.sleep(0.05)
"""


def versions(reader):
    """(time, version) from the reader's lines; Django's shell prints a line of its own."""
    for line in reader.stdout:
        if line.startswith("version "):
            yield line.split()[1:]


def test_a_bump_made_while_redis_is_down_reaches_the_other_server(migrated_sqlite, throwaway_redis):  # noqa: F811
    """Two real processes: a server reading the version as every request does, and one
    that publishes while it cannot reach Redis. Redis comes back with its old data (the
    reader's first read put the version there)."""
    env = manage_env(migrated_sqlite, throwaway_redis.url)
    reader = subprocess.Popen(
        [sys.executable, "manage.py", "shell", "-c", READER],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        before = int(next(versions(reader))[1])
        throwaway_redis.stop()
        bumped = manage(
            env,
            "shell",
            "-c",
            "from hub.cache import bump_content_version as b, content_version as v; "
            "b(); print('version', v())",
        ).split()[-1]
        bumped_at = time.time()
        assert int(bumped) != before
        throwaway_redis.start()  # with the old version still in it (append-only file)
        seen_at = None
        deadline = time.monotonic() + BOUND + 20
        for when, version in versions(reader):
            if int(version) == int(bumped):
                seen_at = float(when)
                break
            if time.monotonic() > deadline:
                break
        assert seen_at is not None, "the other server never saw the change"
        # The bound: the shared copy's lifetime, plus the Redis restart and slack for a
        # loaded machine.
        assert seen_at - bumped_at <= BOUND + 3
    finally:
        reader.terminate()
        reader.wait(timeout=10)
