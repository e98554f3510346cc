"""With a CDN configured, a takedown or an import purges the event's transcript there.

The CDN is a real HTTP server on loopback that records the PURGE requests Wagtail's
HTTP backend (Varnish, nginx, Squid) sends.
"""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from events.archives.importer import import_archive
from events.models import ArchivedPost
from tests.factories import make_event

SAMPLES = Path(__file__).resolve().parents[1] / "archives" / "samples"


@pytest.fixture
def cdn():
    purged = []

    class Handler(BaseHTTPRequestHandler):
        def do_PURGE(self):  # http.server calls do_<METHOD>
            purged.append(self.path)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server, purged
    server.shutdown()


@pytest.fixture
def frontend_cache(settings, cdn):
    server, purged = cdn
    settings.WAGTAILFRONTENDCACHE = {
        "local": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_port}",
        }
    }
    return purged


def test_hiding_a_post_purges_the_transcript_and_its_exports(
    event_index, frontend_cache, django_capture_on_commit_callbacks
):
    chat = make_event(event_index, "Museum blogs", start="2022-12-01T19:00")
    with (
        django_capture_on_commit_callbacks(execute=True),
        (SAMPLES / "twarc.csv").open("rb") as handle,
    ):
        import_archive(chat, handle, "twarc.csv")
    base = chat.url
    assert f"{base}transcript/" in frontend_cache  # the import purged it
    frontend_cache.clear()

    post = ArchivedPost.objects.filter(archive__event=chat).first()
    post.hidden, post.hidden_reason = True, "Takedown request"
    post.save()
    for route in ("", "transcript/", "transcript/export/csv/", "transcript/export/json/"):
        assert f"{base}{route}" in frontend_cache, route
