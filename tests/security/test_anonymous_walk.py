"""An anonymous visitor walks every public link of the demo site and finds nothing private.

Before the walk we add what must stay hidden: a draft page, an unpublished new title on a
live page, a password-protected page and its child, a pending public submission, a draft
event (tagged and hashtagged, so tag, hashtag and feed pages would list it), and a hidden
archive post. Each carries a made-up word that appears nowhere else, so finding the word
anywhere proves a leak, and a second made-up word to search for (the search page repeats
the query, so it must not be the first word).
"""

import re
from collections import deque
from datetime import timedelta
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urljoin, urlsplit

from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction, Site

from events.models import EventIndexPage, EventPage
from home.models import ContentPage
from resources.models import ConferenceResourcePage, ContributedResource, SubmissionStatus
from tests.factories import make_event

MAX_URLS = 400
ALLOWED_STATUSES = {200, 301, 302, 404}
SKIPPED_PREFIXES = ("/admin/", "/documents/", "/static/", "/media/")

SECRETS = {
    "draft page": "Quokkadraft",
    "unpublished title": "Quokkarevision",
    "private page": "Quokkaprivate",
    "private child": "Quokkachild",
    "pending resource": "Quokkapending",
    "draft event": "Quokkaevent",
    "hidden post": "Quokkahidden",
}
# Searched for; each hidden thing's title or text holds one.
SEARCH_WORDS = ["Wombatdraft", "Wombatrevision", "Wombatprivate", "Wombatpending", "Wombatevent"]


class LinkParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("a", "link") and attrs.get("href"):
            self.links.append(attrs["href"])


XML_LINKS = re.compile(r"<loc>([^<]+)</loc>|<link>([^<]+)</link>|<link[^>]*href=\"([^\"]+)\"")


def text_of(response):
    """The body as text; streamed responses (transcript exports) are read once and kept."""
    if not hasattr(response, "walk_text"):
        raw = b"".join(response.streaming_content) if response.streaming else response.content
        response.walk_text = raw.decode("utf-8", errors="replace")
    return response.walk_text


def links_in(response):
    content_type = response.get("Content-Type", "")
    body = text_of(response)
    if "html" in content_type:
        parser = LinkParser()
        parser.feed(body)
        return parser.links
    if "xml" in content_type:
        return [next(filter(None, groups)) for groups in XML_LINKS.findall(body)]
    return []


def same_site(url, base):
    """The path and query of a link on this site, or None for any other link."""
    parts = urlsplit(urljoin(base, url.strip()))
    if parts.scheme not in ("http", "https") or parts.hostname not in ("testserver", None):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def visit_key(url):
    # One visit per path and set of query parameters: ?page=2 and ?page=3 are the same page.
    parts = urlsplit(url)
    return parts.path, frozenset(name for name, _ in parse_qsl(parts.query))


def crawl(client, seeds):
    """GET every same-site URL reachable from the seeds; {url: response}."""
    queue, seen, visited = deque(seeds), set(), {}
    while queue and len(visited) < MAX_URLS:
        url = queue.popleft()
        # Each seed is visited as given (several searches); found links once per key.
        key = url if url in seeds else visit_key(url)
        if key in seen or url in visited:
            continue
        seen.add(key)
        response = client.get(url)
        visited[url] = response
        found = links_in(response)
        if response.status_code in (301, 302):
            found.append(response["Location"])
        for link in found:
            target = same_site(link, "http://testserver" + url)
            if target and not target.startswith(SKIPPED_PREFIXES):
                queue.append(target)
    return visited


def hide_things(home):
    """Everything anonymous visitors must never see; returns {label: url to try directly}."""
    draft = ContentPage(title="Quokkadraft Wombatdraft plans", slug="quokka-draft", live=False)
    home.add_child(instance=draft)
    draft.save_revision()

    about = ContentPage.objects.live().child_of(home).first()
    about.title = "Quokkarevision Wombatrevision title"
    about.save_revision()  # saved for review, not published

    private = ContentPage(
        title="Quokkaprivate Wombatprivate minutes", slug="quokka-private", show_in_menus=True
    )
    home.add_child(instance=private)
    private.save_revision().publish()
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="s3cret-pass"
    )
    child = ContentPage(title="Quokkachild Wombatprivate notes", slug="quokka-child")
    private.add_child(instance=child)
    child.save_revision().publish()

    conference = ConferenceResourcePage.objects.live().first()
    ContributedResource.objects.create(
        conference=conference,
        title="Quokkapending Wombatpending slides",
        kind="slides",
        url="https://example.org/quokka",
        description="Quokkapending description",
        contributor_name="Quokkapending person",
        status=SubmissionStatus.PENDING,
    )

    index = EventIndexPage.objects.live().filter(locale=home.locale).first()
    event = make_event(
        index,
        "Quokkaevent Wombatevent chat",
        start=timezone.now() + timedelta(days=20),
        hashtags=("#musesocial", "#wombattag"),
        tags=("museums", "wombattag"),
        live=False,
        intro="Quokkaevent intro",
    )

    from events.models import ArchivedPost, ChatArchive

    archived_event = EventPage.objects.live().filter(locale=home.locale).first()
    archive, _ = ChatArchive.objects.get_or_create(event=archived_event, defaults={"platform": "x"})
    ArchivedPost.objects.create(
        archive=archive,
        post_id="quokka-1",
        author_handle="quokkahidden",
        created_at=archived_event.start or timezone.now(),
        text="Quokkahidden: please take this down",
        hidden=True,
        hidden_reason="Takedown request",
    )
    # The control: a public page made the same way must be found, or the walk proves nothing.
    control = ContentPage(title="Quokkapublic Wombatpublic notes", slug="quokka-public")
    home.add_child(instance=control)
    control.save_revision().publish()
    return {
        "draft": draft,
        "private": private,
        "child": child,
        "event": event,
        "archived_event": archived_event,
    }


def test_anonymous_walk_of_the_demo_site_shows_nothing_private(client, demo):
    home = Site.objects.get(is_default_site=True).root_page.specific
    hidden = hide_things(home)

    seeds = ["/en/", "/ru/", "/sitemap.xml", "/robots.txt"]
    for word in [*SEARCH_WORDS, "Wombatpublic"]:
        seeds += [f"/en/search/?q={word}", f"/ru/search/?q={word}"]
    seeds += ["/en/tags/wombattag/", "/en/hashtags/wombattag/", "/en/tags/museums/"]
    direct = [
        hidden["draft"].url or "/en/quokka-draft/",
        "/en/quokka-draft/",
        "/en/quokka-private/",
        "/en/quokka-private/quokka-child/",
        f"/en/events/{hidden['event'].slug}/",
        hidden["archived_event"].url,
    ]
    visited = crawl(client, seeds + direct)

    assert len(visited) > 60, sorted(visited)  # the walk really went through the site
    assert any(url.startswith("/ru/") and len(url) > 4 for url in visited)
    bad_status = {
        url: r.status_code for url, r in visited.items() if r.status_code not in ALLOWED_STATUSES
    }
    assert not bad_status, bad_status

    leaks = [
        f"{label} ({word}) shown at {url}"
        for url, response in visited.items()
        for label, word in SECRETS.items()
        if word.lower() in text_of(response).lower()
    ]
    assert not leaks, "\n".join(leaks)

    assert "Quokkapublic" in text_of(visited["/en/search/?q=Wombatpublic"])
    assert visited["/en/quokka-public/"].status_code == 200  # reached from the results

    # Drafts are not found; the private page asks for its password, and so does its child.
    assert visited["/en/quokka-draft/"].status_code == 404
    assert visited[f"/en/events/{hidden['event'].slug}/"].status_code == 404
    for url in ("/en/quokka-private/", "/en/quokka-private/quokka-child/"):
        assert visited[url].status_code == 200
        assert "Password required" in text_of(visited[url])

    # The admin, previews and moderation lists all send anonymous visitors to the login.
    draft_id, event_id = hidden["draft"].pk, hidden["event"].pk
    admin_urls = [
        "/admin/",
        "/admin/pages/",
        f"/admin/pages/{draft_id}/edit/",
        reverse("wagtailadmin_pages:view_draft", args=[draft_id]),
        reverse("wagtailadmin_pages:view_draft", args=[event_id]),
        reverse("wagtailadmin_pages:preview_on_edit", args=[event_id]),
        reverse("wagtailadmin_pages:revisions_index", args=[hidden["private"].pk]),
        "/admin/snippets/",
        "/admin/documents/",
        "/admin/images/",
    ]
    for url in admin_urls:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/admin/login/"), url
        assert not any(word in text_of(response) for word in SECRETS.values())
    assert not Page.objects.get(pk=draft_id).live
