"""A new reader on the demo site, in a real Chromium at phone and desktop widths: searches
from the header in English and Russian, follows a hashtag, uses the menu at 390 px,
switches language from every public page type without meeting a 404; and screenshots
of the main page types for a reviewer (test-results/screenshots/, git-ignored)."""

import re
from pathlib import Path
from urllib.parse import unquote

import pytest
from django.test import Client
from django.utils import translation
from playwright.sync_api import expect
from wagtail.models import Locale

from events.models import EventIndexPage, EventKind, EventPage
from tests.browser.conftest import TIMEOUT_MS, url
from tests.browser.public_pages import LANGUAGES, public_paths

pytestmark = pytest.mark.browser

SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-results" / "screenshots"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
EVENT_SLUG = "2013-05-24-museums-and-social-media"
ENGLISH_ONLY_SLUG = "2013-04-04-museum-tweetups"


def open_page(browser, viewport):
    context = browser.new_context(viewport=viewport, locale="en-GB")
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    return context, page


def scrolls_sideways(page):
    return page.evaluate("document.documentElement.scrollWidth > window.innerWidth")


def test_reader_searches_from_the_home_page_header_in_english_and_russian(read_only_demo, browser):
    context, page = open_page(browser, DESKTOP)
    try:
        page.goto(url(read_only_demo, "/en/"))
        search = page.get_by_role("search").first
        search.get_by_role("searchbox", name="Search the hub").fill("tweetups")
        search.get_by_role("button", name="Search").click()
        expect(page).to_have_url(re.compile(r"/en/search/\?q=tweetups"))
        found = page.locator(".card__title a", has_text=re.compile("tweetups", re.I))
        expect(found.first).to_be_visible()

        # In Russian: a chat written in Russian, and an English-only one marked English.
        page.goto(url(read_only_demo, "/ru/"))
        search = page.get_by_role("search").first
        search.get_by_role("searchbox", name="Поиск по сайту").fill("культурах")
        search.get_by_role("button", name="Поиск").click()
        expect(page).to_have_url(re.compile(r"/ru/search/\?q="))
        found = page.locator(".card__title a", has_text=re.compile("культурах", re.I))
        expect(found.first).to_be_visible()
        page.goto(url(read_only_demo, "/ru/"))
        page.get_by_role("searchbox", name="Поиск по сайту").fill("tweetups")
        page.get_by_role("searchbox", name="Поиск по сайту").press("Enter")
        english = page.locator(".card__title a[hreflang=en]", has_text=re.compile("tweetups", re.I))
        expect(english.first).to_be_visible()
        card = page.locator("article.card", has=english.first)
        expect(card.locator(".badge--language")).to_contain_text("English")
    finally:
        context.close()


def test_reader_follows_a_hashtag_from_an_event_page(read_only_demo, browser):
    event = EventPage.objects.get(slug=EVENT_SLUG, locale=Locale.get_default())
    hashtag = event.hashtag_links.select_related("hashtag").first().hashtag
    context, page = open_page(browser, DESKTOP)
    try:
        page.goto(url(read_only_demo, event.url))
        facts = page.get_by_role("complementary", name="Key facts")
        expect(facts).to_contain_text("When")
        facts.get_by_role("link", name=hashtag.text).first.click()
        expect(page).to_have_url(re.compile(r"/en/hashtags/[^/]+/$"))
        expect(page.get_by_role("heading", level=1)).to_contain_text(hashtag.text)
        expect(page.get_by_role("link", name=event.title)).to_be_visible()
    finally:
        context.close()


def test_reader_uses_the_menu_on_a_phone(read_only_demo, browser):
    context, page = open_page(browser, PHONE)
    try:
        page.goto(url(read_only_demo, "/en/"))
        # The inline navigation is for wide screens; the phone sees one Menu button.
        expect(page.locator("nav.site-nav")).to_be_hidden()
        topics = page.get_by_role("link", name="Topics", exact=True)
        expect(topics).to_be_hidden()
        # Content starts in the first screen, and nothing scrolls sideways.
        heading_top = page.get_by_role("heading", level=1).bounding_box()["y"]
        assert heading_top < PHONE["height"] / 2, heading_top
        assert not scrolls_sideways(page)
        page.locator(".site-menu > summary").click()
        expect(page.get_by_role("link", name="Chats and events").first).to_be_visible()
        topics.click()
        expect(page).to_have_url(re.compile(r"/en/tags/$"))
        page.locator(".site-menu > summary").click()
        page.get_by_role("navigation", name="Browse").get_by_role("link", name="Hashtags").click()
        expect(page).to_have_url(re.compile(r"/en/hashtags/$"))
    finally:
        context.close()


# One test a language, for the xdist workers to share (about 15 s each).
@pytest.mark.parametrize("language", LANGUAGES)
def test_reader_switches_language_from_every_public_page_without_a_404(
    read_only_demo, browser, language
):
    paths = public_paths(Client(), languages=[language])
    assert paths, f"no public page in {language}"
    context, page = open_page(browser, PHONE)
    failures = []
    try:
        for label, path in paths:
            response = page.goto(url(read_only_demo, path))
            assert response.status == 200, f"{label} {unquote(path)}: HTTP {response.status}"
            if scrolls_sideways(page):
                failures.append(f"{label} {unquote(path)}: scrolls sideways at 390 px")
            switcher = page.get_by_role("navigation", name=re.compile("Languages|Языки"))
            links = switcher.locator("a[hreflang]")
            if links.count() == 0:
                failures.append(f"{label} {unquote(path)}: no language switcher")
            for href in [links.nth(i).get_attribute("href") for i in range(links.count())]:
                switched = page.request.get(url(read_only_demo, href))
                if switched.status != 200:
                    failures.append(
                        f"{label} {unquote(path)} -> {unquote(href)}: {switched.status}"
                    )
    finally:
        context.close()
    assert not failures, "\n".join(failures)


def test_switching_from_an_untranslated_page_lands_on_its_section_with_a_note(
    read_only_demo, browser
):
    event = EventPage.objects.get(slug=ENGLISH_ONLY_SLUG, locale=Locale.get_default())
    russian = Locale.objects.get(language_code="ru")
    assert event.get_translation_or_none(russian) is None
    context, page = open_page(browser, DESKTOP)
    try:
        page.goto(url(read_only_demo, event.url))
        page.get_by_role("navigation", name="Languages").get_by_role("link", name="Русский").click()
        index = EventIndexPage.objects.get(locale=russian)
        expect(page).to_have_url(re.compile(re.escape(index.url) + r"\?untranslated=1$"))
        expect(page.get_by_role("status").first).to_contain_text("не переведена")
        # ... where the English-only chat is listed, marked English.
        expect(page.locator(f'.card__title a[href="{event.url}"]')).to_have_attribute("lang", "en")
    finally:
        context.close()


# The most characters on one rendered line of running text in the main content: each
# text node's characters grouped by the line box they sit on.
LONGEST_LINE_JS = """() => {
  let longest = 0;
  for (const block of document.querySelectorAll("main p, main li, main dd")) {
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    const lines = new Map();
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < node.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const box = range.getClientRects()[0];
        if (!box) continue;
        const top = Math.round(box.top);
        lines.set(top, (lines.get(top) || 0) + 1);
      }
    }
    for (const count of lines.values()) longest = Math.max(longest, count);
  }
  return longest;
}"""


def test_event_page_reads_at_a_glance_at_both_widths(read_only_demo, browser):
    event = EventPage.objects.get(slug=EVENT_SLUG, locale=Locale.get_default())
    for viewport in (DESKTOP, PHONE):
        context, page = open_page(browser, viewport)
        try:
            page.goto(url(read_only_demo, event.url))
            facts = page.get_by_role("complementary", name="Key facts").bounding_box()
            main = page.locator(".event-layout__main").bounding_box()
            if viewport is DESKTOP:  # two columns: the facts beside the text, at its top
                assert facts["x"] >= main["x"] + main["width"], (facts, main)
                assert abs(facts["y"] - main["y"]) < 5, (facts, main)
            else:  # one column: the facts first, then the text
                assert facts["y"] + facts["height"] <= main["y"], (facts, main)
                assert abs(facts["width"] - main["width"]) < 2, (facts, main)
            longest = page.evaluate(LONGEST_LINE_JS)
            assert 0 < longest <= 75, f"{viewport['width']} px: {longest} characters on a line"
        finally:
            context.close()


def test_event_cards_carry_a_date_tile_and_a_kind_badge(read_only_demo, browser):
    with translation.override("en"):
        kinds = {str(label) for label in EventKind.labels}
    context, page = open_page(browser, PHONE)
    try:
        page.goto(url(read_only_demo, EventIndexPage.objects.get(locale=Locale.get_default()).url))
        cards = page.locator("article.card--event")
        assert cards.count() > 0
        for number in range(cards.count()):
            card = cards.nth(number)
            expect(card.locator(".date-tile")).to_be_visible()
            kind = card.locator(".card__meta .badge").first.text_content().strip()
            assert kind in kinds, kind
    finally:
        context.close()


def test_screenshots_of_the_main_page_types_for_review(read_only_demo, browser):
    event = EventPage.objects.get(slug=EVENT_SLUG, locale=Locale.get_default())
    pages = {
        "home": "/en/",
        "home-ru": "/ru/",
        "event-index": EventIndexPage.objects.get(locale=Locale.get_default()).url,
        "event": event.url,
        "tag": "/en/tags/twitter/",
    }
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for width_name, viewport in (("390", PHONE), ("1280", DESKTOP)):
        context, page = open_page(browser, viewport)
        try:
            for name, path in pages.items():
                response = page.goto(url(read_only_demo, path))
                assert response.status == 200, path
                assert not scrolls_sideways(page), f"{path} scrolls sideways at {width_name} px"
                page.screenshot(path=str(SCREENSHOTS / f"{name}-{width_name}.png"), full_page=True)
        finally:
            context.close()
    assert len(list(SCREENSHOTS.glob("*.png"))) >= 2 * len(pages)
