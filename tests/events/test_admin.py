"""Editors create events in the Wagtail admin; the form speaks the event's own time zone."""

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from events.models import EventPage, Hashtag
from tests.factories import hashtag


@pytest.fixture
def editor(db, client):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return user


def event_form(**overrides):
    tag = hashtag("#musesocial")
    data = {
        "title": "What happens when an exhibition is a program?",
        "slug": "exhibition-as-program",
        "kind": "chat",
        "intro": "An exhibition built in full view of visitors.",
        "time_zone": "America/Los_Angeles",
        "date_precision": "exact",
        "start": "2013-05-08 12:00",
        "end": "2013-05-08 13:00",
        "platform": "x",
        "online_url": "",
        "venue": "",
        "how_to_take_part": rich_text(""),
        "parts": inline_formset([]),
        "hashtag_links": inline_formset([{"hashtag": tag.pk}]),
        "people": inline_formset([]),
        "organisers": inline_formset([]),
        "related_links": inline_formset([]),
        "tags": "exhibitions, participation",
        "story": streamfield([]),
        "body": streamfield([]),
        "questions": streamfield(
            [
                (
                    "questions",
                    {
                        "intro": "",
                        "questions": streamfield(
                            [
                                (
                                    "question",
                                    {
                                        "heading": "",
                                        "question": "What is a program?",
                                        "sub_questions": streamfield([]),
                                        "notes": "",
                                    },
                                )
                            ]
                        ),
                    },
                )
            ]
        ),
        "action-publish": "publish",
    }
    data.update(overrides)
    return nested_form_data(data)


def add_url(index):
    return f"/admin/pages/add/events/eventpage/{index.pk}/"


def test_editor_publishes_an_event_typed_in_its_own_zone(client, editor, event_index):
    response = client.post(add_url(event_index), event_form())
    assert response.status_code == 302, response.content.decode()[:2000]
    event = EventPage.objects.get(slug="exhibition-as-program")
    assert event.live
    # Noon in Oakland whatever zone the editor's admin runs in (tests run in Asia/Kolkata).
    assert event.start.isoformat() == "2013-05-08T19:00:00+00:00"
    page = client.get(event.url).content.decode()
    assert "12:00 PM \u2013 1:00 PM PDT" in page
    assert "Q1" in page and "What is a program?" in page


def test_editing_shows_the_wall_clock_time_in_the_events_zone(client, editor, event_index):
    client.post(add_url(event_index), event_form())
    event = EventPage.objects.get(slug="exhibition-as-program")
    html = client.get(f"/admin/pages/{event.pk}/edit/").content.decode()
    assert 'value="2013-05-08 12:00"' in html


def test_end_before_start_is_rejected_with_a_clear_message(client, editor, event_index):
    response = client.post(add_url(event_index), event_form(end="2013-05-08 11:00"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "The end (2013-05-08 11:00) is before the start (2013-05-08 12:00)." in html
    assert not EventPage.objects.filter(slug="exhibition-as-program").exists()


def test_start_is_required_unless_to_be_announced(client, editor, event_index):
    response = client.post(add_url(event_index), event_form(start="", end=""))
    assert "set the date precision to \u201cTo be announced\u201d" in response.content.decode()
    response = client.post(add_url(event_index), event_form(start="", end="", date_precision="tba"))
    assert response.status_code == 302
    assert EventPage.objects.get(slug="exhibition-as-program").start is None


def test_month_precision_stores_the_first_of_the_month(client, editor, event_index):
    client.post(
        add_url(event_index),
        event_form(
            date_precision="month", start="2012-07-17 15:00", end="", time_zone="America/New_York"
        ),
    )
    event = EventPage.objects.get(slug="exhibition-as-program")
    assert event.start.isoformat() == "2012-07-01T04:00:00+00:00"


def test_a_time_skipped_by_daylight_saving_is_refused(client, editor, event_index):
    response = client.post(
        add_url(event_index),
        event_form(time_zone="America/New_York", start="2013-03-10 02:30", end=""),
    )
    assert "does not exist in America/New_York" in response.content.decode()


def test_an_event_needs_a_hashtag(client, editor, event_index):
    response = client.post(add_url(event_index), event_form(hashtag_links=inline_formset([])))
    assert response.status_code == 200
    assert not EventPage.objects.filter(slug="exhibition-as-program").exists()


def test_a_hashtag_differing_only_in_cyrillic_case_is_the_same_hashtag(db):
    Hashtag.objects.create(text="#МузейнаяГостиная", locale=Locale.get_default())
    twin = Hashtag(text="музейнаягостиная", locale=Locale.get_default())
    with pytest.raises(ValidationError) as error:
        twin.full_clean()
    assert "already exists" in str(error.value)


def test_admin_shows_stored_times_in_the_events_zone_with_its_abbreviation(
    client, editor, event_index
):
    from datetime import timedelta

    from django.utils import timezone

    from events.proposals import submit_proposal

    client.post(add_url(event_index), event_form())
    event = EventPage.objects.get(slug="exhibition-as-program")
    html = client.get(f"/admin/pages/{event.pk}/edit/").content.decode()
    assert "Saved: 2013-05-08 12:00 PDT (America/Los_Angeles)." in html
    start = timezone.now().replace(month=1, day=15, hour=14, minute=0) + timedelta(days=400)
    submit_proposal(
        event_index,
        {
            "title": "Winter chat",
            "start": start,
            "time_zone": "Europe/London",
            "hosts": "Erin Blasco @erinblasco",
            "hashtag": "#musesocial",
            "summary": "About winter.",
            "questions": [],
        },
    )
    listing = client.get("/admin/snippets/events/chatproposal/").content.decode()
    local = start.astimezone(__import__("zoneinfo").ZoneInfo("Europe/London"))
    assert f"{local:%Y-%m-%d %H:%M} GMT (Europe/London)" in listing
