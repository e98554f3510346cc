"""Derived data (navigation, filter options, popular tags) cached until content changes.

Every key carries the current content version; publishing, unpublishing or moving
any page bumps the version, so nothing cached ever outlives the content it came
from, on every app server sharing the cache.

The version itself is kept in the database (the `versions` cache alias, Django's
database cache, table hub_cache) and read through the shared cache, where a copy lives
for HUB_CONTENT_VERSION_SECONDS. A bump writes both; if the shared cache (Redis) cannot
be reached, its write is lost, but every server reads the database again within
HUB_CONTENT_VERSION_SECONDS, so a change made anywhere shows everywhere within that
bound (tests/performance/test_cache_outage.py, two processes and a stopped Redis).

In front of the shared cache (Redis or the database: a round trip each) every process
keeps what it read last in its own memory (`ProcessCache`): the content version for
HUB_CONTENT_VERSION_LOCAL_SECONDS (a change made in another process shows here within
that bound; one made here, at once), and derived data, template fragments and pages
(hub.page_cache) under keys that carry the version, so they can never be older than it.
A warm process answers a cached page without opening a database connection.
"""

import logging
import threading
import time
from collections import OrderedDict
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache, caches
from django.core.cache.backends.base import DEFAULT_TIMEOUT, BaseCache
from django.db import DatabaseError, transaction
from django.db.models.signals import post_delete, post_save

logger = logging.getLogger(__name__)

VERSION_KEY = "hub:content-version"
# The durable copy's key in the database: distinct from the shared copy's, since without
# Redis both live in the same table and the shared copy expires.
STORED_VERSION_KEY = "hub:content-version:stored"
DEFAULT_SECONDS = 60 * 60
# The last version this process read from the database, for a moment without it.
_last_stored = None

# What this request already read from the shared cache (RequestMemoMiddleware). The
# shared cache is Redis or the database: a round trip per read, and a page may ask for
# the same entry hundreds of times (a topic name per tag), so each is read once.
_memo = ContextVar("hub_cache_memo", default=None)


class RequestMemoMiddleware:
    """Gives each request its own memo of shared-cache reads; first in the stack."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _memo.set({})
        try:
            return self.get_response(request)
        finally:
            _memo.reset(token)


def _remember(key, value):
    memo = _memo.get()
    if memo is not None:
        memo[key] = value
    return value


def _store():
    alias = settings.HUB_CONTENT_VERSION_CACHE
    # Settings that replace CACHES without it (a test's override) keep both in one.
    return caches[alias if alias in settings.CACHES else "default"]


def stored_version():
    """The version in the database, made on first use; the last one seen if it is away."""
    global _last_stored
    try:
        version = _store().get(STORED_VERSION_KEY)
        if version is None:
            _store().add(STORED_VERSION_KEY, time.time_ns(), None)
            version = _store().get(STORED_VERSION_KEY)
    except DatabaseError:
        logger.warning("Content version: database unreachable, using this process's last one")
        version = None
    if version is None:
        version = _last_stored or time.time_ns()
    _last_stored = version
    return version


class ProcessCache:
    """A bounded least-recently-used store in this process's memory, entries expiring.

    `budget` is the total cost allowed (bytes for pages, entries for derived data);
    read from settings on every write, so 0 turns it off. Values are shared by every
    request of the process: callers must not change them (they never do: cached values
    were already shared within a request by the memo above).
    """

    def __init__(self, budget_setting):
        self.budget_setting = budget_setting
        self._entries = OrderedDict()
        self._cost = 0
        self._lock = threading.Lock()

    def budget(self):
        return getattr(settings, self.budget_setting, 0)

    def get(self, key):
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return None
            value, deadline, cost = entry
            if deadline <= time.monotonic():
                del self._entries[key]
                self._cost -= cost
                return None
            self._entries.move_to_end(key)
            return value

    def set(self, key, value, seconds, cost=1):
        budget = self.budget()
        # One entry may take at most a quarter of the budget: a few big pages must not
        # push out every other one.
        if not budget or not seconds or seconds <= 0 or cost > budget // 4:
            return
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self._cost -= old[2]
            self._entries[key] = (value, time.monotonic() + seconds, cost)
            self._cost += cost
            while self._cost > budget:
                _key, (_value, _deadline, dropped) = self._entries.popitem(last=False)
                self._cost -= dropped

    def delete(self, key):
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self._cost -= old[2]

    def clear(self):
        with self._lock:
            self._entries.clear()
            self._cost = 0

    def __len__(self):
        return len(self._entries)


# Derived data and template fragments (an entry each) and whole pages (their bytes).
process_data = ProcessCache("HUB_PROCESS_CACHE_ENTRIES")
process_pages = ProcessCache("HUB_PROCESS_PAGE_CACHE_BYTES")
# The content version this process learnt last, and until when (time.monotonic) to trust it.
_local_version = {"value": None, "until": 0.0}


def forget_process_cache():
    """Empty this process's memory fronts (tests do, between databases)."""
    process_data.clear()
    process_pages.clear()
    _local_version.update(value=None, until=0.0)


def _learn_version(version):
    seconds = getattr(settings, "HUB_CONTENT_VERSION_LOCAL_SECONDS", 0)
    _local_version.update(value=version, until=time.monotonic() + seconds if seconds else 0.0)
    return version


def _shared_version():
    version = cache.get(VERSION_KEY)
    if version is None:  # expired, lost with the cache, or the cache is unreachable
        version = stored_version()
        cache.set(VERSION_KEY, version, settings.HUB_CONTENT_VERSION_SECONDS)
    return version


def content_version():
    memo = _memo.get()
    if memo is not None and VERSION_KEY in memo:
        return memo[VERSION_KEY]
    if _local_version["value"] is not None and time.monotonic() < _local_version["until"]:
        return _remember(VERSION_KEY, _local_version["value"])
    return _remember(VERSION_KEY, _learn_version(_shared_version()))


def _set_new_version(durable=True):
    global _last_stored
    version = _learn_version(_remember(VERSION_KEY, time.time_ns()))
    if durable:
        _store().set(STORED_VERSION_KEY, version, None)
        _last_stored = version
    # May be lost (Redis away): then other servers read the stored one within the bound.
    cache.set(VERSION_KEY, version, settings.HUB_CONTENT_VERSION_SECONDS)


def bump_content_version(**kwargs):
    if transaction.get_connection().in_atomic_block:
        # The shared copy now, so this process stops reusing pages at once; the database
        # once the change is committed (no lock on the version row held by a long
        # transaction), and the shared copy again: a request that read the old rows
        # between the first bump and the commit may have cached them under it.
        _set_new_version(durable=False)
        transaction.on_commit(_set_new_version)
    else:
        _set_new_version()


def cached(name, build, timeout=DEFAULT_SECONDS):
    """The value cached under `name` for the current content, built on a miss."""
    key = f"hub:{content_version()}:{name}"
    memo = _memo.get()
    if memo is not None and key in memo:
        return memo[key]
    value = process_data.get(key)
    if value is None:
        value = cache.get(key)
        if value is None:
            value = build()
            cache.set(key, value, timeout)
        process_data.set(key, value, _local_seconds(timeout))
    return _remember(key, value)


def _local_seconds(timeout):
    """How long a copy read from the shared cache may stay here: its age there is
    unknown, so at most HUB_PROCESS_CACHE_SECONDS more than the shared copy's timeout."""
    cap = getattr(settings, "HUB_PROCESS_CACHE_SECONDS", 0)
    return cap if timeout is None else min(timeout, cap)


class ProcessFrontCache(BaseCache):
    """A cache alias for keys that carry the content version (template fragments): this
    process's memory in front of the shared cache named by LOCATION."""

    def __init__(self, location, params):
        super().__init__(params)
        self._shared_alias = location or "default"

    @property
    def shared(self):
        return caches[self._shared_alias]

    def get(self, key, default=None, version=None):
        local_key = self.make_key(key, version)
        value = process_data.get(local_key)
        if value is None:
            value = self.shared.get(key, version=version)
            if value is None:
                return default
            process_data.set(local_key, value, _local_seconds(self.default_timeout))
        return value

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self.shared.set(key, value, timeout, version=version)
        seconds = self.get_backend_timeout(timeout)
        seconds = None if seconds is None else max(0, seconds - time.time())
        process_data.set(self.make_key(key, version), value, _local_seconds(seconds))

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self.shared.add(key, value, timeout, version=version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self.shared.touch(key, timeout, version=version)

    def delete(self, key, version=None):
        process_data.delete(self.make_key(key, version))
        return self.shared.delete(key, version=version)

    def has_key(self, key, version=None):
        return self.get(key, version=version) is not None

    def clear(self):
        process_data.clear()
        return self.shared.clear()


# Rows that pages show without being pages themselves: an edit to any of them changes
# rendered pages, so the full-page cache (hub.page_cache) must follow. Apps add their own
# in `ready()` with `shown_on_pages`.
SHOWN_ON_PAGES = {
    "hub.taglabel",
    "taggit.tag",
    "wagtailcore.pageviewrestriction",
    "wagtailcore.site",
    "wagtailimages.image",
    "wagtailembeds.embed",
}
# Rows created with their defaults on first read (site settings): their creation
# changes nothing anyone sees, their later saves do.
SHOWN_AFTER_CREATION = set()


def shown_on_pages(*labels, after_creation=False):
    """Make saves and deletes of these models ("app.model") change the content version."""
    (SHOWN_AFTER_CREATION if after_creation else SHOWN_ON_PAGES).update(labels)


def bump_for_shown_rows(sender, created=False, **kwargs):
    label = sender._meta.label_lower
    if label in SHOWN_ON_PAGES or (label in SHOWN_AFTER_CREATION and not created):
        bump_content_version()


post_save.connect(bump_for_shown_rows, dispatch_uid="hub-content-version-rows")
post_delete.connect(bump_for_shown_rows, dispatch_uid="hub-content-version-rows")


def cached_for_page(request, name, build, timeout=DEFAULT_SECONDS):
    """`cached`, except in a preview: there the page is an unsaved draft that carries the
    published page's id, so whatever is cached under that id would be wrong."""
    if getattr(request, "is_preview", False):
        return build()
    return cached(name, build, timeout)
