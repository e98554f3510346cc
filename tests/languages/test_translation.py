"""Translated versions: Russian pages, hreflang pairs, Cyrillic slugs, PO round trip."""

import re
from urllib.parse import quote

import pytest
from wagtail.models import Locale

from hub.translation import apply_po, translation_for
from tests.browse.conftest import translate, translate_the_site
from tests.factories import make_event, make_event_index, make_organisation, make_site
from tests.module_content import module_content


@pytest.fixture
def ru(db):
    return Locale.objects.get(language_code="ru")


@module_content
def translated():
    """Home, event index and one event in English and Russian, the event by PO file."""
    home = make_site()
    event_index = make_event_index(home)
    org = make_organisation(home, "State Historical Museum")
    event = make_event(
        event_index,
        "New Year in different cultures",
        slug="museumsalon-new-year",
        start="2013-12-29T19:00",
        zone="Europe/Moscow",
        hashtags=["#музейнаягостиная"],
        organisers=[org],
        tags=["russia"],
    )
    translate_the_site(home, event_index)
    translate(org.get_parent().specific, {"organisations": "организации"})
    translate(org, {"State Historical Museum": "Государственный исторический музей"})
    ru_event = translate(
        event,
        {
            "New Year in different cultures": "Новый год в разных культурах",
            "museumsalon-new-year": "музейная-гостиная-новый-год",
        },
    )
    return {"en": event, "ru": ru_event, "event_index": event_index}


@pytest.fixture
def event_index(translated):
    return translated["event_index"]


def hreflangs(html):
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"', html))


def test_ru_serves_the_russian_home_page_with_a_russian_interface(client, translated):
    html = client.get("/ru/").content.decode()
    assert '<html lang="ru"' in html
    assert "Хаб #musesocial" in html
    assert "Ближайшие чаты" in html or "Следующие чаты" in html
    assert "Skip to main content" not in html


def test_cyrillic_slug_resolves(client, translated):
    event = translated["ru"]
    assert event.slug == "музейная-гостиная-новый-год"
    url = "/ru/события/музейная-гостиная-новый-год/"
    response = client.get(quote(url))
    assert response.status_code == 200
    assert "Новый год в разных культурах" in response.content.decode()


def test_each_version_links_the_other_with_reciprocal_hreflang(client, translated):
    en_html = client.get(translated["en"].url).content.decode()
    ru_html = client.get(translated["ru"].url).content.decode()
    en_links, ru_links = hreflangs(en_html), hreflangs(ru_html)
    assert en_links == ru_links
    assert set(en_links) == {"en", "ru", "x-default"}
    assert en_links["ru"].endswith(quote("/ru/события/музейная-гостиная-новый-год/"))
    assert en_links["x-default"] == en_links["en"]


def test_switcher_always_offers_every_language_and_never_leads_nowhere(
    client, translated, event_index
):
    only_english = make_event(event_index, "Museum blogs", start="2012-12-06T14:00")
    html = client.get(only_english.url).content.decode()
    # Search engines are told only of versions that exist.
    assert "ru" not in hreflangs(html)
    # The reader still gets a Russian link: to the Russian events section, marked as
    # untranslated and not followed, rather than to a translation that does not exist.
    link = re.search(r'<a href="([^"]+)" hreflang="ru" lang="ru" rel="nofollow">Русский</a>', html)
    assert link, html
    ru_index = event_index.get_translation(translated["ru"].locale)
    assert link.group(1) == f"{ru_index.url}?untranslated=1"
    assert client.get(link.group(1)).status_code == 200
    # A page that is translated links its translation, plainly.
    html = client.get(translated["en"].url).content.decode()
    link = re.search(r'<a href="([^"]+)" hreflang="ru" lang="ru">Русский</a>', html)
    assert link and link.group(1) == translated["ru"].url


def test_russian_page_shows_the_russian_organisation(client, translated):
    html = client.get(translated["ru"].url).content.decode()
    assert "Государственный исторический музей" in html
    assert "State Historical Museum" not in html
    # Synchronised fields are the same in both languages.
    assert "#музейнаягостиная" in html
    assert translated["ru"].start == translated["en"].start


def test_po_export_edit_import_changes_the_russian_page(
    client, translated, ru, django_capture_on_commit_callbacks
):
    translation = translation_for(translated["en"], ru)
    po = translation.export_po()
    for entry in po:
        if entry.msgctxt == "title":
            entry.msgstr = "Новый год: разговор двух музеев"
    with django_capture_on_commit_callbacks(execute=True):
        apply_po(translation, po)
    html = client.get(quote("/ru/события/музейная-гостиная-новый-год/")).content.decode()
    assert "Новый год: разговор двух музеев" in html


def test_question_list_items_are_translatable_segments(translated, ru, event_index):
    body = [
        {
            "type": "questions",
            "value": {
                "intro": "",
                "questions": [
                    {
                        "type": "question",
                        "value": {
                            "heading": "Goals",
                            "question": "What are your goals?",
                            "sub_questions": [{"type": "sub_question", "value": "Why?"}],
                            "notes": "A hint",
                        },
                    }
                ],
            },
        }
    ]
    event = make_event(event_index, "Questions", start="2013-04-23T12:00", questions=body)
    po = translation_for(event, ru).export_po()
    sources = {entry.msgid for entry in po}
    assert {"Goals", "What are your goals?", "Why?", "A hint"} <= sources
