"""Derived data (navigation, filter options, popular tags) cached until content changes.

Every key carries the current content version; publishing, unpublishing or moving
any page bumps the version, so nothing cached ever outlives the content it came
from, on every app server sharing the cache.
"""

import time

from django.core.cache import cache

VERSION_KEY = "hub:content-version"
DEFAULT_SECONDS = 60 * 60


def content_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        version = time.time_ns()
        cache.set(VERSION_KEY, version, None)
    return version


def bump_content_version(**kwargs):
    cache.set(VERSION_KEY, time.time_ns(), None)


def bump_unless_created_with_defaults(sender, instance, created=False, **kwargs):
    # Site settings are created on first read with their defaults: nothing changed then.
    from home.models import CommunitySettings

    if created and isinstance(instance, CommunitySettings):
        return
    bump_content_version()


def cached(name, build, timeout=DEFAULT_SECONDS):
    """The value cached under `name` for the current content, built on a miss."""
    key = f"hub:{content_version()}:{name}"
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, timeout)
    return value
