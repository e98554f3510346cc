import pytest
from django.core.management import call_command


@pytest.fixture
def demo(db, django_capture_on_commit_callbacks):
    # on_commit runs: wagtail-localize publishes the demo's Russian versions.
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", verbosity=0)
