"""Filling the in-memory SQLite test database from a SQLite file (the run's templates)."""

import sqlite3

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
