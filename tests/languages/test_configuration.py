"""A third language is configuration: HUB_LANGUAGES plus migrate, no code change."""

import subprocess
import sys

from tests.processes import ROOT, subprocess_env

CHECK = """
import django
django.setup()
from django.test import Client
from wagtail.models import Locale
from demo.pages import setup_home
print("locales", ",".join(sorted(Locale.objects.values_list("language_code", flat=True))))
setup_home()
client = Client()
print("root", client.get("/", HTTP_ACCEPT_LANGUAGE="de")["Location"])
response = client.get("/de/")
print("de", response.status_code, '<html lang="de"' in response.content.decode())
"""


def test_german_is_added_by_configuration_alone(migrated_sqlite):
    # A site already migrated with English and Russian (no migration depends on the
    # languages, so this is also what a fresh install with three gets): list German and
    # run migrate, as docs/translating.md says.
    env = subprocess_env(DATABASE_URL=f"sqlite:///{migrated_sqlite}", HUB_LANGUAGES="en,ru,de")
    migrate = subprocess.run(
        [sys.executable, "manage.py", "migrate", "--no-input", "-v0"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert migrate.returncode == 0, migrate.stderr
    result = subprocess.run(
        [sys.executable, "-c", CHECK],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = result.stdout.splitlines()
    assert "locales de,en,ru" in lines, result.stderr
    assert "root /de/" in lines
    assert "de 200 True" in lines
