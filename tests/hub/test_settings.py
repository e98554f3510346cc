"""Production settings refuse to start unsafely; check --deploy is clean when configured."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from hub.env import env_bool, env_list

ROOT = Path(__file__).resolve().parents[2]
GOOD_SECRET = "x" * 20 + "-production-secret-for-tests-only-" + "y" * 20


def run_manage(*args, **env):
    # A clean environment: nothing from other tests (e.g. the browser tests' async flag).
    skip = ("SECRET_KEY", "DJANGO_ALLOW_ASYNC_UNSAFE")
    environment = {k: v for k, v in os.environ.items() if k not in skip}
    environment.update(DJANGO_SETTINGS_MODULE="config.settings.production", **env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_secret_key():
    result = run_manage("check")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_a_short_secret_key():
    result = run_manage("check", SECRET_KEY="short")
    assert result.returncode != 0
    assert "at least 50 characters" in result.stderr


PUBLIC = {"SECRET_KEY": GOOD_SECRET, "WAGTAILADMIN_BASE_URL": "https://hub.example.org"}
NOT_PUBLIC = ["http://127.0.0.1:8000", "https://localhost", "http://hub.example.org"]
# `check --deploy --fail-level WARNING` in one process with the production settings, first
# as PUBLIC configures them, then with each address of NOT_PUBLIC in place of its base URL
# (a Django start costs seconds; the check reads the setting when it runs). One line each:
# the address (None for PUBLIC's), whether the check refused, and what it said.
DEPLOY_CHECKS = f"""
import io, json
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.test.utils import override_settings

def check():
    out = io.StringIO()
    try:
        call_command("check", "--deploy", "--fail-level", "WARNING", stdout=out)
    except SystemCheckError as error:
        return True, out.getvalue() + str(error)
    return False, out.getvalue()

print(json.dumps([None, *check()]))
for url in {NOT_PUBLIC!r}:
    with override_settings(WAGTAILADMIN_BASE_URL=url):
        print(json.dumps([url, *check()]))
"""


@pytest.fixture(scope="module")
def deploy_checks():
    """{base URL: (refused, output)} from DEPLOY_CHECKS."""
    result = run_manage("shell", "-c", DEPLOY_CHECKS, **PUBLIC)
    assert result.returncode == 0, result.stderr[-3000:]
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("[")]
    return {url: (refused, output) for url, refused, output in lines}


def test_check_deploy_is_clean_with_production_settings(deploy_checks):
    refused, output = deploy_checks[None]
    assert not refused, output
    assert "System check identified no issues" in output


@pytest.mark.parametrize("base_url", NOT_PUBLIC)
def test_check_deploy_refuses_a_local_or_plain_http_public_base_url(deploy_checks, base_url):
    refused, output = deploy_checks[base_url]
    assert refused
    assert "hub.W001" in output


def test_ssl_redirect_can_be_turned_off_for_local_runs_without_tls():
    code = "from django.conf import settings; print(settings.SECURE_SSL_REDIRECT)"
    result = run_manage("shell", "-c", code, SECRET_KEY=GOOD_SECRET, SECURE_SSL_REDIRECT="false")
    assert result.stdout.strip().splitlines()[-1] == "False", result.stderr


def test_env_bool_names_the_variable_in_its_error(monkeypatch):
    monkeypatch.setenv("SECURE_SSL_REDIRECT", "perhaps")
    with pytest.raises(ImproperlyConfigured, match="SECURE_SSL_REDIRECT"):
        env_bool("SECURE_SSL_REDIRECT")


def test_env_list_drops_blanks(monkeypatch):
    monkeypatch.setenv("ALLOWED_HOSTS", "hub.example, ,www.hub.example,")
    assert env_list("ALLOWED_HOSTS") == ["hub.example", "www.hub.example"]


def test_unknown_language_in_configuration_is_refused():
    result = run_manage("check", SECRET_KEY=GOOD_SECRET, HUB_LANGUAGES="en,xx")
    assert result.returncode != 0
    assert "'xx'" in result.stderr
