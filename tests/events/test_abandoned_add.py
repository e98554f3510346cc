"""An add form the editor leaves without saving leaves nothing behind: adding the same
event (or person) again is not refused with "slug already in use".

Wagtail 8 autosaves add forms: its first autosave creates the page (or snippet) as a
draft, so a form typed into and abandoned left a draft holding the slug."""

import pytest
from django.contrib.auth import get_user_model

from events.models import EventPage, Person
from tests.events.test_admin import add_url, event_form


@pytest.fixture
def editor(db, client, settings):
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 500  # Wagtail's default: autosave is on
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return user


def autosaves(html):
    """The form carries Wagtail's autosave controller, or its indicator is shown."""
    return "w-autosave#save" in html or 'id="w-autosave-indicator"' in html


def autosave(client, url, data):
    """What the admin's autosave timer sends from a form the editor has typed into."""
    return client.post(url, data, HTTP_ACCEPT="application/json")


def test_the_event_add_form_does_not_autosave(client, editor, event_index):
    html = client.get(add_url(event_index)).content.decode()
    assert "w-unsaved#" in html  # still asks before leaving unsaved changes
    assert not autosaves(html)


def test_an_abandoned_event_add_form_leaves_no_draft_and_can_be_added_again(
    client, editor, event_index
):
    draft = event_form()
    del draft["action-publish"]
    autosave(client, add_url(event_index), draft)
    assert not EventPage.objects.filter(slug="exhibition-as-program").exists()

    response = client.post(add_url(event_index), event_form())
    assert response.status_code == 302, response.content.decode()[:2000]
    assert EventPage.objects.get(slug="exhibition-as-program").live


def test_an_abandoned_person_add_form_leaves_no_draft(client, editor):
    url = "/admin/snippets/events/person/add/"
    assert not autosaves(client.get(url).content.decode())
    form = {"name": "Ada Example", "role": "", "x_handle": "ada_example", "locale": "en"}
    autosave(client, url, form)
    assert not Person.objects.filter(name="Ada Example").exists()


def test_once_saved_the_event_form_autosaves(client, editor, event_index):
    client.post(add_url(event_index), event_form())
    event = EventPage.objects.get(slug="exhibition-as-program")
    assert autosaves(client.get(f"/admin/pages/{event.pk}/edit/").content.decode())
