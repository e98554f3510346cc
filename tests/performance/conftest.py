"""The demo site, loaded once per test that asks for it (about ten seconds)."""

import pytest
from django.core.cache import cache
from django.core.management import call_command


@pytest.fixture
def demo(db, django_capture_on_commit_callbacks):
    cache.clear()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", verbosity=0)
