"""The main navigation: the home page's children marked "show in menus", per language."""

from django.utils.translation import get_language
from wagtail.models import Page, Site

from hub.cache import cached
from hub.pages import live_public


def main_navigation(request):
    site = Site.find_for_request(request)
    if site is None:
        return []
    return cached(f"nav:{site.pk}:{get_language()}", lambda: _build(site, request))


def _build(site, request):
    home = site.root_page.localized
    children = (
        live_public(Page.objects.child_of(home))
        .in_menu()
        .only("title", "url_path", "locale_id", "depth", "path")
    )
    return [{"title": page.title, "url": page.get_url(request)} for page in children]
