"""Showing translatable things in the reader's language, a bounded number of queries.

Pages link to snippets and other pages in the source language (those links are
synchronised by wagtail-localize); before rendering, swap each for its version
in the active locale, falling back to the original where none exists.
"""

from collections import defaultdict

from wagtail.models import Locale, Page


def localize_objects(objects, locale=None, select_related=()):
    """Return `objects` with each replaced by its translation in `locale`, in order.

    One query per model, however many objects; objects already in the locale,
    and those without a translation, are returned as they are.
    """
    locale = locale or Locale.get_active()
    objects = list(objects)
    wanted = defaultdict(set)
    for obj in objects:
        if obj is not None and obj.locale_id != locale.pk:
            wanted[_query_model(obj)].add(obj.translation_key)
    found = {}
    for model, keys in wanted.items():
        queryset = model.objects.filter(translation_key__in=keys, locale=locale)
        if select_related:
            queryset = queryset.select_related(*select_related)
        if issubclass(model, Page):
            queryset = queryset.live().specific()
        for translated in queryset:
            found[(model, translated.translation_key)] = translated
    return [
        found.get((_query_model(obj), obj.translation_key), obj) if obj is not None else None
        for obj in objects
    ]


def _query_model(obj):
    return Page if isinstance(obj, Page) else type(obj)


def page_versions(page, request=None):
    """Every live version of a page, one dict per language, in the site's language order."""
    from django.conf import settings

    order = {code: index for index, (code, _name) in enumerate(settings.LANGUAGES)}
    names = dict(settings.LANGUAGES)
    versions = []
    for version in page.get_translations(inclusive=True).live().select_related("locale"):
        code = version.locale.language_code
        if code not in order:
            continue
        versions.append(
            {
                "code": code,
                "name": names[code],
                "url": version.get_url(request),
                "is_current": version.pk == page.pk,
                "page": version,
            }
        )
    return sorted(versions, key=lambda item: order[item["code"]])
