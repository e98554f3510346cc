"""Tag pages: every live public page with a topic, in the reader's language, newest first."""

import re
from urllib.parse import quote

import pytest

from hub import browsable as registry
from tests.browse.conftest import make_private
from tests.factories import make_event, make_event_index, make_site, publish
from tests.module_content import module_content


def card_titles(html):
    return re.findall(r'class="card__title"><a href="[^"]+"[^>]*>([^<]+)</a>', html)


def related(html):
    match = re.search(r'aria-labelledby="related-heading".*?</section>', html, re.S)
    return re.findall(r'class="tag" href="/en/tags/([^/]+)/">', match.group(0)) if match else []


@module_content
def tagged():
    """Six events with topics (one a draft), and the home and event index they are under."""
    home = make_site()
    event_index = make_event_index(home)
    return {
        "home": home,
        "event_index": event_index,
        "old": make_event(
            event_index, "Blogs", start="2012-12-06T14:00", tags=["evaluation", "blogging"]
        ),
        "new": make_event(
            event_index, "Metrics", start="2013-04-23T12:00", tags=["evaluation", "metrics"]
        ),
        "newest": make_event(
            event_index,
            "Exhibits",
            start="2013-05-08T12:00",
            tags=["evaluation", "metrics", "blogging"],
        ),
        "tba": make_event(event_index, "Museum data", precision="tba", tags=["evaluation"]),
        "other": make_event(event_index, "Leadership", start="2012-08-08T12:30", tags=["blogging"]),
        "draft": make_event(
            event_index,
            "Draft chat",
            start="2013-06-01T12:00",
            tags=["evaluation", "secret"],
            live=False,
        ),
    }


@pytest.fixture
def home(tagged):
    return tagged["home"]


@pytest.fixture
def event_index(tagged):
    return tagged["event_index"]


def test_tag_page_lists_live_pages_newest_first_with_undated_events_on_top(client, tagged):
    response = client.get("/en/tags/evaluation/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Topic: evaluation</h1>" in html
    assert card_titles(html) == ["Museum data", "Exhibits", "Metrics", "Blogs"]
    assert "Leadership" not in html


def test_drafts_private_pages_and_other_topics_are_not_listed(client, tagged, event_index):
    private = make_event(event_index, "Members only", start="2013-01-01T12:00", tags=["evaluation"])
    make_private(private)
    html = client.get("/en/tags/evaluation/").content.decode()
    assert "Draft chat" not in html
    assert "Members only" not in html
    assert "4 pages have this topic." in html


def test_unpublishing_removes_a_page_from_its_tag_page(client, tagged):
    tagged["newest"].unpublish()
    assert card_titles(client.get("/en/tags/evaluation/").content.decode()) == [
        "Museum data",
        "Metrics",
        "Blogs",
    ]


def test_unknown_tags_and_tags_only_drafts_use_are_not_found(client, tagged):
    assert client.get("/en/tags/no-such-topic/").status_code == 404
    assert client.get("/en/tags/secret/").status_code == 404


def test_each_page_is_listed_once_in_the_readers_language_where_translated(client, tagged, russian):
    russian(tagged["new"], {"Metrics": "Метрики", "metrics": "метрики"})
    english = client.get("/en/tags/evaluation/").content.decode()
    assert "Метрики" not in english
    russian_html = client.get("/ru/tags/evaluation/").content.decode()
    # The translation instead of its original; pages not translated yet in English.
    assert card_titles(russian_html) == ["Museum data", "Exhibits", "Метрики", "Blogs"]
    assert card_titles(english) == ["Museum data", "Exhibits", "Metrics", "Blogs"]
    marked = re.findall(
        r'class="card__title"><a href="/en/[^"]+" hreflang="en" lang="en">', russian_html
    )
    assert len(marked) == 3
    assert '<html lang="ru"' in russian_html


def test_related_tags_are_those_on_the_same_live_pages_most_shared_first(client, tagged):
    html = client.get("/en/tags/evaluation/").content.decode()
    # Both share two pages with evaluation; blogging is used more; "secret" is only on a draft.
    assert related(html) == ["blogging", "metrics"]
    assert "secret" not in html
    metrics = client.get("/en/tags/metrics/").content.decode()
    assert related(metrics) == ["evaluation", "blogging"]
    assert re.search(r'/en/tags/evaluation/">evaluation&nbsp;<span class="meta">\(2', metrics)


def test_tag_index_lists_every_used_topic_by_use_with_counts(client, tagged):
    html = client.get("/en/tags/").content.decode()
    listed = re.findall(
        r'class="tag" href="/en/tags/([^/]+)/">[^&]+&nbsp;<span class="meta">\((\d+)', html
    )
    assert listed == [("evaluation", "4"), ("blogging", "3"), ("metrics", "2")]
    assert "secret" not in html


def test_cyrillic_tag_has_a_working_page(client, event_index):
    make_event(event_index, "New Year", start="2013-12-29T19:00", tags=["музеи"])
    index = client.get("/en/tags/").content.decode()
    assert f'href="/en/tags/{quote("музеи")}/"' in index
    response = client.get(quote("/en/tags/музеи/"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Topic: музеи" in html
    assert card_titles(html) == ["New Year"]


def test_tag_page_is_paginated(client, event_index):
    for n in range(23):
        make_event(event_index, f"Chat {n:02d}", start=f"2011-01-{n + 1:02d}T12:00", tags=["x"])
    first = card_titles(client.get("/en/tags/x/").content.decode())
    second = client.get("/en/tags/x/?page=2").content.decode()
    assert len(first) == 20
    assert first[0] == "Chat 22"
    assert card_titles(second) == ["Chat 02", "Chat 01", "Chat 00"]
    assert "Page 2 of 2" in second


def test_tag_page_links_its_calendar_and_feeds(client, tagged):
    html = client.get("/en/tags/metrics/").content.decode()
    assert 'href="/en/follow/tag/metrics/calendar.ics"' in html
    assert 'href="webcal://testserver/en/follow/tag/metrics/calendar.ics"' in html
    assert (
        '<link rel="alternate" type="application/atom+xml" title="metrics (Atom)" '
        'href="/en/follow/tag/metrics/atom.xml"' in html
    )
    calendar = client.get("/en/follow/tag/metrics/calendar.ics")
    assert calendar["Content-Type"].startswith("text/calendar")
    # The old feed addresses move to the new one, so subscriptions keep working.
    for old in ("atom.xml", "rss.xml"):
        moved = client.get(f"/en/tags/metrics/{old}")
        assert (moved.status_code, moved["Location"]) == (301, "/en/follow/tag/metrics/atom.xml")


@pytest.fixture
def conferences(home, monkeypatch):
    """Conference resource pages join tag pages by one registry line."""
    from resources.models import ConferenceIndexPage, ConferenceResourcePage

    extra = registry.BrowsableType(
        "resources.ConferenceResourcePage", tags="resources.ConferencePageTag"
    )
    if not any(t.model_label == extra.model_label for t in registry.BROWSABLE_TYPES):
        monkeypatch.setattr(registry, "BROWSABLE_TYPES", [*registry.BROWSABLE_TYPES, extra])
    index = ConferenceIndexPage(title="Conferences", slug="conferences")
    home.add_child(instance=index)
    publish(index)

    def make(title, tags):
        page = ConferenceResourcePage(
            title=title, slug=title.lower().replace(" ", "-"), conference_name=title, year=2012
        )
        page.tags.add(*tags)
        index.add_child(instance=page)
        return publish(page)

    return make


def test_tag_page_lists_every_page_type_and_filters_by_type(client, tagged, conferences):
    conferences("MCN 2012", ["evaluation"])
    html = client.get("/en/tags/evaluation/").content.decode()
    assert "MCN 2012" in card_titles(html)
    assert len(card_titles(html)) == 5
    assert re.search(r'href="/en/tags/evaluation/\?type=eventpage">Events \(4\)', html)
    assert re.search(r'href="/en/tags/evaluation/\?type=conferenceresourcepage">', html)
    only = client.get("/en/tags/evaluation/?type=conferenceresourcepage").content.decode()
    assert card_titles(only) == ["MCN 2012"]
    canonical = "http://testserver/en/tags/evaluation/?type=conferenceresourcepage"
    assert f'<link rel="canonical" href="{canonical}">' in only
