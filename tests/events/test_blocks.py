"""Every block editors can use: previews in the admin, rendering for readers."""

import icalendar
import pytest
from wagtail import blocks as wagtail_blocks

from events.blocks import event_body_blocks
from tests.factories import make_event


def all_blocks():
    return dict(event_body_blocks())


@pytest.mark.django_db
@pytest.mark.parametrize("name", list(all_blocks()))
def test_block_has_template_description_and_a_preview_that_renders(name):
    block = all_blocks()[name]
    block.set_name(name)
    assert block.meta.template.startswith("blocks/")
    assert str(block.meta.description)
    preview = block.get_preview_value()
    assert preview is not None
    html = block.render(preview)
    assert html.strip()


def test_every_admin_field_of_every_block_has_help_text():
    missing = []

    def walk(block, trail):
        if isinstance(block, wagtail_blocks.StructBlock):
            for child_name, child in block.child_blocks.items():
                if not isinstance(child, wagtail_blocks.StreamBlock | wagtail_blocks.StructBlock):
                    help_text = getattr(child.meta, "help_text", None) or getattr(
                        getattr(child, "field", None), "help_text", None
                    )
                    if not help_text:
                        missing.append(f"{trail}.{child_name}")
                walk(child, f"{trail}.{child_name}")
        elif isinstance(block, wagtail_blocks.StreamBlock):
            for child_name, child in block.child_blocks.items():
                walk(child, f"{trail}.{child_name}")

    for name, block in all_blocks().items():
        walk(block, name)
    # Sub-questions and typed speaker names are one-line list items, labelled instead.
    assert missing == []


def _body(*blocks):
    return [{"type": kind, "value": value} for kind, value in blocks]


def test_embed_without_network_shows_a_plain_link_and_never_an_error(client, event_index):
    event = make_event(
        event_index,
        "Recorded session",
        start="2013-05-24T12:30",
        zone="Europe/London",
        body=_body(
            (
                "embed",
                {"url": "https://video.example/watch?v=1", "title": "Recording", "caption": ""},
            )
        ),
    )
    response = client.get(event.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert '<a href="https://video.example/watch?v=1" rel="noopener">Recording</a>' in html
    assert "<iframe" not in html


def test_dead_storify_link_offers_its_web_archive_copy(client, event_index):
    links = {
        "heading": "Archives",
        "links": [
            {
                "type": "link",
                "value": {
                    "kind": "storify",
                    "title": "All the tweets",
                    "url": "https://storify.com/x/museum-blogs",
                    "wayback_url": "https://web.archive.org/web/2013/https://storify.com/x/museum-blogs",
                },
            },
            {
                "type": "link",
                "value": {
                    "kind": "spreadsheet",
                    "title": "Every tweet",
                    "url": "",
                    "wayback_url": "",
                },
            },
        ],
    }
    event = make_event(
        event_index, "Museum blogs", start="2012-12-06T14:00", body=_body(("archive_links", links))
    )
    html = client.get(event.url).content.decode()
    assert 'href="https://web.archive.org/web/2013/https://storify.com/x/museum-blogs"' in html
    assert "Storify closed in May 2018." in html
    assert "<del>https://storify.com/x/museum-blogs</del>" in html
    assert "The address of this archive was not kept." in html
    assert event.has_archive


def test_user_text_in_blocks_is_escaped(client, event_index):
    questions = {
        "intro": "",
        "questions": [
            {
                "type": "question",
                "value": {
                    "heading": "<b>bold</b>",
                    "question": "<script>alert(1)</script>",
                    "sub_questions": [],
                    "notes": "",
                },
            }
        ],
    }
    event = make_event(
        event_index, "Escaping", start="2012-12-06T14:00", questions=_body(("questions", questions))
    )
    html = client.get(event.url).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_upcoming_calendar_feed_lists_upcoming_events_per_tag(client, event_index):
    from datetime import timedelta

    from django.utils import timezone

    soon = timezone.now() + timedelta(days=3)
    make_event(event_index, "Evaluation chat", start=soon, tags=["evaluation"])
    make_event(event_index, "Blog chat", start=soon + timedelta(days=1), tags=["blogging"])
    make_event(event_index, "Data chat", precision="tba", tags=["evaluation"])
    make_event(event_index, "Old chat", start="2012-12-06T14:00", tags=["evaluation"])
    feed = icalendar.Calendar.from_ical(client.get("/en/events/calendar/").content)
    assert sorted(str(e["SUMMARY"]) for e in feed.walk("VEVENT")) == [
        "Blog chat",
        "Evaluation chat",
    ]
    # A topic's calendar is its follow calendar: upcoming, then recent past events.
    moved = client.get("/en/events/calendar/?tag=evaluation")
    assert (moved.status_code, moved["Location"]) == (301, "/en/follow/tag/evaluation/calendar.ics")
    tagged = icalendar.Calendar.from_ical(client.get(moved["Location"]).content)
    assert [str(e["SUMMARY"]) for e in tagged.walk("VEVENT")] == ["Evaluation chat", "Old chat"]
    assert len({str(e["UID"]) for e in feed.walk("VEVENT")}) == 2


def test_a_dead_storify_link_without_a_copy_is_text_not_a_link(client, event_index):
    links = {
        "heading": "Archives",
        "links": [
            {
                "type": "link",
                "value": {
                    "kind": "storify",
                    "title": "Key tweets",
                    "url": "https://storify.com/x/leadership",
                    "wayback_url": "",
                },
            }
        ],
    }
    event = make_event(
        event_index, "Leadership", start="2012-08-08T12:30", body=_body(("archive_links", links))
    )
    html = client.get(event.url).content.decode()
    assert 'href="https://storify.com' not in html
    assert "Key tweets" in html
    assert "Storify closed in May 2018." in html
    assert "No archived copy is known." in html
    assert "https://storify.com/x/leadership" in html  # the address, as text for the record


def test_the_admin_offers_the_web_archive_search_for_a_dead_link_without_a_copy(
    client, event_index
):
    from django.contrib.auth import get_user_model

    def storify(path, copy=""):
        return {
            "type": "link",
            "value": {
                "kind": "storify",
                "title": f"Storify {path}",
                "url": f"https://storify.com/musesocial/{path}",
                "wayback_url": copy,
            },
        }

    links = {
        "heading": "Archives",
        "links": [
            storify("leadership"),
            storify("kept", copy="https://web.archive.org/web/2017/https://storify.com/kept"),
        ],
    }
    event = make_event(
        event_index, "Leadership", start="2012-08-08T12:30", body=_body(("archive_links", links))
    )
    editor = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(editor)
    html = client.get(f"/admin/pages/{event.pk}/edit/").content.decode()
    search = "https://web.archive.org/web/*/https://storify.com/musesocial/leadership"
    assert f'<a href="{search}" target="_blank" rel="noopener noreferrer">' in html
    assert "Find copies in the Web Archive" in html
    # A link that already has its copy needs no help.
    assert "web.archive.org/web/*/https://storify.com/musesocial/kept" not in html

    plain = make_event(event_index, "No archive", start="2012-08-09T12:30")
    html = client.get(f"/admin/pages/{plain.pk}/edit/").content.decode()
    assert "Find copies in the Web Archive" not in html
