"""Content built once per test module and read by all its tests.

Building pages through Wagtail (and translating them through wagtail-localize) takes one
to three seconds; a module whose tests only read the same content should pay that once.

    @module_content
    def world(tmp_path_factory):
        home = make_site()
        ...
        return {"home": home, ...}

    def test_something(client, world): ...

The builder runs once per module (per xdist worker) inside a transaction left open until
the module's end and then rolled back, on SQLite as on PostgreSQL. Each test's own `db`
transaction is a savepoint inside it, so whatever a test writes is gone before the next.
Each test gets a deep copy of what the builder returned (a page changed in memory by one
test is not seen by the next) and an empty cache (a page cached by an earlier test may
show rows that test wrote).

A builder takes module- or session-scoped fixtures only (`tmp_path_factory`, other
module contents); instead of `home` or `settings` it calls tests/factories.py and, for
what must hold for the whole module, may `yield` its value inside `override_settings`
or `pytest.MonkeyPatch.context()`.

Within a module, the tests that use no module content run first (tests/conftest.py
orders them): a test must not run inside content it did not ask for, and a test that
does is failed (`refuse_unrequested`). pytest-django runs the tests that really commit
(`transactional_db`) after all others, when the content is still open: they go in a
module of their own.
"""

import copy
import inspect
import sys

import pytest
from django.core.cache import cache
from django.db import transaction

# The names of the fixtures giving a module's shared content; `demo` is one
# (tests/conftest.py), each @module_content another.
SHARED = {"demo"}
# The shared content now open: (module name, fixture name) pairs.
OPEN = []
# What the module-scoped half needs besides the builder's own fixtures.
_HOLDER_NEEDS = ("request", "django_db_setup", "django_db_blocker")


def module_content(builder):
    """Make `builder` a fixture whose content is built once per module (see above).

    Two fixtures come of it: `_<name>_for_the_module` (module scope) builds and holds the
    content, and `<name>` (function scope, the one tests ask for) gives each test a copy.
    """
    name = builder.__name__
    holder_name = f"_{name}_for_the_module"
    own = list(inspect.signature(builder).parameters)

    def holder(**fixtures):
        request, blocker = fixtures["request"], fixtures["django_db_blocker"]
        with blocker.unblock():
            block = transaction.atomic()
            block.__enter__()
            try:
                made = builder(**{argument: fixtures[argument] for argument in own})
                value = next(made) if inspect.isgenerator(made) else made
            except BaseException:
                _roll_back(block)
                raise
        OPEN.append((request.module.__name__, name))
        try:
            yield value
        finally:
            OPEN.remove((request.module.__name__, name))
            with blocker.unblock():
                try:
                    if inspect.isgenerator(made):
                        next(made, None)
                finally:
                    _roll_back(block)

    holder.__signature__ = _keyword_signature(dict.fromkeys([*_HOLDER_NEEDS, *own]))
    holder.__name__ = holder_name
    holder.__doc__ = f"Builds and holds {name!r} for the module: {builder.__doc__}"

    def content(**fixtures):
        cache.clear()
        return copy.deepcopy(fixtures[holder_name])

    # The module-scoped half first: a fixture's arguments of a wider scope are set up
    # before narrower ones, so the module transaction is open before the test's `db`.
    content.__signature__ = _keyword_signature([holder_name, "db"])
    content.__name__ = name
    content.__doc__ = builder.__doc__

    SHARED.add(name)
    # pytest finds fixtures among a module's attributes: the holder goes next to `name`.
    setattr(
        sys.modules[builder.__module__],
        holder_name,
        pytest.fixture(scope="module", name=holder_name)(holder),
    )
    return pytest.fixture(name=name)(content)


def _keyword_signature(names):
    keyword = inspect.Parameter.KEYWORD_ONLY
    return inspect.Signature([inspect.Parameter(n, keyword) for n in names])


def _roll_back(block):
    transaction.set_rollback(True)
    block.__exit__(None, None, None)


def shared_used_by(item):
    """The module contents a collected test asks for (directly or through fixtures)."""
    return tuple(sorted(SHARED.intersection(getattr(item, "fixturenames", ()))))


def refuse_unrequested(request):
    """Fail a database test about to run inside shared content it did not ask for."""
    uses_database = request.node.get_closest_marker("django_db") or {
        "db",
        "transactional_db",
    } & set(request.fixturenames)
    for module, name in OPEN:
        if "transactional_db" in request.fixturenames:
            pytest.fail(
                f"commits inside {module}'s {name!r} content: move it to a module of its own"
            )
        if uses_database and name not in request.fixturenames:
            pytest.fail(f"runs inside {module}'s {name!r} content: order the tests")
