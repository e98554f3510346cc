"""The main navigation: the home page's children marked "show in menus", per language.

Built once and cached per site and language; any publish, unpublish or move clears it.
"""

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language
from wagtail.models import Page, Site

CACHE_PREFIX = "hub:nav"
CACHE_SECONDS = 60 * 60


def _key(site_id, language):
    return f"{CACHE_PREFIX}:{site_id}:{language}"


def main_navigation(request):
    site = Site.find_for_request(request)
    if site is None:
        return []
    language = get_language()
    key = _key(site.pk, language)
    items = cache.get(key)
    if items is None:
        items = _build(site, request)
        cache.set(key, items, CACHE_SECONDS)
    return items


def _build(site, request):
    home = site.root_page.localized
    children = (
        Page.objects.child_of(home)
        .live()
        .public()
        .in_menu()
        .only("title", "url_path", "locale_id", "depth", "path")
    )
    return [{"title": page.title, "url": page.get_url(request)} for page in children]


def clear_navigation(**kwargs):
    cache.delete_many(
        [
            _key(site_id, code)
            for site_id in Site.objects.values_list("pk", flat=True)
            for code, _name in settings.LANGUAGES
        ]
    )
