"""Bluesky with an app password: one session, its token on every search, renewed when expired;
and each poll starts a little before the last one did."""

import json
from datetime import UTC, datetime, timedelta

import pytest

from events.archives.capture import runner
from events.models import ArchivedPost, CaptureFeed, ChatCapture
from tests.capture.server import recording
from tests.factories import make_event

SEARCH = "/xrpc/app.bsky.feed.searchPosts"
SESSION = "/xrpc/com.atproto.server.createSession"
NOW = datetime(2025, 5, 19, 17, 30, tzinfo=UTC)


@pytest.fixture
def pds(settings, servers):
    server = servers()
    settings.HUB_MASTODON_INSTANCES = []
    settings.HUB_BLUESKY_ENABLED = True
    settings.HUB_BLUESKY_PDS = server.url
    settings.HUB_BLUESKY_HANDLE = "hub.example.org"
    settings.HUB_BLUESKY_APP_PASSWORD = "abcd-efgh-ijkl-mnop"
    tokens = iter(["first-token", "second-token"])
    server.add(
        SESSION,
        lambda request: {"body": {"accessJwt": next(tokens), "did": "did:plc:hub"}},
        method="POST",
    )
    return server


@pytest.fixture
def capture(event_index):
    event = make_event(
        event_index,
        "Redistricting",
        start="2025-05-19T12:00",
        end="2025-05-19T17:00",
        zone="UTC",
        hashtags=["#redistricting"],
    )
    return ChatCapture.objects.create(event=event, enabled=True, bluesky=True)


def test_a_session_is_made_once_used_and_renewed_when_it_expires(pds, capture):
    [entry] = recording("bluesky_search_posts.json")
    body = json.loads(entry["body"])
    answers = iter([{"body": {**body, "cursor": ""}}, {"status": 401, "body": "{}"}])
    pds.add(SEARCH, lambda request: next(answers, {"body": {"posts": []}}), any_query=True)

    runner.run(capture, now=NOW)
    searches = pds.requests(SEARCH)
    assert searches[0]["headers"]["Authorization"] == "Bearer first-token"
    login = json.loads(pds.requests(SESSION)[0]["body"])
    assert login == {"identifier": "hub.example.org", "password": "abcd-efgh-ijkl-mnop"}
    # Posts written during the window only (12:00 to 18:00 with the hour after the end).
    assert ArchivedPost.objects.count() == 15
    feed = CaptureFeed.objects.get()
    assert feed.since == NOW - timedelta(minutes=5)

    # The next poll: the token has expired (401); one new session, the search again.
    runner.run(capture, now=NOW + timedelta(minutes=1))
    searches = pds.requests(SEARCH)[1:]
    assert [r["headers"]["Authorization"] for r in searches] == [
        "Bearer first-token",
        "Bearer second-token",
    ]
    assert searches[0]["query"]["since"] == "2025-05-19T17:25:00.000Z"
    assert len(pds.requests(SESSION)) == 2
    capture.refresh_from_db()
    assert capture.status == "collecting"


def test_a_refused_app_password_is_a_clear_failure(pds, capture):
    pds.add(SESSION, {"status": 401, "body": '{"error":"AuthenticationRequired"}'}, method="POST")
    runner.run(capture, now=NOW)
    capture.refresh_from_db()
    assert capture.status == "failing" and "answered 401" in capture.reason
    assert pds.requests(SEARCH) == [] and ArchivedPost.objects.count() == 0
