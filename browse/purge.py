"""What a CDN must forget when a page is published, unpublished or moved.

Wagtail purges the page and its sub-routes (`get_cached_paths`); a CDN would still
serve, for up to CACHE_S_MAXAGE, every other page that shows it: the home pages and
listings above it, its tag, hashtag, date and organisation pages, the feeds (the
Atom feeds and calendars of every topic, hashtag, organisation and conference that
list it, `browse.follow`) and the sitemap. This names them all, in every language, at
their real addresses (a Russian listing's own slug, not the English path with /ru/ in
front, which is what Wagtail's WAGTAILFRONTENDCACHE_LANGUAGES rewriting produced: the
settings turn it off).

Listings with a query string (filters, ?page=2) are endless and not named; they age out
of the CDN after CACHE_S_MAXAGE.
"""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import translation
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.models import Page, Site

from browse import follow
from hub.browsable import type_for_page

FEEDS = ("feed_latest", "feed_latest_rss", "feed_events", "feed_events_rss")


def _languages():
    return [code for code, _name in settings.LANGUAGES]


def _page_urls(page):
    url = page.get_full_url()
    if url is None:
        return []
    return [url + path.lstrip("/") for path in page.specific_deferred.get_cached_paths()]


def _versions(pages):
    """Every language's version of these pages that readers can reach."""
    keys = {page.translation_key for page in pages}
    return Page.objects.filter(translation_key__in=keys).live()


def _pages_it_names(page):
    """Pages that list this one because it points at them (an event's organisers): found
    through its child rows' links to other pages, so no page type is named here."""
    found = []
    for relation in page._meta.related_objects:
        child = relation.related_model
        if not relation.one_to_many or not hasattr(child, "sort_order"):
            continue  # only Orderable inline rows (InlinePanel)
        for field in child._meta.fields:
            target = getattr(field.remote_field, "model", None)
            if (
                isinstance(field, models.ForeignKey)
                and field is not relation.remote_field
                and isinstance(target, type)
                and issubclass(target, Page)
            ):
                ids = getattr(page, relation.get_accessor_name()).values_list(field.attname)
                found += list(Page.objects.filter(pk__in=ids))
    return found


def _named_routes(site_root, page):
    """Tag, hashtag, date, feed and index routes showing `page`, in every language."""
    browsable = type_for_page(page)
    routes = [("tag_index", ()), ("hashtag_index", ()), ("date_index", ())]
    routes += [(name, ()) for name in FEEDS]
    if browsable and browsable.tags:
        slugs = browsable.through.objects.filter(content_object=page).values_list("tag__slug")
        for (slug,) in slugs:
            routes += [("tag", (slug,))]
    if browsable and browsable.hashtags:
        texts = type(page).objects.filter(pk=page.pk).values_list(f"{browsable.hashtags}__text")
        routes += [("hashtag", (text.lstrip("#").lower(),)) for (text,) in texts if text]
    day = getattr(page, browsable.date_field, None) if browsable and browsable.date_field else None
    if day:
        routes += [("date_year", (day.year,)), ("date_month", (day.year, day.month))]
    urls = []
    for code in _languages():
        with translation.override(code):
            urls += [site_root + reverse(name, args=args) for name, args in routes]
    return urls


def _sitemap_urls(site_root):
    urls = [site_root + reverse("sitemap"), site_root + reverse("sitemap_section", args=["tags"])]
    pages = site_root + reverse("sitemap_section", args=["pages"])
    total = Page.objects.live().count()  # an upper bound of the section's files
    urls += [pages] + [f"{pages}?p={n}" for n in range(2, total // settings.HUB_SITEMAP_LIMIT + 2)]
    return urls


def urls_showing(page):
    """Every public URL whose content changes when `page` is (un)published or moved."""
    page = page.specific
    site = page.get_site() or Site.objects.filter(is_default_site=True).first()
    if site is None:
        return []
    site_root = site.root_url
    urls = _page_urls(page)
    above = list(page.get_ancestors().filter(depth__gt=1))
    for other in _versions([*above, *_pages_it_names(page)]):
        urls += _page_urls(other)
    urls += _named_routes(site_root, page)
    urls += follow.urls_showing(page, site_root, _languages())
    urls += _sitemap_urls(site_root)
    return list(dict.fromkeys(urls))


def purge_pages_showing(instance, **kwargs):
    """page_published / page_unpublished / post_page_move: purge all of it at the CDN."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    purge_urls_from_cache(urls_showing(instance))
