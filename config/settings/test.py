"""Test settings: fast, isolated, and far from UTC to expose time-zone bugs."""

import os
import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-secret-key-not-for-any-real-site"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
# Far from UTC and from every event zone in the demo, so a missing conversion shows.
TIME_ZONE = "Asia/Kolkata"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
WAGTAILREDIRECTS_AUTO_CREATE = False
WAGTAILADMIN_BASE_URL = "http://testserver"
# Static files straight from the app and project folders; nothing is collected in tests.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Archive uploads waiting for import go to a throwaway folder, not the project's var/.
STORAGES = {
    **STORAGES,  # noqa: F405
    "archive_uploads": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        # One folder per pytest-xdist worker (its subprocesses inherit the worker's name),
        # so no worker sees, or cleans up, another's waiting uploads.
        "OPTIONS": {
            "location": str(
                Path(tempfile.gettempdir())
                / f"musesocial-test-uploads-{os.environ.get('PYTEST_XDIST_WORKER', 'main')}"
            )
        },
    },
}
# The content version's durable copy: the database in production (hub.cache); a cache of
# its own here, so the per-test `cache.clear()` loses only the shared copy, as Redis would.
CACHES["versions"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "versions",
}
# Tests run inside a transaction that never commits, so a bump's durable write (on commit)
# never happens; the shared copy must not expire mid-test and bring back the old version.
# tests/performance/test_cache_outage.py sets a short one for its own processes.
HUB_CONTENT_VERSION_SECONDS = 60 * 60
# No per-process memory in front of the cache: each test starts from an empty cache and
# a fresh database; the tests of that memory turn it on (tests/performance).
HUB_CONTENT_VERSION_LOCAL_SECONDS = 0
HUB_PROCESS_CACHE_ENTRIES = 0
HUB_PROCESS_PAGE_CACHE_BYTES = 0
