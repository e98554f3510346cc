"""What tests that run manage.py in a subprocess share."""

import os
import socket
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Variables that would point a subprocess at the suite's own database, Redis or languages.
SUITE_ONLY = ("DATABASE_URL", "REDIS_URL", "HUB_LANGUAGES", "DJANGO_ALLOW_ASYNC_UNSAFE")


def subprocess_env(**extra):
    """os.environ for a manage.py subprocess with development settings, without the
    suite's database, Redis or languages, plus `extra`."""
    env = {key: value for key, value in os.environ.items() if key not in SUITE_ONLY}
    return {**env, "DJANGO_SETTINGS_MODULE": "config.settings.dev", **extra}


def manage(env, *args):
    """Run `manage.py` with `env`; it must succeed. Returns what it printed."""
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout.strip()


def free_port():
    """A loopback port nobody listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
