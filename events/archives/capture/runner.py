"""One poll of a chat capture: which feeds, when, and how each page is stored.

Used by `manage.py capture_chat` and `manage.py capture_worker`; no request is made
before the window opens, and after it closes one last sweep runs, then the capture ends.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from events.archives.importer import archive_event, store_records
from events.archives.purge import purge_transcript
from events.archives.records import ID_LENGTH, ArchiveFileError, clean_text
from events.choices import Platform
from events.models import (
    CaptureFeed,
    CaptureStatus,
    ChatArchive,
    ChatCapture,
    MastodonSighting,
)
from hub.cache import bump_content_version

from . import bluesky, mastodon
from .http import Client, FetchError

BEFORE_START = timedelta(minutes=15)
AFTER_END = timedelta(minutes=60)
LENGTH_IF_OPEN = timedelta(hours=1)  # an event without an end is taken to last an hour
BACKOFF_START = timedelta(minutes=1)
BACKOFF_MAX = timedelta(hours=1)
# A final sweep that keeps failing is given up this long after the window closed.
SWEEP_DEADLINE = timedelta(hours=24)


@dataclass
class Window:
    start: object
    end: object


@dataclass
class PollResult:
    added: int = 0
    seen: int = 0
    requests: int = 0
    errors: list = None
    waiting: list = None  # feeds left for a later round (rate limit or back-off)
    swept: bool = False


def configured():
    """Whether the operator configured any network; without one nothing here runs."""
    return bool(settings.HUB_MASTODON_INSTANCES or settings.HUB_BLUESKY_ENABLED)


def window_of(capture):
    """The capture's window: as set, else 15 minutes before the start to an hour after the end."""
    event = capture.event
    start = capture.starts_at or (event.start - BEFORE_START if event.start else None)
    if capture.ends_at:
        end = capture.ends_at
    elif event.start:
        end = (event.end or event.start + LENGTH_IF_OPEN) + AFTER_END
    else:
        end = None
    return Window(start, end) if start and end and start < end else None


def hashtags_of(capture):
    """The hashtags to collect, without their #: as set, else the event's own."""
    if capture.hashtags.strip():
        texts = capture.hashtags.replace(",", " ").split()
    else:
        links = capture.event.hashtag_links.select_related("hashtag")
        texts = [link.hashtag.text for link in links]
    seen, tags = set(), []
    for text in texts:
        tag = text.strip().lstrip("#")
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            tags.append(tag)
    return tags


def networks_of(capture):
    """The capture's networks that the operator configured (others are ignored, not called)."""
    chosen = [url for url in capture.mastodon_instances if url in settings.HUB_MASTODON_INSTANCES]
    if capture.bluesky and settings.HUB_BLUESKY_ENABLED:
        chosen.append(Platform.BLUESKY)
    return chosen


def capture_for(event, **defaults):
    """The event's capture (on the language version holding its archive), made if missing."""
    owner = archive_event(event)
    capture, _created = ChatCapture.objects.get_or_create(event=owner, defaults=defaults)
    return capture


def feeds_of(capture):
    """One CaptureFeed per network and hashtag, made as needed; cursors of old ones stay."""
    wanted = [(network, tag) for network in networks_of(capture) for tag in hashtags_of(capture)]
    CaptureFeed.objects.bulk_create(
        [CaptureFeed(capture=capture, network=n, hashtag=t) for n, t in wanted],
        ignore_conflicts=True,
    )
    feeds = {(f.network, f.hashtag): f for f in capture.feeds.all()}
    return [feeds[key] for key in wanted]


def _records(feed, page, module):
    """PostRecords of a page, each with its hidden reason; bad items are skipped and told."""
    source = f"{feed.network} #{feed.hashtag}"
    out, problems = [], []
    for row, (item, reason) in enumerate(page.items, 1):
        try:
            record = module.record(item, row, source)
        except ArchiveFileError as error:
            problems.append(str(error))
            continue
        if module is mastodon:
            # The ActivityPub uri is the same on every instance: the post is stored once.
            uri = clean_text(item.get("uri") if isinstance(item.get("uri"), str) else "")
            if uri and len(uri) <= ID_LENGTH:
                page.local_ids[uri] = record.post_id
                record.post_id = uri
        out.append((record, reason))
    return out, problems


def _translate_replies(capture, feed, page, pairs):
    """A Mastodon reply names its parent by this instance's id: store it by the parent's uri.

    Every status seen is remembered as (instance, local id) -> uri first, so a reply in the
    same page as its parent finds it too; a parent never seen keeps the instance's id.
    """
    MastodonSighting.objects.bulk_create(
        [
            MastodonSighting(capture=capture, network=feed.network, local_id=local, uri=uri)
            for uri, local in page.local_ids.items()
        ],
        ignore_conflicts=True,
    )
    parents = {record.reply_to_id for record, _reason in pairs if record.reply_to_id}
    uris = dict(
        MastodonSighting.objects.filter(
            capture=capture, network=feed.network, local_id__in=parents
        ).values_list("local_id", "uri")
    )
    for record, _reason in pairs:
        record.reply_to_id = uris.get(record.reply_to_id, record.reply_to_id)


def store_page(capture, feed, page, module):
    """Store a page's posts and the feed's new cursor together: all or nothing.

    Posts go through `importer.store_records`, the path of file imports (normalisation,
    duplicates skipped by post id, Q/A numbering, the transcript purged once per page).
    """
    pairs, problems = _records(feed, page, module)
    with transaction.atomic():
        archive, _created = ChatArchive.objects.get_or_create(
            event=capture.event, defaults={"platform": module.PLATFORM}
        )
        added = 0
        if pairs:
            if module is mastodon:
                _translate_replies(capture, feed, page, pairs)
            stored = store_records(
                archive,
                [record for record, _reason in pairs],
                file_name=f"{feed.network} #{feed.hashtag}",
                file_format=f"{module.PLATFORM}-capture",
                platform=module.PLATFORM,
            )
            added = stored.posts_added
        # Posts the authors asked to keep from the public: hidden, with the reason. A post
        # already hidden (a takedown) keeps its own reason; nothing is ever un-hidden here.
        by_reason = {}
        for record, reason in pairs:
            if reason:
                by_reason.setdefault(reason, []).append(record.post_id)
        hidden_now = 0
        for reason, ids in by_reason.items():
            hidden_now += archive.posts.filter(post_id__in=ids, hidden=False).update(
                hidden=True, hidden_reason=reason
            )
        if hidden_now:
            # A post shown until now (its author asked since): a queryset update sends no
            # signals, so drop the cached pages and downloads here, as an editor's hiding does.
            ChatArchive.objects.filter(pk=archive.pk).update(changed_at=timezone.now())
            if not added:  # otherwise store_records has already arranged both
                transaction.on_commit(bump_content_version)
                transaction.on_commit(lambda: purge_transcript(archive.pk))
        cursor = dict(page.cursor)
        newest, known = cursor.get("newest_id"), feed.newest_id
        if newest and known and mastodon.id_key(newest) < mastodon.id_key(known):
            cursor.pop("newest_id")  # never move back (a sweep, or a second poller)
        for name, value in cursor.items():
            setattr(feed, name, value)
        feed.last_error = "\n".join(problems)[:2000]
        CaptureFeed.objects.filter(pk=feed.pk).update(
            **cursor,
            last_error=feed.last_error,
            posts_seen=F("posts_seen") + page.seen,
            posts_added=F("posts_added") + added,
        )
    return added


def _backoff(failures):
    return min(BACKOFF_START * (2 ** max(failures - 1, 0)), BACKOFF_MAX)


def poll_feed(client, capture, feed, window, *, now, sweep=False, session=None):
    """Read and store one feed's pages; returns (added, seen) or raises FetchError."""
    if feed.network == Platform.BLUESKY:
        module, pages = (
            bluesky,
            bluesky.pages(client, feed, window, now=now, session=session, sweep=sweep),
        )
    else:
        module, pages = mastodon, mastodon.pages(client, feed, window, sweep=sweep)
    added = seen = 0
    pause = None
    for page in pages:
        added += store_page(capture, feed, page, module)
        seen += page.seen
        pause = page.pause_until or pause
    return added, seen, pause


def poll(capture, *, now=None, client=None, sweep=False):
    """One poll of every feed of the capture that is not waiting out a limit or a back-off."""
    now = now or timezone.now()
    client = client or Client()
    window = window_of(capture)
    result = PollResult(errors=[], waiting=[], swept=sweep)
    session = bluesky.Session(client)
    for feed in feeds_of(capture):
        if feed.not_before and feed.not_before > now:  # the sweep waits too
            result.waiting.append(f"{feed}: waiting until {feed.not_before:%H:%M:%S} UTC")
            continue
        try:
            added, seen, pause = poll_feed(
                client, capture, feed, window, now=now, sweep=sweep, session=session
            )
        except FetchError as error:
            failures = feed.failures + 1
            wait = error.retry_after or now + _backoff(failures)
            CaptureFeed.objects.filter(pk=feed.pk).update(
                failures=failures, not_before=wait, last_error=str(error), last_poll_at=now
            )
            result.errors.append(f"{feed}: {error}")
            continue
        result.added += added
        result.seen += seen
        if pause:  # stopped short of the rate limit: the rest waits for its reset
            result.waiting.append(f"{feed}: waiting until {pause:%H:%M:%S} UTC")
        CaptureFeed.objects.filter(pk=feed.pk).update(
            failures=0, not_before=pause, last_poll_at=now
        )
    result.requests = client.requests_made
    return result


def _set(capture, **fields):
    for name, value in fields.items():
        setattr(capture, name, value)
    ChatCapture.objects.filter(pk=capture.pk).update(**fields, changed_at=timezone.now())


def run(capture, *, now=None, client=None, force=False):
    """What the worker does for a capture now: wait, poll, sweep once after the window, stop.

    `force` (manage.py capture_chat --once) polls even a capture that is switched off,
    and sweeps again after the window; it still makes no request before the window opens.
    Returns the PollResult, or None when nothing was asked of any network.
    """
    now = now or timezone.now()
    if not configured():
        return None
    if not capture.enabled and not force:
        return None
    window = window_of(capture)
    if window is None:
        _set(capture, status=CaptureStatus.FAILING, reason="The event has no start time.")
        return None
    if not networks_of(capture) or not hashtags_of(capture):
        _set(
            capture,
            status=CaptureStatus.FAILING,
            reason="Choose at least one configured network and one hashtag.",
        )
        return None
    if now < window.start:
        _set(capture, status=CaptureStatus.SCHEDULED, reason="")
        return None
    if window.end < now and capture.final_sweep_at and not force:
        _set(capture, status=CaptureStatus.FINISHED)
        return None
    sweep = now > window.end
    result = poll(capture, now=now, client=client, sweep=sweep)
    fields = {"last_poll_at": now}
    if result.errors:
        fields.update(status=CaptureStatus.FAILING, reason="\n".join(result.errors)[:2000])
        if sweep and now > window.end + SWEEP_DEADLINE:
            fields.update(status=CaptureStatus.FINISHED, final_sweep_at=now)
    elif sweep and result.waiting:
        fields.update(reason="\n".join(result.waiting))  # the sweep ends in a later round
    elif sweep:
        fields.update(status=CaptureStatus.FINISHED, reason="", final_sweep_at=now)
    else:
        fields.update(status=CaptureStatus.COLLECTING, reason="")
    _set(capture, **fields)
    return result


def due_captures():
    """Captures the worker looks at: switched on and not yet swept after their window."""
    return ChatCapture.objects.filter(enabled=True, final_sweep_at__isnull=True).select_related(
        "event"
    )
