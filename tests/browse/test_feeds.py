"""Atom and RSS feeds, read back the way a feed reader reads them."""

from datetime import UTC, datetime

import feedparser
import pytest

from tests.browse.conftest import make_private
from tests.factories import make_event
from tests.queries import warm_query_counts


@pytest.fixture
def events(event_index):
    return {
        "blogs": make_event(
            event_index,
            "Blogs",
            start="2012-12-06T14:00",
            tags=["blogging"],
            intro="How museums blog, and why.",
        ),
        "metrics": make_event(
            event_index,
            "Metrics",
            start="2013-04-23T12:00",
            tags=["evaluation", "metrics"],
            intro="Counting what counts.",
        ),
        "draft": make_event(event_index, "Draft", start="2013-06-01T12:00", live=False),
    }


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response, feedparser.parse(response.content)


@pytest.mark.parametrize("url", ["/en/feeds/atom.xml", "/en/feeds/events/atom.xml"])
def test_atom_feed_has_entries_with_links_dates_and_summaries(client, events, url):
    response, feed = parse(client, url)
    assert response["Content-Type"].startswith("application/atom+xml")
    assert feed.version == "atom10"
    assert not feed.bozo
    assert [entry.title for entry in feed.entries] == ["Metrics", "Blogs"]
    metrics = feed.entries[0]
    assert metrics.link == "http://testserver/en/events/metrics/"
    assert metrics.summary == "Counting what counts."
    published = datetime(*metrics.published_parsed[:6], tzinfo=UTC)
    updated = datetime(*metrics.updated_parsed[:6], tzinfo=UTC)
    events["metrics"].refresh_from_db()
    assert published == events["metrics"].first_published_at.replace(microsecond=0)
    assert updated == events["metrics"].last_published_at.replace(microsecond=0)
    assert {tag.term for tag in metrics.tags} == {"evaluation", "metrics"}


def test_rss_feed_has_the_same_entries(client, events):
    response, feed = parse(client, "/en/feeds/rss.xml")
    assert response["Content-Type"].startswith("application/rss+xml")
    assert feed.version == "rss20"
    assert [entry.title for entry in feed.entries] == ["Metrics", "Blogs"]
    assert feed.entries[1].link == "http://testserver/en/events/blogs/"
    assert feed.entries[1].published_parsed is not None


def test_updating_a_page_moves_it_to_the_top(client, events):
    events["blogs"].intro = "How museums blog, and why, updated."
    events["blogs"].save_revision().publish()
    _response, feed = parse(client, "/en/feeds/atom.xml")
    assert feed.entries[0].title == "Blogs"
    assert feed.entries[0].summary == "How museums blog, and why, updated."


def test_tag_feed_has_only_that_tags_pages(client, events, event_index):
    make_private(make_event(event_index, "Private", start="2013-01-01T12:00", tags=["metrics"]))
    _response, atom = parse(client, "/en/follow/tag/metrics/atom.xml")
    assert [entry.title for entry in atom.entries] == ["Metrics"]
    assert atom.feed.title == "musesocial hub: metrics"
    assert atom.feed.link == "http://testserver/en/tags/metrics/"
    _response, other = parse(client, "/en/follow/tag/blogging/atom.xml")
    assert [entry.title for entry in other.entries] == ["Blogs"]
    assert client.get("/en/follow/tag/unknown/atom.xml").status_code == 404


def test_pages_announce_their_feeds(client, events):
    index = client.get("/en/events/").content.decode()
    assert (
        'type="application/atom+xml" title="Events (Atom)" href="/en/feeds/events/atom.xml"'
        in index
    )
    assert (
        'type="application/rss+xml" title="Events (RSS)" href="/en/feeds/events/rss.xml"' in index
    )
    home = client.get("/en/").content.decode()
    assert 'href="/en/feeds/atom.xml"' in home
    assert "Events (Atom)" not in home


def test_feed_queries_do_not_grow_with_the_number_of_pages(client, event_index):
    def add(n, offset):
        for i in range(n):
            make_event(
                event_index,
                f"Chat {offset + i}",
                start=f"2012-{(i % 12) + 1:02d}-10T12:00",
                tags=["chats", f"topic-{i % 5}"],
            )

    urls = [
        "/en/feeds/atom.xml",
        "/en/feeds/events/rss.xml",
        "/en/follow/tag/chats/atom.xml",
        "/en/follow/tag/chats/calendar.ics",
    ]
    add(10, 0)
    few = warm_query_counts(client, urls)
    add(40, 100)
    many = warm_query_counts(client, urls)
    assert many == few
    assert max(many.values()) <= 6, many
