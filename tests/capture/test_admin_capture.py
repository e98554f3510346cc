"""The admin's Live capture screen: who may control it, what it shows, start and stop."""

from datetime import UTC, datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from events.archives.capture import runner
from events.models import CaptureFeed, ChatCapture
from hub.roles import ensure_roles
from tests.factories import make_event


@pytest.fixture
def users(db):
    ensure_roles()
    made = {}
    for name, group in (
        ("editor", "Editors"),
        ("moderator", "Moderators"),
        ("translator", "Translators"),
    ):
        made[name] = get_user_model().objects.create_user(name, f"{name}@example.org", "pw")
        made[name].groups.add(Group.objects.get(name=group))
    return made


@pytest.fixture
def chat(event_index, settings):
    settings.HUB_MASTODON_INSTANCES = ["https://museum.social", "https://mastodon.social"]
    settings.HUB_BLUESKY_ENABLED = True
    return make_event(
        event_index,
        "Museum blogs",
        start="2099-04-23T15:00",
        end="2099-04-23T16:00",
        zone="Europe/London",
        hashtags=("#musesocial",),
    )


@pytest.mark.parametrize("role", ["editor", "moderator"])
def test_editors_and_moderators_start_and_stop_a_capture(client, users, chat, role):
    client.force_login(users[role])
    url = reverse("chat_capture", args=[chat.pk])
    page = client.get(url)
    html = page.content.decode()
    assert page.status_code == 200
    assert "Off" in html and "#musesocial" in html
    # The default window, in the event's own zone: 15 minutes before to an hour after.
    assert "14:45" in html and "17:00" in html and "Europe/London" in html
    # The button in the event's header leads here.
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[chat.pk])).content.decode()
    assert url in edit

    response = client.post(
        url,
        {"start": "1", "mastodon_instances": ["https://museum.social"], "bluesky": "on"},
        follow=True,
    )
    assert "Capture started" in response.content.decode()
    capture = ChatCapture.objects.get(event=chat)
    assert capture.enabled and capture.mastodon_instances == ["https://museum.social"]
    assert capture.bluesky and "Scheduled" in response.content.decode()
    assert runner.networks_of(capture) == ["https://museum.social", "bluesky"]

    response = client.post(url, {"stop": "1"}, follow=True)
    capture.refresh_from_db()
    assert not capture.enabled and capture.status == "stopped"
    assert "Capture stopped" in response.content.decode()


def test_translators_may_not_control_a_capture(client, users, chat):
    client.force_login(users["translator"])
    url = reverse("chat_capture", args=[chat.pk])
    # Wagtail's admin turns a refusal into a redirect to the dashboard with a message.
    home = reverse("wagtailadmin_home")
    assert client.get(url)["Location"] == home
    assert client.post(url, {"start": "1", "bluesky": "on"})["Location"] == home
    assert not ChatCapture.objects.filter(enabled=True).exists()
    assert (
        url not in client.get(reverse("wagtailadmin_pages:edit", args=[chat.pk])).content.decode()
    )


def test_the_window_is_editable_in_the_events_zone_and_checked(client, users, chat):
    client.force_login(users["editor"])
    url = reverse("chat_capture", args=[chat.pk])
    response = client.post(
        url, {"save": "1", "starts_at": "2099-04-23T16:00", "ends_at": "2099-04-23T15:00"}
    )
    assert "The window must end after it starts." in response.content.decode()
    client.post(
        url,
        {
            "save": "1",
            "starts_at": "2099-04-23T14:00",
            "ends_at": "2099-04-23T18:30",
            "hashtags": "#musesocial #museumchat",
        },
    )
    capture = ChatCapture.objects.get(event=chat)
    assert capture.starts_at == datetime(2099, 4, 23, 13, 0, tzinfo=UTC)  # BST is UTC+1
    assert runner.hashtags_of(capture) == ["musesocial", "museumchat"]
    # An instance the operator did not configure cannot be chosen.
    response = client.post(url, {"save": "1", "mastodon_instances": ["https://evil.example"]})
    assert "not one of the available choices" in response.content.decode()


def test_the_state_shows_failures_counts_and_waits(client, users, chat):
    capture = runner.capture_for(
        chat, enabled=True, status="failing", reason="mastodon.social answered 503"
    )
    CaptureFeed.objects.create(
        capture=capture,
        network="https://museum.social",
        hashtag="musesocial",
        posts_added=12,
        posts_seen=15,
        last_error="https://museum.social answered 503",
    )
    client.force_login(users["editor"])
    # Before the window the editor sees "Scheduled"; during it, the failure and its reason.
    capture.starts_at = datetime(2000, 1, 1, tzinfo=UTC)
    capture.save()
    html = client.get(reverse("chat_capture", args=[chat.pk])).content.decode()
    assert "Failing" in html and "mastodon.social answered 503" in html
    assert "<td>12</td>" in html and "<td>15</td>" in html
