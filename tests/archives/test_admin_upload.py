"""Importing a chat archive in the admin: upload, preview, confirm; large files by a task
(run by the worker: tests/archives/test_background_import.py)."""

import json
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.users.models import UserProfile

from events.archives import uploads
from events.models import ArchivedPost, ArchiveImport, ArchiveUpload, ChatArchive, UploadStatus
from hub.roles import ensure_roles
from tests.factories import make_event, make_event_index, make_site
from tests.module_content import module_content

SAMPLES = Path(__file__).parent / "samples"


@pytest.fixture
def stored():
    """Whether a file is still in the private upload storage."""
    return ArchiveUpload._meta.get_field("file").storage.exists


def make_users():
    ensure_roles()
    made = {}
    for name, group in (
        ("editor", "Editors"),
        ("moderator", "Moderators"),
        ("translator", "Translators"),
    ):
        made[name] = get_user_model().objects.create_user(name, f"{name}@example.org", "pw")
        made[name].groups.add(Group.objects.get(name=group))
    return made


def make_chat(event_index):
    return make_event(event_index, "What's the point of social media?", start="2013-04-23T15:00")


@module_content
def editors_and_chat():
    """An editor, a moderator and a translator, and a chat to import into."""
    return {"users": make_users(), "chat": make_chat(make_event_index(make_site()))}


@pytest.fixture
def users(editors_and_chat):
    return editors_and_chat["users"]


@pytest.fixture
def chat(editors_and_chat):
    return editors_and_chat["chat"]


def sample(name, content=None):
    data = content if content is not None else (SAMPLES / name).read_bytes()
    return SimpleUploadedFile(name, data, content_type="application/octet-stream")


def upload(client, event, file, **fields):
    return client.post(
        reverse("chat_archive_import", args=[event.pk]), {"file": file, **fields}, follow=True
    )


def test_editor_previews_then_imports_a_file(client, users, chat, stored):
    client.force_login(users["editor"])
    response = upload(client, chat, sample("tags.csv"))
    # The preview: format, counts, the first posts (escaped), nothing imported yet.
    assert response.status_code == 200
    html = response.content.decode()
    assert "TAGS spreadsheet (CSV)" in html
    assert "Waiting for confirmation" in html
    assert "Говорить" in html  # Cyrillic sample post shown
    assert "1 row repeats a post earlier in the file" in html
    assert ArchivedPost.objects.count() == 0
    item = ArchiveUpload.objects.get()
    assert item.preview["rows"] == 7 and item.preview["new"] == 6
    name = item.file.name
    assert stored(name)  # the file waits in private storage, under a random name
    assert "tags" not in name

    response = client.post(
        reverse("chat_archive_upload", args=[item.pk]), {"import": "1"}, follow=True
    )
    assert "Imported: 6 new posts." in response.content.decode()
    item.refresh_from_db()
    assert item.status == UploadStatus.DONE
    assert item.result.posts_added == 6 and item.result.imported_by == users["editor"]
    assert ArchivedPost.objects.filter(archive__event=chat).count() == 6
    assert not item.file and not stored(name)  # deleted once imported


def test_a_second_import_click_imports_nothing_more(client, users, chat):
    client.force_login(users["editor"])
    upload(client, chat, sample("tags.csv"))
    item = ArchiveUpload.objects.get()
    url = reverse("chat_archive_upload", args=[item.pk])
    client.post(url, {"import": "1"})
    again = client.post(url, {"import": "1"}, follow=True)
    assert again.status_code == 200
    item.refresh_from_db()
    assert item.status == UploadStatus.DONE and item.result.posts_added == 6
    assert ArchiveImport.objects.count() == 1


def test_a_task_delivered_twice_runs_once(client, users, chat, settings):
    settings.HUB_ARCHIVE_BACKGROUND_BYTES = 100
    client.force_login(users["editor"])
    upload(client, chat, sample("twarc.csv"))
    item = ArchiveUpload.objects.get()
    # Taken by a first delivery: a second one leaves it alone.
    ArchiveUpload.objects.filter(pk=item.pk).update(status=UploadStatus.CHECKING)
    assert uploads.run_import(item.pk).status == UploadStatus.CHECKING
    assert not ArchiveImport.objects.exists() and item.file.storage.exists(item.file.name)


def test_preview_counts_posts_already_in_the_archive(client, users, chat):
    client.force_login(users["editor"])
    upload(client, chat, sample("tags.csv"))
    client.post(
        reverse("chat_archive_upload", args=[ArchiveUpload.objects.get().pk]), {"import": "1"}
    )
    upload(client, chat, sample("tags.csv"))
    again = ArchiveUpload.objects.filter(status=UploadStatus.PREVIEWED).get()
    assert (again.preview["new"], again.preview["present"]) == (0, 6)


def test_a_rejected_file_names_row_and_field_and_keeps_nothing(client, users, chat):
    client.force_login(users["editor"])
    response = upload(client, chat, sample("tags_bad.csv"))
    html = response.content.decode()
    assert "tags_bad.csv, row" in html and "field" in html
    assert not ArchiveUpload.objects.exists() and not ChatArchive.objects.exists()


def test_an_unknown_file_is_refused_by_name(client, users, chat):
    client.force_login(users["editor"])
    response = upload(client, chat, sample("notes.txt", b"just some notes\n"))
    assert "notes.txt: is not a format the hub can import" in response.content.decode()


def test_a_file_over_the_limit_is_refused_before_reading(client, users, chat, settings):
    settings.HUB_ARCHIVE_MAX_BYTES = 1024 * 1024
    client.force_login(users["editor"])
    response = upload(client, chat, sample("big.csv", b"x" * (1024 * 1024 + 1)))
    assert "big.csv is 1 MB; the limit is 1 MB." in response.content.decode()
    assert not ArchiveUpload.objects.exists()


def test_discarding_an_upload_imports_nothing(client, users, chat, stored):
    client.force_login(users["editor"])
    upload(client, chat, sample("twarc.csv"))
    item = ArchiveUpload.objects.get()
    client.post(reverse("chat_archive_upload", args=[item.pk]), {"cancel": "1"})
    assert not ArchiveUpload.objects.exists() and not ArchivedPost.objects.exists()
    assert not stored(item.file.name)


def test_deleting_the_event_deletes_its_waiting_upload_files(client, users, chat, stored):
    client.force_login(users["editor"])
    upload(client, chat, sample("twarc.csv"))
    name = ArchiveUpload.objects.get().file.name
    assert stored(name)
    chat.delete()
    assert not ArchiveUpload.objects.exists() and not stored(name)


def test_a_translation_imports_into_the_one_shared_archive(client, users, chat):
    from wagtail.models import Locale

    russian = chat.copy_for_translation(Locale.objects.get(language_code="ru"), copy_parents=True)
    client.force_login(users["editor"])
    upload(client, russian, sample("tweets.js"), account_handle="@sample_museum")
    item = ArchiveUpload.objects.get()
    client.post(reverse("chat_archive_upload", args=[item.pk]), {"import": "1"})
    assert ChatArchive.objects.get().event_id == chat.pk


@pytest.mark.parametrize(
    ("role", "allowed"), [("editor", True), ("moderator", True), ("translator", False)]
)
def test_who_may_import(client, users, chat, role, allowed):
    client.force_login(users[role])
    response = client.get(reverse("chat_archive_import", args=[chat.pk]))
    # Wagtail's admin turns a refusal into a redirect to the dashboard with a message.
    assert (response.status_code, response.get("Location")) == (
        (200, None) if allowed else (302, reverse("wagtailadmin_home"))
    )
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[chat.pk])).content.decode()
    assert (reverse("chat_archive_import", args=[chat.pk]) in edit) is allowed


@pytest.mark.parametrize("action", ["import", "cancel"])
def test_translators_cannot_confirm_or_discard_an_editors_upload(client, users, chat, action):
    client.force_login(users["editor"])
    upload(client, chat, sample("twarc.csv"))
    item = ArchiveUpload.objects.get()
    client.force_login(users["translator"])
    url = reverse("chat_archive_upload", args=[item.pk])
    assert client.get(url).status_code == 302
    response = client.post(url, {action: "1"})
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    item.refresh_from_db()
    assert item.status == UploadStatus.PREVIEWED and not ArchivedPost.objects.exists()


def test_anonymous_visitors_are_sent_to_the_login(client, chat):
    response = client.get(reverse("chat_archive_import", args=[chat.pk]))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_the_editor_sees_the_span_and_imports_only_the_chats_window(client, chat, users):
    """An account archive (2010-2022) uploaded for a 2013 chat: the preview shows its span
    and posts per month, suggests the chat's days, and the import keeps only those."""
    moments = ["Mon Mar 01 10:00:00 +0000 2010", "Tue Apr 23 19:30:00 +0000 2013"]
    moments += ["Sun May 01 10:00:00 +0000 2022"]
    tweets = [
        {"tweet": {"id_str": str(n), "full_text": f"post {n}", "created_at": m}}
        for n, m in enumerate(moments)
    ]
    data = ("window.YTD.tweets.part0 = " + json.dumps(tweets)).encode()
    client.force_login(users["editor"])
    page = upload(client, chat, sample("tweets.js", data), account_handle="museum")
    html = page.content.decode()
    assert "This file reaches well beyond the event" in html
    assert 'name="since" value="2013-04-21"' in html and 'name="until" value="2013-04-25"' in html
    assert "Posts per day" in html
    item = ArchiveUpload.objects.get()
    client.post(
        reverse("chat_archive_upload", args=[item.pk]),
        {"import": "1", "since": "2013-04-21", "until": "2013-04-25"},
    )
    assert list(ArchivedPost.objects.values_list("post_id", flat=True)) == ["1"]
    item.refresh_from_db()
    assert item.result.rows_read == 3 and item.result.posts_added == 1


def test_a_rejected_file_is_explained_in_the_editors_admin_language(client, users, chat):
    """Archive errors are translated: a Russian admin reads where and what, in Russian."""
    profile = UserProfile.get_for_user(users["editor"])
    profile.preferred_language = "ru"
    profile.save()
    client.force_login(users["editor"])
    html = upload(client, chat, sample("tags_bad.csv")).content.decode()
    assert "tags_bad.csv, строка" in html and ", поле «" in html, html
    html = upload(client, chat, sample("notes.txt", b"just some notes\n")).content.decode()
    assert "notes.txt: формат, который хаб не умеет импортировать" in html
