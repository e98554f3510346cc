"""Junk query strings can neither fill the page cache nor force a render each.

Found by a probe: the key was the whole URL, so `?utm_source=x1`, `?bust=...` each
stored a new copy (25 KB a page, 21 MB for a big export) in a Redis with no memory limit,
and each cost a full render. Counted here in a real Redis (a throwaway redis-server).
"""

import pytest
import redis
from django.core.cache import cache
from django.test import override_settings

from hub.page_cache import HIT_HEADER
from tests.factories import make_event
from tests.throwaway_redis import throwaway_redis  # noqa: F401 - a fixture

JUNK_REQUESTS = 1_000


@pytest.fixture
def redis_page_cache(throwaway_redis):  # noqa: F811
    caches = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": throwaway_redis.url,
            "KEY_PREFIX": "hub-test",
        }
    }
    with override_settings(CACHES=caches, HUB_PAGE_CACHE_SECONDS=600):
        yield redis.Redis.from_url(throwaway_redis.url)


def test_a_thousand_junk_queries_add_no_key_beyond_the_canonical_ones(
    client, event_index, redis_page_cache
):
    event = make_event(event_index, "Museum tweetups", start="2013-04-04T12:00")
    urls = ["/en/events/", event.url, "/en/search/?q=museum"]
    for url in urls:  # the canonical entries (and the content version's shared copy)
        assert client.get(url).status_code == 200
    keys = redis_page_cache.dbsize()
    for number in range(JUNK_REQUESTS):
        url = urls[number % len(urls)]
        junk = f"utm_source=x{number}&bust={number}"
        response = client.get(url + ("&" if "?" in url else "?") + junk)
        assert response.status_code == 200
        assert response[HIT_HEADER] == "hit", url
    assert redis_page_cache.dbsize() == keys


def test_the_parameters_a_view_reads_still_make_their_own_entry(
    client, event_index, redis_page_cache
):
    make_event(event_index, "Museum tweetups", start="2013-04-04T12:00", kind="chat")
    assert client.get("/en/events/")[HIT_HEADER] == "miss"
    filtered = client.get("/en/events/?kind=workshop&utm_source=a")
    assert filtered[HIT_HEADER] == "miss"
    assert "Museum tweetups" not in filtered.content.decode().split("<main", 1)[1]
    assert client.get("/en/events/?utm_source=b&kind=workshop")[HIT_HEADER] == "hit"
    assert client.get("/en/events/?utm_source=c")[HIT_HEADER] == "hit"


def test_a_response_over_the_limit_is_not_stored(client, event_index, settings):
    settings.HUB_PAGE_CACHE_SECONDS = 600
    settings.HUB_PAGE_CACHE_MAX_BYTES = 1_000
    cache.clear()
    first = client.get("/en/events/")
    assert first.status_code == 200
    assert HIT_HEADER not in first
    assert HIT_HEADER not in client.get("/en/events/")
