"""No hidden chats: every listing shows as many items in Russian as in English.

A reader sees their language's version of a page where there is one, else the
original, marked with its language (a badge, `lang` and `hreflang` on the link).
Before, a Russian reader saw only the pages translated into Russian.
"""

import re
from urllib.parse import quote, unquote

import pytest
from django.test import override_settings
from taggit.models import Tag
from wagtail.models import Locale

from events.models import OrganisationIndexPage, OrganisationPage
from hub.models import TagLabel
from tests.browse.conftest import translate, translate_the_site
from tests.factories import make_event, make_event_index, make_organisation, make_person, make_site
from tests.module_content import module_content

VEVENT = re.compile(r"^BEGIN:VEVENT", re.MULTILINE)
CARD = re.compile(r'<article class="card')
CARD_LINK = re.compile(r'class="card__title"><a href="([^"]+)"([^>]*)>')
TAG = re.compile(r'<li><a class="tag" href="')
ENTRY = re.compile(r"<entry>|<item>")
BADGE = '<span class="badge badge--language">'


@module_content
def content():
    """Five chats: one translated into Russian, one written in Russian, three English only.

    Gives the English event index."""
    home = make_site()
    event_index = make_event_index(home)
    translate_the_site(home, event_index)
    org = make_organisation(home, "State Historical Museum")
    host = make_person("Erin Blasco")
    common = {
        "tags": ["museums", "twitter"],
        "hashtags": ["#musesocial"],
        "organisers": [org],
        "people": [(host, "host")],
    }
    translated = make_event(
        event_index,
        "Why museums tweet",
        start="2013-04-23T12:00",
        kind="chat",
        intro="A museum chat.",
        **common,
    )
    make_event(event_index, "Museum metrics", start="2013-05-08T12:00", kind="chat", **common)
    make_event(event_index, "Museum blogs", start="2012-12-06T12:00", kind="chat", **common)
    make_event(event_index, "Next museum chat", start="2099-01-10T12:00", kind="chat", **common)
    translate(translated, {"Why museums tweet": "Зачем музеям твиттер", "A museum chat.": "Чат."})
    index_ru = event_index.get_translation(ru_of(event_index))
    make_event(
        index_ru,
        "Музейная гостиная",
        start="2013-12-29T12:00",
        zone="Europe/Moscow",
        kind="chat",
        intro="Музейный чат.",
        **common,
    )
    translate(OrganisationIndexPage.objects.get(), {"Organisations": "Организации"})
    translate(org, {"State Historical Museum": "Государственный исторический музей"})
    return event_index


@pytest.fixture
def event_index(content):
    return content


def ru_of(page):
    return Locale.objects.get(language_code="ru")


def listings(event_index):
    ru_index = event_index.get_translation(ru_of(event_index)).url
    orgs = OrganisationIndexPage.objects.get(locale__language_code="en")
    found = [
        ("home", "/en/", "/ru/", CARD),
        ("event index", event_index.url, ru_index, CARD),
        ("organisation index", orgs.url, orgs.get_translation(ru_of(orgs)).url, CARD),
    ]
    for query in ("?when=upcoming", "?kind=chat", "?year=2013", "?hashtag=musesocial"):
        found.append((f"events {query}", event_index.url + query, ru_index + query, CARD))
    query = "?organisation=state-historical-museum"
    found.append(("organisation filter", event_index.url + query, ru_index + query, CARD))
    org = OrganisationPage.objects.get(locale__language_code="en")
    found.append(("organisation page", org.url, org.get_translation(ru_of(org)).url, CARD))
    key = org.translation_key
    for path, item in (
        ("tags/", TAG),
        ("tags/museums/", CARD),
        ("tags/twitter/", CARD),
        ("hashtags/", TAG),
        ("hashtags/musesocial/", CARD),
        ("dates/", TAG),
        ("dates/2013/", CARD),
        ("dates/2013/4/", CARD),
        ("feeds/atom.xml", ENTRY),
        ("feeds/rss.xml", ENTRY),
        ("feeds/events/rss.xml", ENTRY),
        ("follow/tag/museums/atom.xml", ENTRY),
        ("follow/hashtag/musesocial/atom.xml", ENTRY),
        ("follow/hashtag/musesocial/calendar.ics", VEVENT),
        (f"follow/organisation/{key}/atom.xml", ENTRY),
        ("follow/person/erin-blasco/atom.xml", ENTRY),
        ("follow/person/erin-blasco/calendar.ics", VEVENT),
        ("people/", CARD),
        ("people/erin-blasco/", CARD),
        # Search matches each version's own words; these are in every version searched.
        ("search/?q=blogs", CARD),
        (f"search/?q={quote('гостиная')}", CARD),
    ):
        found.append((path, f"/en/{path}", f"/ru/{path}", item))
    return found


@override_settings(HUB_PAGE_CACHE_SECONDS=0)
def test_every_listing_has_as_many_items_in_russian_as_in_english(client, content, event_index):
    counts = {}
    for name, en, ru, item in listings(event_index):
        pages = {}
        for language, url in (("en", en), ("ru", ru)):
            response = client.get(url)
            assert response.status_code == 200, (name, url, response.status_code)
            pages[language] = response.content.decode()
        counts[name] = (len(item.findall(pages["en"])), len(item.findall(pages["ru"])))
        assert counts[name][0] > 0, (name, en, "lists nothing: the test would prove nothing")
    unequal = {name: pair for name, pair in counts.items() if pair[0] != pair[1]}
    assert not unequal, f"(English, Russian) items differ: {unequal}"
    assert counts["event index"] == (5, 5)
    assert counts["tags/museums/"] == (5, 5)
    assert counts["people/erin-blasco/"] == counts["organisation page"] == (5, 5)


@override_settings(HUB_PAGE_CACHE_SECONDS=0)
def test_a_page_not_yet_translated_is_listed_in_its_language_and_marked(
    client, content, event_index
):
    ru_index = event_index.get_translation(ru_of(event_index)).url
    html = client.get(ru_index).content.decode()
    links = CARD_LINK.findall(html)
    russian = [href for href, _attrs in links if unquote(href).startswith("/ru/")]
    english = [attrs for href, attrs in links if href.startswith("/en/")]
    # Russian: the translation and the chat written in Russian; the rest in English.
    assert (len(russian), len(english)) == (2, 3)
    assert all('hreflang="en"' in attrs and 'lang="en"' in attrs for attrs in english)
    assert html.count(BADGE) == 3
    assert "Зачем музеям твиттер" in html and "Why museums tweet" not in html
    # In English, the chat written in Russian is the one marked.
    html = client.get(event_index.url).content.decode()
    marked = [attrs for href, attrs in CARD_LINK.findall(html) if not href.startswith("/en/")]
    assert len(marked) == 1 and 'hreflang="ru"' in marked[0]
    assert html.count(BADGE) == 1


@override_settings(HUB_PAGE_CACHE_SECONDS=0)
def test_russian_home_shows_the_next_chat(client, content):
    """The issue's case: /ru/ said no chat was planned while /en/ showed one."""
    for url in ("/en/", "/ru/"):
        html = client.get(url).content.decode()
        next_chats = html.split('id="next-heading"')[1].split("</section>")[0]
        assert "Next museum chat" in next_chats, url


@override_settings(HUB_PAGE_CACHE_SECONDS=0)
def test_russian_search_finds_an_english_only_chat_marked_english(client, content):
    html = client.get("/ru/search/?q=blogs").content.decode()
    assert re.search(r'hreflang="en" lang="en">Museum blogs</a>', html)
    assert BADGE in html


@override_settings(HUB_PAGE_CACHE_SECONDS=0)
def test_russian_filters_name_topics_and_organisations_in_russian(client, content, event_index):
    TagLabel.objects.create(
        tag=Tag.objects.get(slug="museums"),
        locale=Locale.objects.get(language_code="ru"),
        name="музеи",
    )
    ru_index = event_index.get_translation(ru_of(event_index)).url
    organisations = client.get(ru_index).content.decode().split('id="id_organisation"')[1]
    organisations = organisations.split("</select>")[0]
    assert ">Все организации</option>" in organisations
    assert ">Государственный исторический музей</option>" in organisations
    assert "State Historical Museum" not in organisations
    topics = client.get("/ru/search/?q=blogs").content.decode().split('id="id_tag"')[1]
    topics = topics.split("</select>")[0]
    assert ">Все темы</option>" in topics and ">музеи</option>" in topics
    assert ">museums</option>" not in topics
