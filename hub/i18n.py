"""Showing translatable things in the reader's language, a bounded number of queries.

Pages link to snippets and other pages in the source language (those links are
synchronised by wagtail-localize); before rendering, swap each for its version
in the active locale, falling back to the original where none exists.
"""

from collections import defaultdict

from django.conf import settings
from django.utils.translation import get_language
from wagtail.models import DraftStateMixin, Locale, Page

from hub.pages import live_public

# language code -> Locale id; Locale rows change only when a language is added.
_locale_ids = {}


def locale_id_for(language_code=None):
    """The id of the active (or given) language's Locale, without a query per call."""
    code = language_code or get_language()
    if code not in _locale_ids:
        _locale_ids.clear()
        _locale_ids.update(Locale.objects.values_list("language_code", "pk"))
    return _locale_ids.get(code) or Locale.get_default().pk


def language_of(locale_id):
    """{"code", "name"} of a Locale id's language, from the same memo (no query)."""
    if locale_id not in _locale_ids.values():
        locale_id_for()  # fills the memo
    code = next((c for c, pk in _locale_ids.items() if pk == locale_id), None)
    names = dict(settings.LANGUAGES)
    return {"code": code, "name": names.get(code, code)} if code else None


def other_language(locale_id, language_code=None):
    """The language of a page shown to a reader of another one, else None."""
    if locale_id is None or locale_id == locale_id_for(language_code):
        return None
    return language_of(locale_id)


def forget_locale_ids(**kwargs):
    _locale_ids.clear()


def localize_objects(objects, locale=None, select_related=()):
    """Return `objects` with each replaced by its translation in `locale`, in order.

    One query per model, however many objects; objects already in the locale,
    and those without a translation, are returned as they are.
    """
    locale_id = locale.pk if locale is not None else locale_id_for()
    objects = list(objects)
    wanted = defaultdict(set)
    for obj in objects:
        if obj is not None and obj.locale_id != locale_id:
            wanted[_query_model(obj)].add(obj.translation_key)
    found = {}
    for model, keys in wanted.items():
        queryset = model.objects.filter(translation_key__in=keys, locale_id=locale_id)
        if select_related:
            queryset = queryset.select_related(*select_related)
        if issubclass(model, Page):
            queryset = queryset.live().specific()
        elif issubclass(model, DraftStateMixin):
            # A translation waiting for review is a draft; the original stands in for it.
            queryset = queryset.filter(live=True)
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
            }
        )
    return sorted(versions, key=lambda item: order[item["code"]])


UNTRANSLATED_PARAM = "untranslated"


def language_switch(page, request=None, versions=None):
    """The language switcher's links for a page: one per site language, never a 404.

    Its translation where one is live; else the nearest section (ancestor) that exists
    in that language, with `?untranslated=1` so the page there says why the reader
    landed on it; else that language's home page. `versions`: the page's
    `page_versions`, when the caller has them already.
    """
    if versions is None:
        versions = page_versions(page, request)
    versions = {version["code"]: version for version in versions}
    links = []
    for code, name in settings.LANGUAGES:
        if code in versions:
            links.append({**versions[code], "untranslated": False})
            continue
        ancestors = page.get_ancestors().filter(depth__gt=1).values("translation_key")
        section = (
            live_public(Page.objects.filter(translation_key__in=ancestors))
            .filter(locale_id=locale_id_for(code))
            .order_by("-depth")
            .first()
        )
        url = section.get_url(request) if section is not None else f"/{code}/"
        links.append(
            {
                "code": code,
                "name": name,
                "url": f"{url}?{UNTRANSLATED_PARAM}=1",
                "is_current": False,
                "untranslated": True,
            }
        )
    return links
