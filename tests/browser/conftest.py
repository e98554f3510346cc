"""Real-browser tests: Playwright driving Debian's Chromium against pytest-django's live server.

Needs /usr/bin/chromium (`HUB_CHROMIUM` names another binary), the npm tools in
node_modules/ (axe-core, vnu-jar, lighthouse), `java` for the Nu Html Checker and `node`
for Lighthouse: `make browser-deps` installs them. Without them these tests are skipped
with the reason, unless `HUB_REQUIRE_BROWSER=1` (CI), which turns the skip into a failure.
`playwright install` is never needed: no browser is downloaded.
"""

import asyncio
import os
import shutil
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, connections
from playwright.sync_api import expect
from pytest_django.live_server_helper import LiveServer
from wagtail.models import Page

from tests.databases import copy_sqlite_file

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
NODE_MODULES = ROOT / "node_modules"
AXE_JS = NODE_MODULES / "axe-core" / "axe.min.js"
VNU_JAR = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
LIGHTHOUSE_CLI = NODE_MODULES / "lighthouse" / "cli" / "index.js"
CHROMIUM = os.environ.get("HUB_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
REQUIRED = os.environ.get("HUB_REQUIRE_BROWSER", "").lower() in {"1", "true", "yes"}


def missing_tools(*, java=False, node=False):
    """What this machine lacks for the browser tests, as readable reasons."""
    missing = []
    if not os.access(CHROMIUM, os.X_OK):
        missing.append(f"Chromium at {CHROMIUM}")
    if not all(tool.is_file() for tool in (AXE_JS, VNU_JAR, LIGHTHOUSE_CLI)):
        missing.append("node_modules/ (axe-core, vnu-jar, lighthouse)")
    if java and shutil.which("java") is None:
        missing.append("java")
    if node and shutil.which("node") is None:
        missing.append("node")
    return missing


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "browser: drives Debian's Chromium with Playwright; needs `make browser-deps`",
    )
    config.addinivalue_line("markers", "needs_java: also runs the Nu Html Checker with java")
    config.addinivalue_line("markers", "needs_node: also runs Lighthouse with node")


def _playwright_running():
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    """Skip (or, with HUB_REQUIRE_BROWSER=1, fail) before any browser is launched."""
    if not _is_browser_test(item):
        return
    missing = missing_tools(
        java=item.get_closest_marker("needs_java") is not None,
        node=item.get_closest_marker("needs_node") is not None,
    )
    if not missing:
        return
    reason = f"browser tests need {', '.join(missing)}: run `make browser-deps`"
    if REQUIRED:
        pytest.fail(f"HUB_REQUIRE_BROWSER is set but {reason}", pytrace=False)
    pytest.skip(reason)


@contextmanager
def orm_beside_playwright():
    """Allow the ORM beside Playwright for the block.

    Playwright's sync API keeps an event loop running in the test's thread, and Django
    refuses ORM calls from a thread with a running loop unless DJANGO_ALLOW_ASYNC_UNSAFE
    is set. It is safe here: the test thread only talks to the database between browser
    steps. Set around each browser test's setup, call and teardown (pytest-django's flush
    included), not for the process, so no other test, nor a `check --deploy` subprocess,
    inherits it.
    """
    before = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = before


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    """The ORM allowed beside Playwright for the browser tests (and for any test that a
    run ordered after one, should that happen: see pytest_collection_modifyitems); the
    readers' committed demo removed before any test that uses the database otherwise
    (see read_only_demo)."""
    if _uses_the_database(item) and not _reads_the_demo(item):  # in any folder
        COMMITTED_DEMO.remove()
    if not (_is_browser_test(item) or _playwright_running()):
        yield
        return
    with orm_beside_playwright():
        yield


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Debian's Chromium instead of a downloaded one (`playwright install` is never run)."""
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": CHROMIUM_ARGS,
        "headless": True,
    }


# The live server shares one SQLite connection between its threads, and the admin
# autosaves while the test types: give assertions and actions time, but not forever.
TIMEOUT_MS = 15_000
expect.set_options(timeout=TIMEOUT_MS)


@pytest.fixture
def page(page):
    """pytest-playwright's page with a bounded default timeout, so a hang fails fast."""
    page.set_default_timeout(TIMEOUT_MS)
    return page


@pytest.fixture(scope="session", autouse=True)
def _migrated_data(django_db_setup, django_db_blocker):
    """What the migrations created (root page, collection, groups, workflow), as JSON.

    Taken before Playwright starts: its sync API runs an event loop in this thread, and
    Django's connection handler is context-local, so the test body gets a new connection
    object without the `_test_serialized_contents` pytest-django stored on the first one.
    """
    with django_db_blocker.unblock():
        existing = getattr(connection, "_test_serialized_contents", None)
        return existing or connection.creation.serialize_db_to_string()


# The in-memory SQLite test database (the README's `make test`), known before any test:
# the fixture below must choose serialized rollback or not when it is defined.
_TEST_DATABASE = settings.DATABASES["default"]
IN_MEMORY_SQLITE = _TEST_DATABASE["ENGINE"].endswith("sqlite3") and not _TEST_DATABASE.get(
    "TEST", {}
).get("NAME")

if IN_MEMORY_SQLITE:

    @pytest.fixture
    def migrated(transactional_db, request):
        """A transactional test that starts from the migrated database: the run's migrated
        template copied in whole (rows, sequences, search index), whatever the flush after
        the previous test left (it re-creates content types with new ids when it cannot
        see the serialized rows on Playwright's connection object)."""
        connection.ensure_connection()
        copy_sqlite_file(request.getfixturevalue("migrated_sqlite_template"), connection.connection)
        yield
        cache.clear()

else:

    @pytest.fixture
    def migrated(_migrated_data, transactional_db, django_db_serialized_rollback):
        """A transactional test that starts from the migrated database.

        Serialized rollback: the flush after each test keeps post_migrate quiet and the
        migrations' rows are loaded back here, so the next browser test finds them.
        """
        connection._test_serialized_contents = _migrated_data
        if not Page.objects.exists():  # flushed by the previous transactional test
            connection.creation.deserialize_db_from_string(_migrated_data)
        cache.clear()  # navigation, settings and the public forms' rate limit
        yield
        cache.clear()


@pytest.fixture
def demo(migrated, live_server, request):
    """The demo site, served by the live server. on_commit callbacks run normally in a
    transactional test, so wagtail-localize publishes the Russian pages.

    Loading takes about 15 s (a minute on a busy machine). On the in-memory SQLite test
    database (CI's browser run) the run's demo template is copied in byte for byte with
    SQLite's backup API, every table included (search index, sequences); other databases
    load it each time.
    """
    shared = live_server.thread.connections_override.get(connection.alias)
    if shared is None:  # not in-memory SQLite: the server has connections of its own
        call_command("load_demo", verbosity=0)
        return live_server
    shared.ensure_connection()
    copy_sqlite_file(request.getfixturevalue("demo_sqlite_template"), shared.connection)
    return live_server


# The browser tests that only read the demo (axe, the Nu Html Checker, Lighthouse, the
# reader's walks) ask for `read_only_demo` instead. On in-memory SQLite it is `demo`: a
# copy in milliseconds before each test. On another database a load takes 15-30 s (more
# on a busy machine), and the axe and Lighthouse checks are split into pieces for the
# xdist workers to share: a load for each piece would cost more than the split saves.
# There the demo is loaded and committed by the first reader of a run of them on a
# worker, and kept for the following ones: they are plain `db` tests (the demo committed
# before their transaction begins, nothing flushed after them), served by a live server
# of their own (pytest-django's `live_server` brings a flush after each test). Before
# the worker's next test that uses the database otherwise (pytest_runtest_protocol
# above) the demo is flushed and the migrations' rows put back, as serialized rollback
# does: a writing test never sees it, and a reader never sees what a writer left, since
# the load starts from the migrated database. The readers are collected one after
# another (below), so a worker loads the demo once in a run, not once per test.
def _uses_the_database(item):
    """As pytest-django tells (its order of tests, the test database unblocked)."""
    return item.get_closest_marker("django_db") is not None or bool(
        {"db", "transactional_db", "live_server"} & set(getattr(item, "fixturenames", ()))
    )


def _reads_the_demo(item):
    return "read_only_demo" in getattr(item, "fixturenames", ())


def _is_browser_test(item):
    return HERE in Path(str(item.path)).parents


@pytest.hookimpl(wrapper=True)
def pytest_collection_modifyitems(items):
    """Every browser test after every other test, the readers first and together.

    Once a worker has started Playwright, its event loop counts as running in that
    worker's thread for the rest of the session, and Django refuses the ORM to any later
    test (SynchronousOnlyOperation). So no other test may follow a browser test, whatever
    pytest-django's sort made of them (on PostgreSQL the readers are `db` tests, which it
    puts before the transactional ones). Done after every other plugin's reordering; the
    workers run their share in this order.
    """
    result = yield
    browser = [item for item in items if _is_browser_test(item)]
    readers = [item for item in browser if _reads_the_demo(item)]
    writers = [item for item in browser if not _reads_the_demo(item)]
    items[:] = [item for item in items if not _is_browser_test(item)] + readers + writers
    return result


class CommittedDemo:
    """The demo committed to the test database for the readers, while it is (see above)."""

    blocker = None  # pytest-django's django_db_blocker while the demo is there
    migrated_data = None

    def load(self, migrated_data, blocker):
        if self.blocker is not None:
            return
        # Set first, so a load that fails half-way is removed at once.
        self.migrated_data, self.blocker = migrated_data, blocker
        try:
            with blocker.unblock():
                if not Page.objects.exists():  # flushed by a transactional test
                    connection.creation.deserialize_db_from_string(migrated_data)
                call_command("load_demo", verbosity=0)
        except BaseException:
            self.remove()
            raise

    def remove(self):
        if self.blocker is None:
            return
        with self.blocker.unblock(), orm_beside_playwright():
            call_command(
                "flush",
                verbosity=0,
                interactive=False,
                reset_sequences=False,  # the migrations' rows keep their ids
                inhibit_post_migrate=True,
            )
            connection.creation.deserialize_db_from_string(self.migrated_data)
        ContentType.objects.clear_cache()
        cache.clear()
        self.blocker = None


COMMITTED_DEMO = CommittedDemo()

if IN_MEMORY_SQLITE:

    @pytest.fixture
    def read_only_demo(demo):
        """The demo site for a test that only reads it: `demo` (see above)."""
        return demo

else:

    @pytest.fixture(scope="session")
    def _readers_server(django_db_setup):
        """The readers' live server; their committed demo removed at the end of the run."""
        server = LiveServer("localhost")
        yield server
        server.stop()
        COMMITTED_DEMO.remove()

    @pytest.fixture
    def _committed_demo(_migrated_data, django_db_blocker):
        """The demo committed, before `db` begins the test's transaction (see above).
        After `db` rolls it back, the test's connection is closed, as a transactional
        test closes its own: otherwise it outlives the test, and the test database at
        the end of the run cannot be dropped."""
        COMMITTED_DEMO.load(_migrated_data, django_db_blocker)
        yield
        connections.close_all()

    @pytest.fixture
    def read_only_demo(_readers_server, _committed_demo, db):
        """The demo site for a test that only reads it, loaded once for a run of such
        tests (see above): whatever such a test committed would stay for the next ones.
        `_committed_demo` before `db`: committed before the test's transaction begins."""
        cache.clear()  # navigation and settings, as `migrated` does
        return _readers_server


def url(live_server, path):
    return live_server.url + path
