"""Importing one file into an event's archive: detected, validated, all or nothing, idempotent."""

import hashlib
import logging
import sqlite3
import time
from collections import Counter
from datetime import timedelta
from itertools import islice

from django.conf import settings
from django.db import connection, models, transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.coreutils import get_supported_content_language_variant

from events.archives import sources
from events.archives.formats import BY_NAME, FORMATS, tags_xlsx
from events.archives.purge import purge_transcript
from events.archives.questions import question_number
from events.archives.records import ArchiveFileError, clean_text, language_code, web_url
from events.archives.threads import arrange, staged_places
from events.choices import Platform
from events.models import ArchivedPost, ArchiveImport, ChatArchive
from hub.cache import bump_content_version

logger = logging.getLogger(__name__)
BATCH = 1000
# A chat's posts lie between its start and its end, give or take this much; an account
# archive spans years and must not be poured into one chat unasked.
WINDOW_MARGIN = timedelta(days=2)
DETECT_BYTES = 8192
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def max_bytes():
    return settings.HUB_ARCHIVE_MAX_BYTES


def whole_limit():
    """What a packed file may unpack to in all (a tar is listed whole before anything is
    read): posts within the import's limit, photos and videos within Keep media's."""
    from events.archives.media import limits  # media -> tasks -> uploads -> this module

    return max_bytes() + limits()["archive"]


def detect_format(binary_file, file_name):
    """The format module that recognises the file's first bytes."""
    start = binary_file.tell()
    raw = binary_file.read(DETECT_BYTES)
    binary_file.seek(start)
    for module in FORMATS:  # binary formats (a CAR file) by their bytes, before any text
        if hasattr(module, "detect_bytes") and module.detect_bytes(raw):
            return module
    if raw.startswith(UTF16_BOMS):
        raise ArchiveFileError(file_name, _("is UTF-16 text; export or save it as UTF-8"))
    head = raw.decode("utf-8", errors="ignore")
    for module in FORMATS:
        if module.detect(head):
            return module
    raise ArchiveFileError(
        file_name,
        _(
            "is not a format the hub can import (TAGS CSV or .xlsx, twarc CSV, X/Twitter or "
            "Grailbird archive .js or .zip, Mastodon JSON or export .zip or .tar.gz, "
            "Bluesky JSON or repo.car)"
        ),
    )


def checksum(binary_file):
    start = binary_file.tell()
    digest = hashlib.sha256()
    for chunk in iter(lambda: binary_file.read(1 << 20), b""):
        digest.update(chunk)
    binary_file.seek(start)
    return digest.hexdigest()


def _size(binary_file):
    start = binary_file.tell()
    binary_file.seek(0, 2)
    size = binary_file.tell()
    binary_file.seek(start)
    return size


def _rows(record, archive, platform):
    """A post's column values by attribute name (cut to the columns' lengths here, the one
    place rows are made; ids were checked already)."""
    return {
        "archive_id": archive.pk,
        "post_id": record.post_id,
        "platform": record.platform or platform,
        "author_handle": record.author_handle,
        "author_name": clean_text(record.author_name)[:255],
        "created_at": record.created_at,
        "text": record.text,
        "permalink": web_url(record.permalink)[:500],
        "reply_to_id": record.reply_to_id,
        "is_repost": record.is_repost,
        "is_quote": record.is_quote,
        "quote_of_id": record.quote_of_id,
        "repost_of_id": record.repost_of_id,
        "language": language_code(record.language),
        "media": record.media,
        "links": record.links,
        # Its own question; a reply with none inherits its parent's when placed.
        "question": question_number(record.text),
    }


def _fields():
    return [field for field in ArchivedPost._meta.concrete_fields if not field.primary_key]


def _values(rows, fields):
    """Each row's values for `fields`, ready for the database.

    Only dates and JSON need their fields' preparation; every other column is stored as
    given, and columns a file never fills take their model defaults.
    """
    prepared = {
        field.attname
        for field in fields
        if isinstance(field, models.DateTimeField | models.JSONField)
    }
    defaults = {field.attname: field.get_default() for field in fields}
    return [
        [
            field.get_db_prep_save(row.get(field.attname, defaults[field.attname]), connection)
            if field.attname in prepared
            else row.get(field.attname, defaults[field.attname])
            for field in fields
        ]
        for row in rows
    ]


def _insert_new(rows):
    """Insert posts whose (archive, post id) is new; the others are skipped (SQLite).

    Multi-row INSERTs as large as SQLite allows, where bulk_create prepared every value
    through its field and split a batch into statements of 43 rows (Django assumes
    SQLite's old limit of 999 parameters): that was two thirds of an import.
    """
    fields = _fields()
    values = _values(rows, fields)
    quote = connection.ops.quote_name
    columns = ", ".join(quote(field.column) for field in fields)
    marks = "(" + ", ".join(["%s"] * len(fields)) + ")"
    table = quote(ArchivedPost._meta.db_table)
    per_statement = max(1, _parameter_limit() // len(fields))
    with connection.cursor() as cursor:
        for start in range(0, len(values), per_statement):
            chunk = values[start : start + per_statement]
            # Names from the model's own metadata; the values go as parameters.
            cursor.execute(
                f"INSERT INTO {table} ({columns}) VALUES {', '.join([marks] * len(chunk))} "  # noqa: S608
                "ON CONFLICT DO NOTHING",
                [value for row in chunk for value in row],
            )


class _Copy:
    """Posts for PostgreSQL, copied into a temporary table batch by batch, then inserted
    in file order with one INSERT ... SELECT that skips the (archive, post id) pairs the
    archive has (the first of a file's duplicates wins, as with batched inserts).

    COPY sends rows as text, formatted in C by psycopg: bulk_create prepared each of the
    22 values of a post through its field and psycopg dumped one array per column, a
    third of a first import. A file of fewer than BATCH posts (a live capture's page)
    goes by bulk_create: a table of its own would cost it more than it saves.

    Into an archive with no posts yet (`first`), the posts' reading order and Q/A numbers
    are worked out from that table (threads.staged_places), copied into a second one and
    inserted with the posts, so each post is written once: written, then arranged, every
    row was written twice, and a 100,000-post first import ran at 0.94 of a492a1f's rate.
    (On SQLite, whose rewrite of a row costs about what a temporary table does, posts are
    inserted, then arranged.)
    """

    POSTS, PLACES = "archive_import_posts", "archive_import_places"
    PLACED = ("question", "position", "depth", "page")

    def __init__(self, first):
        self.first, self.fields, self.copied = first, _fields(), 0

    def __call__(self, rows):
        if not self.copied and len(rows) < BATCH:
            ArchivedPost.objects.bulk_create(
                [ArchivedPost(**row) for row in rows], ignore_conflicts=True
            )
            return
        with connection.cursor() as cursor:
            if not self.copied:
                # Names from the model's own metadata: no values in these statements.
                cursor.execute(
                    f"CREATE TEMPORARY TABLE {self.POSTS} ON COMMIT DROP AS "  # noqa: S608
                    f"SELECT 0 AS seq, {self._columns()} FROM {self._table()} WITH NO DATA"
                )
            with cursor.copy(f"COPY {self.POSTS} (seq, {self._columns()}) FROM STDIN") as copy:
                for seq, values in enumerate(_values(rows, self.fields), start=self.copied):
                    copy.write_row([seq, *values])
        self.copied += len(rows)

    def finish(self):
        """Insert the copied posts; True if they were written with their places."""
        if not self.copied:
            return False
        quote = connection.ops.quote_name
        columns = self._columns()
        chosen, source = columns, self.POSTS
        with connection.cursor() as cursor:
            if self.first:
                self._place(cursor)
                chosen = ", ".join(
                    f"{self.PLACES if field.column in self.PLACED else self.POSTS}."
                    f"{quote(field.column)}"
                    for field in self.fields
                )
                source = f"{self.POSTS} JOIN {self.PLACES} USING (seq)"
            cursor.execute(
                f"INSERT INTO {self._table()} ({columns}) SELECT {chosen} "  # noqa: S608
                f"FROM {source} ORDER BY seq ON CONFLICT DO NOTHING"
            )
            cursor.execute(f"DROP TABLE {self.POSTS}")
            if self.first:
                cursor.execute(f"DROP TABLE {self.PLACES}")
        return self.first

    def _place(self, cursor):
        """The copied posts' reading order and Q/A numbers, in a table of their own."""
        cursor.execute(
            f"CREATE TEMPORARY TABLE {self.PLACES} (seq integer, question smallint, "
            "position integer, depth integer, page integer) ON COMMIT DROP"
        )
        places = staged_places(self.POSTS)  # read before the COPY starts
        with cursor.copy(f"COPY {self.PLACES} FROM STDIN") as copy:
            for row in places:
                copy.write_row(row)

    def _columns(self):
        return ", ".join(connection.ops.quote_name(field.column) for field in self.fields)

    def _table(self):
        return connection.ops.quote_name(ArchivedPost._meta.db_table)


def _inserter(first):
    """A callable that stores batches of rows, and its finish (run once all are stored),
    which says whether the posts were written with their places (else, arrange them)."""
    if connection.vendor == "postgresql":
        copy = _Copy(first)
        return copy, copy.finish
    return _insert_new, lambda: False


def _parameter_limit():
    """Parameters one SQLite statement may carry: its compiled limit (32,766 since 3.32)."""
    connection.ensure_connection()
    return connection.connection.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)


def open_records(binary_file, file_name, *, file_format=None, **options):
    """The format module and an iterator of PostRecords for a file; nothing is saved.

    Checks the size limit and detects the format (zip files by their members: see
    sources.py); the records are read lazily, so a rejected row raises ArchiveFileError
    only when the iterator reaches it.
    """
    size = _size(binary_file)
    if size > max_bytes():
        raise ArchiveFileError(
            file_name,
            _("is %(size)s MB; the limit is %(limit)s MB")
            % {"size": size // (1024 * 1024), "limit": max_bytes() // (1024 * 1024)},
        )
    if file_format and file_format not in BY_NAME:
        raise ArchiveFileError(
            file_name, _("“%(format)s” is not a format the hub knows") % {"format": file_format}
        )
    if sources.is_packed(binary_file):
        return sources.packed_records(
            binary_file,
            file_name,
            limit=max_bytes(),
            whole_limit=whole_limit(),
            file_format=file_format,
            **options,
        )
    if file_format == tags_xlsx.NAME:
        raise ArchiveFileError(file_name, _("is not an .xlsx workbook"))
    module = BY_NAME[file_format] if file_format else detect_format(binary_file, file_name)
    return module, module.parse(binary_file, file_name, **options)


def archive_event(event):
    """The language version of an event that holds (or will hold) its archive, in one query.

    One archive serves every language version: the one already holding it, else the
    version in the default language, else the event itself.
    """
    versions = (
        event.__class__.objects.filter(translation_key=event.translation_key)
        .annotate(holds_archive=Exists(ChatArchive.objects.filter(event=OuterRef("pk"))))
        .values_list("pk", "locale__language_code", "holds_archive")
    )
    default_language = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    ranked = sorted(versions, key=lambda v: (not v[2], v[1] != default_language))
    owner = ranked[0][0] if ranked else event.pk
    return event if owner == event.pk else event.__class__.objects.get(pk=owner)


def store_records(
    event_or_archive,
    records,
    *,
    file_name,
    file_format="",
    platform="",
    checksum="",
    user=None,
    progress=None,
    allow_empty=False,
):
    """Save PostRecords into an event's (or a ChatArchive's) archive; returns the ArchiveImport.

    The one way posts are saved, for files and live capture alike: batched inserts that
    skip post ids the archive already has, then Q/A numbering if anything was added, all
    in one transaction. `platform` is the archive's platform when it is created here and
    the platform of records that name none. A rejected record (ArchiveFileError raised
    by the iterator) leaves nothing behind; no records at all is an error unless
    `allow_empty`.
    """
    # No savepoint inside a caller's transaction: a failure rolls the caller's back too.
    with transaction.atomic(savepoint=False):
        if isinstance(event_or_archive, ChatArchive):
            archive = event_or_archive
        else:
            archive, _created = ChatArchive.objects.get_or_create(
                event=archive_event(event_or_archive),
                defaults={"platform": platform or Platform.X},
            )
        platform = platform or archive.platform
        before = archive.posts.count()
        read = 0
        records = iter(records)
        insert, finish = _inserter(first=not before)
        while batch := list(islice(records, BATCH)):
            read += len(batch)
            insert([_rows(record, archive, platform) for record in batch])
            if progress:
                progress(read)
        placed = finish()
        if read == 0 and not allow_empty:
            raise ArchiveFileError(file_name, _("holds no posts"))
        added = archive.posts.count() - before
        # Every post, so a new reply can inherit the question of a parent imported earlier;
        # a re-import that adds nothing leaves the questions (and editors' changes) alone.
        if added:
            if not placed:
                # Q/A numbers, then the transcript's threads and pages, written together.
                arrange(archive.pk, number=True)
            # Exports are rebuilt from this (events.archives.downloads).
            ChatArchive.objects.filter(pk=archive.pk).update(changed_at=timezone.now())
            transaction.on_commit(bump_content_version)
            transaction.on_commit(lambda: purge_transcript(archive.pk))
        return ArchiveImport.objects.create(
            archive=archive,
            file_name=file_name[:255],
            checksum=checksum,
            file_format=file_format[:30],
            imported_by=user,
            rows_read=read,
            posts_added=added,
        )


def event_window(event):
    """(earliest, latest) moment a post of the event's chat may have, or None without a start."""
    if not event.start:
        return None
    return event.start - WINDOW_MARGIN, (event.end or event.start) + WINDOW_MARGIN


class _Window:
    """Passes on the records between since and until (either may be None), counting all."""

    def __init__(self, records, since, until):
        self.records, self.since, self.until = records, since, until
        self.read = self.kept = 0

    def __iter__(self):
        for record in self.records:
            self.read += 1
            if (self.since and record.created_at < self.since) or (
                self.until and record.created_at > self.until
            ):
                continue
            self.kept += 1
            yield record


def file_span(binary_file, file_name, *, file_format=None, zone=None, seconds=None, **options):
    """When a file's posts were written: {first, last, posts, per_day, complete}.

    Reads every record (so a bad row raises ArchiveFileError), or stops after `seconds`
    (then complete is False). per_day counts posts by date in `zone` (UTC if None).
    """
    _module, records = open_records(binary_file, file_name, file_format=file_format, **options)
    start = binary_file.tell()
    first = last = None
    per_day, posts, complete = Counter(), 0, True
    deadline = time.monotonic() + seconds if seconds is not None else None
    for record in records:
        moment = record.created_at
        first = moment if first is None or moment < first else first
        last = moment if last is None or moment > last else last
        per_day[(moment.astimezone(zone) if zone else moment).date()] += 1
        posts += 1
        if deadline is not None and time.monotonic() > deadline:
            complete = False
            break
    binary_file.seek(start)
    return {
        "first": first,
        "last": last,
        "posts": posts,
        "per_day": sorted(per_day.items()),
        "complete": complete,
    }


def import_archive(
    event,
    binary_file,
    file_name,
    *,
    file_format=None,
    user=None,
    progress=None,
    since=None,
    until=None,
    **options,
):
    """Import a file into the event's archive; returns the ArchiveImport.

    Only posts between `since` and `until` (aware datetimes; either may be None) are
    imported: the chat's window in an account archive that spans years. Raises
    ArchiveFileError naming the file, row and field; then nothing is saved.
    """
    start = binary_file.tell()
    module, records = open_records(binary_file, file_name, file_format=file_format, **options)
    window = _Window(records, since, until)
    with transaction.atomic():
        result = store_records(
            event,
            window,
            file_name=file_name,
            file_format=module.NAME,
            platform=module.PLATFORM,
            checksum=checksum(binary_file),
            user=user,
            progress=progress,
            allow_empty=bool(since or until),
        )
        if window.kept == 0:
            if window.read == 0:
                raise ArchiveFileError(file_name, _("holds no posts"))
            raise ArchiveFileError(
                file_name,
                _("has none of its %(count)s posts between %(since)s and %(until)s")
                % {
                    "count": window.read,
                    "since": since.isoformat() if since else _("its first"),
                    "until": until.isoformat() if until else _("its last"),
                },
            )
        if window.read != result.rows_read:
            result.rows_read = window.read
            result.save(update_fields=["rows_read"])
    binary_file.seek(start)
    result.media_copy = _keep_packed_media(result.archive, binary_file, file_name, user)
    return result


def _keep_packed_media(archive, binary_file, file_name, user):
    """Keep the photos and videos the file carries, once its posts are committed (a file
    is never kept for a post rolled back). Returns the MediaCopy that lists them, or None.

    The posts are in whatever happens here: a member that fails is listed on the
    MediaCopy, and an unexpected error is kept on it (and logged), not raised.
    """
    from events.archives.media import keep_from_archive  # media -> tasks -> uploads -> here

    try:
        return keep_from_archive(
            archive, binary_file, file_name, whole_limit=whole_limit(), user=user
        )
    except Exception:
        logger.exception("Keeping the media of %s failed; its posts are imported", file_name)
        return None
