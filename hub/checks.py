"""Deployment checks of our own settings (`manage.py check --deploy`)."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core import checks

LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1", "0.0.0.0", "testserver"}  # noqa: S104


@checks.register(checks.Tags.security, deploy=True)
def public_base_url(app_configs, **kwargs):
    """Calendars, feeds and JSON-LD carry WAGTAILADMIN_BASE_URL: it must be the public,
    HTTPS address, never a local one."""
    url = urlsplit(getattr(settings, "WAGTAILADMIN_BASE_URL", "") or "")
    if url.scheme == "https" and url.hostname and url.hostname not in LOCAL_HOSTS:
        return []
    return [
        checks.Warning(
            "WAGTAILADMIN_BASE_URL is not the site's public HTTPS address.",
            hint="Set it to e.g. https://hub.example.org: calendar files, feeds and "
            "structured data give it to other sites and apps as the hub's address.",
            id="hub.W001",
        )
    ]
