"""Large archive files are imported by the background worker, with real commits.

Real commits (transactional_db): the worker runs as it would in its own process, and
closes its database connections between tasks; serialized rollback puts back what the
migrations made (root page, locales) after the flush. Apart from
tests/archives/test_admin_upload.py, whose tests share content in a transaction left
open for the module (tests/module_content.py).
"""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from events.archives import uploads
from events.models import ArchivedPost, ArchiveImport, ArchiveUpload, UploadStatus
from tests.archives.test_admin_upload import SAMPLES, make_chat, make_users, sample, upload


@pytest.fixture
def chat(event_index):
    return make_chat(event_index)


@pytest.fixture
def users(db):
    return make_users()


def test_a_large_file_is_imported_by_the_background_worker_with_progress(
    transactional_db, django_db_serialized_rollback, client, chat, users, settings
):
    settings.HUB_ARCHIVE_BACKGROUND_BYTES = 100  # every sample counts as large
    client.force_login(users["moderator"])
    upload(client, chat, sample("twarc.csv"))
    item = ArchiveUpload.objects.get()
    response = client.post(
        reverse("chat_archive_upload", args=[item.pk]), {"import": "1"}, follow=True
    )
    # Queued in the database for the worker; the page reloads itself to show progress.
    html = response.content.decode()
    assert "Queued" in html and 'http-equiv="refresh"' in html
    assert DBTaskResult.objects.filter(task_path="events.archives.tasks.import_upload").count() == 1
    assert not ArchivedPost.objects.exists()

    call_command("db_worker", "--backend", "imports", "--batch", "--no-startup-delay", verbosity=0)

    item.refresh_from_db()
    assert item.status == UploadStatus.DONE and item.progress_percent == 100
    assert item.rows_checked == item.result.rows_read > 0
    assert ArchivedPost.objects.filter(archive__event=chat).count() == item.result.posts_added
    html = client.get(reverse("chat_archive_upload", args=[item.pk])).content.decode()
    assert "Imported" in html and 'http-equiv="refresh"' not in html


def test_a_background_import_that_fails_keeps_nothing_and_says_why(
    transactional_db, django_db_serialized_rollback, client, chat, users, settings, monkeypatch
):
    settings.HUB_ARCHIVE_BACKGROUND_BYTES = 100
    monkeypatch.setattr(uploads, "PREVIEW_ROWS", 2)
    monkeypatch.setattr(uploads, "PREVIEW_SECONDS", 0)  # a file too big to read while waiting
    client.force_login(users["editor"])
    # Past the preview's reach the file breaks: only the worker's full check finds it.
    good = (SAMPLES / "twarc.csv").read_bytes().rstrip(b"\n")
    upload(client, chat, sample("twarc.csv", good + b"\n1600000000000000099,,,,,,never,x,en,a,A\n"))
    item = ArchiveUpload.objects.get()
    assert item.preview["complete"] is False
    client.post(reverse("chat_archive_upload", args=[item.pk]), {"import": "1"})
    call_command("db_worker", "--backend", "imports", "--batch", "--no-startup-delay", verbosity=0)
    item.refresh_from_db()
    assert item.status == UploadStatus.FAILED
    assert "twarc.csv, row" in item.error
    assert not ArchivedPost.objects.exists() and not ArchiveImport.objects.exists()
    assert not item.file


def test_a_stalled_background_import_can_be_queued_again(
    transactional_db, django_db_serialized_rollback, client, chat, users, settings
):
    settings.HUB_ARCHIVE_BACKGROUND_BYTES = 100
    client.force_login(users["editor"])
    upload(client, chat, sample("twarc.csv"))
    item = ArchiveUpload.objects.get()
    url = reverse("chat_archive_upload", args=[item.pk])
    # The worker took it, then died (a deploy, a killed process): it stays "checking".
    ArchiveUpload.objects.filter(pk=item.pk).update(status=UploadStatus.CHECKING)
    html = client.get(url).content.decode()
    assert "Queue it again" not in html and 'http-equiv="refresh"' in html  # not yet stalled
    client.post(url, {"restart": "1"})
    assert ArchiveUpload.objects.get().status == UploadStatus.CHECKING  # left alone

    stalled_since = timezone.now() - timedelta(minutes=settings.HUB_ARCHIVE_STALLED_MINUTES + 1)
    ArchiveUpload.objects.filter(pk=item.pk).update(changed_at=stalled_since)
    html = client.get(url).content.decode()
    assert "Queue it again" in html and 'http-equiv="refresh"' not in html
    client.post(url, {"restart": "1"})
    assert ArchiveUpload.objects.get().status == UploadStatus.QUEUED
    call_command("db_worker", "--backend", "imports", "--batch", "--no-startup-delay", verbosity=0)
    item.refresh_from_db()
    assert item.status == UploadStatus.DONE and ArchivedPost.objects.count() == 4
