from django.core.management import call_command
from django.test import override_settings
from tests.performance.test_queries import PAGES
from tests.queries import count_queries_and_cache, record_queries, is_cache_round_trip

DB_CACHE = {"default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "hub_cache"}}

def test_explore(demo, client):
    with override_settings(CACHES=DB_CACHE, HUB_PAGE_CACHE_SECONDS=0):
        call_command("createcachetable", verbosity=0)
        for name, (url, _m) in PAGES.items():
            client.get(url)
            q, c = count_queries_and_cache(client, url)
            print(f"{name:25} q={q:3} cache={c:3}")
        for sql in record_queries(client, "/en/events/2013-04-04-museum-tweetups/"):
            print("  ", sql[:300])
