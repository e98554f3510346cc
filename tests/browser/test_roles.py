"""The admin as each role uses it, in a real Chromium: an editor's live preview, a
translator's translation waiting for an editor, an approved proposal with its hosts, and a
moderator approving a contribution from the dashboard."""

import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from playwright.sync_api import expect
from wagtail.models import Locale

from events.models import EventPage
from events.proposals import submit_proposal
from hub.roles import ensure_roles
from hub.translation import translate_with_po
from resources.models import ContributedResource, SubmissionStatus
from tests.browser.conftest import url
from tests.browser.test_editor import log_in, translate_segment
from tests.factories import make_event, make_event_index, make_site
from tests.resources.factories import make_conference

pytestmark = pytest.mark.browser
PASSWORD = "a-long-pass-1"


@pytest.fixture
def site(migrated, live_server, settings):
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0  # see test_editor: autosave is not under test here
    ensure_roles()
    home = make_site()
    return live_server, home, make_event_index(home)


def approve_from_dashboard(page, title, page_id):
    """Wagtail's "Awaiting your review" panel: the row's Actions menu > Approve; the
    script posts the action, and the page is live once the approval is saved."""
    row = page.locator("tr", has_text=title).first
    row.get_by_role("button", name="Actions").click()
    row.get_by_role("button", name="Approve", exact=True).click()
    for _attempt in range(60):
        if EventPage.objects.filter(pk=page_id, live=True).exists():
            return
        page.wait_for_timeout(250)
    pytest.fail(f"{title!r} was not published by the approval")


def user(name, group=None, **extra):
    person = get_user_model().objects.create_user(name, f"{name}@example.org", PASSWORD, **extra)
    if group:
        person.groups.add(Group.objects.get(name=group))
    return person


def test_the_preview_panel_shows_the_page_while_the_editor_types(site, page):
    server, home, index = site
    event = make_event(index, "Museum blogs", start="2031-12-06T14:00")
    user("editor", "Editors")
    log_in(page, server, "editor", PASSWORD)
    page.goto(url(server, f"/admin/pages/{event.pk}/edit/"))
    page.get_by_role("button", name=re.compile("preview", re.I)).first.click()
    frame = page.frame_locator("iframe.w-preview__iframe, iframe[title*='review']").first
    expect(frame.get_by_role("heading", level=1)).to_have_text("Museum blogs")
    # Wagtail notices edits against a baseline of the form that its unsaved-changes
    # controller takes 2 s after loading and again when the title first changes (the
    # first keystroke can become the baseline). A person keeps typing; so does the test.
    title = page.locator("#id_title")
    title.fill("Museum blogs, as I")
    page.wait_for_timeout(2500)
    title.press_sequentially(" type", delay=150)
    expect(frame.get_by_role("heading", level=1)).to_have_text("Museum blogs, as I type")


def test_a_translators_translation_waits_for_an_editor_who_publishes_it(site, page):
    server, home, index = site
    ru = Locale.objects.get(language_code="ru")
    translate_with_po(home, ru, {})
    translate_with_po(index, ru, {"events": "события"})
    event = make_event(index, "Museum blogs", start="2031-12-06T14:00")
    user("translator", "Translators")
    user("editor", "Editors")

    log_in(page, server, "translator", PASSWORD)
    page.goto(url(server, f"/admin/localize/submit/page/{event.pk}/"))
    page.get_by_label("Русский").check()
    page.get_by_role("button", name="Submit").click()
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))
    russian = event.get_translation(ru)
    assert not russian.live  # "Translate this page" makes a draft
    page.wait_for_load_state()
    translate_segment(page, "Museum blogs", "Музейные блоги")
    expect(page.get_by_role("button", name="Publish in Русский")).to_have_count(0)
    page.goto(url(server, f"/admin/translation-review/{russian.pk}/"))
    page.get_by_role("button", name="Submit for review").click()
    expect(page.locator(".messages")).to_contain_text("waits for an editor")
    russian.refresh_from_db()
    assert not russian.live

    page.context.clear_cookies()
    log_in(page, server, "editor", PASSWORD)
    panel = page.locator(".waiting-for-you")
    expect(panel).to_contain_text("Translations to review")
    expect(panel).to_contain_text("Музейные блоги")
    approve_from_dashboard(page, "Музейные блоги", russian.pk)
    russian = EventPage.objects.get(pk=russian.pk)
    assert russian.live and russian.title == "Музейные блоги"
    page.goto(url(server, russian.url))
    expect(page.get_by_role("heading", level=1)).to_have_text("Музейные блоги")


def test_an_approved_proposal_shows_its_hosts(site, page):
    server, home, index = site
    proposal = submit_proposal(
        index,
        {
            "title": "Museums and the fediverse",
            "start": timezone.now() + timedelta(days=30),
            "time_zone": "Europe/London",
            "hosts": "Erin Blasco @erinblasco\nAnn Lee @ann@museum.social",
            "hashtag": "#museumfedi",
            "summary": "Where museums talk now.",
            "questions": ["Where are your visitors?"],
        },
    )
    user("moderator", "Moderators")
    log_in(page, server, "moderator", PASSWORD)
    expect(page.locator(".waiting-for-you")).to_contain_text("Museums and the fediverse")
    approve_from_dashboard(page, "Museums and the fediverse", proposal.event_id)
    event = EventPage.objects.get(pk=proposal.event_id)
    assert event.live
    page.goto(url(server, event.url))
    expect(page.locator("main")).to_contain_text("Erin Blasco")
    expect(page.locator("main")).to_contain_text("Ann Lee")
    expect(page.locator("main")).to_contain_text("Where are your visitors?")
    expect(page.locator("main")).not_to_contain_text("Proposed hosts")


def test_a_moderator_approves_a_contribution_from_the_dashboard(site, page, mailoutbox):
    server, home, index = site
    conference = make_conference(home, "MCN 2012")
    contribution = ContributedResource.objects.create(
        conference=conference,
        title="Slides: museum chats",
        url="https://example.org/slides",
        contributor_name="Ada",
        contributor_email="ada@example.org",
    )
    user("moderator", "Moderators")
    log_in(page, server, "moderator", PASSWORD)
    item = page.locator(f'[data-contribution="{contribution.pk}"]')
    expect(item).to_contain_text("Slides: museum chats")
    item.get_by_label(re.compile("Note to the contributor")).fill("Thank you, Ada!")
    item.get_by_role("button", name="Approve").click()
    expect(page.locator(".messages")).to_contain_text("is approved")
    contribution.refresh_from_db()
    assert contribution.status == SubmissionStatus.APPROVED
    assert [m.to for m in mailoutbox] == [["ada@example.org"]]
    page.goto(url(server, conference.url))
    expect(page.locator("main")).to_contain_text("Slides: museum chats")
