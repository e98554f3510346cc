"""Page queries every listing shares."""

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
