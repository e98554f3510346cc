"""A visitor on the demo site, in a real Chromium: browse, filter by tag, take the calendar
file, read the time in their own zone, switch language and propose a chat."""

import re
from datetime import date, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
from playwright.sync_api import expect
from wagtail.models import Locale

from events.models import ChatProposal, EventPage
from tests.browser.conftest import TIMEOUT_MS, url

pytestmark = pytest.mark.browser

EVENT_SLUG = "2013-05-24-museums-and-social-media"
TAG = "evaluation"
TRANSLATED_SLUG = "2013-12-29-museumsalon-new-year"


@pytest.fixture
def tokyo_page(browser):
    """A reader in Tokyo with a British English browser."""
    context = browser.new_context(timezone_id="Asia/Tokyo", locale="en-GB")
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    yield page
    context.close()


def english(slug):
    return EventPage.objects.get(slug=slug, locale=Locale.get_default())


def test_visitor_browses_filters_by_tag_and_takes_the_calendar_file(demo, tokyo_page):
    page = tokyo_page
    event = english(EVENT_SLUG)
    tagged = set(
        EventPage.objects.live()
        .filter(locale=event.locale, tags__slug=TAG)
        .values_list("title", flat=True)
    )
    assert event.title in tagged

    # The bare domain sends an English browser to /en/.
    page.goto(url(demo, "/"))
    expect(page).to_have_url(re.compile(r"/en/$"))
    page.locator("nav.site-nav").get_by_role("link", name="Chats and events").click()
    expect(page).to_have_url(re.compile(r"/en/events/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Chats and events")

    # An event's topic link opens the topic's page, which lists every page with it.
    page.get_by_role("link", name=event.title).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(event.title)
    page.locator(".tag-list").get_by_role("link", name=TAG, exact=True).click()
    expect(page).to_have_url(re.compile(rf"/en/tags/{TAG}/$"))
    on_tag_page = set(page.locator(".card h3").all_inner_texts())
    assert {title.strip() for title in on_tag_page} == tagged

    # The events listing filters by the same tag, and keeps it when another filter is added.
    page.goto(url(demo, f"/en/events/?tag={TAG}"))
    expect(page.locator("input[type=hidden][name=tag]")).to_have_value(TAG)
    expect(page.get_by_role("link", name="Clear filters")).to_be_visible()
    listed = set(page.locator(".grid .card h2, .grid .card h3").all_inner_texts())
    assert {title.strip() for title in listed} == tagged

    # The filter form keeps the tag when another filter is added.
    page.get_by_label("Kind").select_option("in_person")
    page.get_by_role("button", name="Filter").click()
    expect(page).to_have_url(re.compile(rf"tag={TAG}"))
    expect(page).to_have_url(re.compile(r"kind=in_person"))
    expect(page.get_by_role("link", name=event.title)).to_be_visible()

    # Open the event from the filtered listing.
    page.get_by_role("link", name=event.title).click()
    expect(page).to_have_url(re.compile(rf"/en/events/{EVENT_SLUG}/$"))

    # localtime.js adds the reader's own time: 12:30 PM BST is 8:30 PM in Tokyo.
    tokyo = event.start.astimezone(ZoneInfo("Asia/Tokyo"))
    # The key facts panel says when, in the event's zone and the reader's own.
    local = page.locator(".key-facts .event-when__local")
    expect(local).to_have_count(1)
    expect(local).to_contain_text("Your time:")
    expect(local).to_contain_text(tokyo.strftime("%-I:%M"))
    expect(local).to_contain_text("GMT+9")
    expect(page.locator(".key-facts .event-when time").first).to_contain_text("12:30 PM")

    # The calendar file downloads and describes the event.
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Add to calendar (.ics)").click()
    download = download_info.value
    assert download.suggested_filename == f"{EVENT_SLUG}.ics"
    calendar = icalendar.Calendar.from_ical(open(download.path(), "rb").read())  # noqa: SIM115
    (vevent,) = calendar.walk("VEVENT")
    assert str(vevent["SUMMARY"]) == event.title
    assert vevent.decoded("DTSTART") == event.start
    assert vevent.decoded("DTEND") == event.end
    assert EVENT_SLUG in str(vevent["URL"])


def test_visitor_switches_language_and_proposes_a_chat(demo, page):
    source = english(TRANSLATED_SLUG)
    russian = source.get_translation(Locale.objects.get(language_code="ru"))

    page.goto(url(demo, source.url))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    switcher = page.get_by_role("navigation", name="Languages")
    expect(switcher.locator("[aria-current=true]")).to_have_attribute("lang", "en")
    switcher.locator("a[hreflang=ru]").click()
    expect(page.locator("html")).to_have_attribute("lang", "ru")
    expect(page.get_by_role("heading", level=1)).to_have_text(russian.title)
    assert page.url.endswith(russian.url) or "/ru/" in page.url
    expect(page.get_by_role("navigation", name="Языки").locator("a[hreflang=en]")).to_be_visible()
    # ...and back.
    page.get_by_role("navigation", name="Языки").locator("a[hreflang=en]").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(source.title)

    # Propose a chat from the events listing.
    page.goto(url(demo, "/en/events/"))
    page.locator("#main").get_by_role("link", name="Propose a chat").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Propose a chat")
    when = date.today() + timedelta(days=30)
    page.get_by_label("Title of the chat").fill("Museums and the fediverse")
    page.get_by_label("Date").fill(when.isoformat())
    page.get_by_label("Start time").fill("14:00")
    page.get_by_label("Time zone").select_option("Europe/London")
    page.get_by_label("Hosts").fill("Erin Blasco @erinblasco")
    page.get_by_label("Hashtag").fill("#musesocial")
    page.get_by_label("What it is about").fill("Where museums talk now that the bird is gone.")
    page.get_by_label("Questions").fill("Where are your visitors?\nWhat did you move?")
    page.get_by_role("button", name="Send for moderation").click()
    expect(page.get_by_role("status")).to_contain_text("Thank you!")
    expect(page).to_have_url(re.compile(r"/en/events/propose/\?sent=1$"))

    proposal = ChatProposal.objects.get(title="Museums and the fediverse")
    assert proposal.questions == "Where are your visitors?\nWhat did you move?"
    assert proposal.start.astimezone(ZoneInfo("Europe/London")).hour == 14
    assert not EventPage.objects.get(title="Museums and the fediverse").live
