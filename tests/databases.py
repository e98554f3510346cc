"""The SQLite templates of a test run: where they are kept, and filling the in-memory
test database from one."""

import hashlib
import os
import sqlite3
import sys
from datetime import UTC, datetime

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache


def copy_sqlite_file(template, into):
    """Replace the database of the raw sqlite3 connection `into`, schema and rows, with a
    SQLite file's.

    SQLite's backup API copies it page by page in milliseconds. Ids come back as the file
    has them, so cached content type ids and cached pages are forgotten.
    """
    source = sqlite3.connect(template)
    try:
        source.backup(into)
    finally:
        source.close()
    ContentType.objects.clear_cache()
    cache.clear()


# What a migrated database and the demo loaded into it are made of: the project's code
# (models, migrations, loaders, settings), the demo's data, the Russian catalogue the
# demo's translations come from, and the locked packages. Not tests/.
_SOURCES = ("browse", "config", "demo", "events", "home", "hub", "resources", "locale")
_LOCKS = ("requirements.lock", "requirements-dev.lock", "manage.py")


def source_key(root):
    """A digest of everything a template is built from, and of today's date (UTC): a
    template kept between runs is used only while none of it has changed, for a day."""
    digest = hashlib.sha256(f"{sys.version}|{datetime.now(UTC).date()}".encode())
    paths = [root / name for name in _LOCKS]
    for folder in _SOURCES:
        for directory, folders, files in os.walk(root / folder):
            folders[:] = sorted(name for name in folders if name != "__pycache__")
            paths += [
                os.path.join(directory, name)
                for name in sorted(files)
                if not name.endswith((".pyc", ".mo"))
            ]
    for path in paths:
        digest.update(str(os.path.relpath(path, root)).encode())
        with open(path, "rb") as file:
            digest.update(hashlib.sha256(file.read()).digest())
    return digest.hexdigest()[:16]
