"""An editor in a real Chromium: logs in, creates an event in the Wagtail admin with a
host added from the chooser and a question list in its "Questions" tab, publishes it,
translates it to Russian in wagtail-localize's editor, and sees both versions on the
public site."""

import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect
from wagtail.models import Locale

from events.models import EventIndexPage, EventPage
from tests.browser.conftest import url

pytestmark = pytest.mark.browser

TITLE = "Museums on the fediverse"
QUESTION = "Where are your visitors now?"
HOST = "Ada Example"
SLUG = "museums-on-the-fediverse"
INTRO = "Where museums talk now."
TITLE_RU = "Музеи в федиверсе"
INTRO_RU = "Где музеи говорят сейчас."
SLUG_RU = "muzei-v-fediverse"
QUESTION_RU = "Где сейчас ваши посетители?"


def log_in(page, live_server, username, password):
    """Through the real login form, so django-axes sees a real login."""
    page.goto(url(live_server, "/admin/login/"))
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def choose_in_modal(page, label):
    modal = page.locator(".modal")
    expect(modal).to_be_visible()
    modal.get_by_role("link", name=label, exact=True).click()
    expect(modal).to_be_hidden()


def translate_segment(page, source, text):
    """One segment of wagtail-localize's editor: Translate, type, Save."""
    segment = page.locator("li", has=page.locator("p", has_text=source)).last
    segment.get_by_role("button", name="Translate", exact=True).click()
    segment.locator("textarea").fill(text)
    segment.get_by_role("button", name="Save", exact=True).click()
    expect(segment.locator("textarea")).to_have_count(0)
    expect(segment).to_contain_text(text)


@pytest.fixture
def without_autosave(settings):
    """Wagtail's autosave off, so no step waits on (or races) its timer.

    Wagtail 8's autosave races a Publish clicked before the first autosave lands (the
    create is posted twice: "slug already in use") and on a loaded machine may not fire
    for a minute. Autosave is Wagtail's; the journey under test is create, publish and
    translate, so the editor publishes straight from the add form. The live server runs
    in this process, so the setting reaches its views.
    """
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0


def expect_no_autosave(page):
    """The form has no autosave controller: nothing can post behind the test's back (and
    if Wagtail renames the setting, this fails here instead of flaking further on)."""
    expect(page.locator("form[data-controller~=w-autosave]")).to_have_count(0)


def test_editor_creates_publishes_and_translates_an_event(demo, page, without_autosave):
    get_user_model().objects.create_superuser("editor", "editor@example.org", "a-long-pass-1")
    index = EventIndexPage.objects.get(locale=Locale.get_default())
    log_in(page, demo, "editor", "a-long-pass-1")

    # Pages > the events index > Add child page: the event form (the only child type).
    page.goto(url(demo, f"/admin/pages/{index.pk}/"))
    page.get_by_role("link", name="Add child page").first.click()
    expect(page).to_have_url(re.compile(rf"/admin/pages/add/events/eventpage/{index.pk}/$"))
    page.wait_for_load_state()  # the choosers and StreamField work once the scripts ran
    expect_no_autosave(page)

    page.locator("#id_title").fill(TITLE)
    page.locator("#id_time_zone").select_option("Europe/London")
    # Set the dates without focusing the fields: the admin's date pickers open on focus,
    # do not close on Escape, and under load may stay open over the choosers below.
    for field, value in (("#id_start", "2031-05-08 12:00"), ("#id_end", "2031-05-08 13:00")):
        page.eval_on_selector(field, "(el, value) => { el.value = value; }", value)
    page.locator("#id_intro").fill(INTRO)
    expect(page.locator(".xdsoft_datetimepicker:visible")).to_have_count(0)

    # The hashtag inline panel's first row, with the snippet chooser.
    page.locator("#id_hashtag_links-0-hashtag-chooser").get_by_role("button").first.click()
    choose_in_modal(page, "#musesocial")
    expect(page.locator("#id_hashtag_links-0-hashtag-chooser")).to_contain_text("#musesocial")

    # A host added from the chooser, without leaving the event ("Choose or add").
    page.locator("#id_people-ADD").click()
    page.locator("#id_people-0-person-chooser").get_by_role("button").first.click()
    modal = page.locator(".modal")
    modal.get_by_role("tab", name="Add this person").click()
    modal.locator("#id_name").fill(HOST)
    modal.locator("#id_x_handle").fill("ada_example")
    modal.get_by_role("button", name="Add this person").click()
    expect(page.locator("#id_people-0-person-chooser")).to_contain_text(HOST)

    # The "Questions" tab: a question list with one question, and no error before typing.
    page.get_by_role("tab", name="Questions").click()
    page.locator("#questions-root").get_by_role("button", name="Insert a block").first.click()
    questions = page.locator("#questions-root [data-contentpath=questions]")
    questions.get_by_role("button", name="Insert a block").click()
    expect(page.locator("#tab-questions .error-message")).to_have_count(0)
    page.locator("#questions-0-value-questions-0-value-question").fill(QUESTION)

    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish").click()
    expect(page).to_have_url(re.compile(rf"/admin/pages/{index.pk}/$"))
    expect(page.locator(".messages")).to_contain_text(re.compile("published", re.I))

    event = EventPage.objects.get(title=TITLE)
    assert event.live
    assert [link.hashtag.text for link in event.hashtag_links.all()] == ["#musesocial"]

    # The public page shows it, with the question numbered.
    page.goto(url(demo, event.url))
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    question = page.locator(".question-list .question").first
    expect(question.locator(".question__number")).to_have_text("Q1")
    expect(question.locator(".question__text")).to_have_text(QUESTION)
    expect(page.locator(".people")).to_contain_text(HOST)
    expect(page.locator(".event-when time")).to_contain_text("12:00 PM")

    # Translate: the page's Actions menu > Translate > Russian.
    page.goto(url(demo, f"/admin/pages/{event.pk}/edit/"))
    expect_no_autosave(page)
    page.get_by_role("button", name="Actions").first.click()
    page.get_by_role("link", name="Translate").click()
    expect(page).to_have_url(re.compile(rf"/admin/localize/submit/page/{event.pk}/$"))
    page.get_by_label("Русский").check()
    page.get_by_role("button", name="Submit").click()
    expect(page.locator(".messages")).to_contain_text("submitted for translation")
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))
    page.wait_for_load_state()

    # wagtail-localize's translation editor: translate the title and the question.
    translate_segment(page, TITLE, TITLE_RU)
    translate_segment(page, INTRO, INTRO_RU)
    page.get_by_role("tab", name="Questions").click()  # the form's tabs, here too
    translate_segment(page, QUESTION, QUESTION_RU)
    page.get_by_role("tab", name="Promote").click()
    translate_segment(page, SLUG, SLUG_RU)
    page.get_by_role("button", name="Publish in Русский").click()
    expect(page.locator(".messages")).to_contain_text(f"Published '{TITLE_RU}' in Русский")
    expect(page.locator(".messages")).not_to_contain_text("missing")

    russian = event.get_translation(Locale.objects.get(language_code="ru"))
    assert russian.live
    assert (russian.title, russian.slug) == (TITLE_RU, SLUG_RU)

    # Both versions, each in its language, linked by the language switcher.
    page.goto(url(demo, russian.url))
    expect(page.locator("html")).to_have_attribute("lang", "ru")
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE_RU)
    question = page.locator(".question-list .question").first
    expect(question.locator(".question__number")).to_have_text("Q1")
    expect(question.locator(".question__text")).to_have_text(QUESTION_RU)
    page.locator(".language-switcher a[hreflang=en]").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(page.locator(".question__text").first).to_have_text(QUESTION)
