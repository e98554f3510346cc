"""Services that misbehave: errors, limits, timeouts, bad and huge JSON, posts that vanish.

The recorded Mastodon hashtag timeline (three pages of ten statuses, Link headers) is
served by a local server; the runner polls it at chosen times during the window.
"""

import json
from datetime import UTC, datetime, timedelta

import pytest

from events.archives.capture import runner
from events.archives.capture.http import Client
from events.models import ArchivedPost, CaptureFeed, ChatCapture
from tests.capture.server import recording
from tests.factories import make_event

TAG = "fgiztsshwiaqqiztpmmjbtvmescsculuvmgjgopwoeidbcrixp"
TIMELINE = f"/api/v1/timelines/tag/{TAG}"
NOW = datetime(2026, 8, 1, 13, 55, tzinfo=UTC)  # during the chat
PAGE_2, PAGE_3, END = "117020581339834938", "117020581259486622", "117020581178804515"
NEWEST = "117020581413876942"


@pytest.fixture
def instance(settings, servers):
    server = servers()
    settings.HUB_MASTODON_INSTANCES = [server.url]
    settings.HUB_BLUESKY_ENABLED = False
    server.load("mastodon_tag_timeline.json")
    server.add(TIMELINE, {"body": []}, min_id=NEWEST)
    return server


@pytest.fixture
def capture(event_index, instance):
    event = make_event(
        event_index,
        "Toots",
        start="2026-08-01T13:50",
        end="2026-08-01T14:00",
        zone="UTC",
        hashtags=[f"#{TAG}"],
    )
    return ChatCapture.objects.create(event=event, enabled=True, mastodon_instances=[instance.url])


def recorded_page(number):
    """The body (a list of statuses) and headers of a recorded page, 0-based."""
    entry = recording("mastodon_tag_timeline.json")[number]
    return json.loads(entry["body"]), entry["headers"]


def stored():
    return list(ArchivedPost.objects.order_by("post_id").values_list("post_id", flat=True))


def fails_once(answer, error):
    calls = []

    def respond(request):
        calls.append(request)
        return error if len(calls) == 1 else answer

    return respond


def test_a_5xx_midway_keeps_what_was_stored_and_resumes_there(capture, instance):
    body, headers = recorded_page(2)
    headers = {k: v.replace("http://localhost:3000", instance.url) for k, v in headers.items()}
    instance.add(
        TIMELINE,
        fails_once({"body": body, "headers": headers}, {"status": 503, "body": "busy"}),
        max_id=PAGE_3,
    )
    runner.run(capture, now=NOW)
    capture.refresh_from_db()
    feed = CaptureFeed.objects.get()
    assert len(stored()) == 20  # pages one and two, each saved with its cursor
    assert feed.backfill_max_id == PAGE_3 and not feed.backfilled
    assert capture.status == "failing" and "answered 503" in capture.reason
    assert feed.failures == 1 and feed.not_before == NOW + timedelta(minutes=1)

    asked = len(instance.log)
    runner.run(capture, now=NOW + timedelta(seconds=30))  # backing off: no request
    assert len(instance.log) == asked

    runner.run(capture, now=NOW + timedelta(minutes=2))
    capture.refresh_from_db()
    resumed = [r["query"] for r in instance.log[asked:]]
    assert resumed[0]["max_id"] == PAGE_3  # where it stopped, not the top again
    assert resumed[-1] == {"limit": "40", "min_id": NEWEST}  # then forward from the newest
    assert len(stored()) == 30 == len(set(stored()))
    assert capture.status == "collecting" and capture.reason == ""
    assert CaptureFeed.objects.get().failures == 0


def test_backoff_doubles_after_each_failure(capture, instance):
    instance.add(TIMELINE, {"status": 502, "body": "bad gateway"}, any_query=True)
    runner.run(capture, now=NOW)
    assert CaptureFeed.objects.get().not_before == NOW + timedelta(minutes=1)
    runner.run(capture, now=NOW + timedelta(minutes=1))
    assert CaptureFeed.objects.get().not_before == NOW + timedelta(minutes=3)
    assert stored() == []


def test_429_retry_after_is_honoured(capture, instance):
    instance.add(
        TIMELINE,
        fails_once({"body": []}, {"status": 429, "headers": {"Retry-After": "120"}, "body": "{}"}),
        any_query=True,
    )
    runner.run(capture, now=NOW)
    feed = CaptureFeed.objects.get()
    assert "429" in feed.last_error
    # Retry-After counts from when the answer came, so compare with the real clock.
    assert feed.not_before > NOW + timedelta(days=1)  # the test runs long after the recording
    feed.not_before = NOW + timedelta(seconds=120)
    feed.save()
    runner.run(capture, now=NOW + timedelta(seconds=60))
    assert len(instance.log) == 1
    runner.run(capture, now=NOW + timedelta(seconds=121))
    assert len(instance.log) > 1


def test_a_nearly_used_rate_limit_pauses_until_its_reset(capture, instance):
    body, headers = recorded_page(0)
    reset = "2026-08-01T14:00:00.000000Z"
    limited = {**headers, "x-ratelimit-remaining": "1", "x-ratelimit-reset": reset}
    limited = {k: v.replace("http://localhost:3000", instance.url) for k, v in limited.items()}
    instance.add(TIMELINE, {"body": body, "headers": limited})
    runner.run(capture, now=NOW)
    assert len(instance.log) == 1 and len(stored()) == 10  # stored, then stopped asking
    assert CaptureFeed.objects.get().not_before == datetime(2026, 8, 1, 14, 0, tzinfo=UTC)


def test_a_timeout_loses_nothing(capture, instance):
    instance.add(TIMELINE, {"sleep": 1.5, "body": []}, max_id=PAGE_2)
    runner.run(capture, now=NOW, client=Client(timeout=(1, 0.5)))
    feed = CaptureFeed.objects.get()
    assert "did not answer in time" in feed.last_error
    assert len(stored()) == 10 and feed.backfill_max_id == PAGE_2


def test_malformed_json_saves_nothing_of_that_page(capture, instance):
    instance.add(TIMELINE, {"body": '[{"id": "117020581331681768", "content": '}, max_id=PAGE_2)
    runner.run(capture, now=NOW)
    assert "malformed JSON" in CaptureFeed.objects.get().last_error
    assert len(stored()) == 10


def test_oversized_json_is_refused_before_parsing(capture, instance):
    runner.run(capture, now=NOW, client=Client(max_bytes=20_000))  # page one is 21,671 bytes
    feed = CaptureFeed.objects.get()
    assert "limit is 19 KB" in feed.last_error
    assert stored() == [] and feed.newest_id == ""


def test_a_post_deleted_between_pages_leaves_the_rest(capture, instance):
    body, headers = recorded_page(1)
    headers = {k: v.replace("http://localhost:3000", instance.url) for k, v in headers.items()}
    gone = body.pop(4)  # deleted by its author after page one was read
    instance.add(TIMELINE, {"body": body, "headers": headers}, max_id=PAGE_2)
    runner.run(capture, now=NOW)
    assert len(stored()) == 29 and gone["uri"] not in stored()
    assert CaptureFeed.objects.get().backfilled
    assert capture.feeds.get().last_error == ""


def test_privacy_noindex_hidden_indexable_ignored_takedowns_stay(capture, instance):
    body, headers = recorded_page(0)
    headers = {k: v.replace("http://localhost:3000", instance.url) for k, v in headers.items()}
    body[0]["account"] = {**body[0]["account"], "noindex": True}
    body[1]["account"] = {**body[1]["account"], "indexable": False}
    body[2]["visibility"] = "unlisted"  # never shown on a tag timeline; refused if it were
    instance.add(TIMELINE, {"body": body, "headers": headers})
    runner.run(capture, now=NOW)
    noindex = ArchivedPost.objects.get(post_id=body[0]["uri"])
    assert noindex.hidden and "noindex" in noindex.hidden_reason
    assert not ArchivedPost.objects.get(post_id=body[1]["uri"]).hidden
    assert not ArchivedPost.objects.filter(post_id=body[2]["uri"]).exists()

    # An editor takes a post down; the sweep after the window sees it again: still hidden.
    taken = ArchivedPost.objects.get(post_id=body[3]["uri"])
    taken.hidden, taken.hidden_reason = True, "Takedown request"
    taken.save()
    runner.run(capture, now=datetime(2026, 8, 1, 15, 30, tzinfo=UTC))
    taken.refresh_from_db()
    assert taken.hidden and taken.hidden_reason == "Takedown request"
    capture.refresh_from_db()
    assert capture.status == "finished" and capture.final_sweep_at
    asked = len(instance.log)
    runner.run(capture, now=datetime(2026, 8, 1, 16, 0, tzinfo=UTC))
    assert len(instance.log) == asked  # no request after the capture ended


def test_the_sweep_waits_for_a_rate_limit_before_it_finishes(capture, instance):
    body, headers = recorded_page(0)
    reset = "2026-08-01T15:20:00.000000Z"
    limited = {**headers, "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset}
    limited = {k: v.replace("http://localhost:3000", instance.url) for k, v in limited.items()}
    instance.add(
        TIMELINE, fails_once({"body": body, "headers": headers}, {"body": body, "headers": limited})
    )
    after = datetime(2026, 8, 1, 15, 10, tzinfo=UTC)  # the window closed at 15:00
    runner.run(capture, now=after)
    capture.refresh_from_db()
    assert capture.final_sweep_at is None and "waiting until 15:20:00" in capture.reason
    asked = len(instance.log)
    runner.run(capture, now=after + timedelta(minutes=5))  # still limited: no request
    assert len(instance.log) == asked
    runner.run(capture, now=after + timedelta(minutes=11))
    capture.refresh_from_db()
    assert capture.status == "finished" and len(stored()) == 30


def page_text(client, url):
    response = client.get(url)
    assert response.status_code == 200
    if response.streaming:
        return b"".join(response.streaming_content).decode()
    return response.content.decode()


def test_the_transcript_and_its_measures_follow_each_stored_batch(
    client, capture, instance, django_capture_on_commit_callbacks
):
    """Readers see the chat grow while it runs, through the page cache (kept by default)."""
    body, headers = recorded_page(2)
    headers = {k: v.replace("http://localhost:3000", instance.url) for k, v in headers.items()}
    instance.add(
        TIMELINE,
        fails_once({"body": body, "headers": headers}, {"status": 503, "body": "busy"}),
        max_id=PAGE_3,
    )
    event_url = capture.event.url
    with django_capture_on_commit_callbacks(execute=True):  # the worker commits each page
        runner.run(capture, now=NOW)  # pages one and two; the third fails for now
    page, transcript = page_text(client, event_url), page_text(client, event_url + "transcript/")
    assert "20 posts" in page
    assert "Toot number 10!" in transcript and "Toot number 9!" not in transcript
    assert client.get(event_url + "transcript/")["X-Page-Cache"] == "hit"

    with django_capture_on_commit_callbacks(execute=True):
        runner.run(capture, now=NOW + timedelta(minutes=2))  # the rest, in a later poll
    assert "30 posts" in page_text(client, event_url)
    assert "Toot number 9!" in page_text(client, event_url + "transcript/")


def test_an_author_who_asks_for_noindex_later_leaves_the_transcript_and_downloads(
    client, capture, instance, django_capture_on_commit_callbacks
):
    """A post stored visible, whose author turns on noindex before the sweep sees it again."""
    with django_capture_on_commit_callbacks(execute=True):
        runner.run(capture, now=NOW)
    body, headers = recorded_page(0)
    post = ArchivedPost.objects.get(post_id=body[0]["uri"])
    assert not post.hidden and post.text.startswith("Toot number 29!")
    transcript = capture.event.url + "transcript/"
    download = capture.event.url + "transcript/export/json/"
    assert "Toot number 29!" in page_text(client, transcript)  # now in the page cache
    assert "Toot number 29!" in page_text(client, download)  # and built once

    headers = {k: v.replace("http://localhost:3000", instance.url) for k, v in headers.items()}
    body[0]["account"] = {**body[0]["account"], "noindex": True}
    instance.add(TIMELINE, {"body": body, "headers": headers})
    with django_capture_on_commit_callbacks(execute=True):  # the sweep: no new post
        runner.run(capture, now=datetime(2026, 8, 1, 15, 30, tzinfo=UTC))

    post.refresh_from_db()
    assert post.hidden and "noindex" in post.hidden_reason
    assert "Toot number 29!" not in page_text(client, transcript)
    assert "Toot number 29!" not in page_text(client, download)
    assert "29 posts" in page_text(client, capture.event.url)
