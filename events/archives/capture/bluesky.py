"""Bluesky's `app.bsky.feed.searchPosts` for a hashtag, newest first, with an optional session.

Each poll asks for posts since the stored time (less an overlap, for the search index's
delay) up to the window's end and pages with `cursor`; the time moves on only when a poll
has read every page, so an interrupted poll is repeated, never skipped. Duplicates are
absorbed by the archive's unique post id (the post's at:// uri).
"""

from dataclasses import dataclass, field
from datetime import UTC, timedelta

from django.conf import settings

from events.archives.dates import parse_datetime
from events.archives.formats import bluesky_json

from .http import FetchError

PLATFORM = bluesky_json.PLATFORM
PAGE_SIZE = 100  # the lexicon's maximum
MAX_PAGES = 50
OVERLAP = timedelta(minutes=5)
HIDING_LABEL = "!no-unauthenticated"


@dataclass
class Page:
    items: list
    cursor: dict
    seen: int = 0
    pause_until: object = None
    local_ids: dict = field(default_factory=dict)


def privacy_reason(post):
    """Authors who asked not to be shown to logged-out readers stay off the transcript."""
    labels = []
    for holder in (post.get("author"), post):
        if isinstance(holder, dict) and isinstance(holder.get("labels"), list):
            labels += [label for label in holder["labels"] if isinstance(label, dict)]
    if any(label.get("val") == HIDING_LABEL and not label.get("neg") for label in labels):
        return "Bluesky: the author asked not to be shown to logged-out readers"
    return ""


def _iso(moment):
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z") if moment else ""


def _inside(post, window):
    """Written during the window (a post with a bad date goes on, for the mapping to name)."""
    record = post.get("record") if isinstance(post.get("record"), dict) else {}
    try:
        created = parse_datetime(record.get("createdAt"))
    except ValueError:
        return True
    return window.start <= created <= window.end


# Tokens by (server, handle), kept for the worker's life: Bluesky limits how often an
# account may log in, so a session is made once and again only when it has expired.
_TOKENS = {}


class Session:
    """An app-password session (com.atproto.server.createSession), made when first needed."""

    def __init__(self, client):
        self.client = client
        self.key = (settings.HUB_BLUESKY_PDS, settings.HUB_BLUESKY_HANDLE)

    @property
    def token(self):
        return _TOKENS.get(self.key, "")

    @token.setter
    def token(self, value):
        _TOKENS[self.key] = value

    def headers(self):
        if not settings.HUB_BLUESKY_HANDLE:
            return {}
        if not self.token:
            reply = self.client.post(
                f"{settings.HUB_BLUESKY_PDS}/xrpc/com.atproto.server.createSession",
                payload={
                    "identifier": settings.HUB_BLUESKY_HANDLE,
                    "password": settings.HUB_BLUESKY_APP_PASSWORD,
                },
            )
            data = reply.data if isinstance(reply.data, dict) else {}
            if not isinstance(data.get("accessJwt"), str):
                raise FetchError("Bluesky refused the session (check the handle and app password)")
            self.token = data["accessJwt"]
        return {"Authorization": f"Bearer {self.token}"}

    def search_url(self):
        # With a session, the account's server answers (and forwards to the AppView).
        base = settings.HUB_BLUESKY_PDS if settings.HUB_BLUESKY_HANDLE else None
        return f"{base or settings.HUB_BLUESKY_SERVICE}/xrpc/app.bsky.feed.searchPosts"


def pages(client, feed, window, *, now, session=None, sweep=False):
    """The pages of one poll; the last carries the new `since` for the feed."""
    session = session or Session(client)
    since = window.start if sweep or not feed.since else max(window.start, feed.since)
    params = {
        "q": f"#{feed.hashtag}",
        "sort": "latest",
        "since": _iso(since),
        "until": _iso(window.end),
        "limit": PAGE_SIZE,
    }
    cursor = ""
    for _number in range(MAX_PAGES):
        try:
            reply = client.get(
                session.search_url(),
                params={**params, **({"cursor": cursor} if cursor else {})},
                headers=session.headers(),
            )
        except FetchError as error:
            if error.status == 401 and session.token:  # expired: one new session, once
                session.token = ""
                reply = client.get(
                    session.search_url(),
                    params={**params, **({"cursor": cursor} if cursor else {})},
                    headers=session.headers(),
                )
            else:
                raise
        data = reply.data if isinstance(reply.data, dict) else None
        if data is None or not isinstance(data.get("posts"), list):
            raise FetchError("Bluesky sent something other than a list of posts")
        posts = [p for p in data["posts"] if isinstance(p, dict)]
        cursor = data.get("cursor") if isinstance(data.get("cursor"), str) else ""
        last = not posts or not cursor
        yield Page(
            items=[(post, privacy_reason(post)) for post in posts if _inside(post, window)],
            # The next poll starts a little before this one did (index delay).
            cursor={"since": max(window.start, now - OVERLAP)} if last else {},
            seen=len(posts),
            pause_until=reply.pause_until,
        )
        if last or reply.pause_until:
            return


def record(post, row, source):
    """One post view as a PostRecord, through the same mapping as a file import."""
    return bluesky_json.post_record(post, row, source)
