"""sitemap.xml lists every live public page in every language with its translations; robots.txt."""

import xml.etree.ElementTree as ET
from urllib.parse import quote

from django.core.cache import cache

from tests.browse.conftest import make_private, translate, translate_the_site
from tests.factories import make_event, make_event_index, make_site
from tests.module_content import module_content

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def xml(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("application/xml")
    return ET.fromstring(response.content)  # noqa: S314 - our own sitemap, in a test


def section_files(client):
    """The section files sitemap.xml (an index) names, as paths."""
    index = xml(client, "/sitemap.xml")
    return [
        loc.text.removeprefix("http://testserver") for loc in index.iterfind("s:sitemap/s:loc", NS)
    ]


def sitemap(client, files=None):
    urls = {}
    for path in files or section_files(client):
        for url in xml(client, path).findall("s:url", NS):
            urls[url.find("s:loc", NS).text] = {
                link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
            }
    return urls


@module_content
def site_pages():
    """An event in English and Russian, a draft and a private one."""
    home = make_site()
    event_index = make_event_index(home)
    translate_the_site(home, event_index)
    event = make_event(
        event_index,
        "New Year in different cultures",
        slug="museumsalon-new-year",
        start="2013-12-29T19:00",
        tags=["музеи"],
    )
    ru_event = translate(
        event,
        {
            "New Year in different cultures": "Новый год в разных культурах",
            "museumsalon-new-year": "музейная-гостиная-новый-год",
        },
    )
    make_event(event_index, "Draft", start="2013-06-01T12:00", live=False)
    make_private(make_event(event_index, "Members only", start="2013-01-01T12:00"))
    return {"en": event, "ru": ru_event}


def test_sitemap_lists_every_language_with_hreflang_alternates(client, site_pages):
    urls = sitemap(client)
    en = "http://testserver/en/events/museumsalon-new-year/"
    ru = "http://testserver" + quote("/ru/события/музейная-гостиная-новый-год/")
    assert en in urls
    assert ru in urls
    assert urls[en] == urls[ru] == {"en": en, "ru": ru, "x-default": en}
    assert "http://testserver/ru/" in urls
    assert urls["http://testserver/en/"]["ru"] == "http://testserver/ru/"


def test_sitemap_urls_are_percent_encoded_and_exclude_drafts_and_private_pages(client, site_pages):
    urls = sitemap(client)
    assert all(url.isascii() for url in urls)
    assert not any("draft" in url or "members-only" in url for url in urls)


def test_sitemap_lists_tag_pages_in_each_language(client, site_pages):
    urls = sitemap(client)
    en_tag = "http://testserver" + quote("/en/tags/музеи/")
    ru_tag = "http://testserver" + quote("/ru/tags/музеи/")
    assert urls[en_tag]["ru"] == ru_tag
    assert "http://testserver/ru/tags/" in urls


def test_sitemap_lists_people_pages_in_each_language(client, site_pages):
    from tests.factories import make_person

    anna = make_person("Анна Михайлова")
    make_person("Hidden Person", live=False)
    urls = sitemap(client)
    en_anna = "http://testserver" + quote(f"/en/people/{anna.slug}/")
    ru_anna = "http://testserver" + quote(f"/ru/people/{anna.slug}/")
    assert urls[en_anna]["ru"] == ru_anna
    assert "http://testserver/en/people/" in urls and "http://testserver/ru/people/" in urls
    assert not any("hidden-person" in url for url in urls)


def test_robots_txt_allows_the_site_keeps_out_admin_and_search_and_names_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert {
        "Allow: /",
        "Disallow: /admin/",
        "Disallow: /en/search/",
        "Disallow: /ru/search/",
    } <= set(lines)
    assert "Sitemap: http://testserver/sitemap.xml" in lines


def test_the_sitemap_is_an_index_of_section_files_of_bounded_size(client, site_pages, settings):
    whole = sitemap(client)
    settings.HUB_SITEMAP_LIMIT = 2
    cache.clear()  # the full-page cache keeps the index made with the default limit
    files = section_files(client)
    assert "/sitemap-pages.xml" in files and "/sitemap-tags.xml" in files
    assert "/sitemap-pages.xml?p=2" in files  # more than 2 pages: a second file
    for path in files:
        assert len(xml(client, path).findall("s:url", NS)) <= 2, path
    assert sitemap(client, files) == whole  # split, nothing lost or added
    assert client.get("/sitemap-other.xml").status_code == 404
