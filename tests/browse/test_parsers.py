"""Every calendar, feed and JSON-LD block of the demo site, read by independent parsers
(icalendar, feedparser, extruct) as calendar apps, feed readers and search engines do,
and never pointing at localhost or the Site record's host under production-like settings."""

import re
from urllib.parse import unquote

import extruct
import feedparser
import icalendar
import pytest
from django.test import override_settings
from wagtail.models import Site

from browse.hashtags import hashtag_usage
from browse.tags import tag_usage
from events.calendar import can_export
from events.models import EventPage, OrganisationPage
from hub.i18n import locale_id_for
from resources.models import BestPracticeTalkPage, ConferenceResourcePage

BASE = "https://hub.example.org"
pytestmark = pytest.mark.xdist_group("demo-parsers")


def feed_urls(language="en"):
    """Every feed and calendar of the site in one language."""
    locale_id = locale_id_for(language)
    urls = [f"/{language}/feeds/atom.xml", f"/{language}/feeds/rss.xml"]
    urls += [f"/{language}/feeds/events/atom.xml", f"/{language}/feeds/events/rss.xml"]
    follows = [("tag", tag["slug"]) for tag in tag_usage(locale_id)]
    follows += [("hashtag", tag["name"]) for tag in hashtag_usage(locale_id)]
    for model, kind in ((OrganisationPage, "organisation"), (ConferenceResourcePage, "conference")):
        keys = model.objects.live().values_list("translation_key", flat=True).distinct()
        follows += [(kind, str(key)) for key in keys]
    for kind, key in follows:
        urls += [f"/{language}/follow/{kind}/{key}/atom.xml"]
        urls += [f"/{language}/follow/{kind}/{key}/calendar.ics"]
    return urls


def event_calendars(language="en"):
    events = EventPage.objects.live().filter(locale__language_code=language)
    return {event: event.url + "calendar/" for event in events if can_export(event)}


def get(client, url, **extra):
    response = client.get(url, **extra)
    assert response.status_code == 200, (url, response.status_code)
    return response


def test_every_calendar_and_feed_is_read_by_independent_parsers(demo, client):
    for event, url in event_calendars().items():
        cal = icalendar.Calendar.from_ical(get(client, url).content)
        vevents = cal.walk("VEVENT")
        assert vevents, url
        # One entry, or one per part, each named after the event and linking to it.
        assert all(str(v["SUMMARY"]).startswith(event.title) for v in vevents), url
        assert {str(v["URL"]) for v in vevents} == {f"http://testserver{event.url}"}
    checked = 0
    for url in feed_urls():
        body = get(client, url).content
        if url.endswith(".ics"):
            cal = icalendar.Calendar.from_ical(body)
            for vevent in cal.walk("VEVENT"):
                # Each entry's page is a live event page in the reader's language or the original.
                path = str(vevent["URL"]).removeprefix("http://testserver")
                assert get(client, path).status_code == 200
        else:
            feed = feedparser.parse(body)
            assert not feed.bozo, (url, feed.bozo_exception)
            assert feed.version in ("atom10", "rss20"), url
            checked_entries = len(feed.entries)
            for entry in feed.entries:
                assert entry.link.startswith("http://testserver/"), url
        checked += 1
    assert checked > 40 and checked_entries >= 0


def test_follow_feeds_of_the_demo_hold_the_right_items(demo, client):
    museum = OrganisationPage.objects.get(
        slug="state-historical-museum", locale__language_code="en"
    )
    feed = feedparser.parse(
        get(client, f"/en/follow/organisation/{museum.translation_key}/atom.xml").content
    )
    titles = {entry.title for entry in feed.entries}
    talk = BestPracticeTalkPage.objects.get(locale__language_code="en")
    assert talk.title in titles
    organised = EventPage.objects.live().filter(
        locale__language_code="en", organisers__organisation=museum
    )
    assert {event.title for event in organised} <= titles
    hashtag = feedparser.parse(get(client, "/en/follow/hashtag/musesocial/atom.xml").content)
    musesocial = EventPage.objects.live().filter(
        locale__language_code="en", hashtag_links__hashtag__key="musesocial"
    )
    # Newest published first, at most the feed's size.
    assert len(hashtag.entries) == min(musesocial.count(), 30)
    cal = icalendar.Calendar.from_ical(
        get(client, "/en/follow/hashtag/musesocial/calendar.ics").content
    )
    exportable = [event for event in musesocial if can_export(event)]
    uids = {str(v["UID"]).split("@")[0] for v in cal.walk("VEVENT")}
    assert uids <= {str(e.translation_key) for e in exportable} | {
        str(p.translation_key) for e in exportable for p in e.parts.all()
    }
    assert len({str(v["URL"]) for v in cal.walk("VEVENT")}) == len(exportable)


def json_ld(client, url, **extra):
    html = get(client, url, **extra).content.decode()
    data = extruct.extract(html, base_url=BASE, syntaxes=["json-ld"], uniform=True)["json-ld"]
    return data


def test_json_ld_of_event_talk_and_conference_pages(demo, client):
    event = EventPage.objects.get(slug="2013-04-04-museum-tweetups", locale__language_code="en")
    (data,) = json_ld(client, event.url)
    assert data["@type"] == "Event"
    assert data["name"] == event.title and data["startDate"].startswith("2013-04-04")
    assert data["url"] == f"http://testserver{event.url}"

    talk = BestPracticeTalkPage.objects.get(locale__language_code="en")
    (data,) = json_ld(client, talk.url)
    # Given on a day the hub does not know: the talk as a work by its speakers.
    assert talk.talk_date is None
    assert data["@type"] == "CreativeWork"
    assert data["name"] == talk.title
    assert data["url"] == f"http://testserver{talk.url}"
    assert data["author"] and all(p["@type"] == "Person" for p in data["author"])
    talk.talk_date = __import__("datetime").date(2013, 11, 1)
    talk.save_revision().publish()
    (data,) = json_ld(client, talk.url)
    assert data["@type"] == "Event" and data["startDate"] == "2013-11-01"
    assert data["performer"] and all(p["@type"] == "Person" for p in data["performer"])
    assert data["superEvent"]["@type"] == "Event"

    conference = ConferenceResourcePage.objects.get(slug="aam-2012", locale__language_code="en")
    conference.start_date = conference.start_date or __import__("datetime").date(2012, 4, 29)
    conference.save_revision().publish()
    (data,) = json_ld(client, conference.url)
    assert data["@type"] == "Event"
    assert data["startDate"] == conference.start_date.isoformat()
    assert data["organizer"]["@type"] == "Organization"
    sessions = [session["name"] for session in data["subEvent"]]
    assert sessions[:2] == ["Social Media Metrics 101", "Can Mobile Interpretation Be Social?"]
    assert all(session["@type"] == "Event" for session in data["subEvent"])


URL = re.compile(r"https?://[^\s\"'<>\\]+")


@override_settings(
    WAGTAILADMIN_BASE_URL=BASE,
    ALLOWED_HOSTS=["hub.example.org"],
    SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https"),
)
def test_no_localhost_anywhere_under_production_settings(demo, client):
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "localhost", 80
    site.save()
    headers = {"HTTP_HOST": "hub.example.org", "HTTP_X_FORWARDED_PROTO": "https"}
    ours = []  # URLs that must be on the public base URL

    def fetch(url):
        return get(client, url, **headers).content.decode()

    for url in [*feed_urls("en"), *feed_urls("ru")]:
        body = fetch(url)
        if url.endswith(".ics"):
            cal = icalendar.Calendar.from_ical(body)
            ours += [str(v["URL"]) for v in cal.walk("VEVENT")]
        else:
            feed = feedparser.parse(body)
            ours += [feed.feed.link, *(entry.link for entry in feed.entries)]
        assert "localhost" not in body, url
    for url in event_calendars().values():
        body = fetch(url)
        ours += [str(v["URL"]) for v in icalendar.Calendar.from_ical(body).walk("VEVENT")]
        assert "localhost" not in body, url
    for url in ("/sitemap.xml", "/sitemap-pages.xml", "/sitemap-tags.xml"):
        body = fetch(url)
        ours += re.findall(r"<loc>([^<]+)</loc>", body)
        assert "localhost" not in body, url
    pages = [
        EventPage.objects.get(slug="2013-04-04-museum-tweetups", locale__language_code="en"),
        BestPracticeTalkPage.objects.get(locale__language_code="en"),
        *ConferenceResourcePage.objects.live().filter(locale__language_code="en"),
    ]
    for page in pages:
        for data in json_ld(client, page.url, **headers):
            ours.append(data["url"])
            ours += [sub["url"] for sub in data.get("subEvent", [])]
            ours += [data["superEvent"]["url"]] if "superEvent" in data else []
            assert "localhost" not in str(data), page.url
    assert len(ours) > 100
    wrong = [url for url in ours if not unquote(url).startswith(BASE + "/")]
    assert not wrong, wrong[:5]
    assert not [url for url in ours if site.hostname in url]
