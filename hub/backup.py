"""Backups: one archive holding the database, the media files and a manifest.

The archive is a gzipped tar with, in this order:

- ``database.sqlite3`` (SQLite's online backup API) or ``database.pgdump``
  (``pg_dump --format=custom``): the engine's own tool, so nothing is lost in a
  translation through Django's serialisers and large databases stay fast;
- ``media/...``: every file under MEDIA_ROOT;
- ``manifest.json``: format, versions, engine, applied migrations, row counts and the
  SHA-256 of every other member. It comes last because the checksums are only known
  once the rest is written.

Restoring reads and checks the whole archive before it changes anything, restores the
database in one transaction, then swaps the media in by renames. See docs/backups.md.
"""

import contextlib
import hashlib
import io
import json
import os
import platform
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
import zlib
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.files.storage import FileSystemStorage, default_storage, storages
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections, transaction
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.loader import MigrationLoader
from wagtail.models import Site

from hub.cache import bump_content_version

FORMAT = "musesocial-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DATABASE_MEMBERS = {"sqlite": "database.sqlite3", "postgresql": "database.pgdump"}
# Other local file storages (settings.STORAGES) are saved under their alias, e.g.
# archive_uploads/... for chat archive files waiting to be imported.
SKIPPED_STORAGES = {"default", "staticfiles"}
# Work directories made inside MEDIA_ROOT while a restore runs; never backed up.
STAGING_PREFIXES = (".restore-", ".replaced-")
# What the manifest counts, so a restore can prove it brought everything back.
COUNTED = [
    "wagtailcore.Page",
    "wagtailcore.Revision",
    "wagtailcore.Locale",
    "wagtail_localize.Translation",
    "events.ChatArchive",
    "events.ArchivedPost",
    "events.ChatProposal",
    "resources.ContributedResource",
    "wagtaildocs.Document",
    "wagtailimages.Image",
    "wagtailimages.Rendition",
    "auth.User",
]
CHUNK = 1024 * 1024


class BackupError(Exception):
    """A backup or restore that cannot go ahead; the message says why and what to do."""


def default_path(directory=None):
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    folder = Path(directory) if directory else Path(settings.BASE_DIR) / "backups"
    return folder / f"musesocial-{stamp}.tar.gz"


def engine_of(connection):
    if connection.vendor not in DATABASE_MEMBERS:
        raise BackupError(f"Backups support SQLite and PostgreSQL, not {connection.vendor}.")
    return connection.vendor


def media_root():
    """MEDIA_ROOT when media are local files; None when they live elsewhere (S3)."""
    if not isinstance(default_storage, FileSystemStorage):
        return None
    return Path(settings.MEDIA_ROOT)


def file_roots():
    """{member prefix: folder} of every local file storage a backup holds."""
    roots = {"media": media_root()} if media_root() else {}
    for alias in settings.STORAGES.keys() - SKIPPED_STORAGES:
        if isinstance(storages[alias], FileSystemStorage):
            roots[alias] = Path(storages[alias].location)
    return roots


def is_empty(using=DEFAULT_DB_ALIAS):
    """True when the database has no tables at all (never migrated)."""
    connection = connections[using]
    with connection.cursor() as cursor:
        return not connection.introspection.table_names(cursor)


# --- Backing up ------------------------------------------------------------------------


def create_backup(path=None, *, using=DEFAULT_DB_ALIAS):
    """Write a backup archive to `path` (a file, or a folder for a dated name); returns
    (path, manifest). A failed backup leaves no file behind."""
    connection = connections[using]
    engine = engine_of(connection)
    if not path:
        path = default_path()
    elif Path(path).is_dir() or str(path).endswith(("/", os.sep)):
        path = default_path(path)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    with tempfile.TemporaryDirectory(prefix="hub-backup-") as work:
        dump = Path(work) / DATABASE_MEMBERS[engine]
        if engine == "sqlite":
            database = _dump_sqlite(connection, dump)
        else:
            database = _dump_postgresql(connection, dump)
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "engine": engine,
            "versions": _versions(),
            **database,
            "media": {"included": media_root() is not None, "files": 0, "bytes": 0},
            "file_roots": {},
            "checksums": {},
        }
        try:
            # Owner-only: the archive holds contributors' email addresses and password hashes.
            descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with (
                os.fdopen(descriptor, "wb") as handle,
                tarfile.open(fileobj=handle, mode="w:gz") as tar,
            ):
                manifest["checksums"][dump.name] = _add_file(tar, dump, dump.name)
                for prefix, root in file_roots().items():
                    totals = manifest["file_roots"][prefix] = {"files": 0, "bytes": 0}
                    for file, name in _files(root, prefix):
                        manifest["checksums"][name] = _add_file(tar, file, name)
                        totals["files"] += 1
                        totals["bytes"] += file.stat().st_size
                if "media" in manifest["file_roots"]:
                    manifest["media"].update(manifest["file_roots"]["media"])
                data = json.dumps(manifest, indent=2, sort_keys=True).encode()
                info = tarfile.TarInfo(MANIFEST)
                info.size, info.mtime = len(data), int(datetime.now(UTC).timestamp())
                tar.addfile(info, io.BytesIO(data))
            os.replace(partial, path)
        finally:
            partial.unlink(missing_ok=True)
    return path, manifest


def _sqlite_file(connection):
    name = str(connection.settings_dict["NAME"])
    if name == ":memory:" or "mode=memory" in name:
        raise BackupError("An in-memory SQLite database cannot be backed up or restored.")
    return name


def _dump_sqlite(connection, dump):
    name = _sqlite_file(connection)
    if not Path(name).exists():
        raise BackupError(f"The SQLite database {name} does not exist.")
    # The online backup API copies a consistent snapshot even while the site writes.
    source = sqlite3.connect(name)
    target = sqlite3.connect(dump)
    try:
        source.backup(target)
    finally:
        source.close()
    try:
        # Counted in the copy itself, so the figures match exactly what was saved.
        return {
            "database_version": sqlite3.sqlite_version,
            "migrations": _applied_sqlite(target),
            "counts": _counts(target.cursor()),
        }
    finally:
        target.close()


def _applied_sqlite(sqlite_connection):
    rows = sqlite_connection.execute('SELECT app, name FROM "django_migrations"').fetchall()
    return sorted(f"{app}.{name}" for app, name in rows)


def _dump_postgresql(connection, dump):
    # Counts and dump read one exported snapshot, so they describe the same data even
    # while the site keeps writing.
    with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        cursor.execute("SELECT pg_export_snapshot(), current_setting('server_version')")
        snapshot, server_version = cursor.fetchone()
        cursor.execute("SELECT app, name FROM django_migrations")
        migrations = sorted(f"{app}.{name}" for app, name in cursor.fetchall())
        counts = _counts(cursor)
        _run(["pg_dump", "--format=custom", f"--snapshot={snapshot}", f"--file={dump}"], connection)
    return {
        "database_version": server_version,
        "dump_tool": _run(["pg_dump", "--version"], connection).strip(),
        "migrations": migrations,
        "counts": counts,
    }


def _counts(cursor, labels=COUNTED):
    counts = {}
    for label in labels:
        try:
            model = apps.get_model(label)
        except LookupError:
            continue
        cursor.execute(f'SELECT COUNT(*) FROM "{model._meta.db_table}"')  # noqa: S608
        counts[label] = cursor.fetchone()[0]
    return counts


def _files(root, prefix):
    if not root.is_dir():
        return
    for directory, folders, files in os.walk(root):
        here = Path(directory)
        if here == root:
            folders[:] = [f for f in folders if not f.startswith(STAGING_PREFIXES)]
        folders.sort()
        for name in sorted(files):
            file = here / name
            if file.is_file() and not file.is_symlink():
                yield file, f"{prefix}/{file.relative_to(root).as_posix()}"


def _add_file(tar, file, name):
    """Add `file` as `name`, hashing the very bytes written; returns the SHA-256."""
    digest = hashlib.sha256()
    info = tarfile.TarInfo(name)
    stat = file.stat()
    info.size, info.mtime, info.mode = stat.st_size, int(stat.st_mtime), 0o644

    with file.open("rb") as handle:
        tar.addfile(info, _Hashing(handle, digest))
    return digest.hexdigest()


class _Hashing:
    """A file wrapper that hashes what tarfile reads from it."""

    def __init__(self, handle, digest):
        self.handle, self.digest = handle, digest

    def read(self, size=-1):
        data = self.handle.read(size)
        self.digest.update(data)
        return data


def _versions():
    versions = {"python": platform.python_version()}
    for package in ("django", "wagtail", "wagtail-localize", "psycopg"):
        with contextlib.suppress(metadata.PackageNotFoundError):
            versions[package] = metadata.version(package)
    return versions


# --- Restoring -------------------------------------------------------------------------


def restore_backup(path, *, using=DEFAULT_DB_ALIAS, confirm=lambda: False, log=print):
    """Restore the archive at `path` into the database and MEDIA_ROOT; returns the manifest.

    Refuses (BackupError) before changing anything when the file is not a sound backup,
    was made on another engine or by newer code, or when the database is not empty and
    `confirm()`, asked only then and after the archive has been checked, says no.
    """
    connection = connections[using]
    engine = engine_of(connection)
    roots = file_roots()
    with tempfile.TemporaryDirectory(prefix="hub-restore-") as work:
        staging = {}
        try:
            # Staged inside each folder, so the swap below is renames on one filesystem.
            for prefix, root in roots.items():
                root.mkdir(parents=True, exist_ok=True)
                staging[prefix] = Path(tempfile.mkdtemp(prefix=STAGING_PREFIXES[0], dir=root))
            manifest, dump = unpack(path, Path(work), staging)
            check_compatible(manifest, engine)
            try:
                empty = is_empty(using)
            except DatabaseError as error:
                raise BackupError(f"Cannot open the database to restore into ({error}).") from error
            if not empty and not confirm():
                raise BackupError(
                    "The database is not empty; restoring replaces everything in it. "
                    "Confirm with --yes."
                )
            saved = manifest.get("file_roots", {})
            for prefix in sorted(saved.keys() - roots.keys()):
                log(f"{prefix}: not local files here (S3?); its files in the backup were skipped.")
            if engine == "sqlite":
                connection.close()
                _restore_sqlite(connection, dump)
            else:
                _restore_postgresql(connection, dump, log)
            for prefix in saved.keys() & roots.keys():
                _swap_files(roots[prefix], staging[prefix])
        finally:
            for folder in staging.values():
                if folder.exists():
                    shutil.rmtree(folder)
    _forget_cached_content()
    _check_counts(connection, manifest)
    return manifest


def unpack(path, work, staging=None):
    """Read the whole archive, checking every member; returns (manifest, database file).

    The database goes to `work`, files to `staging[prefix]` (skipped when not there).
    """
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"{path} does not exist.")
    digests, manifest, dump = {}, None, None
    try:
        with tarfile.open(path, "r:gz") as tar:
            for member in tar:
                name = member.name
                if name == MANIFEST:
                    manifest = _read_manifest(tar.extractfile(member).read(), path)
                    continue
                prefix = name.split("/", 1)[0]
                if manifest is not None or not member.isfile() or not _safe_name(name):
                    raise BackupError(f"{path} is not a musesocial backup (member {name!r}).")
                if name in DATABASE_MEMBERS.values():
                    dump = work / name
                    target = dump
                elif staging and prefix in staging:
                    target = staging[prefix] / name.split("/", 1)[1]
                else:
                    target = None
                digests[name] = _copy_out(tar.extractfile(member), target)
    except (tarfile.TarError, EOFError, OSError, zlib.error) as error:
        raise BackupError(f"{path} is not a readable backup archive ({error}).") from error
    if manifest is None or dump is None:
        raise BackupError(f"{path} is not a musesocial backup (no manifest or database).")
    if digests != manifest["checksums"]:
        broken = sorted(
            name
            for name in digests.keys() | manifest["checksums"].keys()
            if digests.get(name) != manifest["checksums"].get(name)
        )
        raise BackupError(f"{path} is damaged: {', '.join(broken[:5])} do not match.")
    return manifest, dump


def _read_manifest(data, path):
    try:
        manifest = json.loads(data)
    except ValueError as error:
        raise BackupError(f"{path} has an unreadable manifest.") from error
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(f"{path} is not a musesocial backup.")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise BackupError(
            f"{path} is in backup format {manifest.get('format_version')}; this code reads "
            f"format {FORMAT_VERSION}."
        )
    return manifest


def _safe_name(name):
    parts = Path(name).parts
    if not parts or name.startswith("/") or ".." in parts or "\\" in name:
        return False
    # A file inside a storage folder: "<prefix>/<path>", the prefix a plain name.
    return name in DATABASE_MEMBERS.values() or (
        len(parts) > 1 and parts[0].replace("_", "").isalnum()
    )


def _copy_out(source, target):
    digest = hashlib.sha256()
    handle = None
    if target is not None:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle = target.open("wb")
    try:
        while chunk := source.read(CHUNK):
            digest.update(chunk)
            if handle:
                handle.write(chunk)
    finally:
        if handle:
            handle.close()
    return digest.hexdigest()


def check_compatible(manifest, engine):
    if manifest["engine"] != engine:
        raise BackupError(
            f"This backup holds a {manifest['engine']} database and this site uses {engine}; "
            "restore it on the same engine (dumpdata/loaddata can move data across engines)."
        )
    known = MigrationLoader(None, ignore_no_migrations=True).disk_migrations.keys()
    unknown = sorted(set(manifest["migrations"]) - {f"{app}.{name}" for app, name in known})
    if unknown:
        raise BackupError(
            "This backup was made by newer code: it has migrations this code does not know "
            f"({', '.join(unknown[:5])}). Restore it with the version that made it."
        )


def _restore_sqlite(connection, dump):
    check = sqlite3.connect(dump)
    try:
        if check.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise BackupError("The database in the backup fails SQLite's integrity check.")
    finally:
        check.close()
    # The checked copy goes in through the backup API rather than a file rename: the
    # database may be open in a running server (with a -wal file), whose connections
    # would stay on the old file. The API writes in one transaction, all or nothing,
    # and every connection sees the result.
    source = sqlite3.connect(dump)
    target = sqlite3.connect(_sqlite_file(connection), timeout=30)
    try:
        source.backup(target)
    except sqlite3.Error as error:
        raise BackupError(f"SQLite refused the restore, nothing changed ({error}).") from error
    finally:
        source.close()
        target.close()


def _restore_postgresql(connection, dump, log):
    listing = _run(["pg_restore", "--list", str(dump)], connection)
    in_dump = {
        parts[5] for parts in map(str.split, listing.splitlines()) if parts[3:4] == ["TABLE"]
    }
    with connection.cursor() as cursor:
        extra = sorted(set(connection.introspection.table_names(cursor)) - in_dump)
    connection.close()
    try:
        # --clean --if-exists replaces what the dump holds; --single-transaction rolls
        # everything back on any error, so the database is never half restored.
        _run(
            [
                "pg_restore",
                "--clean",
                "--if-exists",
                "--no-owner",
                "--no-acl",
                "--single-transaction",
                "--exit-on-error",
                f"--dbname={connection.settings_dict['NAME']}",
                str(dump),
            ],
            connection,
        )
    except BackupError as error:
        raise BackupError(f"{error} Nothing was changed (one transaction).") from error
    if extra:
        log(
            "Tables the backup does not have were left in place (newer migrations?): "
            + ", ".join(extra)
        )


def _swap_files(root, staging):
    """Make `root` (MEDIA_ROOT...) hold exactly the staged files, by renames inside it.

    Renaming inside the folder (not the folder itself) also works when it is a mount
    point, e.g. a container volume.
    """
    replaced = Path(tempfile.mkdtemp(prefix=STAGING_PREFIXES[1], dir=root))
    for entry in list(root.iterdir()):
        if entry not in (staging, replaced):
            entry.rename(replaced / entry.name)
    for entry in list(staging.iterdir()):
        entry.rename(root / entry.name)
    shutil.rmtree(replaced)


def _forget_cached_content():
    # Shared caches (Redis) may still hold pages and navigation of the old content.

    bump_content_version()
    Site.clear_site_root_paths_cache()


def _check_counts(connection, manifest):
    connection.close()
    with connection.cursor() as cursor:
        counts = _counts(cursor, manifest["counts"])
    different = {
        label: (expected, counts.get(label))
        for label, expected in manifest["counts"].items()
        if counts.get(label) != expected
    }
    if different:
        raise BackupError(f"Restored, but the row counts differ from the backup: {different}.")


def pending_migrations(using=DEFAULT_DB_ALIAS):
    """Migrations of this code the (restored) database has not applied yet."""
    executor = MigrationExecutor(connections[using])
    return executor.migration_plan(executor.loader.graph.leaf_nodes())


# --- Database tools --------------------------------------------------------------------


def _run(command, connection):
    """Run a PostgreSQL client tool against the connection's database; returns stdout."""
    if shutil.which(command[0]) is None:
        raise BackupError(
            f"{command[0]} is missing: install the PostgreSQL client (apt-get install "
            "postgresql-client) in the same major version as the server or newer."
        )
    params = connection.settings_dict
    env = dict(os.environ)
    for key, value in (
        ("PGHOST", params.get("HOST")),
        ("PGPORT", params.get("PORT")),
        ("PGUSER", params.get("USER")),
        ("PGPASSWORD", params.get("PASSWORD")),
        ("PGDATABASE", params.get("NAME")),
        ("PGSSLMODE", params.get("OPTIONS", {}).get("sslmode")),
    ):
        if value:
            env[key] = str(value)
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode != 0:
        message = result.stderr.strip().splitlines()
        raise BackupError(f"{command[0]} failed: {' '.join(message[-3:]) or result.returncode}.")
    return result.stdout
