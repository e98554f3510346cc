"""The event form's host chooser adds a person without leaving the event ("Choose or add
the person"), as an Editor may; a Translator, who may not add people, cannot."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.test.utils.form_data import inline_formset

from events.models import EventPage, Person
from hub.roles import EDITORS, TRANSLATORS, ensure_roles
from tests.events.test_admin import add_url, event_form

CHOOSER = "/admin/snippets/choose/events/person/"
NEW_HOST = {
    "name": "Ada Example",
    "role": "Social Media Coordinator",
    "x_handle": "@ada_example",
    "mastodon_handle": "",
    "bluesky_handle": "",
}


def log_in(client, name, group):
    ensure_roles()
    user = get_user_model().objects.create_user(name, f"{name}@example.org", "pw")
    user.groups.add(Group.objects.get(name=group))
    client.force_login(user)
    return user


def test_an_editor_adds_a_host_from_the_event_forms_chooser(client, event_index):
    log_in(client, "editor", EDITORS)
    form = client.get(add_url(event_index)).content.decode()
    assert CHOOSER in form  # the hosts' chooser is this one
    modal = json.loads(client.get(CHOOSER).content)["html"]
    assert "Add this person" in modal

    chosen = json.loads(client.post(CHOOSER + "create/", NEW_HOST).content)
    assert chosen["step"] == "chosen"
    person = Person.objects.get(pk=chosen["result"]["id"])
    assert person.live and person.x_handle == "ada_example"
    assert person.latest_revision.user.username == "editor"  # in the person's history

    data = event_form(people=inline_formset([{"person": person.pk, "role": "host"}]))
    response = client.post(add_url(event_index), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    event = EventPage.objects.get(slug="exhibition-as-program")
    assert "Ada Example" in client.get(event.url).content.decode()


def test_a_person_added_from_the_chooser_is_checked_like_any_other(client, event_index):
    log_in(client, "editor", EDITORS)
    reply = json.loads(
        client.post(CHOOSER + "create/", {**NEW_HOST, "x_handle": "not a handle"}).content
    )
    assert reply["step"] == "reshow_creation_form"
    assert "An X handle is 1 to 15 letters" in reply["htmlFragment"]
    assert not Person.objects.exists()


@pytest.mark.django_db
def test_a_translator_cannot_add_a_person_from_the_chooser(client):
    log_in(client, "translator", TRANSLATORS)
    assert "Add this person" not in json.loads(client.get(CHOOSER).content)["html"]
    refused = client.post(CHOOSER + "create/", NEW_HOST)
    assert refused.status_code == 302 and refused["Location"] == "/admin/"  # "no permission"
    assert not Person.objects.exists()
