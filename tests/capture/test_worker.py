"""The real capture worker across a short window, against timelines that fill up as it runs.

The statuses and post views are the recorded ones (tests/capture/recordings), given new
ids and times so that they are posted during the window; the local servers page them as
Mastodon and Bluesky do (max_id/min_id with Link headers; since/until).
"""

import json
import time
from datetime import UTC, datetime, timedelta

from django.core.management import call_command

from events.archives.dates import parse_datetime
from events.models import ArchivedPost, ArchiveImport, CaptureFeed, ChatCapture
from tests.capture.server import recording
from tests.factories import make_event

TAG = "musesocial"


def iso(moment):
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def mastodon_ids(moment):
    """An id as Mastodon makes them: milliseconds since 1970, shifted 16 bits."""
    return str(int(moment.timestamp() * 1000) << 16)


class LiveTimeline:
    """A hashtag timeline: each status is visible from its own wall-clock time on."""

    def __init__(self, server):
        self.server, self.entries = server, []  # (visible_from, status)

    def post(self, status, visible_from):
        self.entries.append((visible_from, status))

    def __call__(self, request):
        now, query = time.time(), request["query"]
        visible = sorted(
            (s for at, s in self.entries if at <= now), key=lambda s: int(s["id"]), reverse=True
        )
        limit = int(query.get("limit", 20))
        if "max_id" in query:
            visible = [s for s in visible if int(s["id"]) < int(query["max_id"])]
        if "min_id" in query:  # the page right after min_id, still newest first
            newer = [s for s in visible if int(s["id"]) > int(query["min_id"])]
            page = newer[-limit:]
        else:
            page = visible[:limit]
        links = []
        if page:
            path = request["path"]
            links.append(f'<{self.server.url}{path}?max_id={page[-1]["id"]}>; rel="next"')
            links.append(f'<{self.server.url}{path}?min_id={page[0]["id"]}>; rel="prev"')
        return {"body": page, "headers": {"Link": ", ".join(links)} if links else {}}


class LiveSearch:
    def __init__(self):
        self.entries = []

    def post(self, view, visible_from):
        self.entries.append((visible_from, view))

    def __call__(self, request):
        now, since = time.time(), parse_datetime(request["query"]["since"])
        posts = [
            v
            for at, v in self.entries
            if at <= now and parse_datetime(v["record"]["createdAt"]) >= since
        ]
        posts.sort(key=lambda v: v["record"]["createdAt"], reverse=True)
        return {"body": {"posts": posts}}


def test_the_worker_collects_during_the_window_sweeps_once_and_stops(
    networks, event_index, settings
):
    mastodon, bluesky = networks
    timeline, search = LiveTimeline(mastodon), LiveSearch()
    mastodon.add(f"/api/v1/timelines/tag/{TAG}", timeline, any_query=True)
    bluesky.add("/xrpc/app.bsky.feed.searchPosts", search, any_query=True)

    start = datetime.now(UTC) + timedelta(seconds=1)
    end = start + timedelta(seconds=4)
    event = make_event(event_index, "Live", start=start, end=end, zone="UTC")
    ChatCapture.objects.create(
        event=event,
        enabled=True,
        mastodon_instances=[mastodon.url],
        bluesky=True,
        starts_at=start,
        ends_at=end,
    )
    statuses = [s for e in recording("mastodon_tag_timeline.json") for s in json.loads(e["body"])]
    views = json.loads(recording("bluesky_search_posts.json")[0]["body"])["posts"]
    expected = set()
    # Twelve statuses and twelve posts, one every 0.3 s once the window is open.
    for number in range(12):
        moment = start + timedelta(seconds=0.3 * (number + 1))
        status = {**statuses[number], "id": mastodon_ids(moment), "created_at": iso(moment)}
        timeline.post(status, moment.timestamp())
        view = {**views[number], "record": {**views[number]["record"], "createdAt": iso(moment)}}
        search.post(view, moment.timestamp())
        expected |= {status["uri"], view["uri"]}
    # A status written during the chat that reaches the instance after the window closed
    # (federation is late): its id is older than the newest, so only the sweep finds it.
    late_moment = start + timedelta(seconds=2)
    # It shows up as the window closes: the sweep starts after that moment and its requests
    # see it; the polls before it walk forward from newer ids and cannot. (Visible any
    # later, a sweep that happens to run first would miss it: the test would race.)
    late = {**statuses[20], "id": mastodon_ids(late_moment), "created_at": iso(late_moment)}
    timeline.post(late, end.timestamp())
    expected.add(late["uri"])
    # Dated after the window (the author's clock, or a post just after it): not part of
    # the chat, though the sweep sees it.
    after = end + timedelta(seconds=1)
    timeline.post(
        {**statuses[21], "id": mastodon_ids(after), "created_at": iso(after)}, end.timestamp()
    )

    began = time.time()
    call_command("capture_worker", "--poll-seconds", "0.5", "--until-idle")
    took = time.time() - began

    capture = ChatCapture.objects.get()
    assert capture.status == "finished" and capture.final_sweep_at > end
    stored = list(ArchivedPost.objects.values_list("post_id", flat=True))
    assert set(stored) == expected and len(stored) == len(expected) == 25
    # Nothing before the window opened; polls while it was open; one sweep after it.
    first_request = min(r["time"] for r in mastodon.log + bluesky.log)
    assert first_request >= start.timestamp()
    assert sum(f.posts_added for f in CaptureFeed.objects.all()) == 25
    # Both networks were collected while the chat ran, not only by the sweep.
    for file_format in ("mastodon-capture", "bluesky-capture"):
        during = ArchiveImport.objects.filter(file_format=file_format, imported_at__lte=end)
        assert sum(during.values_list("posts_added", flat=True)) >= 6, file_format
    assert took < 30
