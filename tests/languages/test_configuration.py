"""A third language is configuration: HUB_LANGUAGES plus migrate, no code change."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

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


def test_german_is_added_by_configuration_alone(tmp_path):
    env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="config.settings.dev",
        DATABASE_URL=f"sqlite:///{tmp_path / 'three.sqlite3'}",
        HUB_LANGUAGES="en,ru,de",
    )
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
