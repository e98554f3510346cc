"""An event page as readers see it: times, people, venue, questions, calendar, JSON-LD."""

import json
import re
from datetime import time

import icalendar
import pytest
from django.test import override_settings
from wagtail.models import Page

from events.models import EventIndexPage, EventPage, EventPart, OrganisationPage
from tests.factories import make_event, make_organisation, make_person, make_venue

QUESTIONS = {
    "type": "questions",
    "value": {
        "intro": "We discussed:",
        "questions": [
            {
                "type": "question",
                "value": {
                    "heading": "Audience expectations",
                    "question": "What do audiences expect online and on site?",
                    "sub_questions": [
                        {"type": "sub_question", "value": "Do they want the two to connect?"}
                    ],
                    "notes": "",
                },
            },
            {
                "type": "question",
                "value": {
                    "heading": "",
                    "question": "Which tactics connect them?",
                    "sub_questions": [],
                    "notes": "Think of live tweeting.",
                },
            },
            {
                "type": "question",
                "value": {
                    "heading": "",
                    "question": "Free range discussion.",
                    "sub_questions": [],
                    "notes": "",
                },
            },
        ],
    },
}


@pytest.fixture
def oakland_event(home, event_index):
    org = make_organisation(home, "Oakland Museum of California")
    host = make_person(
        "Robert Fahey",
        role="Social Media Coordinator",
        x_handle="oaklandmuseumca",
        organisation=org,
    )
    venue = make_venue(
        "Oakland Museum of California",
        city="Oakland",
        country="United States",
        room="we/customize exhibition lounge",
        region="CA",
    )
    return make_event(
        event_index,
        "What happens when an exhibition is a program?",
        start="2013-05-08T12:00",
        end="2013-05-08T13:00",
        zone="America/Los_Angeles",
        hashtags=["#musesocial"],
        people=[(host, "host")],
        organisers=[org],
        venue=venue,
        platform="x",
        intro="Building an exhibition in full view of visitors.",
        questions=[QUESTIONS],
        tags=["exhibitions", "participation"],
    )


def test_event_page_shows_time_in_its_own_zone_with_machine_readable_time(client, oakland_event):
    html = client.get(oakland_event.url).content.decode()
    assert "Wednesday, May 8, 2013, 12:00 PM \u2013 1:00 PM PDT" in html
    assert 'datetime="2013-05-08T12:00:00-07:00"' in html
    assert 'data-local-start="2013-05-08T12:00:00-07:00"' in html


def test_question_list_is_numbered_with_headings_sub_questions_and_notes(client, oakland_event):
    html = client.get(oakland_event.url).content.decode()
    numbers = re.findall(r'class="question__number">(Q\d+)<', html)
    assert numbers == ["Q1", "Q2", "Q3"]
    assert "Audience expectations:" in html
    assert "Do they want the two to connect?" in html
    assert "Think of live tweeting." in html


def test_hosts_venue_and_organisers_are_shown(client, oakland_event):
    html = client.get(oakland_event.url).content.decode()
    assert "Robert Fahey" in html and "Social Media Coordinator" in html
    assert 'href="https://x.com/oaklandmuseumca"' in html
    assert "we/customize exhibition lounge" in html
    assert "Oakland Museum of California" in html
    assert "#musesocial" in html


def test_calendar_file_parses_with_zone_and_stable_uid(client, oakland_event):
    response = client.get(oakland_event.url + "calendar/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    vevent = events[0]
    assert str(vevent["UID"]) == f"{oakland_event.translation_key}@musesocial-hub"
    start = vevent.decoded("DTSTART")
    assert str(start.tzinfo) == "America/Los_Angeles"
    assert (start.hour, start.minute) == (12, 0)
    assert vevent["DTSTART"].params["TZID"] == "America/Los_Angeles"
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["America/Los_Angeles"]
    assert "we/customize" in str(vevent["LOCATION"])
    assert "DTSTAMP" in vevent


def test_page_links_its_calendar_in_the_head(client, oakland_event):
    html = client.get(oakland_event.url).content.decode()
    assert (
        f'type="text/calendar" title="Add to calendar" href="{oakland_event.url}calendar/"' in html
    )


def test_json_ld_is_a_typed_schema_org_event(client, oakland_event):
    html = client.get(oakland_event.url).content.decode()
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(blocks) == 1
    data = json.loads(blocks[0])
    assert data["@type"] == "Event"
    assert data["name"] == "What happens when an exhibition is a program?"
    assert data["startDate"] == "2013-05-08T12:00:00-07:00"
    assert data["endDate"] == "2013-05-08T13:00:00-07:00"
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    types = sorted(location["@type"] for location in data["location"])
    assert types == ["Place", "VirtualLocation"]
    assert data["organizer"][0]["name"] == "Oakland Museum of California"
    assert data["performer"][0]["sameAs"] == ["https://x.com/oaklandmuseumca"]


def test_json_ld_cannot_be_broken_out_of_by_a_title(client, event_index):
    event = make_event(
        event_index,
        "Evil </script><script>alert(1)</script>",
        slug="evil",
        start="2013-05-08T12:00",
    )
    html = client.get(event.url).content.decode()
    assert "<script>alert(1)" not in html


def test_tba_event_has_no_calendar_file(client, event_index):
    event = make_event(event_index, "Museum data chat", precision="tba", slug="musedata")
    html = client.get(event.url).content.decode()
    assert "To be announced" in html
    # No link to the event's own calendar file (the footer links the index's upcoming one).
    assert f"{event.url}calendar/" not in html
    assert client.get(event.url + "calendar/").status_code == 404


def test_month_precision_event_is_not_faked_as_a_month_long_calendar_block(client, event_index):
    event = make_event(
        event_index,
        "Digital scholarship",
        precision="month",
        start="2012-07-01T00:00",
        slug="digital-scholarship",
    )
    html = client.get(event.url).content.decode()
    assert "July 2012" in html
    # No link to the event's own calendar file (the footer links the index's upcoming one).
    assert f"{event.url}calendar/" not in html
    assert client.get(event.url + "calendar/").status_code == 404


def test_tba_event_claims_no_schema_org_event_without_a_start(client, event_index):
    event = make_event(event_index, "Museum data chat", precision="tba", slug="musedata")
    assert "application/ld+json" not in client.get(event.url).content.decode()


def test_an_event_in_two_parts_is_two_related_calendar_entries(client, event_index):
    event = make_event(
        event_index,
        "Tweetup at the museum",
        start="2012-03-20T13:00",
        end="2012-03-20T16:45",
        zone="America/Los_Angeles",
        slug="two-part-tweetup",
    )
    EventPart.objects.create(
        page=event,
        title="Mini-tweetup",
        start_time=time(13),
        end_time=time(15, 30),
        sort_order=0,
        locale=event.locale,
    )
    EventPart.objects.create(
        page=event,
        title="Twitter chat",
        start_time=time(15, 30),
        end_time=time(16, 45),
        sort_order=1,
        locale=event.locale,
    )
    calendar = icalendar.Calendar.from_ical(client.get(event.url + "calendar/").content)
    entries = calendar.walk("VEVENT")
    assert [str(e["SUMMARY"]) for e in entries] == [
        "Tweetup at the museum: Mini-tweetup",
        "Tweetup at the museum: Twitter chat",
    ]
    assert [(e.decoded("DTSTART").time(), e.decoded("DTEND").time()) for e in entries] == [
        (time(13), time(15, 30)),
        (time(15, 30), time(16, 45)),
    ]
    assert str(entries[0]["RELATED-TO"]) == str(entries[1]["UID"])
    assert entries[0]["RELATED-TO"].params["RELTYPE"] == "SIBLING"


@override_settings(WAGTAILADMIN_BASE_URL="https://hub.example.org")
def test_calendar_and_json_ld_carry_the_public_base_url_not_the_site_record(client, oakland_event):
    """The Site record says localhost (as the demo's does); readers' apps must get the hub."""
    vevent = icalendar.Calendar.from_ical(client.get(oakland_event.url + "calendar/").content).walk(
        "VEVENT"
    )[0]
    assert str(vevent["URL"]) == "https://hub.example.org" + oakland_event.url
    feed = client.get("/en/events/calendar/").content.decode()
    assert "localhost" not in feed
    html = client.get(oakland_event.url).content.decode()
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    )
    assert data["url"] == "https://hub.example.org" + oakland_event.url


def test_event_parts_show_their_own_times(client, event_index):
    from events.models import EventPart

    event = make_event(
        event_index,
        "Tweetups",
        start="2013-04-04T13:00",
        end="2013-04-04T16:45",
        slug="tweetups",
        live=False,
    )
    event.parts = [
        EventPart(title="Mini-tweetup", start_time=time(13, 0), end_time=time(15, 30)),
        EventPart(title="Twitter chat", start_time=time(15, 30), end_time=time(16, 45)),
    ]
    event.save_revision().publish()
    html = client.get(event.url).content.decode()
    assert "Mini-tweetup" in html and "1:00 PM \u2013 3:30 PM EDT" in html
    assert "Twitter chat" in html and "3:30 PM \u2013 4:45 PM EDT" in html


def test_drafts_are_not_served(client, event_index):
    draft = make_event(
        event_index, "Draft chat", start="2013-05-08T12:00", slug="draft", live=False
    )
    assert client.get(f"/en/events/{draft.slug}/").status_code == 404


def test_event_types_live_only_under_their_index(home, event_index):
    assert EventPage.can_create_at(event_index)
    assert not EventPage.can_create_at(home)
    assert not EventIndexPage.can_create_at(event_index)
    assert EventPage.allowed_subpage_models() == []
    assert not OrganisationPage.can_create_at(event_index)
    assert not EventIndexPage.can_create_at(Page.get_first_root_node())
