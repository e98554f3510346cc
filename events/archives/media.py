"""Keep media: copy archived posts' photos and videos into the hub's own media storage.

Public pages make no third-party requests, so the transcript shows only the hub's copies
(else a link with the alt text). A copy is taken only when the whole file arrived over
http(s), within the size limits, and its bytes are the image or video type it claims;
then the file and its KeptMedia row are saved together or not at all. An account export
that carries its photos and videos (a Mastodon export's media_attachments/, an X
archive's data/tweets_media/) has them kept by its import, from the file itself, under
the same checks (`keep_from_archive`).
"""

import ipaddress
import socket
import time
import urllib.error
import urllib.request
from io import BytesIO
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Sum
from django.utils import timezone
from PIL import Image, UnidentifiedImageError

# tasks imports this module too: its task is looked up when a copy is queued.
from events.archives import sources, tasks
from events.archives.records import ArchiveFileError
from events.models import ArchivedPost, KeptMedia, MediaCopy, MediaCopyStatus
from hub.cache import bump_content_version

# Content type -> (Pillow format or None for video, file extension).
ACCEPTED = {
    "image/jpeg": ("JPEG", ".jpg"),
    "image/png": ("PNG", ".png"),
    "image/gif": ("GIF", ".gif"),
    "image/webp": ("WEBP", ".webp"),
    "video/mp4": (None, ".mp4"),
    "video/webm": (None, ".webm"),
}
# A packed export's members carry no content type: their extension claims one.
EXTENSIONS = {ext: kind for kind, (_format, ext) in ACCEPTED.items()} | {".jpeg": "image/jpeg"}
CHUNK = 64 * 1024


class MediaRefused(Exception):
    """Why one file was not kept, in words an editor can act on."""


def limits():
    return {
        "file": getattr(settings, "HUB_MEDIA_MAX_FILE_BYTES", 20 * 1024 * 1024),
        "archive": getattr(settings, "HUB_MEDIA_MAX_ARCHIVE_BYTES", 500 * 1024 * 1024),
        "seconds": getattr(settings, "HUB_MEDIA_TIMEOUT_SECONDS", 20),
        # Off in production: an archive must not make the hub fetch from its own network.
        "private": getattr(settings, "HUB_MEDIA_ALLOW_PRIVATE_HOSTS", False),
    }


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """Redirects are refused rather than followed: a public URL must not lead the hub to
    another scheme or to a host on its own network."""

    def redirect_request(self, _req, _fp, code, msg, headers, newurl):
        raise MediaRefused(f"redirected to {newurl[:200]} (redirects are not followed)")


_opener = urllib.request.build_opener(_NoRedirects)


def _check_address(url, allow_private):
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise MediaRefused("not an http or https address")
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or None)
    except OSError as error:
        raise MediaRefused(f"host not found ({error})") from None
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if not address.is_global:
            raise MediaRefused(f"{parts.hostname} is a private or local address")


def sniff(data, content_type):
    """Check the bytes are the type the server named; returns (width, height) for images."""
    pillow_format, _ext = ACCEPTED[content_type]
    if pillow_format is None:
        is_mp4 = data[4:8] == b"ftyp"
        is_webm = data[:4] == b"\x1a\x45\xdf\xa3"
        if (content_type == "video/mp4" and is_mp4) or (content_type == "video/webm" and is_webm):
            return None, None
        raise MediaRefused(f"the file is not a {content_type} video")
    try:
        with Image.open(BytesIO(data)) as image:
            found, size = image.format, image.size
            image.verify()
        if found == "JPEG":
            _decode_small(data)
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise MediaRefused(f"not a readable image ({error.__class__.__name__})") from None
    if found != pillow_format:
        raise MediaRefused(f"sent as {content_type} but the file is {found}")
    return size


def _decode_small(data):
    """Decode a JPEG at an eighth of its size: verify() reads only its header, so a file
    cut short passes it; decoding reaches the end (and says "truncated") at little cost."""
    with Image.open(BytesIO(data)) as image:
        image.draft("RGB", (image.width // 8 or 1, image.height // 8 or 1))
        image.load()


def fetch(url, *, max_bytes, seconds, allow_private=False):
    """The file at `url` as (bytes, content type, width, height); raises MediaRefused."""
    _check_address(url, allow_private)
    deadline = time.monotonic() + seconds
    # The scheme was checked above (http/https only) and redirects are refused.
    request = urllib.request.Request(url, headers={"User-Agent": "musesocial-hub keep-media"})  # noqa: S310
    try:
        with _opener.open(request, timeout=seconds) as response:
            content_type = response.headers.get_content_type()
            if content_type not in ACCEPTED:
                raise MediaRefused(f"{content_type} is not an image or video type the hub keeps")
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise MediaRefused(f"{int(length):,} bytes is over the {max_bytes:,}-byte limit")
            body = bytearray()
            # read1: whatever one receive brings, so the deadline is checked between
            # receives; read(CHUNK) waits for a whole chunk, and a server trickling a
            # byte at a time would hold the worker far past the time limit.
            while chunk := response.read1(CHUNK):
                body += chunk
                if len(body) > max_bytes:
                    raise MediaRefused(f"over the {max_bytes:,}-byte limit")
                if time.monotonic() > deadline:
                    raise MediaRefused(f"took longer than {seconds} seconds")
    except urllib.error.HTTPError as error:
        raise MediaRefused(f"HTTP {error.code}") from None
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        reason = getattr(error, "reason", error)
        if isinstance(reason, TimeoutError) or isinstance(error, TimeoutError):
            raise MediaRefused(f"took longer than {seconds} seconds") from None
        raise MediaRefused(f"could not be fetched ({reason})") from None
    if not body:
        raise MediaRefused("the file is empty")
    width, height = sniff(bytes(body), content_type)
    return bytes(body), content_type, width, height


def kept_media(post_pks):
    """{(post pk, media index): KeptMedia} for the posts shown; no query for none."""
    if not post_pks:
        return {}
    return {
        (kept.post_id, kept.index): kept
        for kept in KeptMedia.objects.filter(post_id__in=post_pks).only(
            "post_id", "index", "file", "content_type", "width", "height"
        )
    }


def wanted(archive_id):
    """(post pk, post id, index, url) of every media item of the archive's visible posts
    not yet kept."""
    kept = set(
        KeptMedia.objects.filter(post__archive_id=archive_id).values_list("post_id", "index")
    )
    posts = (
        ArchivedPost.objects.filter(archive_id=archive_id, hidden=False)
        .exclude(media=[])
        .order_by("position", "created_at")
        .values_list("pk", "post_id", "media")
    )
    for pk, post_id, media in posts.iterator(chunk_size=2000):
        for index, item in enumerate(media if isinstance(media, list) else []):
            url = item.get("url") if isinstance(item, dict) else None
            if url and (pk, index) not in kept:
                yield pk, post_id, index, url


def start_copy(archive, user=None):
    """Queue a "Keep media" run for the archive; returns its MediaCopy."""
    copy = MediaCopy.objects.create(
        archive=archive, started_by=user, total=sum(1 for _item in wanted(archive.pk))
    )
    transaction.on_commit(lambda: tasks.keep_media.enqueue(copy.pk))
    return copy


def _save(post_pk, index, url, data, content_type, width, height):
    """The file and its row, together: a failed insert removes the file it just wrote."""
    kept = KeptMedia(
        post_id=post_pk,
        index=index,
        source_url=url[:1000],
        content_type=content_type,
        size=len(data),
        width=width,
        height=height,
    )
    kept.file.save(ACCEPTED[content_type][1], ContentFile(data), save=False)
    try:
        with transaction.atomic():
            kept.save()
    except Exception:
        kept.file.delete(save=False)
        raise
    return kept


def run_copy(copy_id):
    """Copy every wanted media item of the run's archive; progress and failures are kept
    on the MediaCopy as it goes. Returns the MediaCopy."""
    copy = MediaCopy.objects.select_related("archive").get(pk=copy_id)
    rules = limits()

    def download(url, max_bytes):
        return fetch(
            url, max_bytes=max_bytes, seconds=rules["seconds"], allow_private=rules["private"]
        )

    items = [(pk, index, url, url) for pk, _post_id, index, url in wanted(copy.archive_id)]
    return _copy(copy, items, download, rules)


def _copy(copy, items, take, rules):
    """Keep each (post pk, index, url, source) item: `take(source, max_bytes)` gives
    (bytes, content type, width, height) or raises MediaRefused, which is listed."""
    used = (
        KeptMedia.objects.filter(post__archive_id=copy.archive_id).aggregate(n=Sum("size"))["n"]
        or 0
    )
    copy.status, copy.done, copy.copied, copy.failures = MediaCopyStatus.COPYING, 0, 0, []
    copy.total = len(items)
    copy.bytes_copied = used
    copy.save()
    try:
        for post_pk, index, url, source in items:
            try:
                room = rules["archive"] - used
                if room <= 0:
                    raise MediaRefused("the archive's media limit is reached")
                data, content_type, width, height = take(source, min(rules["file"], room))
                _save(post_pk, index, url, data, content_type, width, height)
                used += len(data)
                copy.copied += 1
            except MediaRefused as refused:
                copy.failures.append({"url": url[:500], "post": post_pk, "reason": str(refused)})
            copy.done += 1
            copy.bytes_copied = used
            MediaCopy.objects.filter(pk=copy.pk).update(
                done=copy.done,
                copied=copy.copied,
                bytes_copied=used,
                failures=copy.failures,
            )
        copy.status = MediaCopyStatus.DONE
    except Exception as error:
        copy.status, copy.error = MediaCopyStatus.FAILED, f"{error.__class__.__name__}: {error}"
        raise
    finally:
        copy.finished_at = timezone.now()
        copy.save()
        if copy.copied:
            bump_content_version()
    return copy


def _member_type(name):
    """The content type a member's extension claims (Mastodon keeps the upload's: .PNG)."""
    return EXTENSIONS.get(PurePosixPath(name).suffix.lower())


def read_member(members, name, max_bytes):
    """A packed file's member as (bytes, content type, width, height); raises MediaRefused.

    Judged on its unpacked size before a byte is read, as the import judges the posts'
    members, and read no further than that in any case.
    """
    content_type = _member_type(name)
    if content_type is None:
        raise MediaRefused("not an image or video type the hub keeps (by its extension)")
    size = members.size(name)
    if size > max_bytes:
        raise MediaRefused(f"{size:,} bytes unpacked is over the {max_bytes:,}-byte limit")
    try:
        members.check_compression(name)
        with members.open(name) as stream:
            data = stream.read(max_bytes + 1)
    except ArchiveFileError as error:
        raise MediaRefused(error.message) from None
    except sources.UNPACK_ERRORS as error:
        raise MediaRefused(f"could not be unpacked ({error})") from None
    if len(data) > max_bytes:
        raise MediaRefused(f"over the {max_bytes:,}-byte limit")
    if not data:
        raise MediaRefused("the file is empty")
    width, height = sniff(data, content_type)
    return data, content_type, width, height


def keep_from_archive(archive, binary_file, file_name, *, whole_limit, user=None):
    """Keep the photos and videos an account export carries (a Mastodon export's members
    under media_attachments/, named by its posts' attachment paths; an X archive's
    data/tweets_media/<tweet id>-<file name>), as "Keep media" would from their
    addresses; nothing is fetched. Returns the MediaCopy listing what was kept and what
    was refused and why, or None when the file holds none of the archive's media not yet
    kept. A member that fails is listed, never an error: the posts are already in.
    """
    if not sources.is_packed(binary_file):
        return None
    try:
        with sources.media_members(binary_file, file_name, limit=whole_limit) as found:
            by_key, members = found
            if not by_key:  # a spreadsheet, an archive without media: no query for the posts
                return None
            items = [
                (pk, index, url, by_key[key])
                for pk, post_id, index, url in wanted(archive.pk)
                if (key := sources.media_key(post_id, url)) in by_key
            ]
            if not items:
                return None

            def unpack(name, max_bytes):
                try:
                    return read_member(members, name, max_bytes)
                except MediaRefused as refused:
                    raise MediaRefused(f"{file_name}/{name}: {refused}") from None

            copy = MediaCopy.objects.create(archive=archive, started_by=user, total=len(items))
            return _copy(copy, items, unpack, limits())
    except ArchiveFileError:  # the import has just read the same file: not expected
        return None
