"""Follow anything: each topic, hashtag, organisation and conference has an Atom feed and a
calendar, read back with feedparser and icalendar the way readers' apps read them."""

from datetime import timedelta

import feedparser
import icalendar
import pytest
from django.utils import timezone

from tests.browse.conftest import translate, translate_the_site
from tests.factories import make_event, make_event_index, make_organisation, make_person, make_site
from tests.module_content import module_content
from tests.queries import warm_query_counts
from tests.resources.factories import make_conference, make_talk


@module_content
def world():
    """Two organisations' events, a conference and a talk; its home and event index too."""
    home = make_site()
    event_index = make_event_index(home)
    museum = make_organisation(home, "State Historical Museum")
    tate = make_organisation(home, "Tate")
    soon = timezone.now() + timedelta(days=5)
    upcoming = make_event(
        event_index,
        "Salon live",
        start=soon,
        hashtags=["#museumsalon"],
        organisers=[museum],
        tags=["russia"],
    )
    old = make_event(
        event_index,
        "Salon 2013",
        start="2013-09-18T19:00",
        zone="Europe/Moscow",
        hashtags=["#museumsalon", "#musesocial"],
        organisers=[museum],
        tags=["russia"],
    )
    month_only = make_event(
        event_index,
        "Salon some day",
        start="2014-03-01T12:00",
        precision="month",
        hashtags=["#museumsalon"],
        organisers=[museum],
    )
    make_event(event_index, "Tate chat", start="2013-05-24T12:30", organisers=[tate])
    conference = make_conference(home, "Lightning talks", hashtag=None)
    talk = make_talk(
        home, "Museum salon", museum, make_person("Anna"), conference, related_events=[old]
    )
    return {
        "home": home,
        "event_index": event_index,
        "museum": museum,
        "tate": tate,
        "upcoming": upcoming,
        "old": old,
        "month_only": month_only,
        "conference": conference,
        "talk": talk,
    }


def atom(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert feed.version == "atom10" and not feed.bozo, url
    return feed


def calendar(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("text/calendar")
    return icalendar.Calendar.from_ical(response.content)


def summaries(cal):
    return sorted(str(vevent["SUMMARY"]) for vevent in cal.walk("VEVENT"))


def follow_url(kind, key, feed, language="en"):
    return f"/{language}/follow/{kind}/{key}/{feed}"


def test_an_organisation_feed_and_calendar_hold_its_events_and_talks(client, world):
    key = world["museum"].translation_key
    feed = atom(client, follow_url("organisation", key, "atom.xml"))
    assert feed.feed.title == "musesocial hub: State Historical Museum"
    assert feed.feed.link == "http://testserver/en/organisations/state-historical-museum/"
    assert sorted(entry.title for entry in feed.entries) == [
        "Museum salon",
        "Salon 2013",
        "Salon live",
        "Salon some day",
    ]
    cal = calendar(client, follow_url("organisation", key, "calendar.ics"))
    # Upcoming and recent events; a month-only event has no day to put in a calendar.
    assert summaries(cal) == ["Salon 2013", "Salon live"]
    assert str(cal["X-WR-CALNAME"]) == "musesocial hub: State Historical Museum"
    urls = {str(vevent["URL"]) for vevent in cal.walk("VEVENT")}
    assert "http://testserver/en/events/salon-2013/" in urls


def test_a_hashtag_feed_finds_it_in_any_case(client, world):
    feed = atom(client, follow_url("hashtag", "museumsalon", "atom.xml"))
    assert sorted(entry.title for entry in feed.entries) == [
        "Salon 2013",
        "Salon live",
        "Salon some day",
    ]
    assert feed.feed.link == "http://testserver/en/hashtags/museumsalon/"
    cal = calendar(client, follow_url("hashtag", "MuseumSalon", "calendar.ics"))
    assert summaries(cal) == ["Salon 2013", "Salon live"]


def test_a_conference_feed_holds_its_talks_and_their_events(client, world):
    key = world["conference"].translation_key
    feed = atom(client, follow_url("conference", key, "atom.xml"))
    assert sorted(entry.title for entry in feed.entries) == ["Museum salon", "Salon 2013"]
    assert summaries(calendar(client, follow_url("conference", key, "calendar.ics"))) == [
        "Salon 2013"
    ]


def test_a_conference_follows_the_events_using_its_hashtag(client, home, event_index):
    from tests.factories import hashtag

    make_event(event_index, "Tales from the blog", start="2012-11-08T10:00", hashtags=["#mcn2012"])
    make_event(event_index, "Another chat", start="2012-11-09T10:00")
    conference = make_conference(home, "MCN 2012", hashtag=hashtag("#mcn2012"))
    key = conference.translation_key
    assert summaries(calendar(client, follow_url("conference", key, "calendar.ics"))) == [
        "Tales from the blog"
    ]


def test_a_topic_feed_and_calendar(client, world):
    feed = atom(client, follow_url("tag", "russia", "atom.xml"))
    assert sorted(entry.title for entry in feed.entries) == ["Salon 2013", "Salon live"]
    assert summaries(calendar(client, follow_url("tag", "russia", "calendar.ics"))) == [
        "Salon 2013",
        "Salon live",
    ]


def test_nothing_to_follow_is_a_404(client, world):
    for url in (
        "/en/follow/nothing/x/atom.xml",
        "/en/follow/organisation/not-a-key/atom.xml",
        "/en/follow/organisation/00000000-0000-0000-0000-000000000000/calendar.ics",
        "/en/follow/hashtag/neverused/calendar.ics",
        "/en/follow/tag/unknown/atom.xml",
        f"/en/follow/conference/{world['museum'].translation_key}/atom.xml",
    ):
        assert client.get(url).status_code == 404, url


def test_every_followed_page_offers_to_subscribe(client, world):
    key = world["museum"].translation_key
    pages = {
        world["museum"].url: ("organisation", key),
        world["conference"].url: ("conference", world["conference"].translation_key),
        "/en/hashtags/museumsalon/": ("hashtag", "museumsalon"),
        "/en/tags/russia/": ("tag", "russia"),
    }
    for url, (kind, subject) in pages.items():
        html = client.get(url).content.decode()
        atom_url = follow_url(kind, subject, "atom.xml")
        ics_url = follow_url(kind, subject, "calendar.ics")
        assert '<link rel="alternate" type="application/atom+xml"' in html, url
        assert 'type="application/atom+xml" title="' in html
        assert f'href="{atom_url}"' in html, url
        assert '<link rel="alternate" type="text/calendar"' in html, url
        assert f'href="{ics_url}"' in html, url
        assert f'href="webcal://testserver{ics_url}"' in html, url
        assert "<summary>Subscribe</summary>" in html, url


@pytest.fixture
def russian(world):
    """Translate into Russian, the world's home and event index translated first."""
    translate_the_site(world["home"], world["event_index"])
    return translate


def test_russian_readers_get_russian_feeds(client, world, russian):
    museum = russian(
        world["museum"], {"State Historical Museum": "Государственный исторический музей"}
    )
    key = museum.translation_key
    feed = atom(client, follow_url("organisation", key, "atom.xml", "ru"))
    assert feed.feed.title == "musesocial hub: Государственный исторический музей"
    assert "/ru/" in feed.feed.link
    # Pages not translated yet are listed in their original, as in every listing.
    assert len(feed.entries) == 4
    html = client.get(museum.url).content.decode()
    assert "Подписаться" in html
    assert f'href="/ru/follow/organisation/{key}/calendar.ics"' in html


def test_follow_feeds_cost_the_same_queries_with_more_events(client, home, event_index):
    museum = make_organisation(home, "Tate")

    def add(n, offset):
        for i in range(n):
            make_event(
                event_index,
                f"Chat {offset + i}",
                start=f"2012-{(i % 12) + 1:02d}-10T12:00",
                organisers=[museum],
                hashtags=["#musesocial", f"#topic{i % 3}"],
                tags=["chats"],
            )

    key = museum.translation_key
    urls = [
        follow_url("organisation", key, "atom.xml"),
        follow_url("organisation", key, "calendar.ics"),
        follow_url("hashtag", "musesocial", "calendar.ics"),
        follow_url("tag", "chats", "atom.xml"),
    ]
    add(5, 0)
    few = warm_query_counts(client, urls)
    add(25, 100)
    many = warm_query_counts(client, urls)
    assert many == few


def test_a_person_feed_and_calendar_hold_what_they_hosted_spoke_at_and_gave(client, world):
    from events.models.pages import PersonRole

    event_index = world["event_index"]
    anna = world["talk"].speakers.first().person
    make_event(
        event_index,
        "Salon with Anna",
        start=timezone.now() + timedelta(days=9),
        people=[(anna, PersonRole.HOST)],
    )
    make_event(event_index, "Someone else's chat", start="2013-06-01T12:00")
    feed = atom(client, follow_url("person", anna.slug, "atom.xml"))
    assert feed.feed.link == f"http://testserver/en/people/{anna.slug}/"
    assert sorted(entry.title for entry in feed.entries) == ["Museum salon", "Salon with Anna"]
    cal = calendar(client, follow_url("person", anna.slug, "calendar.ics"))
    assert summaries(cal) == ["Salon with Anna"]
    # Her page offers both, and announces them in its head.
    page = client.get(f"/en/people/{anna.slug}/").content.decode()
    assert f'href="/en/follow/person/{anna.slug}/atom.xml"' in page
    assert f'href="/en/follow/person/{anna.slug}/calendar.ics"' in page
    head = page.split("</head>", 1)[0]
    assert f'title="Anna (Atom)" href="/en/follow/person/{anna.slug}/atom.xml"' in head
    assert "webcal://" in page
