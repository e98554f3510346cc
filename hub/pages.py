"""Page queries every listing shares."""

from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.db.models import Q
from wagtail.models import PageViewRestriction

from hub.cache import cached


def restricted_paths():
    """Tree paths of private sections, cached until content or restrictions change."""
    return cached(
        "restricted-paths",
        lambda: list(PageViewRestriction.objects.values_list("page__path", flat=True)),
    )


def public(queryset):
    """Like Wagtail's .public(), without a query for the restrictions on every call."""
    q = Q()
    for path in restricted_paths():
        q |= Q(path__startswith=path)
    return queryset.exclude(q) if q else queryset


def live_public(queryset):
    return public(queryset.live())


def public_url(url):
    """`url` (a path, or a URL on any host) on the site's public base URL.

    Calendar files, feeds' entries and JSON-LD leave the site, so they must not carry
    the Site record's host name (often `localhost`) or whatever Host a request had:
    `WAGTAILADMIN_BASE_URL` is the one public address (checked by `check --deploy`).
    """
    parts = urlsplit(url)
    base = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    path = parts.path if parts.path.startswith("/") else "/" + parts.path
    prefix = base.path.rstrip("/")
    return urlunsplit((base.scheme, base.netloc, prefix + path, parts.query, parts.fragment))


def page_public_url(page, request=None):
    """A page's absolute URL on the public base URL, or None when it has no URL."""
    parts = page.get_url_parts(request)
    return public_url(parts[2]) if parts else None
