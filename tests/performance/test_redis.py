"""The cache-dependent behaviour against a real Redis (DB 5), as production runs it.

Skipped when no Redis answers at REDIS_TEST_URL (default redis://127.0.0.1:6379/5).
Each pytest-xdist worker keeps its keys under a prefix of its own and clears only those,
so workers (and other users of the same Redis database) never wipe each other's keys.
"""

import os

import pytest
from django.core.cache import cache
from django.test import override_settings

from hub.cache import bump_content_version, cached, content_version
from hub.page_cache import HIT_HEADER
from tests.factories import make_event

REDIS_URL = os.environ.get("REDIS_TEST_URL", "redis://127.0.0.1:6379/5")
KEY_PREFIX = f"hub-test-{os.environ.get('PYTEST_XDIST_WORKER', 'main')}"


def redis_reachable():
    try:
        import redis

        return redis.Redis.from_url(REDIS_URL, socket_connect_timeout=0.5).ping()
    except Exception:  # any failure means "not here"
        return False


pytestmark = pytest.mark.skipif(
    not redis_reachable(), reason=f"no Redis reachable at {REDIS_URL} (set REDIS_TEST_URL)"
)


@pytest.fixture(autouse=True)
def redis_cache():
    caches = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": KEY_PREFIX,
        }
    }
    with override_settings(CACHES=caches, HUB_PAGE_CACHE_SECONDS=600):
        # Not cache.clear(): django-redis clears with FLUSHDB, every worker's keys at once.
        cache.delete_pattern("*")
        yield
        cache.delete_pattern("*")


def test_the_content_version_is_shared_and_bumped():
    from django.core.cache import caches

    assert "RedisCache" in type(caches["default"]).__name__
    version = content_version()
    assert content_version() == version
    bump_content_version()
    assert content_version() != version


def test_derived_data_is_rebuilt_after_a_bump():
    built = []
    assert cached("answer", lambda: built.append(1) or 42) == 42
    assert cached("answer", lambda: built.append(1) or 42) == 42
    assert built == [1]
    bump_content_version()
    cached("answer", lambda: built.append(1) or 42)
    assert built == [1, 1]


def test_pages_are_stored_in_redis_and_a_publish_purges_them(client, event_index):
    make_event(event_index, "Museum tweetups", start="2013-04-04T12:00")
    assert client.get("/en/events/")[HIT_HEADER] == "miss"
    hit = client.get("/en/events/")
    assert hit[HIT_HEADER] == "hit"
    assert "Museum tweetups" in hit.content.decode()
    make_event(event_index, "Collections online", start="2013-05-04T12:00")
    fresh = client.get("/en/events/")
    assert fresh[HIT_HEADER] == "miss"
    assert "Collections online" in fresh.content.decode()


def test_an_unpublish_purges_stored_pages(client, event_index):
    event = make_event(event_index, "Museum tweetups", start="2013-04-04T12:00")
    url = event.url
    client.get(url)
    assert client.get(url)[HIT_HEADER] == "hit"
    event.unpublish()
    assert client.get(url).status_code == 404
