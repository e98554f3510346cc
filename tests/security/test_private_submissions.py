"""Files sent with "Add your stuff here!" are private until a moderator approves them.

Found by a probe: the "Public submissions" collection had no view restriction, so
/documents/<id>/<name> (sequential ids) served every pending and rejected file to anyone.
Each state is downloaded here as an anonymous visitor, and as an editor.
"""

import importlib
import os

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model
from wagtail.models import Collection

from resources.models import ContributedResource, SubmissionStatus
from resources.moderation import APPROVED_COLLECTION, SUBMISSIONS_COLLECTION, approve, reject
from tests.resources.factories import make_conference

CONTENT = b"%PDF-1.4 unmoderated"


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def contribution(client, home):
    conference = make_conference(home, "AAM 2013")
    upload = SimpleUploadedFile("notes.pdf", CONTENT, content_type="application/pdf")
    response = client.post(
        conference.url + "add/",
        {"title": "Notes", "kind": "document", "file": upload, "contributor_name": "Dana"},
    )
    assert response.status_code == 302
    return ContributedResource.objects.get()


def download(client, url):
    response = client.get(url)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return response.status_code, body


def test_a_pending_file_is_not_served_to_an_anonymous_visitor(client, contribution):
    status, body = download(client, contribution.document.url)
    assert status in (302, 403, 404)  # Wagtail sends visitors to the login page
    assert CONTENT not in body


def test_editors_and_moderators_can_read_a_pending_file(client, contribution, django_user_model):
    for group_name in ("Editors", "Moderators"):
        user = django_user_model.objects.create_user(group_name.lower(), password="x")
        user.groups.add(Group.objects.get(name=group_name))
        client.force_login(user)
        assert download(client, contribution.document.url) == (200, CONTENT)
        client.logout()


def test_an_approved_file_is_public(client, contribution, django_user_model):
    moderator = django_user_model.objects.create_user("mod", password="x")
    approve(contribution, moderator, note="Useful")
    contribution.refresh_from_db()
    assert contribution.status == SubmissionStatus.APPROVED
    assert contribution.moderated_by == moderator
    assert contribution.document.collection.name == APPROVED_COLLECTION
    assert download(client, contribution.document.url) == (200, CONTENT)


def test_a_rejected_file_is_deleted(client, contribution, django_capture_on_commit_callbacks):
    url, path = contribution.document.url, contribution.document.file.path
    with django_capture_on_commit_callbacks(execute=True):
        reject(contribution, None, note="Spam")
    contribution.refresh_from_db()
    assert contribution.status == SubmissionStatus.REJECTED
    assert contribution.moderation_note == "Spam"
    assert contribution.document is None
    assert download(client, url)[0] == 404
    assert not get_document_model().objects.exists()

    assert not os.path.exists(path)


def test_a_status_changed_in_the_admin_form_moves_the_file_too(client, contribution):
    contribution.status = SubmissionStatus.APPROVED
    contribution.save()
    assert download(client, contribution.document.url) == (200, CONTENT)
    contribution.status = SubmissionStatus.PENDING
    contribution.save()
    assert download(client, contribution.document.url)[0] != 200


def test_the_migration_restricts_the_existing_collection(client, home):
    # The collection as it was made before: no restriction, one approved and one pending file.
    root = Collection.get_first_root_node()
    old = root.add_child(name=SUBMISSIONS_COLLECTION)
    conference = make_conference(home, "MW 2012")
    Document = get_document_model()
    files = {}
    for status in (SubmissionStatus.APPROVED, SubmissionStatus.PENDING):
        document = Document.objects.create(
            title=status,
            file=SimpleUploadedFile(f"{status}.pdf", CONTENT),
            collection=old,
        )
        ContributedResource.objects.bulk_create(
            [
                ContributedResource(
                    conference=conference,
                    title=status,
                    document=document,
                    contributor_name="Dana",
                    status=status,
                )
            ]
        )
        files[status] = document.url
    assert download(client, files[SubmissionStatus.PENDING])[0] == 200  # as found by the probe
    migration = importlib.import_module("resources.migrations.0003_private_public_submissions")
    migration.forwards(apps, None)
    assert download(client, files[SubmissionStatus.PENDING])[0] != 200
    assert download(client, files[SubmissionStatus.APPROVED]) == (200, CONTENT)
