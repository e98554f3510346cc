"""The event index: upcoming soonest first, past newest first, filters, flat queries."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from tests.factories import make_event, make_organisation, make_venue
from tests.queries import count_queries


def titles(html, section):
    """Card titles inside the section with the given heading id."""
    match = re.search(rf'aria-labelledby="{section}-heading".*?</section>', html, re.S)
    return re.findall(r'class="card__title"><a href="[^"]+"[^>]*>([^<]+)</a>', match.group(0))


def soon(days):
    return timezone.now() + timedelta(days=days)


@pytest.fixture
def events(home, event_index):
    oakland = make_organisation(home, "Oakland Museum of California")
    return {
        "next-week": make_event(
            event_index, "Next week", start=soon(7), end=soon(7) + timedelta(hours=1)
        ),
        "tomorrow": make_event(event_index, "Tomorrow", start=soon(1), tags=["evaluation"]),
        "tba": make_event(event_index, "Museum data", precision="tba"),
        "old": make_event(
            event_index,
            "Blogs",
            start="2012-12-06T14:00",
            tags=["blogging"],
            hashtags=["#musesocial"],
        ),
        "older": make_event(
            event_index,
            "Leadership",
            start="2012-08-08T12:30",
            hashtags=["#musesocial", "#MCNPro"],
            kind="workshop",
        ),
        "oldest": make_event(
            event_index,
            "Exhibits",
            start="2012-03-20T14:00",
            kind="in_person",
            organisers=[oakland],
            tags=["evaluation"],
        ),
        "draft": make_event(event_index, "Draft", start=soon(2), live=False),
    }


def test_upcoming_soonest_first_then_to_be_announced_and_past_newest_first(client, events):
    html = client.get("/en/events/").content.decode()
    assert titles(html, "upcoming") == ["Tomorrow", "Next week", "Museum data"]
    assert titles(html, "past") == ["Blogs", "Leadership", "Exhibits"]
    assert "Draft" not in html


def test_filter_by_kind(client, events):
    html = client.get("/en/events/?kind=workshop").content.decode()
    assert titles(html, "past") == ["Leadership"]
    assert titles(html, "upcoming") == []
    assert "No upcoming events match these filters." in html


def test_filter_by_tag_year_hashtag_and_organisation(client, events):
    assert titles(client.get("/en/events/?tag=evaluation").content.decode(), "past") == ["Exhibits"]
    assert titles(client.get("/en/events/?tag=evaluation").content.decode(), "upcoming") == [
        "Tomorrow"
    ]
    assert titles(client.get("/en/events/?year=2012").content.decode(), "past") == [
        "Blogs",
        "Leadership",
        "Exhibits",
    ]
    assert titles(client.get("/en/events/?hashtag=mcnpro").content.decode(), "past") == [
        "Leadership"
    ]
    html = client.get("/en/events/?organisation=oakland-museum-of-california").content.decode()
    assert titles(html, "past") == ["Exhibits"]


def test_invalid_filter_values_are_ignored_with_a_message_not_an_error(client, events):
    response = client.get("/en/events/?kind=party&year=abc")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Select a valid choice" in html
    assert titles(html, "past") == ["Blogs", "Leadership", "Exhibits"]


def test_past_events_are_paginated(client, event_index):
    for n in range(23):
        make_event(event_index, f"Chat {n:02d}", start=f"2011-01-{n + 1:02d}T12:00")
    first = client.get("/en/events/").content.decode()
    second = client.get("/en/events/?page=2").content.decode()
    assert len(titles(first, "past")) == 20
    assert titles(second, "past") == ["Chat 02", "Chat 01", "Chat 00"]


LISTINGS = ["/en/events/", "/en/events/?tag=chats&kind=chat", "/en/"]


def test_listing_queries_do_not_grow_with_the_number_of_events(client, event_index, home):
    venue = make_venue()
    org = make_organisation(home, "London Museums Group")

    def add(n, offset):
        for i in range(n):
            make_event(
                event_index,
                f"Chat {offset + i}",
                start=f"2012-{(i % 12) + 1:02d}-10T12:00",
                tags=["chats"],
                hashtags=["#musesocial", "#MCNPro"],
                venue=venue,
                organisers=[org],
                kind="chat",
            )
        make_event(
            event_index, f"Soon {offset}", start=soon(offset + 1), venue=venue, tags=["chats"]
        )

    def counts():
        for url in LISTINGS:
            # Warm the caches (publishing cleared the cached navigation and filter
            # options); the first request also creates the site's settings row.
            client.get(url)
            client.get(url)
        return {url: count_queries(client, url) for url in LISTINGS}

    add(3, 0)
    few = counts()
    add(30, 100)
    many = counts()
    assert many == few, f"queries with 4 events: {few}; with 35: {many}"
    assert max(many.values()) <= 12, many


def test_hashtag_filter_finds_a_mixed_case_cyrillic_hashtag(client, event_index):
    """SQLite folds only ASCII in SQL: the filter must not depend on the database's LOWER()."""
    make_event(event_index, "Салон", start="2013-05-08T12:00", hashtags=["#МузейнаяГостиная"])
    make_event(event_index, "Other", start="2013-05-09T12:00", hashtags=["#musesocial"])
    for query in ("МузейнаяГостиная", "музейнаягостиная", "#МУЗЕЙНАЯГОСТИНАЯ"):
        html = client.get("/en/events/", {"hashtag": query}).content.decode()
        assert titles(html, "past") == ["Салон"], query
