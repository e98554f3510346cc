"""The full-page cache and Cache-Control: public pages are shared, anything personal is not,
and a publish, unpublish or move shows on the very next request."""

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connection
from django.test import RequestFactory, override_settings
from wagtail.models import PageViewRestriction

from hub.page_cache import HIT_HEADER, cache_control, is_cacheable_request
from tests.factories import make_event, make_person, publish

PUBLIC = "public, max-age=60, s-maxage=300, stale-while-revalidate=60"
pytestmark = pytest.mark.usefixtures("fresh_cache")


@pytest.fixture
def fresh_cache():
    cache.clear()
    with override_settings(
        HUB_PAGE_CACHE_SECONDS=600,
        HUB_CACHE_MAX_AGE=60,
        HUB_CACHE_S_MAXAGE=300,
        HUB_CACHE_STALE_WHILE_REVALIDATE=60,
    ):
        yield
    cache.clear()


def get(client, url, **extra):
    response = client.get(url, **extra)
    return response, response.content.decode()


def test_a_public_page_is_public_and_the_second_request_costs_no_query(client, event_index):
    make_event(event_index, "Museum tweetups", start="2013-04-04T12:00")
    first, html = get(client, "/en/events/")
    assert first["Cache-Control"] == PUBLIC
    assert first[HIT_HEADER] == "miss"
    assert "Cookie" in first["Vary"]
    executed = []
    with connection.execute_wrapper(lambda run, *args: executed.append(args[0]) or run(*args)):
        second, again = get(client, "/en/events/")
    assert second[HIT_HEADER] == "hit"
    assert second["Cache-Control"] == PUBLIC
    assert again == html
    assert executed == []


def test_query_string_and_head_requests(client, event_index):
    make_event(event_index, "Museum tweetups", start="2013-04-04T12:00")
    assert client.get("/en/events/")[HIT_HEADER] == "miss"
    assert client.get("/en/events/?kind=chat")[HIT_HEADER] == "miss"
    head = client.head("/en/events/?kind=chat")
    assert head.status_code == 200
    assert head[HIT_HEADER] == "hit"


def test_a_publish_shows_on_the_very_next_request(client, event_index):
    make_event(event_index, "Museum tweetups", start="2013-04-04T12:00")
    assert "Museum tweetups" in get(client, "/en/events/")[1]
    assert get(client, "/en/events/")[0][HIT_HEADER] == "hit"
    make_event(event_index, "Collections online", start="2013-05-04T12:00")
    response, html = get(client, "/en/events/")
    assert response[HIT_HEADER] == "miss"
    assert "Collections online" in html


def test_an_edit_published_shows_on_its_page_and_every_listing(client, event_index):
    event = make_event(event_index, "Museum tweetups", start="2013-04-04T12:00")
    assert "Museum tweetups" in get(client, event.url)[1]
    assert "Museum tweetups" in get(client, "/en/events/")[1]
    event.title = "Museum tweet-ups, renamed"
    publish(event)
    assert "Museum tweet-ups, renamed" in get(client, event.url)[1]
    assert "Museum tweet-ups, renamed" in get(client, "/en/events/")[1]


def test_an_unpublish_shows_on_the_very_next_request(client, event_index):
    event = make_event(event_index, "Museum tweetups", start="2013-04-04T12:00")
    url = event.url
    assert get(client, url)[0].status_code == 200
    assert get(client, url)[0][HIT_HEADER] == "hit"
    get(client, "/en/events/")
    event.unpublish()
    assert client.get(url).status_code == 404
    assert "Museum tweetups" not in get(client, "/en/events/")[1]


def test_a_move_shows_on_the_very_next_request(client, home, event_index):
    from tests.factories import make_event_index

    other = make_event_index(home, slug="archive")
    event = make_event(event_index, "Museum tweetups", start="2013-04-04T12:00")
    old = event.url
    assert get(client, old)[0].status_code == 200
    assert get(client, old)[0][HIT_HEADER] == "hit"
    event.move(other, pos="last-child")
    assert client.get(old).status_code == 404
    assert client.get("/en/archive/museum-tweetups/").status_code == 200


def test_a_snippet_edit_shows_on_the_next_request(client, event_index):
    person = make_person("Erin Blasco")
    event = make_event(
        event_index, "Museum tweetups", start="2013-04-04T12:00", people=[(person, "host")]
    )
    assert "Erin Blasco" in get(client, event.url)[1]
    person.name = "Erin B. Blasco"
    person.save()
    assert "Erin B. Blasco" in get(client, event.url)[1]


def test_logged_in_readers_are_never_served_or_stored(client, event_index):
    event = make_event(event_index, "Museum tweetups", start="2013-04-04T12:00")
    get(client, event.url)  # stored for anonymous readers
    user = get_user_model().objects.create_superuser("editor", "e@example.org", "pw-long-enough")
    client.force_login(user)
    response, html = get(client, event.url)
    assert HIT_HEADER not in response
    assert "private" in response["Cache-Control"]
    assert "wagtail-userbar" in html
    client.logout()
    anonymous = client_without_cookies(client)
    response, html = get(anonymous, event.url)
    assert response[HIT_HEADER] == "hit"
    assert "wagtail-userbar" not in html


def client_without_cookies(client):
    return type(client)()


def test_search_is_kept_by_the_server_only_and_a_publish_shows_at_once(client, event_index):
    url = "/en/search/?q=tweetups"
    first = client.get(url)
    second = client.get(url)
    # Never for shared caches (no CDN can be purged of endless query URLs)...
    assert second["Cache-Control"] == "private, no-cache"
    assert "public" not in first["Cache-Control"]
    # ...but the server's page cache answers repeats, until content changes.
    assert (first[HIT_HEADER], second[HIT_HEADER]) == ("miss", "hit")
    assert "Museum tweetups" not in second.content.decode()
    make_event(event_index, "Museum tweetups", start="2013-04-04T12:00")
    third = client.get(url)
    assert third[HIT_HEADER] == "miss"
    assert "Museum tweetups" in third.content.decode()


def test_forms_errors_and_admin_are_never_public_or_stored(client, event_index):
    for url, expected in [
        ("/en/events/propose/", "no-store"),
        ("/en/no-such-page/", "no-store"),
    ]:
        for _ in range(2):
            response = client.get(url)
            assert "private" in response["Cache-Control"], url
            assert expected in response["Cache-Control"], url
            assert HIT_HEADER not in response, url
    tokens = {
        client_without_cookies(client).get("/en/events/propose/").cookies["csrftoken"].value
        for _ in range(2)
    }
    assert len(tokens) == 2  # every visitor gets their own CSRF token
    admin = client.get("/admin/login/")
    assert "public" not in admin["Cache-Control"]


def test_private_pages_are_not_shared(client, event_index):
    event = make_event(event_index, "Members only", start="2013-04-04T12:00")
    PageViewRestriction.objects.create(
        page=event, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    for _ in range(2):
        response = client.get(event.url)
        assert "public" not in response.get("Cache-Control", "")
        assert HIT_HEADER not in response
        assert "Members only" not in response.content.decode().split("<main", 1)[-1]


def test_stored_pages_carry_no_per_request_nonce(client, event_index):
    event = make_event(event_index, "Museum tweetups", start="2013-04-04T12:00")
    fresh = client.get(event.url)
    stored = client.get(event.url)
    assert stored[HIT_HEADER] == "hit"
    policy = fresh["Content-Security-Policy"]
    assert "nonce" not in policy
    assert "nonce=" not in fresh.content.decode()
    assert stored["Content-Security-Policy"] == policy


@override_settings(HUB_PAGE_CACHE_SECONDS=0)
def test_the_page_cache_can_be_turned_off_and_headers_stay(client, event_index):
    make_event(event_index, "Museum tweetups", start="2013-04-04T12:00")
    for _ in range(2):
        response = client.get("/en/events/")
        assert HIT_HEADER not in response
        assert response["Cache-Control"] == PUBLIC


def test_which_requests_may_be_shared():
    factory = RequestFactory()
    assert is_cacheable_request(factory.get("/en/events/"))
    assert is_cacheable_request(factory.head("/en/events/"))
    assert not is_cacheable_request(factory.post("/en/events/"))
    assert not is_cacheable_request(factory.get("/admin/pages/"))
    assert not is_cacheable_request(factory.get("/healthz"))
    with_session = factory.get("/en/events/")
    with_session.COOKIES["sessionid"] = "abc"
    assert not is_cacheable_request(with_session)
    with_csrf_only = factory.get("/en/events/")
    with_csrf_only.COOKIES["csrftoken"] = "abc"
    assert is_cacheable_request(with_csrf_only)


def test_cache_control_directives():
    from django.http import HttpResponse

    factory = RequestFactory()
    request = factory.get("/en/events/")
    assert cache_control(request, HttpResponse())["public"] is True
    assert cache_control(request, HttpResponse(status=404)) == {"private": True, "no_store": True}
    with_cookie = HttpResponse()
    with_cookie.set_cookie("csrftoken", "x")
    assert cache_control(request, with_cookie) == {"private": True, "no_store": True}
    own = HttpResponse()
    own["Cache-Control"] = "private, no-cache"
    assert cache_control(request, own) == {}
    assert cache_control(factory.post("/en/events/"), HttpResponse()) == {
        "private": True,
        "no_cache": True,
    }


def test_a_stored_feed_is_sent_in_one_piece(client, event_index):
    # Feeds are written in many small pieces; gunicorn's sync workers make a system call
    # per piece, which made cached feeds six times slower than cached pages.
    make_event(event_index, "Museum tweetups", start="2013-04-04T12:00")
    client.get("/en/feeds/atom.xml")
    stored = client.get("/en/feeds/atom.xml")
    assert stored[HIT_HEADER] == "hit"
    pieces = list(stored)
    assert len(pieces) == 1 and b"Museum tweetups" in pieces[0]
