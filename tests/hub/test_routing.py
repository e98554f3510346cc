"""Wagtail's routing remembered per process (hub/routing.py) answers as Wagtail does.

With the process memory on (as in production), the second request for a path is routed
from memory with one query; these tests check that what a reader gets never differs:
the same page and sub-route, a 404 after an unpublish or a slug change, the password
form of a private page, and the language's own version of a page.
"""

import pytest
from django.db import connection
from django.test import override_settings
from wagtail.models import PageViewRestriction

from hub.cache import forget_process_cache
from tests.factories import make_event, publish

PROCESS_MEMORY = {
    "HUB_CONTENT_VERSION_LOCAL_SECONDS": 0,  # every change seen at once
    "HUB_PROCESS_CACHE_ENTRIES": 5_000,
    "HUB_PROCESS_CACHE_SECONDS": 60,
    "HUB_PAGE_CACHE_SECONDS": 0,  # every request renders: the routing is what is tested
}


@pytest.fixture
def memory(db):
    with override_settings(**PROCESS_MEMORY):
        forget_process_cache()
        yield
        forget_process_cache()


def get(client, url):
    executed = []
    with connection.execute_wrapper(lambda run, *args: executed.append(args[0]) or run(*args)):
        response = client.get(url)
    return response, executed


def page_queries(executed):
    return [sql for sql in executed if "wagtailcore_page" in sql or "wagtailcore_site" in sql]


def test_a_remembered_route_serves_the_same_page_with_fewer_queries(memory, client, event_index):
    event = make_event(event_index, "Museum tweetups")
    url = event.url
    first, first_sql = get(client, url)
    second, second_sql = get(client, url)
    assert first.status_code == second.status_code == 200
    assert second.content.decode() == first.content.decode()
    assert second.context["page"].pk == event.pk
    # Wagtail's walk (site, locale, root, each level and its specific row, restrictions)
    # became one query for the page.
    assert len(page_queries(second_sql)) < len(page_queries(first_sql))
    assert len([sql for sql in second_sql if "wagtailcore_site" in sql]) == 0


def test_sub_routes_of_a_routable_page_are_remembered(memory, client, event_index):
    event = make_event(event_index, "Museum tweetups", start="2013-04-04 20:00")
    calendar = event.url + "calendar/"
    first = client.get(calendar)
    second = client.get(calendar)
    assert first.status_code == second.status_code == 200
    assert second["Content-Type"].startswith("text/calendar")
    assert second.content == first.content
    # The page itself, remembered, still answers as a page.
    assert client.get(event.url).status_code == 200
    assert client.get(event.url)["Content-Type"].startswith("text/html")


def test_an_unpublished_page_is_gone_on_the_next_request(memory, client, event_index):
    event = make_event(event_index, "Museum tweetups")
    url = event.url
    assert client.get(url).status_code == 200
    assert client.get(url).status_code == 200  # now from memory
    event.unpublish()
    assert client.get(url).status_code == 404


def test_a_changed_slug_moves_the_page(memory, client, event_index):
    event = make_event(event_index, "Museum tweetups")
    old = event.url
    assert client.get(old).status_code == 200
    assert client.get(old).status_code == 200
    event.slug = "museum-tweetups-2013"
    publish(event)
    assert client.get(old).status_code == 404
    assert client.get(event_index.url + "museum-tweetups-2013/").status_code == 200


def test_a_private_page_asks_for_its_password_from_memory_too(memory, client, event_index):
    event = make_event(event_index, "Museum tweetups")
    url = event.url
    assert client.get(url).status_code == 200
    PageViewRestriction.objects.create(
        page=event_index, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )
    for _ in range(2):  # Wagtail's routing, then the remembered one
        response = client.get(url)
        assert response.status_code == 200
        assert b"s3cret" not in response.content
        assert "Museum tweetups" not in response.content.decode().split("<main", 1)[-1]
        assert b'name="password"' in response.content


def test_a_missing_path_is_not_remembered(memory, client, event_index):
    from hub.cache import process_data

    assert client.get(f"{event_index.url}no-such-chat/").status_code == 404  # warms the rest
    before = len(process_data)
    for number in range(5):
        assert client.get(f"{event_index.url}no-such-chat-{number}/").status_code == 404
    assert len(process_data) == before  # no entry per junk path
