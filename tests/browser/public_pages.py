"""Every public page type of the demo site, in every language: what the accessibility
and HTML checks walk."""

import re

from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from wagtail.models import Locale

from events.models import (
    ChatArchive,
    EventIndexPage,
    EventPage,
    OrganisationIndexPage,
    OrganisationPage,
)
from home.models import ContentPage, HomePage
from resources.models import (
    BestPracticeTalkPage,
    ConferenceIndexPage,
    ConferenceResourcePage,
    TalkIndexPage,
)

PAGE_TYPES = [
    HomePage,
    EventIndexPage,
    EventPage,
    OrganisationIndexPage,
    OrganisationPage,
    ContentPage,
    ConferenceIndexPage,
    ConferenceResourcePage,
    TalkIndexPage,
    BestPracticeTalkPage,
]
# The richest demo pages of their type (venue, people, parts, questions, archives);
# other types take their first live page in the language.
PREFERRED_SLUGS = {
    EventPage: ["2013-05-24-museums-and-social-media", "2013-12-29-museumsalon-new-year"],
    # Events at its venue, people, and a Russian version.
    OrganisationPage: ["state-historical-museum", "tate"],
}
# Also an event whose date is still to be announced, and the filtered listing.
EXTRA_EN_PATHS = [
    # The richest person page: handles, organisation, six events.
    ("person, many events", "/en/people/erin-blasco/"),
    ("event, to be announced", "/en/events/next-musedata-chat/"),
    ("event index, filtered", "/en/events/?tag=evaluation&kind=in_person"),
]


def _representative(model, locale):
    pages = model.objects.live().public().filter(locale=locale)
    for slug in PREFERRED_SLUGS.get(model, []):
        page = pages.filter(slug=slug).first()
        if page is None:  # the translation of the preferred page, whatever its slug
            source = model.objects.filter(slug=slug, locale=Locale.get_default()).first()
            page = source and pages.filter(translation_key=source.translation_key).first()
        if page is not None:
            return page
    return pages.order_by("path").first()


def _first_link(client, path, prefix):
    """The first link under `prefix` on the page at `path` (a tag or hashtag page)."""
    # The request activates its page's language, which would stay for the labels after it.
    with translation.override(translation.get_language()):
        html = client.get(path).content.decode()
    for href in re.findall(r'href="([^"?#]+)"', html):
        if href.startswith(prefix) and href != prefix and not href.endswith(".xml"):
            return href
    return None


def _route(name, language, *args):
    try:
        with translation.override(language):
            return reverse(name, args=args)
    except NoReverseMatch:
        return None


# The content languages, known before the database: a test split by language asks for one.
LANGUAGES = [code for code, _ in settings.WAGTAIL_CONTENT_LANGUAGES]
# The kinds of public page public_pages returns: each page type (by its class name), the
# proposal form, a transcript, search results, each browsing index with its first page,
# and the extra English pages (by their label). A test split into pieces asks for some.
BROWSE_INDEXES = {
    "tag": "tag_index",
    "hashtag": "hashtag_index",
    "person": "person_index",
    "date": "date_index",
}
KINDS = [
    *(model.__name__ for model in PAGE_TYPES),
    "propose a chat",
    "transcript",
    "search results",
    *BROWSE_INDEXES,
    *(label for label, _ in EXTRA_EN_PATHS),
]


def public_pages(client, languages=None, kinds=None):
    """[(language, kind, label, path)]: one page of each public kind (more for the browsing
    indexes), per language, demo content loaded; only those of `languages` and `kinds`
    when given."""
    unknown = set(kinds or ()) - set(KINDS)
    assert not unknown, f"no such kind of public page: {sorted(unknown)}"
    wanted = set(KINDS if kinds is None else kinds)
    return [
        (locale.language_code, *page)
        for locale in Locale.objects.order_by("pk")
        if languages is None or locale.language_code in languages
        for page in _pages_in(client, locale, wanted)
    ]


def _pages_in(client, locale, wanted):
    """(kind, label, path) of the `wanted` kinds of public page in `locale`."""
    code = locale.language_code
    for model in PAGE_TYPES:
        if model.__name__ in wanted:
            page = _representative(model, locale)
            assert page is not None, f"the demo has no live {model.__name__} in {code}"
            yield model.__name__, f"{model._meta.verbose_name} ({code})", page.url
    if "propose a chat" in wanted:
        events = EventIndexPage.objects.live().get(locale=locale)
        yield "propose a chat", f"propose a chat ({code})", events.url + "propose/"
    if "transcript" in wanted:
        # A chat's transcript: the archive is shared by the event's language versions.
        archive = ChatArchive.objects.select_related("event").order_by("pk").first()
        chat = archive and (
            EventPage.objects.live()
            .filter(locale=locale, translation_key=archive.event.translation_key)
            .first()
        )
        if chat:
            yield "transcript", f"transcript ({code})", chat.url + "transcript/"
    search = _route("search", code)
    if search and "search results" in wanted:
        yield "search results", f"search results ({code})", search + "?q=museum"
    for kind, name in BROWSE_INDEXES.items():
        index = _route(name, code)
        if index is None or kind not in wanted:
            continue
        yield kind, f"{kind} index ({code})", index
        first = _first_link(client, index, index)
        if first:
            yield kind, f"{kind} page ({code})", first
    if code == Locale.get_default().language_code:
        yield from ((label, label, path) for label, path in EXTRA_EN_PATHS if label in wanted)


def public_paths(client, languages=None, kinds=None):
    """[(label, path)] of public_pages: every public page of the demo by default."""
    return [(label, path) for _, _, label, path in public_pages(client, languages, kinds)]
