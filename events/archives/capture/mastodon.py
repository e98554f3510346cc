"""A Mastodon instance's public hashtag timeline, page by page, resumable from stored ids.

`GET /api/v1/timelines/tag/:hashtag` returns newest first. The first poll walks back
(`max_id`, the Link header's "next") to the window's start; later polls walk forward
from the newest id stored (`min_id`, the Link header's "prev"). Each page comes with the
cursor to store with its posts, so a restart resumes where the last stored page ended.
"""

from dataclasses import dataclass, field
from urllib.parse import parse_qs, quote, urlsplit

from events.archives.dates import parse_datetime
from events.archives.formats import mastodon_json

from .http import FetchError

PLATFORM = mastodon_json.PLATFORM
PAGE_SIZE = 40  # Mastodon's maximum for timelines
MAX_PAGES = 50  # per walk and poll: 2,000 statuses; the next poll goes on from the cursor


@dataclass
class Page:
    items: list  # (status dict, hidden reason or "") of public statuses inside the window
    cursor: dict  # CaptureFeed fields to save with the page
    seen: int = 0
    pause_until: object = None
    local_ids: dict = field(default_factory=dict)  # uri -> this instance's id


def privacy_reason(status):
    """Why a public post is kept off the public transcript, or "" (see README, Privacy)."""
    account = status.get("account") if isinstance(status.get("account"), dict) else {}
    # `noindex`: the author asked search engines not to index them. `indexable` only
    # concerns Mastodon's own full-text search (false on most accounts), so it is ignored.
    if account.get("noindex") is True:
        return "Mastodon: the author asked not to be shown to search engines (noindex)"
    return ""


def id_key(value):
    """Mastodon ids are numeric strings; compare them as numbers (longer is larger)."""
    text = str(value)
    return (len(text), text)


def _param(url, name, base):
    """A query parameter of a Link URL, if the link stays on the instance."""
    if not url:
        return ""
    parts = urlsplit(url)
    if f"{parts.scheme}://{parts.netloc}" != base and not url.startswith(base + "/"):
        return ""
    return (parse_qs(parts.query).get(name) or [""])[0]


def _page(client, base, hashtag, params):
    url = f"{base}/api/v1/timelines/tag/{quote(hashtag, safe='')}"
    reply = client.get(url, params={"limit": PAGE_SIZE, **params})
    if not isinstance(reply.data, list):
        raise FetchError(f"{base} sent something other than a list of statuses")
    statuses = [s for s in reply.data if isinstance(s, dict) and s.get("id")]
    return reply, statuses


def _keep(statuses, window):
    """Public statuses created inside the window, with their privacy reason."""
    kept = []
    for status in statuses:
        if status.get("visibility") != "public" or status.get("reblog"):
            continue  # only public posts; a boost is not part of the chat's own posts
        try:
            created = parse_datetime(status.get("created_at"))
        except ValueError:
            created = None
        if created is None or window.start <= created <= window.end:
            kept.append((status, privacy_reason(status)))  # bad dates: the mapping says why
    return kept


def _created(status):
    try:
        return parse_datetime(status.get("created_at"))
    except ValueError:
        return None


def walk_back(client, feed, window, *, restart=False):
    """Pages from the newest status back to the window's start (the first poll, the sweep)."""
    base, max_id = feed.network, ("" if restart else feed.backfill_max_id)
    newest = "" if restart else feed.newest_id
    for _number in range(MAX_PAGES):
        reply, statuses = _page(client, base, feed.hashtag, {"max_id": max_id} if max_id else {})
        cursor = {}
        if statuses:
            top = max((s["id"] for s in statuses), key=id_key)
            if not newest or id_key(top) > id_key(newest):
                newest = cursor["newest_id"] = top
            max_id = min((s["id"] for s in statuses), key=id_key)
            cursor["backfill_max_id"] = max_id
        oldest = _created(statuses[-1]) if statuses else None
        next_id = _param(reply.link("next"), "max_id", base) or max_id
        done = not statuses or (oldest is not None and oldest < window.start) or not next_id
        if done:
            cursor.update(backfilled=True, backfill_max_id="")
        yield Page(
            items=_keep(statuses, window),
            cursor=cursor,
            seen=len(statuses),
            pause_until=reply.pause_until,
        )
        if done or reply.pause_until:
            return
        max_id = next_id


def walk_forward(client, feed, window):
    """Pages newer than the newest stored status, oldest page first, until none is left."""
    base, min_id = feed.network, feed.newest_id
    for _number in range(MAX_PAGES):
        reply, statuses = _page(client, base, feed.hashtag, {"min_id": min_id})
        if not statuses:
            return
        top = max((s["id"] for s in statuses), key=id_key)
        yield Page(
            items=_keep(statuses, window),
            cursor={"newest_id": top},
            seen=len(statuses),
            pause_until=reply.pause_until,
        )
        prev_id = _param(reply.link("prev"), "min_id", base)
        min_id = prev_id if prev_id and id_key(prev_id) >= id_key(top) else top
        if reply.pause_until:
            return


def pages(client, feed, window, *, sweep=False):
    """Every page this poll should store, in order; `sweep` walks the whole window again."""
    if sweep:
        yield from walk_back(client, feed, window, restart=True)
        return
    if not feed.newest_id or not feed.backfilled:
        for page in walk_back(client, feed, window):
            if "newest_id" in page.cursor and not feed.newest_id:
                feed.newest_id = page.cursor["newest_id"]
            yield page
            if page.pause_until:
                return
    if feed.newest_id:
        yield from walk_forward(client, feed, window)


def record(status, row, source):
    """One status as a PostRecord, through the same mapping as a file import."""
    return mastodon_json.status_record(status, row, source)
