import fcntl
import os
import shutil
import subprocess
import sys

import pytest

from tests.factories import make_event_index, make_site
from tests.processes import ROOT, subprocess_env


@pytest.fixture
def home(db):
    return make_site()


@pytest.fixture
def event_index(home):
    return make_event_index(home)


@pytest.fixture(scope="session")
def migrated_sqlite_template(tmp_path_factory):
    """A SQLite file after `manage.py migrate` with the default languages, made once per run.

    A full migrate takes about 30 s of CPU; the tests that run manage.py against a
    database file of their own copy this one instead of each migrating afresh. Under
    pytest-xdist the workers share it: the first to need it builds it under a lock, in
    the run's own temporary folder (the parent of the workers' folders).
    """
    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent
    template = shared / "migrated-template.sqlite3"
    with (shared / "migrated-template.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not template.exists():
            building = template.with_suffix(".building")
            building.unlink(missing_ok=True)
            result = subprocess.run(
                [sys.executable, "manage.py", "migrate", "--no-input", "-v0"],
                cwd=ROOT,
                env=subprocess_env(DATABASE_URL=f"sqlite:///{building}"),
                capture_output=True,
                text=True,
                # Once per run, so generous: on a machine shared by many test runs a
                # migrate has taken over 10 minutes of wall time (30 s of CPU).
                timeout=1800,
                check=False,
            )
            assert result.returncode == 0, result.stderr[-3000:]
            building.rename(template)  # complete or absent, never half-migrated
    return template


@pytest.fixture
def migrated_sqlite(migrated_sqlite_template, tmp_path):
    """A migrated SQLite database file of this test's own (a copy of the template)."""
    database = tmp_path / "hub.sqlite3"
    shutil.copyfile(migrated_sqlite_template, database)
    return database
