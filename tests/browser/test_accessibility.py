"""Accessibility and HTML validity of every public page type, in both languages.

axe-core (npm, injected into Debian's Chromium) at 1280 px and 390 px, and the Nu Html
Checker (npm vnu-jar, run with Debian's java) on the same pages.
"""

import json
import shutil
import subprocess
from urllib.parse import unquote

import pytest
from django.test import Client

from tests.browser.conftest import AXE_JS, VNU_JAR, url
from tests.browser.public_pages import public_paths

pytestmark = pytest.mark.browser

WIDTHS = [(1280, 900), (390, 844)]
# Every rule axe runs by default: WCAG 2.0-2.2 A and AA, plus its best practices.
AXE_OPTIONS = {"resultTypes": ["violations"]}


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


def test_axe_finds_no_violations_on_any_public_page(demo, browser):
    paths = public_paths(Client())
    # bypass_csp: the strict Content-Security-Policy would refuse the injected axe script.
    context = browser.new_context(bypass_csp=True, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    failures = []
    checked = 0
    try:
        for label, path in paths:
            response = page.goto(url(demo, path))
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
def test_nu_html_checker_finds_no_errors_on_any_public_page(demo, tmp_path):
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
