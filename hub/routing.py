"""Wagtail's page routing, remembered in each process for the current content version.

To serve a page Wagtail reads the Site, the Locale, the root page, then each page on the
way down with its specific row, then the view restrictions of the page and its
ancestors: eight of the ten queries of an uncached event page, before the page does
anything of its own. What a path routes to changes only when a page is published,
unpublished, moved or deleted, or a Site or view restriction is saved, and each of those
moves the content version (hub.cache). So the first request for a path in a process is
routed by Wagtail as always, and what it found is kept in the process's memory
(`hub.cache.process_data`) under the version: the page's class and id and the path left
for its own sub-routes (RoutablePageMixin). Later requests load the page with one query
and let it resolve its own sub-route; Wagtail's serve view then runs unchanged, finding
the answers where it caches them on the request (`_wagtail_site`,
`_wagtail_route_for_request`, `_wagtail_cached_site_root_paths`). The Site and the site
root paths are remembered the same way for every view (tag pages and feeds build page
URLs too). When no page of the site has a view restriction, Wagtail's check of them is
spared as well. A deleted page is not found by its id: Wagtail routes the path again.
"""

from django.apps import apps
from django.conf import settings
from django.http import Http404
from django.http.request import split_domain_port
from django.utils.translation import get_language
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.views import serve as wagtail_serve

from hub.cache import content_version, process_data
from hub.pages import restricted_paths

SITE_FIELDS = ("id", "hostname", "port", "site_name", "root_page_id", "is_default_site")


def _seconds():
    return settings.HUB_PROCESS_CACHE_SECONDS


def _host(request):
    # As Wagtail's Site lookup: the raw host (ALLOWED_HOSTS was checked before) and port.
    return f"{split_domain_port(request._get_raw_host())[0]}:{request.get_port()}"


def remember_site(request):
    """Set the request's Site and site root paths as Wagtail would find them."""
    version = content_version()
    key = f"hub:{version}:site:{_host(request)}"
    entry = process_data.get(key)
    if entry is None:
        site = Site.find_for_request(request)
        entry = {"site": {n: getattr(site, n) for n in SITE_FIELDS} if site else None}
        process_data.set(key, entry, _seconds())
    elif not hasattr(request, "_wagtail_site"):
        request._wagtail_site = Site(**entry["site"]) if entry["site"] else None
    key = f"hub:{version}:site-root-paths"
    paths = process_data.get(key)
    if paths is None:
        paths = Site.get_site_root_paths()
        process_data.set(key, paths, _seconds())
    request._wagtail_cached_site_root_paths = paths
    return paths


def _components(path):
    return [component for component in path.split("/") if component]


def _consumed(page, site, root_paths):
    """How many path components led from the site's root to the page."""
    roots = [p.root_path for p in root_paths if p.site_id == site.id]
    root = max((r for r in roots if page.url_path.startswith(r)), key=len, default=None)
    if root is None:
        return None
    return len(_components(page.url_path[len(root) :]))


def _remember(request, path, key, root_paths):
    site, route = request._wagtail_site, request._wagtail_route_for_request
    if site is None or route is None:
        return  # not found: nothing to remember (junk paths must not fill the memory)
    page = route[0]
    consumed = _consumed(page, site, root_paths)
    if consumed is None:
        return
    entry = {
        "page": (page._meta.label, page.pk),
        "rest": tuple(_components(path)[consumed:]),
    }
    process_data.set(key, entry, _seconds())


def _recall(request, entry):
    """Set what Wagtail's routing would find; False if the memory no longer holds."""
    label, pk = entry["page"]
    model = apps.get_model(label)
    try:
        page = model.objects.get(pk=pk)
    except model.DoesNotExist:
        return False
    try:
        route = page.route(request, list(entry["rest"]))
    except Http404:
        route = None
    if route is not None and not restricted_paths():
        # No page of the site is private (known for this content version: saving a
        # restriction moves it), so none applies here: spares Wagtail's check two queries.
        # With any restriction, Wagtail checks as always (aliases make a shortcut unsafe).
        route[0].get_view_restrictions = PageViewRestriction.objects.none
    request._wagtail_route_for_request = route
    return True


class RouteMemoMiddleware:
    """Before Wagtail's serve view: the route from memory, or Wagtail's, then remembered.

    After LocaleMiddleware (the language is part of what a path routes to).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not process_data.budget():
            return None  # no process memory configured (the test settings): Wagtail's way
        root_paths = remember_site(request)
        if view_func is not wagtail_serve or request._wagtail_site is None:
            return None
        path = view_args[0] if view_args else view_kwargs.get("path", "")
        key = f"hub:{content_version()}:route:{_host(request)}:{get_language()}:{path}"
        entry = process_data.get(key)
        if entry is None or not _recall(request, entry):
            Page.route_for_request(request, path)
            _remember(request, path, key, root_paths)
        return None
