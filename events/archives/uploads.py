"""Archive files uploaded in the admin: a preview first, then the import.

Small files are imported while the editor waits; larger ones by the `import_upload`
task (events/archives/tasks.py). A background import first checks every row outside
any transaction, saving its progress where the admin can read it, then imports the
file in one transaction; so a rejected file never leaves half an archive.
"""

import time
from datetime import UTC, timedelta
from itertools import islice

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

# tasks imports this module too: its task is looked up when an import is queued.
from events.archives import sources, tasks
from events.archives.importer import (
    event_window,
    file_span,
    import_archive,
    open_records,
    whole_limit,
)
from events.archives.records import ArchiveFileError
from events.models import ArchivedPost, ArchiveUpload, UploadStatus
from events.timezones import get_zone

PREVIEW_ROWS = 2000
# The preview runs while the editor waits, in a web worker: past this it stops reading and
# says how far it got (the import checks every row anyway).
PREVIEW_SECONDS = 10
SAMPLE_POSTS = 8
PROGRESS_EVERY = 1000
# Posts this far from the event's start suggest the wrong file or the wrong event.
FAR_FROM_EVENT = timedelta(days=2)


def import_options(account_handle):
    """The format options an upload carries: the account handle, where one was given."""
    return {"account_handle": account_handle} if account_handle else {}


def _sample(record):
    return {
        "post_id": record.post_id,
        "author": record.author_handle,
        "created_at": record.created_at.isoformat(),
        "text": record.text[:280],
        "reply": bool(record.reply_to_id),
        "repost": record.is_repost,
    }


def _zone(event):
    try:
        return get_zone(event.time_zone)
    except ValidationError:
        return None


def preview(event, binary_file, file_name, *, file_format=None, **options):
    """What importing the file would do, from its first PREVIEW_ROWS rows; nothing is saved.

    Also when the file's posts were written (first, last, posts per day in the event's
    zone) and the window suggested for the chat, read within PREVIEW_SECONDS.
    Raises ArchiveFileError naming the file, row and field, as the import would.
    """
    deadline = time.monotonic() + PREVIEW_SECONDS
    module, records = open_records(binary_file, file_name, file_format=file_format, **options)
    rows = []
    for record in islice(records, PREVIEW_ROWS):
        rows.append(record)
        if time.monotonic() > deadline:
            break
    complete = len(rows) < PREVIEW_ROWS and time.monotonic() <= deadline
    complete = complete and next(records, None) is None
    if not rows:
        raise ArchiveFileError(file_name, _("holds no posts"))
    binary_file.seek(0)
    span = file_span(
        binary_file,
        file_name,
        file_format=file_format,
        zone=_zone(event),
        seconds=max(0.0, deadline - time.monotonic()),
        **options,
    )
    binary_file.seek(0)
    ids = {record.post_id for record in rows}
    present = ArchivedPost.objects.filter(
        archive__event__translation_key=event.translation_key, post_id__in=ids
    ).count()
    times = [record.created_at for record in rows]
    warnings = []
    if len(ids) < len(rows):
        warnings.append(("duplicates", len(rows) - len(ids)))
    window = event_window(event)
    if event.start:
        far = sum(1 for moment in times if abs(moment - event.start) > FAR_FROM_EVENT)
        if far:
            warnings.append(("far_from_event", far))
    outside = window and span["posts"] and (span["first"] < window[0] or span["last"] > window[1])
    return {
        "format": module.NAME,
        "complete": complete,
        "rows": len(rows),
        "new": len(ids) - present,
        "present": present,
        "authors": len({record.author_handle.lower() for record in rows}),
        "replies": sum(1 for record in rows if record.reply_to_id),
        "reposts": sum(1 for record in rows if record.is_repost),
        "first": (span["first"] or min(times)).isoformat(),
        "last": (span["last"] or max(times)).isoformat(),
        "span_posts": span["posts"],
        "span_complete": span["complete"],
        "per_day": [(day.isoformat(), count) for day, count in span["per_day"]],
        # The chat's window, suggested when the file reaches beyond it (an account archive).
        "window": [moment.astimezone(UTC).isoformat() for moment in window] if outside else None,
        "unpacked": sources.unpacked_size(binary_file, limit=whole_limit()),
        "warnings": warnings,
        "sample": [_sample(record) for record in rows[:SAMPLE_POSTS]],
    }


def runs_in_background(upload):
    """Large files go to the task: judged on what the import unpacks (a small .xlsx or zip
    can hold many times its size), not only on the bytes uploaded."""
    unpacked = (upload.preview or {}).get("unpacked", 0)
    return max(upload.size, unpacked) > settings.HUB_ARCHIVE_BACKGROUND_BYTES


def _claim(upload_id, expected, status, **conditions):
    """Move an upload from one status to the next in one UPDATE; True if this call did.

    A double-clicked Import or a task delivered twice finds the status already moved
    and does nothing, instead of importing again or deleting a file still in use.
    """
    claimed = ArchiveUpload.objects.filter(pk=upload_id, status=expected, **conditions)
    return bool(claimed.update(status=status, changed_at=timezone.now()))


def _stalled_before():
    return timezone.now() - timedelta(minutes=settings.HUB_ARCHIVE_STALLED_MINUTES)


def is_stalled(upload):
    """Under way but unchanged for HUB_ARCHIVE_STALLED_MINUTES: its worker has likely
    stopped (a restart, a killed process). Progress is saved every 1,000 rows."""
    return upload.in_progress and upload.changed_at < _stalled_before()


def restart_import(upload):
    """Queue a stalled import again; True if it was. Safe: an import commits all or
    nothing and skips posts already there, and a worker that was only slow finds the
    upload taken by the new task's claim."""
    for status in (UploadStatus.QUEUED, UploadStatus.CHECKING, UploadStatus.IMPORTING):
        if _claim(upload.pk, status, UploadStatus.QUEUED, changed_at__lt=_stalled_before()):
            transaction.on_commit(lambda: tasks.import_upload.enqueue(upload.pk))
            return True
    return False


def start_import(upload):
    """Import now, or queue the task for a large file. Returns the upload as it stands."""
    if not runs_in_background(upload):
        if _claim(upload.pk, UploadStatus.PREVIEWED, UploadStatus.IMPORTING):
            return run_import(upload.pk, claimed=True)
    elif _claim(upload.pk, UploadStatus.PREVIEWED, UploadStatus.QUEUED):
        # After commit, so the worker never picks up a task whose upload it can't see yet.
        transaction.on_commit(lambda: tasks.import_upload.enqueue(upload.pk))
    upload.refresh_from_db()
    return upload


def _set(upload, **fields):
    for name, value in fields.items():
        setattr(upload, name, value)
    upload.save(update_fields=[*fields, "changed_at"])


def _check_every_row(upload, binary_file):
    """Read the whole file once outside any transaction, saving progress as it goes."""
    options = import_options(upload.account_handle)
    _module, records = open_records(
        binary_file, upload.file_name, file_format=upload.file_format, **options
    )
    checked = 0
    for checked, _record in enumerate(records, start=1):
        if checked % PROGRESS_EVERY == 0:
            # How far through the stored file: for a zip, its compressed position.
            share = binary_file.tell() * 100 // upload.size if upload.size else 0
            _set(upload, rows_checked=checked, progress_percent=min(99, share))
    _set(upload, rows_checked=checked)
    binary_file.seek(0)


def run_import(upload_id, *, claimed=False):
    """Import an upload's file into its event's archive; the file is deleted after.

    `claimed`: the caller already moved it to IMPORTING (a direct import). Otherwise (the
    task) a queued upload is claimed here, and every row is checked first with progress
    saved; an upload some other call has taken is left alone.
    """
    if not claimed and not _claim(upload_id, UploadStatus.QUEUED, UploadStatus.CHECKING):
        return ArchiveUpload.objects.get(pk=upload_id)
    upload = ArchiveUpload.objects.select_related("event").get(pk=upload_id)
    try:
        with upload.file.open("rb") as binary_file:
            if not claimed:
                _check_every_row(upload, binary_file)
                _set(upload, status=UploadStatus.IMPORTING)
            result = import_archive(
                upload.event,
                binary_file,
                upload.file_name,
                file_format=upload.file_format,
                user=upload.uploaded_by,
                since=upload.since,
                until=upload.until,
                **import_options(upload.account_handle),
            )
    except ArchiveFileError as error:
        _finish(upload, status=UploadStatus.FAILED, error=str(error))
    except Exception:
        # A bug, not a bad file: say so in the admin, keep the traceback in the logs.
        _finish(upload, status=UploadStatus.FAILED, error="The import failed unexpectedly.")
        raise
    else:
        _finish(upload, status=UploadStatus.DONE, result=result, progress_percent=100)
    return upload


def _finish(upload, **fields):
    upload.file.delete(save=False)
    _set(upload, file="", finished_at=timezone.now(), **fields)


def discard(upload):
    """Drop an upload the editor decided not to import (its file goes with it)."""
    upload.delete()


def delete_upload_file(sender, instance, **kwargs):
    """post_delete: an upload's waiting file never outlives its row."""
    if instance.file:
        instance.file.delete(save=False)
