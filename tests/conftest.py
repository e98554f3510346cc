import fcntl
import os
import shutil
import subprocess
import sys
import threading

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, transaction
from django.test import TestCase
from django.utils import translation
from wagtail.models import Page

from tests.databases import copy_sqlite_file, source_key
from tests.factories import make_event_index, make_site
from tests.module_content import OPEN, refuse_unrequested, shared_used_by
from tests.processes import ROOT, subprocess_env


@pytest.fixture(autouse=True)
def _site_language():
    """Each test starts in the site's default language.

    LocaleMiddleware activates the language of each request and nothing deactivates it:
    after a test that read a Russian page, messages built outside a request (archive
    errors, say) came out in Russian in the next test of the same process.
    """
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def home(db):
    return make_site()


@pytest.fixture
def event_index(home):
    return make_event_index(home)


def _transactional(item):
    marker = item.get_closest_marker("django_db")
    fixtures = getattr(item, "fixturenames", ())
    return bool(
        (marker and (marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences")))
        or "transactional_db" in fixtures
        or "live_server" in fixtures
    )


def _shared_content_read(item):
    """The module contents (`demo`, tests/module_content.py) a test reads, if any."""
    return () if _transactional(item) else shared_used_by(item)


# Before pytest-django's sort (database tests, then transactional, then the rest), which
# is stable: it keeps the order made here within each module's database tests.
@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    """Within each module, the tests using shared module content after the others.

    A module's shared content (its transaction, or the demo) stays from its first test
    to the module's end, so a test of the module that does not ask for it must run before.
    """
    start = 0
    while start < len(items):
        module = getattr(items[start], "module", None)
        end = start + 1
        while end < len(items) and getattr(items[end], "module", None) is module:
            end += 1
        items[start:end] = sorted(items[start:end], key=_shared_content_read)
        start = end


@pytest.fixture(autouse=True)
def _no_shared_content_left_over(request):
    """A database test must not find a module content it did not ask for (see above)."""
    refuse_unrequested(request)


def _memory_database():
    """The raw connection of the in-memory SQLite test database, or None on another one."""
    if connection.vendor != "sqlite" or not connection.is_in_memory_db():
        return None
    connection.ensure_connection()
    return connection.connection


def _copy_into_the_test_database(template):
    copy_sqlite_file(template, _memory_database())


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings):
    """No migrations for the in-memory SQLite test database: django_db_setup below fills
    it from the migrated template (one migrate per run instead of one per worker)."""
    database = settings.DATABASES["default"]
    if database["ENGINE"].endswith("sqlite3") and not database.get("TEST", {}).get("NAME"):
        database.setdefault("TEST", {})["MIGRATE"] = False


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, request):
    """pytest-django's test database; on in-memory SQLite, the migrated template's copy."""
    with django_db_blocker.unblock():
        if _memory_database() is not None:
            _copy_into_the_test_database(request.getfixturevalue("migrated_sqlite_template"))
            connection._test_serialized_contents = connection.creation.serialize_db_to_string()


@pytest.fixture(scope="module")
def _demo_for_the_module(request, django_db_setup, django_db_blocker):
    """The demo content, set up once per test module and gone at the module's end.

    Loading takes about 15 s (minutes on a busy machine). On the in-memory SQLite test
    database (the README's `make test`), the demo template (loaded once per run) is
    copied in, and the migrated template back at the end. On other databases the demo is
    loaded inside a transaction never committed. Either way each test's own `db`
    transaction undoes whatever it writes before the next.
    """
    with django_db_blocker.unblock():
        memory = _memory_database() is not None
        if memory:
            _copy_into_the_test_database(request.getfixturevalue("demo_sqlite_template"))
        else:
            module = _load_the_demo_uncommitted()
    OPEN.append((request.module.__name__, "demo"))
    yield
    OPEN.remove((request.module.__name__, "demo"))
    with django_db_blocker.unblock():
        if memory:
            _copy_into_the_test_database(request.getfixturevalue("migrated_sqlite_template"))
        else:
            transaction.set_rollback(True)
            module.__exit__(None, None, None)


def _load_the_demo_uncommitted():
    """Load the demo in a transaction left open (for the caller to roll back); returns it.

    wagtail-localize publishes the Russian versions when the load commits: those
    on-commit callbacks run here, as they do for the SQLite demo template.
    """
    module = transaction.atomic()
    module.__enter__()
    try:
        with TestCase.captureOnCommitCallbacks(execute=True):
            call_command("load_demo", verbosity=0)
        # Deferred to the end of the block, the callbacks save parents with the child
        # count they had before their children existed; recount as page-by-page commits
        # would, or Wagtail routes no Russian subpage.
        Page.fix_tree()
    except BaseException:
        transaction.set_rollback(True)
        module.__exit__(None, None, None)
        raise
    return module


@pytest.fixture
def demo(_demo_for_the_module, db):
    """The demo site, for a test that reads it (and may write: its changes are undone).

    The cache is emptied first: a page or listing cached by an earlier test of the module
    may show rows that test wrote and its rollback removed.
    """
    cache.clear()


# Templates kept between runs (`make clean` removes them), named by their source_key.
KEPT_TEMPLATES = ROOT / "var" / "test-templates"
MIGRATED, DEMO = "migrated-template", "demo-template"


def _lock(shared, name):
    """An exclusive lock on a template's lock file; it is held while the file is open."""
    lock = (shared / f"{name}.lock").open("w")
    fcntl.flock(lock, fcntl.LOCK_EX)
    return lock


def _build(shared, name, make):
    """The template `name` in folder `shared`, made by `make(path)` unless it exists.
    Called with its lock held: it is complete or absent, never half-made. A copy is kept
    in var/test-templates/ under a digest of the code and data it is made of
    (tests/databases.py), so a later run with none of them changed, the same day, starts
    from it instead of a migrate and a demo load (about 50 s of CPU)."""
    template = shared / f"{name}.sqlite3"
    if not template.exists():
        kept = KEPT_TEMPLATES / f"{name}-{source_key(ROOT)}.sqlite3"
        building = template.with_suffix(".building")
        if kept.exists():
            shutil.copyfile(kept, building)
        else:
            for leftover in (building, building.with_name(building.name + "-journal")):
                leftover.unlink(missing_ok=True)  # from a build stopped halfway
            make(building)
            _keep(building, kept)
        building.rename(template)
    return template


def _shared_template(tmp_path_factory, name, make):
    """A SQLite file made by `make(path)`, shared by the xdist workers of a run: the first
    process to need it builds it (or the run's controller already is, see below) in the
    run's own temporary folder, the parent of the workers' folders."""
    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent
    with _lock(shared, name):
        return _build(shared, name, make)


def _keep(built, kept):
    """Keep a copy of a template just built, replacing the older ones of its name."""
    kept.parent.mkdir(parents=True, exist_ok=True)
    for old in kept.parent.glob(f"{kept.name.rsplit('-', 1)[0]}-*.sqlite3"):
        old.unlink(missing_ok=True)
    partial = kept.with_suffix(f".{os.getpid()}.partial")
    shutil.copyfile(built, partial)
    partial.rename(kept)  # whole or absent for another run starting meanwhile


# The manage.py processes building templates in the controller's background thread.
_BUILDING = []


def _manage_on(database, *args, settings_module="config.settings.dev"):
    process = subprocess.Popen(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=subprocess_env(
            DATABASE_URL=f"sqlite:///{database}", DJANGO_SETTINGS_MODULE=settings_module
        ),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    _BUILDING.append(process)
    try:
        # Once per run, so generous: on a machine shared by many test runs a migrate has
        # taken over 10 minutes of wall time (30 s of CPU).
        _out, err = process.communicate(timeout=1800)
    finally:
        process.kill()  # a no-op once it has exited
        _BUILDING.remove(process)
    assert process.returncode == 0, err[-3000:]


def _migrate(path):
    _manage_on(path, "migrate", "--no-input", "-v0")


def _load_demo_onto(migrated):
    def make(path):
        shutil.copyfile(migrated, path)
        # The suite's own settings: the demo is loaded as an in-process load would be.
        _manage_on(path, "load_demo", "-v0", settings_module="config.settings.test")

    return make


@pytest.fixture(scope="session")
def migrated_sqlite_template(tmp_path_factory):
    """A SQLite file after `manage.py migrate` with the default languages, made once per run.

    A full migrate takes about 45 s of CPU: the in-memory test database of each worker
    and the tests that run manage.py against a database file of their own start from a
    copy of this one instead of each migrating afresh.
    """
    return _shared_template(tmp_path_factory, MIGRATED, _migrate)


@pytest.fixture(scope="session")
def demo_sqlite_template(tmp_path_factory, migrated_sqlite_template):
    """The migrated template with the demo content loaded (and committed, so
    wagtail-localize published the Russian versions), made once per run."""
    return _shared_template(tmp_path_factory, DEMO, _load_demo_onto(migrated_sqlite_template))


def _xdist_controller_on_memory_sqlite(config):
    database = settings.DATABASES["default"]
    return (
        not hasattr(config, "workerinput")
        and getattr(config.option, "numprocesses", None)
        and database["ENGINE"].endswith("sqlite3")
        and not database.get("TEST", {}).get("NAME")
    )


@pytest.hookimpl(tryfirst=True)
def pytest_sessionstart(session):
    """In a parallel run on in-memory SQLite, the controller builds both templates in the
    background from the start, while the workers collect and run the tests that need no
    database (they go first, see below). Built on the first worker's demand instead, the
    migrate kept one worker busy and the other waiting for most of a minute."""
    config = session.config
    if not _xdist_controller_on_memory_sqlite(config):
        return
    # The run's folder the workers' own are made in (pytest's private factory: a public
    # one would make a folder of its own).
    shared = config._tmp_path_factory.getbasetemp()
    # Taken now, before any worker starts: a worker that needs a template waits for it.
    locks = [_lock(shared, MIGRATED), _lock(shared, DEMO)]

    stopped = threading.Event()

    def build():
        try:
            with locks[0]:
                migrated = _build(shared, MIGRATED, _migrate)
            with locks[1]:
                _build(shared, DEMO, _load_demo_onto(migrated))
        except AssertionError:
            if not stopped.is_set():
                raise  # the first worker to need the template builds it again and says why
        finally:
            for lock in locks:
                lock.close()

    config.hub_template_builder = threading.Thread(target=build, name="test templates")
    config.hub_templates_stopped = stopped
    config.hub_template_builder.start()


def pytest_sessionfinish(session):
    """A build still running when every test has run was needed by none (a worker that
    needs a template waits for it): stopped, rather than waited for."""
    builder = getattr(session.config, "hub_template_builder", None)
    if builder is not None:
        session.config.hub_templates_stopped.set()
        for process in list(_BUILDING):
            process.terminate()
        builder.join()


DEMO_FIXTURES = {"demo", "_demo_for_the_module", "demo_sqlite_template", "demo_template"}


def _what_it_waits_for(item):
    """0: no database; 1: the migrated template; 2: the demo template, built after it."""
    fixtures = set(getattr(item, "fixturenames", ()))
    if fixtures & DEMO_FIXTURES:
        return 2
    return int(
        bool(
            item.get_closest_marker("django_db")
            or fixtures & {"django_db_setup", "migrated_sqlite_template"}
        )
    )


def _place(item):
    """Where a test runs: those that need no database first; then, as pytest-django
    orders them, the database tests before the transactional ones (a transactional test
    flushes the database after it); within each, the migrated database's before the
    demo's, as the templates are built."""
    waits_for = _what_it_waits_for(item)
    return (waits_for > 0, _transactional(item), waits_for)


class _NoDatabaseFirst:
    """Tests that need no database run first (after pytest-django's sort, which puts
    them last), then the others in the order of the templates they need (see _place):
    each worker meets the templates as they are built, instead of waiting idle for the
    demo while tests that need less are left to run."""

    @pytest.hookimpl(trylast=True)
    def pytest_collection_modifyitems(self, items):
        # An xdist group runs as one unit, scheduled where its first test is: all its
        # tests take the place of the most demanding of them.
        place = {item: _place(item) for item in items}
        groups = {}
        for item in items:
            for group in _groups(item):
                groups[group] = max(groups.get(group, place[item]), place[item])
        items.sort(key=lambda item: max([place[item], *(groups[g] for g in _groups(item))]))


def _groups(item):
    return [mark.args[0] for mark in item.iter_markers("xdist_group") if mark.args]


def pytest_configure(config):
    config.pluginmanager.register(_NoDatabaseFirst(), "hub-no-database-first")


@pytest.fixture(scope="session")
def demo_template(request):
    """The demo template's file on SQLite (see demo_sqlite_template); None on another
    database, where a test that wants the demo in a database of its own loads it there."""
    if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        return request.getfixturevalue("demo_sqlite_template")
    return None


@pytest.fixture
def migrated_sqlite(migrated_sqlite_template, tmp_path):
    """A migrated SQLite database file of this test's own (a copy of the template)."""
    database = tmp_path / "hub.sqlite3"
    shutil.copyfile(migrated_sqlite_template, database)
    return database
