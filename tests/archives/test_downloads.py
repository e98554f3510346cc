"""Transcript downloads: built once per change of the archive, streamed, never page-cached,
and named so browsers can read a Cyrillic slug (RFC 6266).

Found by a probe: each export was rendered per request and stored whole in the page cache
(21 MB for a 40,000-post archive) under every junk query string, and a download named
after a Cyrillic slug sent a MIME-encoded Content-Disposition browsers cannot parse.
"""

from urllib.parse import quote

import pytest
from django.core.files.storage import storages
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.archives.downloads import FOLDER, STORAGE
from events.models import ArchivedPost
from hub.page_cache import HIT_HEADER
from tests.archives.test_import import load
from tests.factories import make_event

SLUG = "музейный-чат"


@pytest.fixture
def chat(event_index, settings, tmp_path):
    settings.HUB_PAGE_CACHE_SECONDS = 600
    settings.STORAGES = {
        **settings.STORAGES,
        STORAGE: {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path)},
        },
    }
    event = make_event(event_index, "Музейный чат", start="2013-04-23T15:00", slug=SLUG)
    load(event, "twarc.csv")
    return event


def download(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response.streaming
    return response, b"".join(response.streaming_content).decode()


def post_queries(context):
    return [q for q in context.captured_queries if "events_archivedpost" in q["sql"]]


@pytest.mark.parametrize("file_format", ["csv", "json"])
def test_an_export_is_built_once_and_streamed(client, chat, file_format):
    url = chat.url + f"transcript/export/{file_format}/"
    first, body = download(client, url)
    assert HIT_HEADER not in first  # streamed: never in the page cache
    with CaptureQueriesContext(connection) as context:
        again, same = download(client, url + "?utm_source=x")
    assert same == body
    assert post_queries(context) == []  # served from the built file
    assert (
        len(storages[STORAGE].listdir(f"{FOLDER}/{ArchivedPost.objects.first().archive_id}")[1])
        == 1
    )


def test_a_hidden_post_leaves_the_next_download(client, chat):
    url = chat.url + "transcript/export/csv/"
    _response, before = download(client, url)
    post = ArchivedPost.objects.filter(archive__event=chat).order_by("pk").first()
    row = f"\n{post.post_id},"
    assert row in before
    post.hidden = True
    post.save()
    _response, after = download(client, url)
    assert row not in after
    folder = f"{FOLDER}/{post.archive_id}"
    assert len(storages[STORAGE].listdir(folder)[1]) == 1  # the old build is gone


@pytest.mark.parametrize(
    ("route", "extension"),
    [("transcript/export/csv/", "csv"), ("transcript/export/json/", "json"), ("calendar/", "ics")],
)
def test_a_cyrillic_slug_makes_a_header_browsers_read(client, chat, route, extension):
    response = client.get(chat.url + route)
    assert response.status_code == 200
    assert response["Content-Disposition"] == (
        f"attachment; filename*=utf-8''{quote(SLUG)}.{extension}"
    )
