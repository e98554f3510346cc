"""What tests that run manage.py in a subprocess share."""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Variables that would point a subprocess at the suite's own database, Redis or languages.
SUITE_ONLY = ("DATABASE_URL", "REDIS_URL", "HUB_LANGUAGES", "DJANGO_ALLOW_ASYNC_UNSAFE")


def subprocess_env(**extra):
    """os.environ for a manage.py subprocess with development settings, without the
    suite's database, Redis or languages, plus `extra`."""
    env = {key: value for key, value in os.environ.items() if key not in SUITE_ONLY}
    return {**env, "DJANGO_SETTINGS_MODULE": "config.settings.dev", **extra}
