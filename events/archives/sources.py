"""Zip files: a TAGS .xlsx, or an account archive whose posts are spread over members.

Members are read through `ZipFile.open` as streams and never extracted, so a member's
name cannot point outside anything; names that try (absolute, `..`) are ignored anyway.
Errors name the member: "archive.zip/data/tweets.js, row 3, field “created_at”: ...".
"""

import json
import re
import zipfile
import zlib

from .formats import mastodon_json, tags_xlsx, twitter_js
from .records import ArchiveFileError, list_of, mapping, text_of

MAGIC = (b"PK\x03\x04", b"PK\x05\x06")  # a zip's first member, or an empty zip
SMALL_FILE = 1 << 20  # account.js, user_details.js, actor.json: a few hundred bytes
ROOT = r"(?:[^/]+/)?"  # archives re-zipped with their folder around them

X_TWEETS = re.compile(ROOT + r"data/tweets?(?:-part(\d+))?\.js")
X_ACCOUNT = re.compile(ROOT + r"data/account\.js")
GRAILBIRD_MONTH = re.compile(ROOT + r"data/js/tweets/\d{4}_\d{2}\.js")
GRAILBIRD_USER = re.compile(ROOT + r"data/js/user_details\.js")
OUTBOX = re.compile(ROOT + r"outbox\.json")
ACTOR = re.compile(ROOT + r"actor\.json")
KINDS = (
    "a TAGS .xlsx, an X/Twitter archive (data/tweets.js), a Grailbird archive "
    "(data/js/tweets/) or a Mastodon export (outbox.json)"
)
UNPACK_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    OSError,
    RuntimeError,
    NotImplementedError,
)


def is_zip(binary_file):
    start = binary_file.tell()
    magic = binary_file.read(4)
    binary_file.seek(start)
    return magic in MAGIC


def _safe(name):
    parts = name.split("/")
    return not (name.startswith("/") or "\\" in name or ".." in parts or ":" in parts[0])


def _find(names, pattern):
    return [name for name in names if pattern.fullmatch(name)]


def _small_json(archive, info, file_name):
    """A small member's JSON, after any JavaScript assignment (`var user_details = `)."""
    name = f"{file_name}/{info.filename}"
    if info.file_size > SMALL_FILE:
        raise ArchiveFileError(name, f"is larger than {SMALL_FILE >> 20} MB")
    try:
        with archive.open(info) as stream:
            text = stream.read(SMALL_FILE).decode("utf-8-sig")
        start = min((i for i in (text.find("["), text.find("{")) if i >= 0), default=0)
        return json.JSONDecoder().raw_decode(text, start)[0]
    except (ValueError, RecursionError) as error:
        raise ArchiveFileError(name, f"is not valid UTF-8 JSON: {str(error)[:200]}") from None
    except UNPACK_ERRORS as error:
        raise ArchiveFileError(name, f"could not be unpacked: {error}") from None


def _x_handle(data):
    return text_of(mapping(mapping(next(iter(list_of(data)), None)).get("account")).get("username"))


def _grailbird_handle(data):
    return text_of(mapping(data).get("screen_name"))


def _mastodon_handle(data):
    return mastodon_json.handle_from_actor_document(data)


def _choose(names):
    """(format module, members holding posts, member naming the account, its reader)."""
    if tags_xlsx.detect_zip(names):
        return tags_xlsx, [], None, None
    if tweets := _find(names, X_TWEETS):
        parts = sorted(tweets, key=lambda name: int(X_TWEETS.fullmatch(name).group(1) or 0))
        return twitter_js, parts, next(iter(_find(names, X_ACCOUNT)), None), _x_handle
    if months := sorted(_find(names, GRAILBIRD_MONTH)):
        return twitter_js, months, next(iter(_find(names, GRAILBIRD_USER)), None), _grailbird_handle
    if outbox := _find(names, OUTBOX):
        return mastodon_json, outbox[:1], next(iter(_find(names, ACTOR)), None), _mastodon_handle
    return None, [], None, None


def zip_records(binary_file, file_name, *, limit, file_format=None, **options):
    """The format module and records of a zip file; see importer.open_records."""
    start = binary_file.tell()
    try:
        archive = zipfile.ZipFile(binary_file)
        members = {
            i.filename: i for i in archive.infolist() if not i.is_dir() and _safe(i.filename)
        }
    except Exception as error:  # zipfile raises many kinds of error on a broken file
        raise ArchiveFileError(
            file_name, f"is not a readable zip file: {str(error)[:200]}"
        ) from None
    module, posts, account, read_handle = _choose(list(members))
    if module is None:
        raise ArchiveFileError(file_name, f"is a zip file but not {KINDS}")
    if file_format and file_format != module.NAME:
        raise ArchiveFileError(file_name, f"holds “{module.NAME}” data, not “{file_format}”")
    read = list(members) if module is tags_xlsx else [*posts, *([account] if account else [])]
    # Declared sizes bound what ZipFile.open inflates only for stored and deflated members:
    # its bzip2 and LZMA readers decompress whole chunks before cutting them to size, so a
    # few KB could fill memory. Archives and spreadsheets use deflate; refuse the others.
    for name in read:
        if members[name].compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise ArchiveFileError(
                f"{file_name}/{name}",
                "uses a compression the hub does not unpack (only stored or deflated)",
            )
    total = sum(members[name].file_size for name in read)
    if total > limit:
        raise ArchiveFileError(
            file_name,
            f"unpacks to {total // (1024 * 1024)} MB; the limit is {limit // (1024 * 1024)} MB",
        )
    if module is tags_xlsx:
        archive.close()
        binary_file.seek(start)
        return module, module.parse(binary_file, file_name, **options)
    if account and not options.get("account_handle"):
        options["account_handle"] = read_handle(_small_json(archive, members[account], file_name))
    binary_file.seek(start)
    return module, _member_records(
        archive, [members[name] for name in posts], module, file_name, options
    )


def _member_records(archive, infos, module, file_name, options):
    try:
        for info in infos:
            name = f"{file_name}/{info.filename}"
            try:
                with archive.open(info) as stream:
                    yield from module.parse(stream, name, **options)
            except UNPACK_ERRORS as error:
                raise ArchiveFileError(name, f"could not be unpacked: {error}") from None
    finally:
        archive.close()
