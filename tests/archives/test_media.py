"""Keep media: posts' photos and videos copied into the hub's storage, against a real HTTP
server on loopback serving real files (media_samples/SOURCES.md) and every bad answer."""

import threading
import time
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse

from events.archives.media import MediaRefused, fetch, run_copy
from events.archives.threads import arrange
from events.models import ArchivedPost, ChatArchive, KeptMedia, MediaCopy, MediaCopyStatus
from hub.cache import bump_content_version
from tests.factories import make_event

SAMPLES = Path(__file__).parent / "media_samples"
FILES = {
    "/hopper.jpg": ("image/jpeg", "hopper.jpg"),
    "/hopper.png": ("image/png", "hopper.png"),
    "/hopper.webp": ("image/webp", "hopper.webp"),
    "/hopper.gif": ("image/gif", "hopper.gif"),
    "/small.mp4": ("video/mp4", "small.mp4"),
    "/small.webm": ("video/webm", "small.webm"),
    "/wrong-type": ("text/html; charset=utf-8", "hopper.jpg"),
    "/lying": ("image/jpeg", "hopper.png"),
    "/truncated.png": ("image/png", "truncated.png"),
}


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        if self.path in FILES:
            content_type, name = FILES[self.path]
            body = (SAMPLES / name).read_bytes()
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/huge":  # announces 50 MB
            self.send_response(200)
            self.send_header("Content-Type", "image/jpeg")
            self.send_header("Content-Length", str(50 * 1024 * 1024))
            self.end_headers()
            self.wfile.write(b"\xff\xd8\xff" + b"\0" * 1000)
        elif self.path == "/huge-unannounced":  # no length, keeps sending
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.end_headers()
            try:
                for _ in range(200):
                    self.wfile.write(b"\x89PNG" + b"\0" * 65536)
            except OSError:
                pass
        elif self.path == "/slow":
            time.sleep(3)
            self.send_response(200)
            self.send_header("Content-Type", "image/jpeg")
            self.end_headers()
        elif self.path == "/trickle":  # a byte at a time, each in time, never done
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.end_headers()
            try:
                for _ in range(50):
                    self.wfile.write(b"\0")
                    self.wfile.flush()
                    time.sleep(0.2)
            except OSError:
                pass
        elif self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/hopper.jpg")
            self.end_headers()
        else:
            self.send_error(404)


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.HUB_MEDIA_ALLOW_PRIVATE_HOSTS = True  # the test server is on loopback
    settings.HUB_MEDIA_TIMEOUT_SECONDS = 1
    settings.HUB_MEDIA_MAX_FILE_BYTES = 1024 * 1024
    return settings.MEDIA_ROOT


@pytest.fixture
def chat(event_index):
    return make_event(event_index, "Show us your collections", start="2013-04-23T15:00")


def post_with(chat, post_id, *items):
    archive, _ = ChatArchive.objects.get_or_create(event=chat, defaults={"platform": "x"})
    return ArchivedPost.objects.create(
        archive=archive,
        post_id=post_id,
        author_handle="curator",
        created_at=datetime(2013, 4, 23, 19, int(post_id) % 60, tzinfo=UTC),
        text=f"A1 look at this {post_id}",
        platform="x",
        media=[{"url": url, "type": kind, "alt": alt} for url, kind, alt in items],
    )


def stored_files(root):
    return sorted(p.name for p in Path(root).rglob("*") if p.is_file())


def test_good_files_are_kept_and_shown_from_the_hub(client, chat, server, media_root):
    post = post_with(
        chat,
        "1",
        (f"{server}/hopper.jpg", "photo", "Grace Hopper, in uniform"),
        (f"{server}/hopper.png", "photo", ""),
        (f"{server}/hopper.webp", "photo", "The same portrait as WebP"),
        (f"{server}/hopper.gif", "gif", "A GIF"),
        (f"{server}/small.mp4", "video", "A short clip"),
        (f"{server}/small.webm", "video", ""),
    )
    arrange(post.archive_id)
    copy = MediaCopy.objects.create(archive=post.archive)
    done = run_copy(copy.pk)
    assert done.status == MediaCopyStatus.DONE and done.failures == []
    assert (done.total, done.done, done.copied) == (6, 6, 6)
    kept = {k.index: k for k in KeptMedia.objects.filter(post=post)}
    assert kept[0].content_type == "image/jpeg" and (kept[0].width, kept[0].height) == (128, 128)
    assert kept[0].size == (SAMPLES / "hopper.jpg").stat().st_size
    assert kept[0].file.read() == (SAMPLES / "hopper.jpg").read_bytes()
    assert kept[4].content_type == "video/mp4" and kept[4].is_video
    assert len(stored_files(media_root)) == 6
    assert done.bytes_copied == sum(k.size for k in kept.values())
    bump_content_version()
    html = client.get(chat.url + "transcript/").content.decode()
    assert f'<img src="{kept[0].file.url}" alt="Grace Hopper, in uniform"' in html
    # The PNG had no alt text: named by its place among the post's six items.
    (png,) = [k for k in kept.values() if k.content_type == "image/png"]
    alt = f"Photo {png.index + 1} of 6, without a description"
    assert f'<img src="{png.file.url}" alt="{alt}"' in html
    assert f'src="{kept[4].file.url}"' in html and "<video controls" in html
    # No page asset from another site: the loopback server's address is not on it.
    assert f'src="{server}' not in html
    # A second run finds nothing left to copy.
    again = run_copy(MediaCopy.objects.create(archive=post.archive).pk)
    assert (again.total, again.copied) == (0, 0)


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/missing", "HTTP 404"),
        ("/wrong-type", "text/html is not an image or video type the hub keeps"),
        ("/lying", "sent as image/jpeg but the file is PNG"),
        ("/truncated.png", "not a readable image"),
        ("/huge", "52,428,800 bytes is over the 1,048,576-byte limit"),
        ("/huge-unannounced", "over the 1,048,576-byte limit"),
        ("/slow", "took longer than 1 seconds"),
        ("/redirect", "redirects are not followed"),
    ],
)
def test_each_bad_answer_is_listed_and_nothing_is_half_saved(
    chat, server, media_root, path, reason
):
    post = post_with(chat, "2", (f"{server}{path}", "photo", "x"), (f"{server}/hopper.jpg", "", ""))
    done = run_copy(MediaCopy.objects.create(archive=post.archive).pk)
    assert done.status == MediaCopyStatus.DONE
    assert [f["url"] for f in done.failures] == [f"{server}{path}"]
    assert reason in done.failures[0]["reason"]
    # The good file beside it was kept; the bad one left neither row nor file.
    assert list(KeptMedia.objects.values_list("index", flat=True)) == [1]
    assert len(stored_files(media_root)) == 1


def test_a_server_trickling_bytes_is_cut_off_at_the_time_limit(server):
    # Each byte comes well within the socket's timeout; the whole file would take 10 s.
    started = time.monotonic()
    with pytest.raises(MediaRefused, match="took longer than 1 seconds"):
        fetch(f"{server}/trickle", max_bytes=1024 * 1024, seconds=1, allow_private=True)
    assert time.monotonic() - started < 3


def test_only_http_and_https_and_no_private_hosts_by_default(settings):
    settings.HUB_MEDIA_ALLOW_PRIVATE_HOSTS = False
    for url, reason in [
        ("file:///etc/passwd", "not an http or https address"),
        ("ftp://example.org/a.jpg", "not an http or https address"),
        ("http://127.0.0.1:9/a.jpg", "private or local address"),
        ("http://[::1]/a.jpg", "private or local address"),
    ]:
        with pytest.raises(MediaRefused, match=reason):
            fetch(url, max_bytes=1000, seconds=1)


def test_the_archive_limit_stops_copying_and_says_so(chat, server, media_root, settings):
    jpeg = (SAMPLES / "hopper.jpg").stat().st_size
    settings.HUB_MEDIA_MAX_ARCHIVE_BYTES = jpeg + 100
    post = post_with(
        chat, "3", (f"{server}/hopper.jpg", "photo", ""), (f"{server}/hopper.png", "photo", "")
    )
    done = run_copy(MediaCopy.objects.create(archive=post.archive).pk)
    assert done.copied == 1 and done.bytes_copied == jpeg
    assert "limit" in done.failures[0]["reason"]
    assert done.failures[0]["url"].endswith("/hopper.png")
    assert len(stored_files(media_root)) == 1


# Real commits (transactional_db): the worker runs as in its own process and closes
# its connections when done, which a test wrapped in one transaction would not survive.
def test_editors_start_it_in_the_admin_and_follow_progress(
    transactional_db, django_db_serialized_rollback, admin_client, chat, server, media_root
):
    post_with(chat, "4", (f"{server}/hopper.jpg", "photo", ""), (f"{server}/missing", "photo", ""))
    url = reverse("chat_archive_keep_media", args=[chat.pk])
    page = admin_client.get(url).content.decode()
    assert "2 media files are not kept yet." in page
    edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=[chat.pk])).content.decode()
    assert url in edit
    admin_client.post(url)
    admin_client.post(url)  # a second click while the first is queued starts nothing
    assert MediaCopy.objects.count() == 1
    assert "Copying: 0 of 2 (0%)." in admin_client.get(url).content.decode()
    # The background worker, as production runs it.
    call_command("db_worker", "--backend", "imports", "--batch", "--no-startup-delay", verbosity=0)
    page = admin_client.get(url).content.decode()
    assert "1 copied, 2 of 2 tried" in page
    assert "HTTP 404" in page and f"{server}/missing" in page
    assert "1 media file is not kept yet." in page


@override_settings(HUB_MEDIA_ALLOW_PRIVATE_HOSTS=False)
def test_a_post_whose_media_is_not_kept_shows_a_link_with_the_alt_text(client, chat):
    post = post_with(chat, "5", ("https://pbs.twimg.com/media/abc.jpg", "photo", "Our new gallery"))
    arrange(post.archive_id)
    bump_content_version()
    html = client.get(chat.url + "transcript/").content.decode()
    assert (
        '<a href="https://pbs.twimg.com/media/abc.jpg" rel="nofollow noopener ugc">Photo</a>'
        in html
    )
    assert ": Our new gallery" in html
    assert "<img" not in html.split('id="main"')[1]
