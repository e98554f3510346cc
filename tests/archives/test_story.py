"""The story of a chat: posts the editors chose, in named sections with a note of their own,
in their order, translated with the page, previewed in the admin, beside the transcript."""

import re
from datetime import UTC, datetime, timedelta

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.segments.extract import extract_segments

from events.archives.threads import arrange
from events.models import ArchivedPost, ChatArchive
from hub.cache import bump_content_version
from tests.factories import make_event
from tests.queries import count_queries

START = datetime(2013, 4, 23, 19, tzinfo=UTC)


@pytest.fixture
def chat(event_index):
    event = make_event(event_index, "Measuring success", start="2013-04-23T15:00")
    archive = ChatArchive.objects.create(event=event, platform="x")
    posts = [
        ArchivedPost.objects.create(
            archive=archive,
            post_id=str(n),
            author_handle=f"person{n}",
            created_at=START + timedelta(minutes=n),
            text=text,
            platform="x",
        )
        for n, text in enumerate(
            [
                "Q1 how do you measure success?",
                "A1 visits to the collection pages",
                "A1 replies, not followers <b>really</b>",
                "A1 something hidden later",
            ]
        )
    ]
    posts[3].hidden = True
    posts[3].save()
    arrange(archive.pk)
    return event, posts


def story_value(*sections):
    return [
        {
            "type": "section",
            "value": {
                "title": title,
                "note": note,
                "posts": [{"type": "post", "value": post.pk} for post in posts],
            },
        }
        for title, note, posts in sections
    ]


def set_story(event, story):
    event.story = story
    event.save_revision().publish()
    bump_content_version()
    event.refresh_from_db()
    return event


def test_story_keeps_the_editors_order_sections_and_notes(client, chat):
    event, (question, visits, replies, hidden) = chat
    other = make_event(event.get_parent(), "Another chat", start="2013-05-01T15:00")
    elsewhere = ArchivedPost.objects.create(
        archive=ChatArchive.objects.create(event=other, platform="x"),
        post_id="x1",
        author_handle="stranger",
        created_at=START,
        text="from another chat",
    )
    set_story(
        event,
        story_value(
            ("What counts", "Numbers <i>people</i> trust.", [replies, visits, hidden, elsewhere]),
            ("The question", "", [question]),
        ),
    )
    html = client.get(event.url + "story/").content.decode()
    assert html.index("What counts") < html.index("The question")
    assert html.index("replies, not followers") < html.index("visits to the collection")
    assert "Numbers &lt;i&gt;people&lt;/i&gt; trust." in html
    assert "&lt;b&gt;really&lt;/b&gt;" in html
    # Hidden since it was chosen, or of another event's archive: left out.
    assert "something hidden" not in html and "from another chat" not in html
    # Each post links to its place in the full transcript; the story sits beside it.
    assert f'{event.url}transcript/?page=1#post-{visits.pk}"' in html
    assert f'href="{event.url}transcript/"' in html
    transcript = client.get(event.url + "transcript/").content.decode()
    assert f'href="{event.url}story/"' in transcript
    event_page = client.get(event.url).content.decode()
    assert f"{event.url}story/" in event_page


def test_story_view_is_flat_in_queries(client, chat):
    event, posts = chat
    set_story(event, story_value(("One", "", posts[:2]), ("Two", "", posts[2:3])))
    client.get(event.url + "story/")
    few = count_queries(client, event.url + "story/")
    set_story(event, story_value(*[(f"S{n}", "note", posts[:3]) for n in range(10)]))
    client.get(event.url + "story/")
    many = count_queries(client, event.url + "story/")
    assert few == many and many <= 12, (few, many)


def time_shown(html, anchor):
    """The visible time of the post whose element has id `anchor`."""
    start = html.index(f'id="{anchor}"')
    return re.search(r"<time [^>]*>([^<]*)</time>", html[start:]).group(1)


def test_story_dates_a_section_once_not_every_post(client, chat):
    event, (question, visits, replies, _hidden) = chat
    set_story(
        event,
        story_value(("First", "", [question, visits, replies]), ("Again", "", [visits])),
    )
    html = client.get(event.url + "story/").content.decode()
    dated = time_shown(html, f"s1-post-{question.pk}")
    assert "2013" in dated, dated
    # Later posts of the same day show the time only, as in the transcript.
    assert "2013" not in time_shown(html, f"s1-post-{visits.pk}")
    assert "2013" not in time_shown(html, f"s1-post-{replies.pk}")
    # A section opens with the date, even for a post already shown undated above.
    assert "2013" in time_shown(html, f"s2-post-{visits.pk}")


def test_no_story_is_a_404_and_no_link(client, chat):
    event, _posts = chat
    assert client.get(event.url + "story/").status_code == 404
    assert "story/" not in client.get(event.url + "transcript/").content.decode()


def test_section_titles_and_notes_are_translated_with_the_page(client, chat):
    event, (question, visits, replies, _hidden) = chat
    set_story(event, story_value(("What counts", "Numbers people trust.", [visits, replies])))
    strings = {
        segment.string.data
        for segment in extract_segments(event)
        if hasattr(segment, "string") and segment.path.startswith("story.")
    }
    assert {"What counts", "Numbers people trust."} <= strings
    russian = event.copy_for_translation(Locale.objects.get(language_code="ru"), copy_parents=True)
    story = russian.story.raw_data
    story[0]["value"]["title"] = "Что считать"
    story[0]["value"]["note"] = "Цифры, которым верят."
    russian.story = story
    russian.save_revision().publish()
    bump_content_version()
    russian.refresh_from_db()
    html = client.get(russian.url + "story/").content.decode()
    assert "Что считать" in html and "Цифры, которым верят." in html
    assert "История чата" in html  # the interface in Russian too
    # The same posts, from the one archive every language version shares.
    assert "visits to the collection pages" in html


def test_editors_preview_the_story_in_the_admin(admin_client, rf, chat):
    event, (_question, visits, _replies, _hidden) = chat
    set_story(event, story_value(("Preview me", "", [visits])))
    edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=[event.pk])).content.decode()
    assert 'value="story"' in edit  # the preview mode is offered beside the page's own
    request = rf.get("/")
    request.user = admin_client.get("/").wsgi_request.user
    rendered = event.serve_preview(request, "story")
    assert b"Preview me" in rendered.content and b"visits to the collection" in rendered.content
