"""Importing one file into an event's archive: detected, validated, all or nothing, idempotent."""

import hashlib
from collections import defaultdict
from itertools import islice

from django.conf import settings
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone
from wagtail.coreutils import get_supported_content_language_variant

from events.archives import sources
from events.archives.formats import BY_NAME, FORMATS, tags_xlsx
from events.archives.purge import purge_transcript
from events.archives.questions import assign_questions
from events.archives.records import ArchiveFileError, clean_text
from events.models import ArchivedPost, ArchiveImport, ChatArchive
from hub.cache import bump_content_version

BATCH = 1000
DETECT_BYTES = 8192
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def max_bytes():
    return settings.HUB_ARCHIVE_MAX_BYTES


def detect_format(binary_file, file_name):
    """The format module that recognises the file's first bytes."""
    start = binary_file.tell()
    raw = binary_file.read(DETECT_BYTES)
    binary_file.seek(start)
    if raw.startswith(UTF16_BOMS):
        raise ArchiveFileError(file_name, "is UTF-16 text; export or save it as UTF-8")
    head = raw.decode("utf-8", errors="ignore")
    for module in FORMATS:
        if module.detect(head):
            return module
    raise ArchiveFileError(
        file_name,
        "is not a format the hub can import (TAGS CSV or .xlsx, twarc CSV, X/Twitter or "
        "Grailbird archive .js or .zip, Mastodon JSON or export .zip, Bluesky JSON)",
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


def _rows(record, archive):
    # Cut to the columns' lengths here, the one place rows are made; ids were checked already.
    return ArchivedPost(
        archive=archive,
        post_id=record.post_id,
        author_handle=record.author_handle,
        author_name=clean_text(record.author_name)[:255],
        created_at=record.created_at,
        text=record.text,
        permalink=clean_text(record.permalink)[:500],
        reply_to_id=record.reply_to_id,
        is_repost=record.is_repost,
        is_quote=record.is_quote,
        language=clean_text(record.language)[:16],
        media_links=record.media_links,
        links=record.links,
    )


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
            f"is {size // (1024 * 1024)} MB; the limit is {max_bytes() // (1024 * 1024)} MB",
        )
    if file_format and file_format not in BY_NAME:
        raise ArchiveFileError(file_name, f"“{file_format}” is not a format the hub knows")
    if sources.is_zip(binary_file):
        return sources.zip_records(
            binary_file, file_name, limit=max_bytes(), file_format=file_format, **options
        )
    if file_format == tags_xlsx.NAME:
        raise ArchiveFileError(file_name, "is not an .xlsx workbook")
    module = BY_NAME[file_format] if file_format else detect_format(binary_file, file_name)
    return module, module.parse(binary_file, file_name, **options)


def _save_questions(archive):
    """Number the posts that have no question yet: one UPDATE per question and batch."""
    rows = archive.posts.order_by("created_at", "post_id").values_list(
        "pk", "post_id", "reply_to_id", "question", "text"
    )
    by_question = defaultdict(list)
    for pk, number in assign_questions(rows.iterator(chunk_size=BATCH)):
        by_question[number].append(pk)
    for number, pks in by_question.items():
        for start in range(0, len(pks), BATCH):
            ArchivedPost.objects.filter(pk__in=pks[start : start + BATCH]).update(question=number)


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


def import_archive(
    event, binary_file, file_name, *, file_format=None, user=None, progress=None, **options
):
    """Import a file into the event's archive; returns the ArchiveImport.

    Raises ArchiveFileError naming the file, row and field; then nothing is saved.
    """
    module, records = open_records(binary_file, file_name, file_format=file_format, **options)
    digest = checksum(binary_file)
    with transaction.atomic():
        archive, _created = ChatArchive.objects.get_or_create(
            event=archive_event(event), defaults={"platform": module.PLATFORM}
        )
        before = archive.posts.count()
        read = 0
        while batch := list(islice(records, BATCH)):
            read += len(batch)
            ArchivedPost.objects.bulk_create(
                [_rows(record, archive) for record in batch], ignore_conflicts=True
            )
            if progress:
                progress(read)
        if read == 0:
            raise ArchiveFileError(file_name, "holds no posts")
        added = archive.posts.count() - before
        # Every post, so a new reply can inherit the question of a parent imported earlier;
        # a re-import that adds nothing leaves the questions (and editors' changes) alone.
        if added:
            _save_questions(archive)
            ChatArchive.objects.filter(pk=archive.pk).update(changed_at=timezone.now())
        transaction.on_commit(bump_content_version)
        transaction.on_commit(lambda: purge_transcript(archive.pk))
        return ArchiveImport.objects.create(
            archive=archive,
            file_name=file_name[:255],
            checksum=digest,
            file_format=module.NAME,
            imported_by=user,
            rows_read=read,
            posts_added=added,
        )
