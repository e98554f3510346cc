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
"""

import logging
import time
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache, caches
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


def content_version():
    memo = _memo.get()
    if memo is not None and VERSION_KEY in memo:
        return memo[VERSION_KEY]
    version = cache.get(VERSION_KEY)
    if version is None:  # expired, lost with the cache, or the cache is unreachable
        version = stored_version()
        cache.set(VERSION_KEY, version, settings.HUB_CONTENT_VERSION_SECONDS)
    return _remember(VERSION_KEY, version)


def _set_new_version(durable=True):
    global _last_stored
    version = _remember(VERSION_KEY, time.time_ns())
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
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, timeout)
    return _remember(key, value)


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
