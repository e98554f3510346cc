"""Without Redis the cache lives in the database, so every process sees a publish at once.

Real processes (manage.py, as gunicorn workers, the import worker and commands are),
against a throwaway SQLite file: a content version bumped in one is read by the next.
"""

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.test import override_settings

from tests import processes
from tests.factories import make_event
from tests.queries import count_queries


def manage(database, *args):
    return processes.manage(processes.subprocess_env(DATABASE_URL=f"sqlite:///{database}"), *args)


def test_a_bump_in_one_process_is_seen_by_the_others(migrated_sqlite):
    database = migrated_sqlite  # `migrate` made the cache table too (hub/apps.py)
    read = "from hub.cache import content_version; print(content_version())"
    first = manage(database, "shell", "-c", read)
    # Another process reads the same version (kept between processes), then bumps it.
    bump = "from hub.cache import bump_content_version as b; b()"
    assert manage(database, "shell", "-c", f"{read}; {bump}") == first
    assert manage(database, "shell", "-c", read) != first


def tag_index_queries(client, event_index, tags):
    for number in range(tags):
        make_event(
            event_index, f"Chat {number}", start="2013-04-04T12:00", tags=(f"topic-{number}",)
        )
    cache.clear()
    client.get("/en/tags/")  # fills the derived-data caches
    return count_queries(client, "/en/tags/")


@pytest.mark.parametrize("tags", [3, 30])
def test_the_database_cache_is_read_once_per_entry_per_request(client, event_index, tags):
    # A topic name per tag comes from one cached table: read once per request, not once
    # per tag (a round trip each to the database or Redis).
    with override_settings(
        CACHES={
            "default": {
                "BACKEND": "django.core.cache.backends.db.DatabaseCache",
                "LOCATION": "hub_cache_test",
            }
        },
        HUB_PAGE_CACHE_SECONDS=0,
    ):
        call_command("createcachetable", verbosity=0)
        assert tag_index_queries(client, event_index, tags) <= 8
