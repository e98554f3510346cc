"""The event form has a "Questions" tab of its own; a new question list shows no error
before the editor types; the page shows the questions after the body's opening text;
existing question lists move out of the body with their translations."""

import importlib
import re

import pytest
from django.contrib.auth import get_user_model

from events.detail import body_around_questions
from events.models import EventPage
from tests.events.test_admin import add_url, event_form
from tests.factories import make_event

move = importlib.import_module("events.migrations.0012_event_questions_tab")


@pytest.fixture
def editor(db, client):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return user


def tab_panel(html, heading):
    """The HTML of the admin tab named `heading`, up to the next tab."""
    label = re.search(rf'href="#(tab-[\w-]+)"[^>]*>(?:(?!</a>).)*{heading}', html, re.S)
    assert label, f"no tab {heading!r}"
    start = html.index(f'id="{label.group(1)}"', label.end())
    following = html.find('class="w-tabs__panel"', start + 40)
    return html[start : following if following != -1 else len(html)]


def test_the_event_form_has_a_questions_tab_holding_the_question_lists(client, editor, event_index):
    html = client.get(add_url(event_index)).content.decode()
    questions = tab_panel(html, "Questions")
    assert 'id="panel-child-questions-questions-section"' in questions
    assert "Question list" in questions  # the block offered there
    content = tab_panel(html, "Content")
    assert 'id="panel-child-content-body-section"' in content
    assert "panel-child-questions" not in content


def test_a_new_question_list_has_nothing_to_complain_about_before_typing(
    client, editor, event_index
):
    """The list asks for questions on saving (`required`), not by a minimum count the
    admin checks as soon as the block is inserted; the form opens with no error."""
    questions_field = EventPage._meta.get_field("questions")
    question_list = questions_field.stream_block.child_blocks["questions"]
    assert question_list.child_blocks["questions"].meta.min_num is None
    assert questions_field.blank
    html = tab_panel(client.get(add_url(event_index)).content.decode(), "Questions")
    assert "error-message" not in html and "w-field--error" not in html


def test_an_event_saved_without_questions_is_published(client, editor, event_index):
    response = client.post(
        add_url(event_index), event_form(questions="[]", **{"questions-count": "0"})
    )
    assert response.status_code == 302, response.content.decode()[:2000]


def question_list(*texts):
    return {
        "type": "questions",
        "value": {
            "intro": "",
            "questions": [
                {
                    "type": "question",
                    "value": {"heading": "", "question": t, "sub_questions": [], "notes": ""},
                }
                for t in texts
            ],
        },
    }


def test_questions_follow_the_bodys_opening_text(client, event_index):
    event = make_event(
        event_index,
        "Exhibition as program",
        start="2013-05-08T12:00",
        body=[
            {"type": "text", "value": "<p>The background.</p>"},
            {
                "type": "reading_list",
                "value": {
                    "heading": "Read before",
                    "items": [
                        {
                            "type": "reading",
                            "value": {"title": "A post", "author": "", "source": "", "url": ""},
                        }
                    ],
                },
            },
        ],
        questions=[question_list("What is a program?")],
    )
    before, after = body_around_questions(event)
    assert [b.block_type for b in before] == ["text"]
    assert [b.block_type for b in after] == ["reading_list"]
    html = client.get(event.url).content.decode()
    assert (
        html.index("The background.") < html.index("What is a program?") < html.index("Read before")
    )


def test_the_migration_moves_question_lists_out_of_the_body_and_back():
    body = [
        {"type": "text", "value": "<p>Background</p>", "id": "t1"},
        {**question_list("Q?"), "id": "q1"},
        {"type": "archive_links", "value": {}, "id": "a1"},
    ]
    kept, moved = move.split_questions(body)
    assert [b["id"] for b in kept] == ["t1", "a1"]
    assert [b["id"] for b in moved] == ["q1"]
    assert move.join_questions(kept, moved) == body

    revision_content = {"title": "x", "body": __import__("json").dumps(body), "questions": "[]"}
    assert move._move_in_content(revision_content, forward=True) == ["q1"]
    assert "questions" not in revision_content["body"].replace('"questions": [', "")
    assert '"id": "q1"' in revision_content["questions"]
