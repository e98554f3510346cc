"""manage.py capture_chat against local servers replaying real Mastodon and Bluesky responses."""

import json
import subprocess
import sys
from datetime import UTC, datetime

import pytest
from django.core.management import CommandError, call_command

from events.archives.capture import runner
from events.models import ArchivedPost, CaptureFeed, ChatCapture, MastodonSighting
from tests.capture.server import recording
from tests.factories import make_event
from tests.processes import ROOT, subprocess_env

MASTODON_TAG = "fgiztsshwiaqqiztpmmjbtvmescsculuvmgjgopwoeidbcrixp"  # as recorded
TIMELINE = f"/api/v1/timelines/tag/{MASTODON_TAG}"
SEARCH = "/xrpc/app.bsky.feed.searchPosts"


def serve_recorded(mastodon, bluesky):
    mastodon.load("mastodon_tag_timeline.json")
    mastodon.add(TIMELINE, {"body": "[]"}, min_id="117020581413876942")  # nothing newer
    mastodon.add("/api/v1/timelines/tag/redistricting", {"body": "[]"})
    bluesky.load("bluesky_search_posts.json")
    # The recorded search has a cursor; the page after it is the API's empty answer.
    bluesky.add(SEARCH, {"body": '{"posts":[]}'}, cursor="25")


@pytest.fixture
def chat(event_index):
    # The recordings were made in May 2025 (Bluesky) and August 2026 (Mastodon); the
    # editors set the window to cover both.
    event = make_event(
        event_index,
        "Redistricting and museums",
        start="2025-05-19T09:00",
        zone="UTC",
        hashtags=(f"#{MASTODON_TAG}", "#redistricting"),
    )
    ChatCapture.objects.create(
        event=event,
        starts_at=datetime(2025, 5, 18, tzinfo=UTC),
        ends_at=datetime(2026, 8, 2, tzinfo=UTC),
    )
    return event


def test_capture_once_stores_both_networks_then_adds_nothing(client, networks, chat, settings):
    mastodon, bluesky = networks
    serve_recorded(mastodon, bluesky)

    call_command("capture_chat", str(chat.pk), "--once")

    posts = ArchivedPost.objects.filter(archive__event=chat)
    assert posts.filter(post_id__startswith="http://").count() == 30  # three Link-header pages
    assert posts.filter(post_id__startswith="at://").count() == 25
    # Walked back with the Link header's max_id, page by page, to the end of the tag.
    asked = [r["query"].get("max_id") for r in mastodon.requests(TIMELINE)]
    assert asked == [None, "117020581339834938", "117020581259486622", "117020581178804515"]
    search = bluesky.requests(SEARCH)[0]["query"]
    assert search["q"] in ("#redistricting", f"#{MASTODON_TAG}") and search["sort"] == "latest"
    assert search["since"].startswith("2025-05-18T00:00:00")
    assert search["until"].startswith("2026-08-02T00:00:00")
    # Every request names the hub and where to reach whoever runs it.
    for request in mastodon.log + bluesky.log:
        assert settings.WAGTAILADMIN_BASE_URL in request["headers"]["User-Agent"]
        assert request["method"] == "GET"
    # The four authors labelled !no-unauthenticated are kept off the public transcript.
    hidden = posts.filter(hidden=True)
    assert hidden.count() == 4
    assert {p.author_handle for p in hidden} == {
        "bathshebablue.bsky.social",
        "rachel99marta.bsky.social",
        "stemgal.bsky.social",
        "humanbeinghuman.bsky.social",
    }
    assert all("logged-out readers" in p.hidden_reason for p in hidden)
    # The label "rude" is another labeller's judgement, not the author's wish: shown.
    assert not posts.get(author_handle="bodyballistics.bsky.social").hidden

    before = list(posts.order_by("pk").values_list("pk", "post_id", "hidden"))
    call_command("capture_chat", str(chat.pk), "--once")
    assert list(posts.order_by("pk").values_list("pk", "post_id", "hidden")) == before

    # 55 posts in reading order, 50 a page: the Bluesky posts of May 2025 and toots 0-24 on
    # the first page, toots 25-29 on the second; the hidden authors on neither.
    pages = {}
    for number in (1, 2):
        response = client.get(chat.url + f"transcript/?page={number}")
        assert response.status_code == 200
        pages[number] = response.content.decode()
    assert "Ends Versus Means: Public Opinion on Congressional Redistricting" in pages[1]
    assert "Toot number 0!" in pages[1] and "Toot number 29!" not in pages[1]
    assert "Toot number 29!" in pages[2]
    # The search filter finds the last toot wherever it falls.
    found = client.get(chat.url + "transcript/", {"q": "Toot number 29"}).content.decode()
    assert "Toot number 29!" in found
    assert not any("bathshebablue" in html for html in (*pages.values(), found))


def test_the_same_post_on_two_instances_is_stored_once(settings, servers, event_index):
    first, second = servers(), servers()
    settings.HUB_MASTODON_INSTANCES = [first.url, second.url]
    settings.HUB_BLUESKY_ENABLED = False
    [entry] = recording("mastodon_tag_hoot.json")
    [status] = json.loads(entry["body"])
    for server in (first, second):  # past the last status: the API's empty page
        server.add("/api/v1/timelines/tag/hoot", {"body": []}, any_query=True)
    first.add("/api/v1/timelines/tag/hoot", {"body": [status]})
    # The second instance numbers the same status (same ActivityPub uri) its own way.
    elsewhere = {**status, "id": "110000000000000001"}
    second.add("/api/v1/timelines/tag/hoot", {"body": [elsewhere]})
    event = make_event(
        event_index, "Hoot", start="2026-08-01T13:30", zone="UTC", hashtags=["#hoot"]
    )
    ChatCapture.objects.create(event=event, mastodon_instances=[first.url, second.url])

    call_command("capture_chat", event.slug, "--once")

    [post] = ArchivedPost.objects.all()
    assert post.post_id == status["uri"]
    assert post.text == "#hoot (hashtag toot)"
    assert set(MastodonSighting.objects.values_list("local_id", flat=True)) == {
        status["id"],
        "110000000000000001",
    }
    assert CaptureFeed.objects.get(network=second.url).posts_added == 0
    assert CaptureFeed.objects.get(network=second.url).posts_seen == 1


def test_no_network_configured_changes_nothing(settings, event_index):
    settings.HUB_MASTODON_INSTANCES = []
    settings.HUB_BLUESKY_ENABLED = False
    event = make_event(event_index, "Quiet", start="2026-08-01T13:30", zone="UTC")
    assert not runner.configured()
    with pytest.raises(CommandError, match="No network is configured"):
        call_command("capture_chat", str(event.pk), "--once")
    call_command("capture_worker", "--until-idle")  # exits at once, says why
    assert not ChatCapture.objects.exists()


def test_before_the_window_nothing_is_requested(networks, event_index):
    mastodon, bluesky = networks
    event = make_event(event_index, "Tomorrow", start="2099-01-01T15:00", zone="UTC")
    with pytest.raises(CommandError, match="The window opens at 2099-01-01 14:45 UTC"):
        call_command("capture_chat", str(event.pk), "--once")
    assert mastodon.log == [] and bluesky.log == []
    assert ChatCapture.objects.get().status == "scheduled"


@pytest.mark.parametrize(
    ("name", "value", "refused"),
    [
        (
            "HUB_MASTODON_INSTANCES",
            "https://mastodon.social,file:///etc/passwd",
            "file:///etc/passwd",
        ),
        ("HUB_BLUESKY_SERVICE", "ftp://bsky.example", "ftp://bsky.example"),
    ],
)
def test_base_urls_other_than_http_or_https_stop_the_hub_from_starting(name, value, refused):
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=subprocess_env(**{name: value}),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert f"{name} must hold http(s) base URLs, not '{refused}'" in result.stderr
