"""Editors rename and merge topic tags in the admin; no page loses a tag."""

import pytest
from django.contrib.auth import get_user_model
from taggit.models import Tag

from browse.topics import merge_tags
from tests.factories import make_event


@pytest.fixture
def editor(db, client):
    user = get_user_model().objects.create_superuser("editor", "e@example.org", "pw")
    client.force_login(user)
    return user


def test_merging_a_tag_keeps_every_pages_topics(
    client, editor, event_index, django_capture_on_commit_callbacks
):
    a = make_event(event_index, "A", start="2013-01-01T12:00", tags=["measurement"])
    b = make_event(event_index, "B", start="2013-01-02T12:00", tags=["measurement", "metrics"])
    c = make_event(event_index, "C", start="2013-01-03T12:00", tags=["metrics"])
    source = Tag.objects.get(name="measurement")
    target = Tag.objects.get(name="metrics")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/topics/edit/{source.pk}/",
            {"name": "measurement", "slug": "measurement", "merge_into": target.pk},
        )
    assert response.status_code == 302
    assert not Tag.objects.filter(pk=source.pk).exists()
    for event in (a, b, c):
        assert [t.name for t in event.tags.all()] == ["metrics"]
    html = client.get("/en/tags/metrics/").content.decode()
    assert all(title in html for title in (">A<", ">B<", ">C<"))
    assert client.get("/en/tags/measurement/").status_code == 404


def test_renaming_a_tag_keeps_its_pages(
    client, editor, event_index, django_capture_on_commit_callbacks
):
    event = make_event(event_index, "A", start="2013-01-01T12:00", tags=["measurment"])
    tag = event.tags.get()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/topics/edit/{tag.pk}/", {"name": "measurement", "slug": "measurement"})
    assert [t.name for t in event.tags.all()] == ["measurement"]
    assert ">A<" in client.get("/en/tags/measurement/").content.decode()


def test_a_tag_cannot_be_merged_into_itself(db):
    tag = Tag.objects.create(name="x", slug="x")
    with pytest.raises(ValueError, match="into itself"):
        merge_tags(tag, tag)
