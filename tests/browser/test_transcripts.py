"""The transcript and the story of a chat in Debian's Chromium, at 390 and 1280 px:
axe-core finds no violation, the Nu Html Checker no error, nothing is wider than the
screen, no request leaves the hub, and screenshots of both widths go to the test run's
output folder (pytest-playwright's --output, test-results/playwright/) for a reviewer."""

import json
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.test import Client
from playwright.sync_api import expect
from wagtail.models import Locale

from events.models import ArchivedPost, EventPage
from hub.cache import bump_content_version
from tests.browser.conftest import AXE_JS, VNU_JAR, url
from tests.browser.test_accessibility import AXE_OPTIONS, WIDTHS, describe_violations

pytestmark = pytest.mark.browser

SLUG = "2013-04-23-whats-the-point-of-social-media"


def with_story():
    """The demo chat with a story of two sections, a post with media and a hidden post."""
    event = EventPage.objects.get(slug=SLUG, locale=Locale.get_default())
    posts = list(ArchivedPost.objects.filter(archive__event=event).order_by("created_at"))
    posts[3].media = [
        {"url": "https://pbs.twimg.com/media/sample.jpg", "type": "photo", "alt": "A gallery"}
    ]
    posts[3].save()
    posts[-2].hidden = True
    posts[-2].save()
    event.story = [
        {
            "type": "section",
            "value": {
                "title": "Why museums are on social media",
                "note": "Talking with visitors, not at them, came up again and again.",
                "posts": [{"type": "post", "value": post.pk} for post in posts[1:4]],
            },
        },
        {
            "type": "section",
            "value": {
                "title": "Strategy on paper",
                "note": "",
                "posts": [{"type": "post", "value": post.pk} for post in posts[7:9]],
            },
        },
    ]
    event.save_revision().publish()
    bump_content_version()
    return event


# Texts of the timeline that reach past its picture's edges (a label cut off there).
CLIPPED_JS = """() => [...document.querySelectorAll("svg.timeline text")].filter(text => {
  const box = text.getBBox(), view = text.ownerSVGElement.viewBox.baseVal;
  return box.x < -0.5 || box.y < -0.5 || box.x + box.width > view.width + 0.5
    || box.y + box.height > view.height + 0.5;
}).map(text => text.textContent)"""


def paths_of(event):
    russian = EventPage.objects.get(
        translation_key=event.translation_key, locale__language_code="ru"
    )
    return [
        ("transcript", event.url + "transcript/"),
        ("transcript-filtered", event.url + "transcript/?who=sample_curator&q=sample"),
        ("story", event.url + "story/"),
        ("transcript-ru", russian.url + "transcript/"),
        ("story-ru", russian.url + "story/"),
    ]


def test_transcript_and_story_pass_axe_at_both_widths_with_screenshots(demo, browser, output_path):
    event = with_story()
    context = browser.new_context(bypass_csp=True, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    host = urlsplit(demo.url).netloc
    elsewhere = []
    page.on("request", lambda r: urlsplit(r.url).netloc != host and elsewhere.append(r.url))
    failures, overflow, clipped = [], [], []
    try:
        for label, path in paths_of(event):
            response = page.goto(url(demo, path))
            assert response.status == 200, (label, path, response.status)
            page.add_script_tag(path=str(AXE_JS))
            for width, height in WIDTHS:
                page.set_viewport_size({"width": width, "height": height})
                result = page.evaluate("options => axe.run(document, options)", AXE_OPTIONS)
                failures += describe_violations(label, path, width, result["violations"])
                if page.evaluate("document.documentElement.scrollWidth") > width:
                    overflow.append(f"{label} @{width}px")
                clipped += [f"{label} @{width}px: {text}" for text in page.evaluate(CLIPPED_JS)]
                page.screenshot(path=Path(output_path) / f"{label}-{width}.png", full_page=True)
            page.set_viewport_size({"width": WIDTHS[0][0], "height": WIDTHS[0][1]})
    finally:
        context.close()
    assert not failures, "axe-core found violations:\n" + "\n".join(failures)
    assert not overflow, f"wider than the screen: {overflow}"
    assert not clipped, f"timeline labels cut off at the picture's edge: {clipped}"
    assert not elsewhere, f"requests to other sites: {elsewhere}"


def test_reader_filters_by_participant_and_follows_a_post_link(demo, page):
    event = with_story()
    page.goto(url(demo, event.url + "transcript/"))
    page.get_by_label("Participant").fill("@sample_curator")
    page.get_by_role("button", name="Search the transcript").click()
    expect(page.get_by_role("status")).to_contain_text("posts match.")
    first = page.locator(".msg").first
    expect(first).to_contain_text("@sample_curator")
    # The time is the post's link: it opens its place in the full transcript.
    anchor = first.get_attribute("id")
    first.locator(".msg__time").click()
    expect(page).to_have_url(url(demo, event.url + "transcript/") + f"?page=1#{anchor}")
    expect(page.locator(f"#{anchor}:target")).to_have_count(1)
    page.goto(url(demo, event.url))
    page.get_by_role("link", name="Read the story of the chat").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Story of the chat")


@pytest.mark.needs_java
def test_nu_html_checker_finds_no_errors_on_transcript_and_story(demo, tmp_path):
    event = with_story()
    client = Client()
    files = {}
    for label, path in paths_of(event):
        response = client.get(path)
        assert response.status_code == 200, (label, path)
        file = tmp_path / f"{label}.html"
        file.write_bytes(response.content)
        files[file.as_uri()] = label
    done = subprocess.run(
        [shutil.which("java"), "-jar", str(VNU_JAR), "--format", "json", "--errors-only"]
        + sorted(files),
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    output = (done.stderr + "\n" + done.stdout).strip().splitlines()
    report = next((json.loads(line) for line in reversed(output) if line.startswith("{")), None)
    assert report is not None, done.stderr + done.stdout
    lines = [
        f"{files.get(m.get('url', ''), m.get('url', ''))}:{m.get('lastLine', '?')}: "
        f"{m['message']}\n    {m.get('extract', '').strip()}"
        for m in report["messages"]
    ]
    assert not report["messages"], "The Nu Html Checker found errors:\n" + "\n".join(lines)
