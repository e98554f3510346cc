"""Accessibility and HTML validity of every public page type, in both languages.

axe-core (npm, injected into Debian's Chromium) at 1280 px and 390 px, and the Nu Html
Checker (npm vnu-jar, run with Debian's java) on the same pages.

axe takes two minutes over every page: one test that long left the other xdist worker
idle at the end of `make test`. It runs in pieces of about 20 s, a language and a group
of kinds of page each, which the workers share; a test checks that the pieces together
cover every page public_pages returns.
"""

import json
import shutil
import subprocess
from urllib.parse import unquote

import pytest
from django.test import Client

from tests.browser.conftest import AXE_JS, VNU_JAR, url
from tests.browser.public_pages import KINDS, LANGUAGES, public_pages, public_paths

pytestmark = pytest.mark.browser

WIDTHS = [(1280, 900), (390, 844)]
# Every rule axe runs by default: WCAG 2.0-2.2 A and AA, plus its best practices.
AXE_OPTIONS = {"resultTypes": ["violations"]}
# The kinds of page (tests/browser/public_pages.py) of each piece: 4 to 10 pages a language.
GROUPS = {
    "events": [
        "EventIndexPage",
        "EventPage",
        "propose a chat",
        "transcript",
        "event, to be announced",
        "event index, filtered",
    ],
    "sections": [
        "HomePage",
        "ContentPage",
        "OrganisationIndexPage",
        "OrganisationPage",
        "ConferenceIndexPage",
        "ConferenceResourcePage",
        "TalkIndexPage",
        "BestPracticeTalkPage",
    ],
    "browse": ["search results", "tag", "hashtag", "person", "date", "person, many events"],
}


def describe_violations(label, path, width, violations):
    lines = []
    for violation in violations:
        lines.append(
            f"{label} {unquote(path)} @{width}px: {violation['id']} ({violation['impact']}): "
            f"{violation['help']} <{violation['helpUrl']}>"
        )
        for node in violation["nodes"]:
            lines.append(f"    {' '.join(map(str, node['target']))}: {node['html'][:200]}")
            if node.get("failureSummary"):
                lines.append("      " + node["failureSummary"].replace("\n", "\n      "))
    return lines


def test_the_axe_pieces_together_check_every_public_page(read_only_demo):
    """Each page public_pages returns in one piece exactly, and no piece without a page."""
    grouped = [kind for kinds in GROUPS.values() for kind in kinds]
    assert sorted(grouped) == sorted(KINDS), "each kind of page in one group exactly"
    client = Client()
    pieces = {
        (language, group): public_pages(client, languages=[language], kinds=GROUPS[group])
        for language in LANGUAGES
        for group in GROUPS
    }
    assert all(pieces.values()), [piece for piece, pages in pieces.items() if not pages]
    checked = [page for pages in pieces.values() for page in pages]
    assert sorted(checked) == sorted(public_pages(client))


@pytest.mark.parametrize("group", GROUPS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_axe_finds_no_violations_on_any_public_page(read_only_demo, browser, language, group):
    paths = public_paths(Client(), languages=[language], kinds=GROUPS[group])
    assert paths, f"no public page of {group} in {language}"
    # bypass_csp: the strict Content-Security-Policy would refuse the injected axe script.
    context = browser.new_context(bypass_csp=True, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    failures = []
    checked = 0
    try:
        for label, path in paths:
            response = page.goto(url(read_only_demo, path))
            assert response.status == 200, f"{label} {path}: HTTP {response.status}"
            page.add_script_tag(path=str(AXE_JS))
            for width, height in WIDTHS:
                # Resizing re-lays the page out with the narrow media queries; no reload.
                page.set_viewport_size({"width": width, "height": height})
                result = page.evaluate("options => axe.run(document, options)", AXE_OPTIONS)
                failures += describe_violations(label, path, width, result["violations"])
                checked += 1
            page.set_viewport_size({"width": WIDTHS[0][0], "height": WIDTHS[0][1]})
    finally:
        context.close()
    assert checked == len(paths) * len(WIDTHS)
    assert not failures, "axe-core found violations:\n" + "\n".join(failures)


@pytest.mark.needs_java
def test_nu_html_checker_finds_no_errors_on_any_public_page(read_only_demo, tmp_path):
    client = Client()
    files = {}
    for number, (label, path) in enumerate(public_paths(client)):
        response = client.get(path)
        assert response.status_code == 200, f"{label} {path}: HTTP {response.status_code}"
        file = tmp_path / f"page-{number:02d}.html"
        file.write_bytes(response.content)
        files[file.as_uri()] = f"{label} {unquote(path)}"

    # One java run for every file: the checker's start-up is most of its cost.
    done = subprocess.run(
        [
            shutil.which("java"),
            "-jar",
            str(VNU_JAR),
            "--format",
            "json",
            "--errors-only",
            *sorted(files),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    # The JSON report is the checker's last line on stderr; java may say other things first.
    output = (done.stderr + "\n" + done.stdout).strip().splitlines()
    report = next((json.loads(line) for line in reversed(output) if line.startswith("{")), None)
    assert report is not None, f"no report from the Nu Html Checker:\n{done.stderr}{done.stdout}"
    messages = report["messages"]
    lines = [
        f"{files.get(m.get('url', ''), m.get('url', ''))}:{m.get('lastLine', '?')}: "
        f"{m['type']}: {m['message']}\n    {m.get('extract', '').strip()}"
        for m in messages
    ]
    assert not messages, "The Nu Html Checker found errors:\n" + "\n".join(lines)
    assert done.returncode == 0, done.stdout + done.stderr
