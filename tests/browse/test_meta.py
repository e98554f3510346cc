"""Link previews and canonical URLs: every page says what it is, once, from its own fields."""

import re
from urllib.parse import quote

from tests.factories import make_event


def meta(html):
    found = dict(
        re.findall(r'<meta (?:property|name)="((?:og|twitter):[^"]+)" content="([^"]*)">', html)
    )
    canonical = re.findall(r'<link rel="canonical" href="([^"]+)">', html)
    return found, canonical


def test_event_page_has_one_set_of_open_graph_tags_and_a_canonical_url(client, event_index):
    event = make_event(
        event_index,
        "Museum metrics",
        start="2013-04-23T12:00",
        intro="Counting what counts & why.",
    )
    html = client.get(event.url).content.decode()
    found, canonical = meta(html)
    assert canonical == ["http://testserver/en/events/museum-metrics/"]
    assert found["og:title"] == "Museum metrics"
    assert found["og:description"] == "Counting what counts &amp; why."
    assert found["og:url"] == canonical[0]
    assert found["og:type"] == "website"
    assert found["twitter:card"] == "summary"
    assert found["twitter:title"] == "Museum metrics"
    assert html.count('property="og:title"') == 1
    assert '<meta name="description" content="Counting what counts &amp; why.">' in html


def test_seo_title_and_search_description_win_over_title_and_intro(client, event_index):
    event = make_event(
        event_index,
        "Metrics",
        start="2013-04-23T12:00",
        intro="The intro.",
        seo_title="Museum metrics chat",
        search_description="What the search engines should say.",
    )
    found, _canonical = meta(client.get(event.url).content.decode())
    assert found["og:title"] == "Museum metrics chat"
    assert found["og:description"] == "What the search engines should say."


def test_home_page_description_is_its_intro_without_markup(client, home):
    found, canonical = meta(client.get("/en/").content.decode())
    assert canonical == ["http://testserver/en/"]
    assert found["og:description"] == "What #musesocial is."


def test_canonical_keeps_the_page_number_but_not_the_filters(client, event_index):
    html = client.get("/en/events/?kind=chat&page=2").content.decode()
    _found, canonical = meta(html)
    assert canonical == ["http://testserver/en/events/?page=2"]


def test_browse_pages_have_percent_encoded_canonical_urls_and_titles(client, event_index):
    make_event(event_index, "New Year", start="2013-12-29T19:00", tags=["музеи"])
    found, canonical = meta(client.get(quote("/en/tags/музеи/")).content.decode())
    assert canonical == ["http://testserver" + quote("/en/tags/музеи/")]
    assert found["og:title"] == "Topic: музеи"
    found, canonical = meta(client.get("/en/tags/").content.decode())
    assert canonical == ["http://testserver/en/tags/"]
    assert found["og:title"] == "Topics"
