"""Backup and restore through manage.py, on a throwaway database of the suite's engine.

SQLite: a database file in a temporary folder. PostgreSQL (DATABASE_URL set): two
databases named musesocial_h3_* made and dropped on that server. Content comes from
the real code (tests/ops/scenario.py); the restore goes into an empty database and
must bring back the same pages, translations, revisions, archives, submissions and
media files.
"""

import gzip
import io
import json
import os
import secrets
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import dj_database_url
import psycopg
import pytest

from hub import backup
from tests.ops import scenario

ROOT = Path(__file__).resolve().parents[2]
# Every test here shares the module's backup and restore: one xdist worker runs them all.
pytestmark = pytest.mark.xdist_group("backup")
SUITE_URL = os.environ.get("DATABASE_URL", "")
ON_POSTGRES = SUITE_URL.startswith(("postgres://", "postgresql://"))


def run(env, command, check=True):
    result = subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False
    )
    if check and result.returncode:
        pytest.fail(f"{' '.join(command)[:200]} failed:\n{result.stderr[-3000:]}")
    return result


def manage(env, *args, check=True):
    return run(env, [sys.executable, "manage.py", *args], check=check)


def python(env, code):
    return run(env, [sys.executable, "-c", f"import django; django.setup(); {code}"]).stdout


def snapshot(env, first="pass"):
    """scenario.snapshot() of the database of `env`, after the statement `first`."""
    code = f"from tests.ops import scenario; {first}; scenario.print_snapshot()"
    return json.loads(python(env, code).strip().splitlines()[-1])


class Databases:
    """Throwaway databases of the suite's engine, each with its own MEDIA_ROOT."""

    def __init__(self, folder):
        self.folder, self.made = folder, []
        if ON_POSTGRES:
            self.server = dj_database_url.parse(SUITE_URL)
            self.prefix = f"musesocial_h3_{secrets.token_hex(3)}"

    def env(self, name, template=None):
        """The environment for manage.py on database `name` (SQLite: a copy of `template`)."""
        if ON_POSTGRES:
            url = SUITE_URL.rsplit("/", 1)[0] + f"/{self.prefix}_{name}"
            self._admin(f'CREATE DATABASE "{self.prefix}_{name}"')
            self.made.append(f"{self.prefix}_{name}")
        else:
            path = self.folder / f"{name}.sqlite3"
            if template:
                shutil.copyfile(template, path)
            url = f"sqlite:///{path}"
        return dict(
            os.environ,
            # dev, not test: test settings give every process its own uploads folder.
            DJANGO_SETTINGS_MODULE="config.settings.dev",
            EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
            DATABASE_URL=url,
            MEDIA_ROOT=str(self.folder / f"media-{name}"),
            ARCHIVE_UPLOADS_ROOT=str(self.folder / f"uploads-{name}"),
        )

    def _admin(self, sql):
        server = self.server
        with psycopg.connect(
            host=server["HOST"] or None,
            port=server["PORT"] or None,
            user=server["USER"] or None,
            password=server["PASSWORD"] or None,
            dbname="postgres",
            autocommit=True,
        ) as connection:
            connection.execute(sql)

    def drop(self):
        for name in self.made:
            self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def demo_source(databases, demo_template):
    """The source database with the demo content loaded by `manage.py load_demo`.

    On SQLite, a copy of the run's demo template (that same command, run once per run
    and shared with the tests that read the demo; it writes no media files). On
    PostgreSQL, a database of its own, migrated and loaded here.
    """
    if ON_POSTGRES:
        source = databases.env("source")
        manage(source, "migrate", "--no-input", "-v0")
        manage(source, "load_demo")
        return source
    return databases.env("source", template=demo_template)


def test_a_parallel_run_keeps_this_module_on_one_worker(request):
    """With `--dist loadgroup` (make test), xdist_group must hold, or each worker builds
    `restored` below again: pytest 9.2 made xdist 3.8 drop the group without a word."""
    if getattr(request.config.option, "loadgroup", False):
        assert request.node.nodeid.endswith("@backup"), request.node.nodeid


@pytest.fixture(scope="module")
def restored(tmp_path_factory, demo_template):
    """A source database with content, its backup, and an empty one it was restored into."""
    folder = tmp_path_factory.mktemp("backup")
    databases = Databases(folder)
    try:
        source = demo_source(databases, demo_template)
        # The content and the snapshot of it in one process (one Django start fewer).
        before = snapshot(source, first="scenario.make_content()")
        out = manage(source, "backup", str(folder / "site.tar.gz")).stdout
        assert "Backup written" in out
        target = databases.env("target")
        restore = manage(target, "restore", str(folder / "site.tar.gz"))
        yield {
            "folder": folder,
            "archive": folder / "site.tar.gz",
            "before": before,
            "target": target,
            "restore_output": restore.stdout,
        }
    finally:
        if ON_POSTGRES:
            databases.drop()


def test_restore_into_an_empty_database_brings_everything_back(restored):
    before = restored["before"]
    # The content is really there, so the comparison below means something.
    assert [scenario.RU_TITLE, "ru"] in [page[1:3] for page in before["pages"]]
    assert any(rev[2].endswith(scenario.DRAFT_SUFFIX) for rev in before["revisions"])
    assert before["translations"] and before["posts"] and before["imports"]
    assert before["proposals"] and before["contributions"]
    assert {path.split("/")[0] for path in before["media"]} >= {
        "documents",
        "original_images",
        "images",
    }
    assert list(before["archive_uploads"]) == ["waiting/museum-chat.csv"]
    assert "row counts checked" in restored["restore_output"]
    assert snapshot(restored["target"]) == before


def test_the_archive_names_its_engine_versions_migrations_and_counts(restored):
    with tarfile.open(restored["archive"]) as tar:
        names = tar.getnames()
        manifest = json.load(tar.extractfile("manifest.json"))
    assert manifest["engine"] == ("postgresql" if ON_POSTGRES else "sqlite")
    assert manifest["versions"]["wagtail"] and manifest["versions"]["django"]
    assert "wagtailcore.0001_initial" in manifest["migrations"]
    assert manifest["counts"]["wagtailcore.Page"] == len(restored["before"]["pages"])
    assert manifest["counts"]["events.ArchivedPost"] == len(restored["before"]["posts"])
    assert sorted(n.removeprefix("media/") for n in names if n.startswith("media/")) == sorted(
        restored["before"]["media"]
    )
    assert names[-1] == "manifest.json"


def test_a_database_with_content_is_not_overwritten_without_yes(restored):
    result = manage(restored["target"], "restore", str(restored["archive"]), check=False)
    assert result.returncode != 0
    assert "not empty" in result.stderr and "--yes" in result.stderr


def damaged_copies(archive, folder):
    """Files a restore must refuse: each with words the refusal must contain."""
    data = archive.read_bytes()
    truncated = folder / "truncated.tar.gz"
    truncated.write_bytes(data[: len(data) // 2])
    flipped = folder / "flipped.tar.gz"
    middle = len(data) // 2
    flipped.write_bytes(data[:middle] + bytes([data[middle] ^ 0xFF]) + data[middle + 1 :])
    not_gzip = folder / "notes.tar.gz"
    not_gzip.write_text("just some notes, not a backup")
    foreign = folder / "foreign.tar.gz"
    with tarfile.open(foreign, "w:gz") as tar:
        info = tarfile.TarInfo("etc/passwd")
        info.size = 4
        tar.addfile(info, io.BytesIO(b"root"))
    # A sound gzip and tar whose media file no longer matches the manifest's checksum.
    tampered = folder / "tampered.tar.gz"
    with tarfile.open(archive) as source, tarfile.open(tampered, "w:gz") as tar:
        for member in source:
            content = source.extractfile(member).read()
            if member.name.startswith("media/documents/"):
                content = content.replace(b"sample", b"SAMPLE")
            member.size = len(content)
            tar.addfile(member, io.BytesIO(content))
    return {
        truncated: "not a readable backup",
        flipped: None,  # zlib or CRC error, or a checksum mismatch: refused either way
        not_gzip: "not a readable backup",
        foreign: "not a musesocial backup",
        tampered: "damaged: media/documents/archiving-slides.pdf",
    }


def test_corrupt_or_foreign_files_are_refused_before_anything_changes(restored, tmp_path):
    for path, words in damaged_copies(restored["archive"], tmp_path).items():
        with pytest.raises(backup.BackupError, match=words):
            backup.unpack(path, tmp_path / "work")
    # Through the command, with --yes, the restored database stays exactly as it was.
    result = manage(
        restored["target"], "restore", "--yes", str(tmp_path / "tampered.tar.gz"), check=False
    )
    assert result.returncode != 0 and "damaged" in result.stderr
    assert snapshot(restored["target"]) == restored["before"]


def test_a_backup_from_another_engine_or_newer_code_is_refused(
    restored, django_db_setup, django_db_blocker
):
    with tarfile.open(restored["archive"]) as tar:
        manifest = json.load(tar.extractfile("manifest.json"))
    other = "sqlite" if manifest["engine"] == "postgresql" else "postgresql"
    with pytest.raises(backup.BackupError, match=f"holds a {other} database"):
        backup.check_compatible({**manifest, "engine": other}, manifest["engine"])
    newer = {**manifest, "migrations": [*manifest["migrations"], "events.9999_from_the_future"]}
    # wagtail-localize's migrations read the test database when loaded. Not through the
    # django_db mark: pytest-django runs marked tests first, away from this module's
    # others, and the module's `restored` (a minute of work) was made twice.
    with django_db_blocker.unblock(), pytest.raises(backup.BackupError, match="newer code"):
        backup.check_compatible(newer, manifest["engine"])


def test_gzip_of_garbage_is_refused(tmp_path):
    path = tmp_path / "garbage.tar.gz"
    path.write_bytes(gzip.compress(secrets.token_bytes(4096)))
    with pytest.raises(backup.BackupError):
        backup.unpack(path, tmp_path)
