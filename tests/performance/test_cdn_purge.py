"""With a CDN configured, a takedown or an import purges the event's transcript there, and a
publish purges every page that shows the published one, in every language.

The CDN is a real HTTP server on loopback that records the PURGE requests Wagtail's
HTTP backend (Varnish, nginx, Squid) sends.
"""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from events.archives.importer import import_archive
from events.models import ArchivedPost
from tests.browse.conftest import ru, russian  # noqa: F401 - fixtures
from tests.factories import make_event, make_organisation, make_person, publish
from tests.resources.factories import make_conference, make_talk

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


def test_a_publish_purges_every_page_showing_it_in_every_language(
    home,
    event_index,
    russian,  # noqa: F811 - the fixture imported above
    frontend_cache,
):
    museum = make_organisation(home, "State Historical Museum")
    ru_museum = russian(museum, {"State Historical Museum": "Государственный исторический музей"})
    event = make_event(
        event_index,
        "Museum tweetups",
        start="2013-04-04T12:00",
        tags=["twitter"],
        hashtags=["#MuseumTweetup"],
        organisers=[museum],
    )
    conference = make_conference(home, "MCN 2012")
    make_talk(home, "Tales", museum, make_person(), conference, related_events=[event])
    frontend_cache.clear()
    event.title = "Museum tweet-ups"
    publish(event)
    purged = set(frontend_cache)
    # Every follow feed that lists the event: its topic, hashtag, organiser and conference.
    follows = [
        ("tag", "twitter"),
        ("hashtag", "museumtweetup"),
        ("organisation", museum.translation_key),
        ("conference", conference.translation_key),
    ]
    for kind, key in follows:
        for language in ("en", "ru"):
            for feed in ("atom.xml", "calendar.ics"):
                assert f"/{language}/follow/{kind}/{key}/{feed}" in purged, (kind, language, feed)
    ru_index = "/ru/%D1%81%D0%BE%D0%B1%D1%8B%D1%82%D0%B8%D1%8F/"  # /ru/события/
    expected = {
        "/en/events/museum-tweetups/",  # the page and its sub-routes
        "/en/events/museum-tweetups/transcript/",
        "/en/",  # the home pages and the event lists, in both languages
        "/ru/",
        "/en/events/",
        ru_index,
        "/en/organisations/state-historical-museum/",  # its organiser, in both
        ru_museum.url,
        "/en/tags/",
        "/en/tags/twitter/",
        "/ru/tags/twitter/",
        "/en/hashtags/museumtweetup/",
        "/ru/hashtags/museumtweetup/",
        "/en/dates/2013/",
        "/en/dates/2013/4/",
        "/ru/dates/2013/4/",
        "/en/feeds/atom.xml",
        "/ru/feeds/events/rss.xml",
        "/sitemap.xml",
        "/sitemap-pages.xml",
    }
    from urllib.parse import quote

    expected = {quote(url, safe="/%?=") for url in expected}
    assert expected <= purged, sorted(expected - purged)
    # Only real addresses: no English path with /ru/ in front.
    assert not [url for url in purged if url.startswith("/ru/events/")]


def test_publishing_an_organisation_purges_its_own_feeds(home, frontend_cache):
    museum = make_organisation(home, "Tate")
    frontend_cache.clear()
    museum.title = "Tate Modern"
    publish(museum)
    for feed in ("atom.xml", "calendar.ics"):
        assert f"/en/follow/organisation/{museum.translation_key}/{feed}" in frontend_cache
