"""sitemap.xml (every live public page in every language, with hreflang alternates) and robots.txt.

sitemap.xml is an index of section files (`/sitemap-pages.xml`, `/sitemap-tags.xml`,
`/sitemap-people.xml`, and `?p=2`... beyond HUB_SITEMAP_LIMIT entries each), so no one
request renders more than that many entries, however big the site.

Wagtail's own sitemap lists the descendants of the site's root page, which with
wagtail-localize is only the default language's tree: each language's home page is
a translation of the root, beside it. This sitemap starts from every language's
version of the root, and names each page's translations as `xhtml:link`
alternates. URLs are percent-encoded (Cyrillic slugs), as the sitemap protocol
requires.
"""

from collections import defaultdict

from django.conf import settings
from django.contrib.sitemaps import Sitemap as DjangoSitemap
from django.contrib.sitemaps.views import index as index_view
from django.contrib.sitemaps.views import sitemap as sitemap_view
from django.db.models import Max, Q
from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import iri_to_uri
from django.views.decorators.http import require_safe
from wagtail.contrib.sitemaps import Sitemap as WagtailSitemap
from wagtail.models import Locale, Page

from browse.tags import tag_usage
from events.people import people_index
from hub.cache import cached
from hub.page_cache import uses_query
from hub.pages import live_public


def _language_codes():
    """Locale id -> language code, for the languages the site serves."""
    served = {code for code, _name in settings.LANGUAGES}
    return {
        pk: code for pk, code in Locale.objects.values_list("pk", "language_code") if code in served
    }


def _on_request_host(request, site_root_url, location):
    """The URL as the reader reached the site, like canonical links: percent-encoded.

    Wagtail builds full URLs from the Site record's hostname; base.html's canonical
    and hreflang links use the request's host. Both name the same page, so the
    sitemap says it the same way as the pages themselves.
    """
    if location.startswith(site_root_url + "/"):
        location = request.build_absolute_uri(location[len(site_root_url) :])
    return iri_to_uri(location)


def _with_x_default(alternates):
    """Alternates in the site's language order plus x-default, the first, as base.html does."""
    order = {code: index for index, (code, _name) in enumerate(settings.LANGUAGES)}
    alternates = sorted(alternates, key=lambda a: order.get(a["lang_code"], len(order)))
    return [*alternates, {"lang_code": "x-default", "location": alternates[0]["location"]}]


# What a page's URL and lastmod need: fewer columns, cheaper model instances.
URL_FIELDS = (
    "id",
    "path",
    "depth",
    "url_path",
    "locale_id",
    "translation_key",
    "last_published_at",
    "latest_revision_created_at",
    "content_type_id",
)


class PageSitemap(WagtailSitemap):
    @property
    def limit(self):
        return settings.HUB_SITEMAP_LIMIT

    def items(self):
        site = self.get_wagtail_site()
        self.site_root_url = site.root_url
        roots = Page.objects.filter(translation_key=site.root_page.translation_key)
        in_trees = Q()
        for root in roots:
            in_trees |= Q(path__startswith=root.path, depth__gte=root.depth)
        pages = live_public(Page.objects.filter(in_trees)).order_by("path")
        # Plain Page rows: no page type overrides get_sitemap_urls, and .specific() would
        # cost one more query per page type. A query set: the index counts it, a section
        # file reads one slice.
        return pages.only(*URL_FIELDS)

    def get_latest_lastmod(self):
        """For the index: one aggregate, not a lastmod per page of the whole site."""
        return self.items().aggregate(latest=Max("last_published_at"))["latest"]

    def _urls(self, page, protocol, domain):
        codes = _language_codes()
        pages = list(self.paginator.page(page).object_list)
        # A page's versions share its translation_key and may be in another section file:
        # one query reads them all, this file's pages included, and each URL is built
        # once (building page URLs is most of a section's cost).
        keys = {item.translation_key for item in pages}
        versions = self.items().filter(translation_key__in=keys).only(*URL_FIELDS)
        location = {}
        by_key = defaultdict(list)
        for version in versions:
            url = version.get_full_url(self.request)
            if url is None:
                continue
            location[version.pk] = _on_request_host(self.request, self.site_root_url, url)
            if version.locale_id in codes:
                by_key[version.translation_key].append(
                    {"lang_code": codes[version.locale_id], "location": location[version.pk]}
                )
        urls = []
        for item in pages:
            if item.pk not in location:
                continue
            url = {"location": location[item.pk], "lastmod": self.lastmod(item)}
            if len(by_key.get(item.translation_key, ())) > 1:
                url["alternates"] = _with_x_default(by_key[item.translation_key])
            urls.append(url)
        lastmods = [url.get("lastmod") for url in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls


class ViewSitemap(DjangoSitemap):
    """Pages that are views, not Wagtail pages (an index and a page per entry), in each
    language that has them, with the other languages' addresses as alternates."""

    name = ""

    def __init__(self, request):
        self.request = request

    @property
    def limit(self):
        return settings.HUB_SITEMAP_LIMIT

    def entries(self, locale_id):
        """(key, path) of each page in the active language; the key is the same in all."""
        raise NotImplementedError

    def items(self):
        # Every entry in every language (thousands of reversed URLs): built once per
        # content version and host, for the index and each section file.
        host = self.request.get_host()
        return cached(f"sitemap-{self.name}:{self.request.scheme}:{host}", self._build_items)

    def _build_items(self):
        by_key = defaultdict(list)
        items = []
        for locale_id, code in _language_codes().items():
            with translation.override(code):
                for key, path in self.entries(locale_id):
                    url = self.request.build_absolute_uri(path)
                    items.append({"key": key, "url": url, "code": code})
        for item in items:
            by_key[item["key"]].append({"lang_code": item["code"], "location": item["url"]})
        for item in items:
            versions = by_key[item["key"]]
            item["alternates"] = _with_x_default(versions) if len(versions) > 1 else []
        return items

    def _urls(self, page, protocol, domain):
        return [
            {"item": item, "location": iri_to_uri(item["url"]), "alternates": item["alternates"]}
            for item in self.paginator.page(page).object_list
        ]


class TagSitemap(ViewSitemap):
    """The tag index and every used tag's page."""

    name = "tags"

    def entries(self, locale_id):
        yield "", reverse("tag_index")
        for tag in tag_usage(locale_id):
            yield tag["slug"], reverse("tag", args=[tag["slug"]])


class PeopleSitemap(ViewSitemap):
    """The people index and every live person's page (the same slug in every language)."""

    name = "people"

    def entries(self, locale_id):
        yield "", reverse("person_index")
        for person in people_index(locale_id):
            yield person.slug, reverse("person", args=[person.slug])


SECTIONS = {"pages": PageSitemap, "tags": TagSitemap, "people": PeopleSitemap}


def sections(request):
    return {name: sitemap(request) for name, sitemap in SECTIONS.items()}


@require_safe
def sitemap(request):
    """The index: one line per section file."""
    return index_view(request, sections(request), sitemap_url_name="sitemap_section")


@require_safe
def sitemap_section(request, section):
    if section not in SECTIONS:
        raise Http404
    # The file number (Django's sitemap view reads `p`): without it the page cache,
    # keyed only by the parameters a view declares, would give ?p=2 the first file.
    uses_query(request, "p")
    return sitemap_view(request, sections(request), section=section)


@require_safe
def robots_txt(request):
    lines = ["User-agent: *", "Allow: /", "Disallow: /admin/"]
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            lines.append(f"Disallow: {reverse('search')}")
    lines.append(f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
