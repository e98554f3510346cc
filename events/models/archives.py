"""A chat's archive kept by the hub itself: thousands of posts as rows, never a StreamField."""

import uuid

from django.conf import settings
from django.core.files.storage import storages
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from events.choices import Platform


class ChatArchive(models.Model):
    """The transcript of one event, shared by every language version of the event."""

    event = models.OneToOneField(
        "events.EventPage",
        on_delete=models.CASCADE,
        related_name="chat_archive",
        help_text=_("The event (in its source language) this is the transcript of."),
    )
    platform = models.CharField(
        max_length=10, choices=Platform.social(), help_text=_("Where the chat happened.")
    )
    created_at = models.DateTimeField(auto_now_add=True)
    changed_at = models.DateTimeField(
        default=timezone.now,
        editable=False,
        help_text=_("When its posts last changed: its downloads are rebuilt after that."),
    )

    class Meta:
        verbose_name = _("chat archive")

    def __str__(self):
        return f"{self.event.title} ({self.get_platform_display()})"


class ArchiveImport(models.Model):
    """One file imported into an archive: what, when, by whom, and what it added."""

    archive = models.ForeignKey(
        ChatArchive,
        on_delete=models.CASCADE,
        related_name="imports",
        help_text=_("The archive the file was imported into."),
    )
    file_name = models.CharField(max_length=255, help_text=_("The file's name when imported."))
    checksum = models.CharField(max_length=64, help_text=_("SHA-256 of the file."))
    file_format = models.CharField(max_length=30, help_text=_("The format the file was read as."))
    imported_at = models.DateTimeField(auto_now_add=True, help_text=_("When it was imported."))
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Who imported it (empty for the command line)."),
    )
    rows_read = models.PositiveIntegerField(default=0, help_text=_("Rows read from the file."))
    posts_added = models.PositiveIntegerField(
        default=0, help_text=_("Posts new to the archive; the rest were there already.")
    )

    class Meta:
        ordering = ["-imported_at"]

    def __str__(self):
        return f"{self.file_name} ({self.posts_added} new posts)"


class ArchivedPost(models.Model):
    archive = models.ForeignKey(ChatArchive, on_delete=models.CASCADE, related_name="posts")
    post_id = models.CharField(max_length=255, help_text=_("The platform's id for the post."))
    platform = models.CharField(
        max_length=10,
        choices=Platform.social(),
        blank=True,
        help_text=_("Where it was posted: one archive may hold a chat held on several."),
    )
    author_handle = models.CharField(max_length=255)
    author_name = models.CharField(max_length=255, blank=True)
    created_at = models.DateTimeField()
    text = models.TextField(help_text=_("Plain text, as posted."))
    permalink = models.URLField(max_length=500, blank=True)
    reply_to_id = models.CharField(max_length=255, blank=True)
    is_repost = models.BooleanField(default=False)
    is_quote = models.BooleanField(default=False)
    quote_of_id = models.CharField(
        max_length=255, blank=True, help_text=_("The id of the post this one quotes.")
    )
    repost_of_id = models.CharField(
        max_length=255, blank=True, help_text=_("The id of the original post this reposts.")
    )
    language = models.CharField(max_length=16, blank=True)
    media = models.JSONField(
        default=list,
        blank=True,
        help_text=_("Photos, videos and GIFs: a list of {url, type, alt}, as the file gave them."),
    )
    links = models.JSONField(
        default=list,
        blank=True,
        help_text=_("Links in the text: a list of {url, expanded, display} (t.co and its target)."),
    )
    question = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text=_("The question (Q1, Q2…) this post answers, if any.")
    )
    is_key = models.BooleanField(
        default=False, verbose_name=_("key post"), help_text=_("Shown first, as a highlight.")
    )
    hidden = models.BooleanField(
        default=False, help_text=_("Hidden from the public transcript; nothing is deleted.")
    )
    hidden_reason = models.CharField(
        max_length=255, blank=True, help_text=_("Why it is hidden, e.g. a takedown request.")
    )

    # The transcript's reading order (events.archives.threads.arrange), set after imports.
    position = models.PositiveIntegerField(
        null=True,
        blank=True,
        editable=False,
        help_text=_("Place in the transcript: threads grouped by question, replies in order."),
    )
    depth = models.PositiveSmallIntegerField(
        default=0, editable=False, help_text=_("How many replies deep the post is in its thread.")
    )
    page = models.PositiveIntegerField(
        null=True,
        blank=True,
        editable=False,
        help_text=_("The transcript page the post is on; a thread is never split."),
    )

    panels = ["question", "is_key", "hidden", "hidden_reason"]

    class Meta:
        ordering = ["created_at", "post_id"]
        verbose_name = _("archived post")
        constraints = [
            models.UniqueConstraint(fields=["archive", "post_id"], name="unique_post_per_archive")
        ]
        indexes = [
            models.Index(fields=["archive", "created_at"]),
            models.Index(fields=["archive", "page", "position"], name="archived_post_reading"),
        ]

    def __str__(self):
        return f"@{self.author_handle}: {self.text[:60]}"


def upload_storage():
    # A callable, so the storage is looked up at run time and migrations don't name it.
    return storages["archive_uploads"]


def upload_path(instance, filename):
    # A random name: the original name is kept in a field, never used on disk.
    return f"{uuid.uuid4().hex}.upload"


class UploadStatus(models.TextChoices):
    PREVIEWED = "previewed", _("Waiting for confirmation")
    QUEUED = "queued", _("Queued")
    CHECKING = "checking", _("Checking every row")
    IMPORTING = "importing", _("Saving the posts")
    DONE = "done", _("Imported")
    FAILED = "failed", _("Rejected")


class ArchiveUpload(models.Model):
    """A file an editor uploaded in the admin: previewed, then imported (large ones by a task).

    The file is kept in the `archive_uploads` storage until the import ends, then deleted;
    what the import did stays in its ArchiveImport.
    """

    event = models.ForeignKey(
        "events.EventPage",
        on_delete=models.CASCADE,
        related_name="archive_uploads",
        help_text=_("The event whose archive the file goes into."),
    )
    file = models.FileField(
        storage=upload_storage,
        upload_to=upload_path,
        blank=True,
        help_text=_("The uploaded file, until its import ends."),
    )
    file_name = models.CharField(max_length=255, help_text=_("The file's name as uploaded."))
    size = models.PositiveBigIntegerField(default=0, help_text=_("The file's size in bytes."))
    file_format = models.CharField(
        max_length=30, blank=True, help_text=_("The format chosen or detected.")
    )
    account_handle = models.CharField(
        max_length=255, blank=True, help_text=_("Account handle for archives that omit it.")
    )
    since = models.DateTimeField(
        null=True,
        blank=True,
        help_text=_("Posts before this are not imported (the chat's window in a longer file)."),
    )
    until = models.DateTimeField(
        null=True,
        blank=True,
        help_text=_("Posts after this are not imported (the chat's window in a longer file)."),
    )
    status = models.CharField(
        max_length=10,
        choices=UploadStatus.choices,
        default=UploadStatus.PREVIEWED,
        help_text=_("Where the import stands."),
    )
    preview = models.JSONField(
        default=dict, blank=True, help_text=_("What the preview found: counts and sample posts.")
    )
    rows_checked = models.PositiveIntegerField(
        default=0, help_text=_("Rows checked so far by a background import.")
    )
    progress_percent = models.PositiveSmallIntegerField(
        default=0, help_text=_("How far through the file a background import is.")
    )
    error = models.TextField(blank=True, help_text=_("Why the file was rejected."))
    result = models.OneToOneField(
        ArchiveImport,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="upload",
        help_text=_("What the import added, once done."),
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Who uploaded the file."),
    )
    uploaded_at = models.DateTimeField(auto_now_add=True, help_text=_("When it was uploaded."))
    changed_at = models.DateTimeField(
        auto_now=True, help_text=_("When its status or progress last changed.")
    )
    finished_at = models.DateTimeField(
        null=True, blank=True, help_text=_("When its import ended, imported or rejected.")
    )

    class Meta:
        ordering = ["-uploaded_at"]
        verbose_name = _("archive upload")

    def __str__(self):
        return f"{self.file_name} ({self.get_status_display()})"

    @property
    def in_progress(self):
        return self.status in {UploadStatus.QUEUED, UploadStatus.CHECKING, UploadStatus.IMPORTING}


def kept_media_path(instance, filename):
    # Named by the archive and a random id: never by the source URL's own file name.
    return f"archive-media/{instance.post.archive_id}/{uuid.uuid4().hex}{filename}"


class KeptMedia(models.Model):
    """The hub's own copy of one photo or video of an archived post ("Keep media")."""

    post = models.ForeignKey(
        ArchivedPost,
        on_delete=models.CASCADE,
        related_name="kept_media",
        help_text=_("The post the file belongs to."),
    )
    index = models.PositiveSmallIntegerField(
        help_text=_("Which of the post's media items this is, counting from 0.")
    )
    source_url = models.URLField(max_length=1000, help_text=_("Where the file was copied from."))
    file = models.FileField(
        upload_to=kept_media_path, max_length=255, help_text=_("The copy in the hub's storage.")
    )
    content_type = models.CharField(max_length=50, help_text=_("The file's checked type."))
    size = models.PositiveIntegerField(help_text=_("The file's size in bytes."))
    width = models.PositiveIntegerField(
        null=True, blank=True, help_text=_("Width in pixels, for images.")
    )
    height = models.PositiveIntegerField(
        null=True, blank=True, help_text=_("Height in pixels, for images.")
    )
    kept_at = models.DateTimeField(auto_now_add=True, help_text=_("When it was copied."))

    class Meta:
        verbose_name = _("kept media file")
        constraints = [
            models.UniqueConstraint(fields=["post", "index"], name="one_copy_per_media_item")
        ]

    def __str__(self):
        return self.source_url

    @property
    def is_video(self):
        return self.content_type.startswith("video/")


class MediaCopyStatus(models.TextChoices):
    QUEUED = "queued", _("Queued")
    COPYING = "copying", _("Copying")
    DONE = "done", _("Done")
    FAILED = "failed", _("Stopped")


class MediaCopy(models.Model):
    """One run of "Keep media" over an archive: progress, and the files that failed."""

    archive = models.ForeignKey(
        ChatArchive,
        on_delete=models.CASCADE,
        related_name="media_copies",
        help_text=_("The archive whose posts' media are copied."),
    )
    status = models.CharField(
        max_length=10,
        choices=MediaCopyStatus.choices,
        default=MediaCopyStatus.QUEUED,
        help_text=_("Where the copy stands."),
    )
    total = models.PositiveIntegerField(default=0, help_text=_("Media items to copy."))
    done = models.PositiveIntegerField(default=0, help_text=_("Media items tried so far."))
    copied = models.PositiveIntegerField(default=0, help_text=_("Files copied by this run."))
    bytes_copied = models.PositiveBigIntegerField(
        default=0, help_text=_("Bytes the archive's copies take, this run's included.")
    )
    failures = models.JSONField(
        default=list, blank=True, help_text=_("Files not copied: a list of {url, reason}.")
    )
    error = models.TextField(blank=True, help_text=_("Why the whole run stopped, if it did."))
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Who asked for the copy."),
    )
    started_at = models.DateTimeField(auto_now_add=True, help_text=_("When it was asked for."))
    finished_at = models.DateTimeField(null=True, blank=True, help_text=_("When it ended."))

    class Meta:
        ordering = ["-started_at"]
        verbose_name = _("media copy")

    def __str__(self):
        return f"{self.archive} ({self.get_status_display()})"

    @property
    def percent(self):
        return 100 if not self.total else round(100 * self.done / self.total)

    @property
    def in_progress(self):
        return self.status in {MediaCopyStatus.QUEUED, MediaCopyStatus.COPYING}
