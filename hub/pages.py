"""Page queries every listing shares."""

from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Substr
from wagtail.models import Page, PageViewRestriction

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


def _other_versions():
    """Live public versions of the outer page other than itself (for a correlated subquery)."""
    return live_public(
        Page.objects.filter(translation_key=OuterRef("translation_key")).exclude(pk=OuterRef("pk"))
    )


def reader_versions(queryset, locale_id):
    """One version of each page for a reader of `locale_id`: theirs, else the original.

    Listings show every page in every language: a page not translated into the
    reader's language is listed in its original (the first version made, so the
    lowest pk), and templates mark its language. A page is kept when it is in the
    reader's language, or when no other live public version is either in the
    reader's language or older than it. One correlated subquery, no extra query.
    """
    preferred = _other_versions().filter(Q(locale_id=locale_id) | Q(pk__lt=OuterRef("pk")))
    return queryset.filter(Q(locale_id=locale_id) | ~Exists(preferred))


def superseded_ids(locale_id):
    """Pages a reader of `locale_id` is shown another version of (see `reader_versions`).

    For search, whose backends filter only on indexed fields: excluding these ids is
    the same as `reader_versions`. Usually few: the originals of translated pages.
    """

    def build():
        preferred = _other_versions().filter(Q(locale_id=locale_id) | Q(pk__lt=OuterRef("pk")))
        pages = Page.objects.exclude(locale_id=locale_id).filter(Exists(preferred))
        return sorted(pages.values_list("pk", flat=True))

    return cached(f"superseded-ids:{locale_id}", build)


def children_of_versions(queryset, parent):
    """Pages of `queryset` whose parent is any language's version of `parent`.

    An index in one language lists the children of its translations too (shown in
    their original language until translated); no extra query: the parent is found
    from the child's tree path in a subquery.
    """
    steplen = Page.steplen
    parents = Page.objects.filter(
        translation_key=parent.translation_key,
        depth=parent.depth,
        path=Substr(OuterRef("path"), 1, parent.depth * steplen),
    )
    return queryset.filter(depth=parent.depth + 1).filter(Exists(parents))
