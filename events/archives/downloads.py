"""An archive's downloads (CSV, JSON): built once per change of the archive, streamed.

A 40,000-post archive is 21 MB of JSON: rendered per request it cost seconds, and kept in
the page cache it pushed hundreds of pages out of Redis. So each format is written once
after the archive last changed (`ChatArchive.changed_at`: an import or any edit of a
post) to the private archive storage (never under MEDIA_URL), older builds are removed,
and every request streams the file (FileResponse, which also writes an RFC 6266
Content-Disposition). Hidden posts stay out, as they stay out of the transcript.
"""

from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.utils import timezone

from events.archives.export import export_csv, export_json
from events.models import ArchivedPost, ChatArchive

STORAGE = "archive_uploads"
FOLDER = "exports"
FORMATS = {
    "csv": (export_csv, "text/csv; charset=utf-8"),
    "json": (export_json, "application/json"),
}


def mark_archive_changed(sender, instance, raw=False, **kwargs):
    """post_save/post_delete of a post: the archive's downloads must be built again."""
    if not raw:
        ChatArchive.objects.filter(pk=instance.archive_id).update(changed_at=timezone.now())


def export_name(archive_id, changed_at, file_format):
    return f"{FOLDER}/{archive_id}/{changed_at:%Y%m%dT%H%M%S%f}.{file_format}"


def export_file(archive_id, file_format):
    """The storage name of the archive's current export, built first if there is none."""
    storage = storages[STORAGE]
    changed_at = ChatArchive.objects.values_list("changed_at", flat=True).get(pk=archive_id)
    name = export_name(archive_id, changed_at, file_format)
    if storage.exists(name):
        return name
    build, _content_type = FORMATS[file_format]
    posts = ArchivedPost.objects.filter(archive_id=archive_id, hidden=False).order_by(
        "created_at", "post_id"
    )
    # Two processes building at once: the second gets a name of its own, and the loser's
    # file is removed below (a reader that has it open still reads it to the end).
    saved = storage.save(name, ContentFile(build(posts.iterator()).encode()))
    folder = f"{FOLDER}/{archive_id}"
    for old in storage.listdir(folder)[1]:
        if old.endswith(f".{file_format}") and f"{folder}/{old}" not in (name, saved):
            storage.delete(f"{folder}/{old}")
    return saved if storage.exists(saved) else name
