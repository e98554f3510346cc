"""Zip files: a TAGS .xlsx, or an account archive whose posts are spread over members.

Members are read through `ZipFile.open` as streams and never extracted, so a member's
name cannot point outside anything; names that try (absolute, `..`) are ignored anyway.
Errors name the member: "archive.zip/data/tweets.js, row 3, field “created_at”: ...".
"""

import json
import re
import zipfile
import zlib

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .formats import grailbird_csv, mastodon_json, tags_xlsx, twitter_js
from .records import ArchiveFileError, list_of, mapping, text_of

MAGIC = (b"PK\x03\x04", b"PK\x05\x06")  # a zip's first member, or an empty zip
SMALL_FILE = 1 << 20  # account.js, user_details.js, actor.json: a few hundred bytes
# An .xlsx's shared strings are parsed whole, before the first row: 47 MB of them took a
# web worker past 480 MB. A TAGS sheet of 100,000 tweets holds about 20 MB.
SHARED_STRINGS_LIMIT = 32 << 20
ROOT = r"(?:[^/]+/)?"  # archives re-zipped with their folder around them

X_TWEETS = re.compile(ROOT + r"data/tweets?(?:-part(\d+))?\.js")
X_ACCOUNT = re.compile(ROOT + r"data/account\.js")
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
        raise ArchiveFileError(name, _("is larger than %(size)s MB") % {"size": SMALL_FILE >> 20})
    try:
        with archive.open(info) as stream:
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


def _choose(names):
    """(format module, members holding posts, member naming the account, its reader)."""
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
    if outbox := _find(names, OUTBOX):
        return mastodon_json, outbox[:1], next(iter(_find(names, ACTOR)), None), _mastodon_account
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
            file_name, _("is not a readable zip file: %(error)s") % {"error": str(error)[:200]}
        ) from None
    module, posts, account, read_handle = _choose(list(members))
    if module is None:
        held = ", ".join(sorted(members)[:5]) or _("nothing")
        raise ArchiveFileError(
            file_name,
            _("is a zip file but not %(kinds)s; it holds %(held)s")
            % {"kinds": KINDS, "held": held},
        )
    if file_format and file_format != module.NAME:
        raise ArchiveFileError(
            file_name,
            _("holds “%(found)s” data, not “%(format)s”")
            % {"found": module.NAME, "format": file_format},
        )
    read = list(members) if module is tags_xlsx else [*posts, *([account] if account else [])]
    # Declared sizes bound what ZipFile.open inflates only for stored and deflated members:
    # its bzip2 and LZMA readers decompress whole chunks before cutting them to size, so a
    # few KB could fill memory. Archives and spreadsheets use deflate; refuse the others.
    for name in read:
        if members[name].compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise ArchiveFileError(
                f"{file_name}/{name}",
                _("uses a compression the hub does not unpack (only stored or deflated)"),
            )
    total = sum(members[name].file_size for name in read)
    if total > limit:
        largest = max(read, key=lambda name: members[name].file_size)
        raise ArchiveFileError(
            f"{file_name}/{largest}",
            _(
                "is %(size)s MB unpacked; the whole file unpacks to %(total)s MB and the limit "
                "is %(limit)s MB"
            )
            % {
                "size": members[largest].file_size // (1024 * 1024),
                "total": total // (1024 * 1024),
                "limit": limit // (1024 * 1024),
            },
        )
    shared = members.get("xl/sharedStrings.xml")
    if module is tags_xlsx and shared and shared.file_size > SHARED_STRINGS_LIMIT:
        raise ArchiveFileError(
            f"{file_name}/xl/sharedStrings.xml",
            _(
                "is %(size)s MB unpacked; the hub reads at most %(limit)s MB of a workbook's "
                "text. Export the sheet as CSV"
            )
            % {"size": shared.file_size // (1024 * 1024), "limit": SHARED_STRINGS_LIMIT >> 20},
        )
    if module is tags_xlsx:
        archive.close()
        binary_file.seek(start)
        return module, module.parse(binary_file, file_name, **options)
    if account:
        handle, name = read_handle(_small_json(archive, members[account], file_name))
        options["account_handle"] = options.get("account_handle") or handle
        options["account_name"] = options.get("account_name") or name
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
                raise ArchiveFileError(
                    name, _("could not be unpacked: %(error)s") % {"error": error}
                ) from None
    finally:
        archive.close()


def unpacked_size(binary_file):
    """The bytes a file's import reads: a zip's members unpacked, anything else as it is.

    Decides, with the file's own size, whether an upload is imported in the background:
    a 118 KB workbook can hold 47 MB of text.
    """
    start = binary_file.tell()
    try:
        if not is_zip(binary_file):
            binary_file.seek(0, 2)
            return binary_file.tell()
        with zipfile.ZipFile(binary_file) as archive:
            return sum(info.file_size for info in archive.infolist())
    except Exception:  # an unreadable zip is refused by the import itself, with its reason
        return 0
    finally:
        binary_file.seek(start)
