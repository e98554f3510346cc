"""Every response carries the security headers; public pages get the strict CSP."""

import re
from pathlib import Path

import pytest

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"

COMMON_HEADERS = {
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def directives(header):
    """{'script-src': ["'self'"], ...} from a Content-Security-Policy header."""
    parsed = {}
    for part in header.split(";"):
        name, *values = part.split()
        parsed[name] = values
    return parsed


def assert_common_headers(response):
    for name, value in COMMON_HEADERS.items():
        assert response.headers.get(name) == value, name
    policy = response.headers["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "browsing-topics", "payment"):
        assert f"{feature}=()" in policy


@pytest.mark.django_db
def test_public_page_has_security_headers_and_strict_csp(client, home):
    response = client.get("/en/")
    assert response.status_code == 200
    assert_common_headers(response)
    csp = directives(response.headers["Content-Security-Policy"])
    assert csp["default-src"] == ["'self'"]
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'"]
    assert csp["img-src"] == ["'self'", "data:"]
    assert csp["font-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["base-uri"] == ["'self'"]
    assert csp["form-action"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert set(csp["frame-src"]) <= {
        "https://www.youtube-nocookie.com",
        "https://www.youtube.com",
        "https://player.vimeo.com",
    }
    assert "unsafe" not in response.headers["Content-Security-Policy"]


@pytest.mark.django_db
def test_healthz_has_security_headers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert_common_headers(response)
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/static/css/hub.css", "/static/favicon.svg"])
def test_static_files_have_the_security_headers_too(client, path):
    # Found by a probe: WhiteNoise answered before the CSP and Permissions-Policy
    # middleware, so an SVG opened directly ran under no policy at all.
    response = client.get(path)
    assert response.status_code == 200
    assert_common_headers(response)
    csp = directives(response.headers["Content-Security-Policy"])
    assert csp["script-src"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'none'"]


@pytest.mark.django_db
def test_admin_gets_its_own_policy_that_still_refuses_framing_and_plugins(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert_common_headers(response)
    csp = directives(response.headers["Content-Security-Policy"])
    assert "'unsafe-inline'" in csp["script-src"]
    assert csp["object-src"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'self'"]
    assert csp["form-action"] == ["'self'"]
    assert csp["base-uri"] == ["'self'"]


@pytest.mark.django_db
def test_not_found_page_has_the_strict_policy(client, home):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert "script-src 'self';" in response.headers["Content-Security-Policy"] + ";"


# A template line may hold several tags; these find the offending ones.
SCRIPT_TAG = re.compile(r"<script\b[^>]*>", re.IGNORECASE)
EVENT_HANDLER = re.compile(r"""\son[a-z]+\s*=""", re.IGNORECASE)
STYLE_ATTRIBUTE = re.compile(r"""\sstyle\s*=""", re.IGNORECASE)
STYLE_ELEMENT = re.compile(r"<style\b", re.IGNORECASE)
JAVASCRIPT_URL = re.compile(r"""(href|src|action)\s*=\s*["']?\s*javascript:""", re.IGNORECASE)


def inline_code_problems(text):
    """(line, problem) for everything in a template that a strict CSP would block."""
    problems = []
    for number, line in enumerate(text.splitlines(), start=1):
        for tag in SCRIPT_TAG.findall(line):
            if "src=" not in tag and "application/ld+json" not in tag:
                problems.append((number, f"inline script: {tag}"))
        for pattern, label in (
            (EVENT_HANDLER, "inline event handler"),
            (STYLE_ATTRIBUTE, "style= attribute"),
            (STYLE_ELEMENT, "<style> element"),
            (JAVASCRIPT_URL, "javascript: URL"),
        ):
            if pattern.search(line):
                problems.append((number, f"{label}: {line.strip()[:120]}"))
    return problems


def test_the_scanner_finds_what_it_looks_for():
    sample = (
        '<script>alert(1)</script>\n<script src="/x.js"></script>\n'
        '<script type="application/ld+json">{}</script>\n<a href="#" onclick="x()">\n'
        '<p style="color:red">\n<style>p{}</style>\n<a href="javascript:void(0)">\n'
        '<p class="online" data-on="1">'
    )
    assert [number for number, _ in inline_code_problems(sample)] == [1, 4, 5, 6, 7]


def test_templates_have_no_inline_script_style_or_handlers():
    problems = [
        f"{path.relative_to(TEMPLATES.parent)}:{number}: {problem}"
        for path in sorted(TEMPLATES.rglob("*.html"))
        for number, problem in inline_code_problems(path.read_text(encoding="utf-8"))
    ]
    assert not problems, "A strict CSP would block these:\n" + "\n".join(problems)
