"""Packed files: a TAGS .xlsx (a zip), or an account archive whose posts are spread over
members: a zip, or the .tar.gz (or .tar) Mastodon wrote before 4.2.

Members are read as streams (`ZipFile.open`, `TarFile.extractfile`) and never extracted,
so a member's name cannot point outside anything; names that try (absolute, `..`) are
ignored anyway, and so are a tar's links and devices. Errors name the member:
"archive.zip/data/tweets.js, row 3, field “created_at”: ...".
"""

import json
import re
import tarfile
import zipfile
import zlib
from contextlib import contextmanager
from urllib.parse import urlsplit

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .formats import grailbird_csv, mastodon_json, tags_xlsx, twitter_js
from .records import ArchiveFileError, list_of, mapping, text_of

MAGIC = (b"PK\x03\x04", b"PK\x05\x06")  # a zip's first member, or an empty zip
GZIP_MAGIC = b"\x1f\x8b"
TAR_MAGIC = b"ustar"  # at offset 257 of a tar's first header (POSIX and GNU alike)
# A tar has no index: listing it reads every header, and a gzip of headers with nothing
# between them is tiny. Past this many members it is not a Mastodon export.
TAR_MEMBERS_LIMIT = 200_000
# Photos and videos of a Mastodon export, from this folder on (also under a bucket's
# folder in the attachment's path: /mastodonworld/media_attachments/files/…).
MEDIA_FOLDER = "media_attachments/"
SMALL_FILE = 1 << 20  # account.js, user_details.js, actor.json: a few hundred bytes
# An .xlsx's shared strings are parsed whole, before the first row: 47 MB of them took a
# web worker past 480 MB. A TAGS sheet of 100,000 tweets holds about 20 MB.
SHARED_STRINGS_LIMIT = 32 << 20
ROOT = r"(?:[^/]+/)?"  # archives re-zipped with their folder around them

X_TWEETS = re.compile(ROOT + r"data/tweets?(?:-part(\d+))?\.js")
X_ACCOUNT = re.compile(ROOT + r"data/account\.js")
# Photos, videos and GIFs of an X archive: data/tweets_media/<tweet id>-<file name>, the
# file name as in the media's address (a photo's media_url_https, a video's or GIF's
# highest-bitrate MP4); older archives (data/tweet.js) call the folder tweet_media/.
X_MEDIA = re.compile(ROOT + r"data/tweets?_media/(\d+-[^/]+)")
X_MEDIA_KEY = "tweets_media/"
GRAILBIRD_MONTH = re.compile(ROOT + r"data/js/tweets/\d{4}_\d{2}\.js")
GRAILBIRD_USER = re.compile(ROOT + r"data/js/user_details\.js")
GRAILBIRD_CSV = re.compile(ROOT + r"tweets\.csv")
OUTBOX = re.compile(ROOT + r"outbox\.json")
ACTOR = re.compile(ROOT + r"actor\.json")
KINDS = gettext_lazy(
    "a TAGS .xlsx, an X/Twitter archive (data/tweets.js), a Grailbird archive "
    "(data/js/tweets/ or tweets.csv) or a Mastodon export (outbox.json)"
)
UNPACK_ERRORS = (
    zipfile.BadZipFile,
    tarfile.TarError,
    zlib.error,
    EOFError,
    OSError,
    RuntimeError,
    NotImplementedError,
)


def _head(binary_file, size):
    start = binary_file.tell()
    head = binary_file.read(size)
    binary_file.seek(start)
    return head


def is_zip(binary_file):
    return _head(binary_file, 4) in MAGIC


def is_tar(binary_file):
    """A tar, or a gzip that should hold one (the name is not trusted: the bytes decide)."""
    head = _head(binary_file, 262)
    return head.startswith(GZIP_MAGIC) or head[257:262] == TAR_MAGIC


def is_packed(binary_file):
    return is_zip(binary_file) or is_tar(binary_file)


def _safe(name):
    parts = name.split("/")
    return not (name.startswith("/") or "\\" in name or ".." in parts or ":" in parts[0])


def _find(names, pattern):
    return [name for name in names if pattern.fullmatch(name)]


class ZipMembers:
    """A zip's regular members by name: their unpacked sizes, and each as a stream."""

    kind = "zip"

    def __init__(self, binary_file, file_name):
        self.file_name = file_name
        try:
            self.archive = zipfile.ZipFile(binary_file)
            self.infos = {
                i.filename: i
                for i in self.archive.infolist()
                if not i.is_dir() and _safe(i.filename)
            }
        except Exception as error:  # zipfile raises many kinds of error on a broken file
            raise ArchiveFileError(
                file_name,
                _("is not a readable zip file: %(error)s") % {"error": str(error)[:200]},
            ) from None

    def size(self, name):
        return self.infos[name].file_size

    def check_compression(self, name):
        """Declared sizes bound what ZipFile.open inflates only for stored and deflated
        members: its bzip2 and LZMA readers decompress whole chunks before cutting them to
        size, so a few KB could fill memory. Archives and spreadsheets use deflate."""
        if self.infos[name].compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise ArchiveFileError(
                f"{self.file_name}/{name}",
                _("uses a compression the hub does not unpack (only stored or deflated)"),
            )

    def open(self, name):
        return self.archive.open(self.infos[name])

    def close(self):
        self.archive.close()


class TarMembers:
    """A tar's (or .tar.gz's) regular files by name. Listing reads every header; a
    member's size is its header's, and its stream stops there."""

    kind = "tar"

    def __init__(self, binary_file, file_name, *, limit):
        self.file_name, self.infos = file_name, {}
        mode = "r:gz" if _head(binary_file, 2) == GZIP_MAGIC else "r:"
        total = 0
        try:
            # Kept open past this call, for the members' streams; close() closes it.
            self.archive = tarfile.open(fileobj=binary_file, mode=mode)  # noqa: SIM115
            while (info := self.archive.next()) is not None:
                total += info.size
                # Judged header by header, before the next header makes tarfile read past
                # this member: a gzip of one header declaring 100 GB is a few bytes.
                if total > limit:
                    raise ArchiveFileError(
                        f"{file_name}/{info.name}",
                        _(
                            "is %(size)s MB unpacked; the whole file unpacks to more than "
                            "%(limit)s MB"
                        )
                        % {"size": info.size // (1024 * 1024), "limit": limit // (1024 * 1024)},
                    )
                if len(self.archive.members) > TAR_MEMBERS_LIMIT:
                    raise ArchiveFileError(
                        file_name,
                        _("holds more than %(count)s files") % {"count": f"{TAR_MEMBERS_LIMIT:,}"},
                    )
                if info.isreg() and _safe(info.name):
                    self.infos[info.name] = info
        except ArchiveFileError:
            self.close()
            raise
        except (*UNPACK_ERRORS, ValueError) as error:
            self.close()
            raise ArchiveFileError(
                file_name,
                _("is not a readable tar file: %(error)s") % {"error": str(error)[:200]},
            ) from None

    def size(self, name):
        return self.infos[name].size

    def check_compression(self, name):
        """A tar's members are not compressed one by one: nothing to refuse."""

    def open(self, name):
        return self.archive.extractfile(self.infos[name])

    def close(self):
        if getattr(self, "archive", None):
            self.archive.close()


def open_members(binary_file, file_name, *, limit):
    """The members of a zip or tar file; ArchiveFileError if it cannot be read.

    `limit` bounds what a tar may unpack to in all: listing it reads through the whole
    file (a zip's sizes are in its index, and judged member by member by the caller).
    """
    if is_zip(binary_file):
        return ZipMembers(binary_file, file_name)
    return TarMembers(binary_file, file_name, limit=limit)


@contextmanager
def media_members(binary_file, file_name, *, limit):
    """{media key: member name} of a packed file's photos and videos, and its members.

    A Mastodon export's key is the member's path from media_attachments/ on, an X
    archive's "tweets_media/<tweet id>-<file name>": what `media_key` makes of a post's
    media item. The file's position is kept, so the caller can go on reading it.
    """
    start = binary_file.tell()
    members = open_members(binary_file, file_name, limit=limit)
    try:
        by_key = {}
        for name in members.infos:
            folder = name.find(MEDIA_FOLDER)
            if folder == 0 or (folder > 0 and name[folder - 1] == "/"):
                by_key.setdefault(name[folder:], name)
            elif found := X_MEDIA.fullmatch(name):
                by_key.setdefault(X_MEDIA_KEY + found.group(1), name)
        yield by_key, members
    finally:
        members.close()
        binary_file.seek(start)


def media_key(post_id, url):
    """Where a post's media item would be in its export (see `media_members`): a Mastodon
    attachment's path from media_attachments/ on, else "tweets_media/<post id>-<the
    address's file name>", as an X archive names the tweet's file."""
    try:
        path = urlsplit(url).path
    except ValueError:  # an http(s) address with a broken host ("https://[::1/x")
        return ""
    folder = path.find("/" + MEDIA_FOLDER)
    if folder >= 0:
        return path[folder + 1 :]
    return f"{X_MEDIA_KEY}{post_id}-{path.rpartition('/')[2]}"


def _small_json(members, member, file_name):
    """A small member's JSON, after any JavaScript assignment (`var user_details = `)."""
    name = f"{file_name}/{member}"
    if members.size(member) > SMALL_FILE:
        raise ArchiveFileError(name, _("is larger than %(size)s MB") % {"size": SMALL_FILE >> 20})
    try:
        with members.open(member) as stream:
            text = stream.read(SMALL_FILE).decode("utf-8-sig")
        start = min((i for i in (text.find("["), text.find("{")) if i >= 0), default=0)
        return json.JSONDecoder().raw_decode(text, start)[0]
    except (ValueError, RecursionError) as error:
        raise ArchiveFileError(
            name, _("is not valid UTF-8 JSON: %(error)s") % {"error": str(error)[:200]}
        ) from None
    except UNPACK_ERRORS as error:
        raise ArchiveFileError(
            name, _("could not be unpacked: %(error)s") % {"error": error}
        ) from None


def _x_account(data):
    account = mapping(mapping(next(iter(list_of(data)), None)).get("account"))
    return text_of(account.get("username")), text_of(account.get("accountDisplayName"))


def _grailbird_account(data):
    return text_of(mapping(data).get("screen_name")), text_of(mapping(data).get("full_name"))


def _mastodon_account(data):
    return mastodon_json.handle_from_actor_document(data), text_of(mapping(data).get("name"))


def _choose(names, kind):
    """(format module, members holding posts, member naming the account, its reader)."""
    if kind == "tar":  # only Mastodon (before 4.2) wrote its export as a .tar.gz
        return _mastodon(names)
    if tags_xlsx.detect_zip(names):
        return tags_xlsx, [], None, None
    if tweets := _find(names, X_TWEETS):
        parts = sorted(tweets, key=lambda name: int(X_TWEETS.fullmatch(name).group(1) or 0))
        return twitter_js, parts, next(iter(_find(names, X_ACCOUNT)), None), _x_account
    user = next(iter(_find(names, GRAILBIRD_USER)), None)
    # The month files have what tweets.csv lacks (entities, the author); both hold every tweet.
    if months := sorted(_find(names, GRAILBIRD_MONTH)):
        return twitter_js, months, user, _grailbird_account
    if user and (csv_files := _find(names, GRAILBIRD_CSV)):
        return grailbird_csv, csv_files[:1], user, _grailbird_account
    return _mastodon(names)


def _mastodon(names):
    if outbox := _find(names, OUTBOX):
        return mastodon_json, outbox[:1], next(iter(_find(names, ACTOR)), None), _mastodon_account
    return None, [], None, None


def packed_records(binary_file, file_name, *, limit, whole_limit, file_format=None, **options):
    """The format module and records of a zip or tar file; see importer.open_records.

    `limit` bounds the members holding posts, `whole_limit` everything a tar holds.
    """
    start = binary_file.tell()
    members = open_members(binary_file, file_name, limit=whole_limit)
    try:
        module, posts, account, read_handle = _choose(list(members.infos), members.kind)
        _check(members, module, posts, account, file_name, limit, file_format)
        if module is tags_xlsx:
            members.close()
            binary_file.seek(start)
            return module, module.parse(binary_file, file_name, **options)
        if account:
            handle, name = read_handle(_small_json(members, account, file_name))
            options["account_handle"] = options.get("account_handle") or handle
            options["account_name"] = options.get("account_name") or name
    except BaseException:
        members.close()
        raise
    binary_file.seek(start)
    return module, _member_records(members, posts, module, file_name, options)


def _check(members, module, posts, account, file_name, limit, file_format):
    """Refuse a file that holds no posts the hub reads, or unpacks past the limit."""
    infos = members.infos
    if module is None:
        held = ", ".join(sorted(infos)[:5]) or _("nothing")
        message = (
            _("is a zip file but not %(kinds)s; it holds %(held)s")
            if members.kind == "zip"
            else _("is a tar file but not a Mastodon export (outbox.json); it holds %(held)s")
        )
        raise ArchiveFileError(file_name, message % {"kinds": KINDS, "held": held})
    if file_format and file_format != module.NAME:
        raise ArchiveFileError(
            file_name,
            _("holds “%(found)s” data, not “%(format)s”")
            % {"found": module.NAME, "format": file_format},
        )
    read = list(infos) if module is tags_xlsx else [*posts, *([account] if account else [])]
    for name in read:
        members.check_compression(name)
    total = sum(members.size(name) for name in read)
    if total > limit:
        largest = max(read, key=members.size)
        raise ArchiveFileError(
            f"{file_name}/{largest}",
            _(
                "is %(size)s MB unpacked; the whole file unpacks to %(total)s MB and the limit "
                "is %(limit)s MB"
            )
            % {
                "size": members.size(largest) // (1024 * 1024),
                "total": total // (1024 * 1024),
                "limit": limit // (1024 * 1024),
            },
        )
    shared = "xl/sharedStrings.xml"
    if module is tags_xlsx and shared in infos and members.size(shared) > SHARED_STRINGS_LIMIT:
        raise ArchiveFileError(
            f"{file_name}/{shared}",
            _(
                "is %(size)s MB unpacked; the hub reads at most %(limit)s MB of a workbook's "
                "text. Export the sheet as CSV"
            )
            % {"size": members.size(shared) // (1024 * 1024), "limit": SHARED_STRINGS_LIMIT >> 20},
        )


def _member_records(members, names, module, file_name, options):
    try:
        for member in names:
            name = f"{file_name}/{member}"
            try:
                with members.open(member) as stream:
                    yield from module.parse(stream, name, **options)
            except UNPACK_ERRORS as error:
                raise ArchiveFileError(
                    name, _("could not be unpacked: %(error)s") % {"error": error}
                ) from None
    finally:
        members.close()


def unpacked_size(binary_file, *, limit):
    """The bytes a file's import reads: a zip's or tar's members unpacked, anything else
    as it is.

    Decides, with the file's own size, whether an upload is imported in the background:
    a 118 KB workbook can hold 47 MB of text.
    """
    start = binary_file.tell()
    try:
        if is_zip(binary_file):
            with zipfile.ZipFile(binary_file) as archive:
                return sum(info.file_size for info in archive.infolist())
        if is_tar(binary_file):
            members = TarMembers(binary_file, "", limit=limit)
            members.close()
            return sum(info.size for info in members.infos.values())
        binary_file.seek(0, 2)
        return binary_file.tell()
    except Exception:  # an unreadable file is refused by the import itself, with its reason
        return 0
    finally:
        binary_file.seek(start)
