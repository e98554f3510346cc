"""Every public page type of the demo site, in every language: what the accessibility
and HTML checks walk."""

import re

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


def public_paths(client):
    """[(label, path)]: one page of each public type, per language, demo content loaded."""
    paths = []
    for locale in Locale.objects.order_by("pk"):
        code = locale.language_code
        for model in PAGE_TYPES:
            page = _representative(model, locale)
            assert page is not None, f"the demo has no live {model.__name__} in {code}"
            paths.append((f"{model._meta.verbose_name} ({code})", page.url))
        events = EventIndexPage.objects.live().get(locale=locale)
        paths.append((f"propose a chat ({code})", events.url + "propose/"))
        # A chat's transcript: the archive is shared by the event's language versions.
        archive = ChatArchive.objects.select_related("event").order_by("pk").first()
        chat = archive and (
            EventPage.objects.live()
            .filter(locale=locale, translation_key=archive.event.translation_key)
            .first()
        )
        if chat:
            paths.append((f"transcript ({code})", chat.url + "transcript/"))
        search = _route("search", code)
        if search:
            paths.append((f"search results ({code})", search + "?q=museum"))
        for name, label in (
            ("tag_index", "tag"),
            ("hashtag_index", "hashtag"),
            ("person_index", "person"),
            ("date_index", "date"),
        ):
            index = _route(name, code)
            if index is None:
                continue
            paths.append((f"{label} index ({code})", index))
            first = _first_link(client, index, index)
            if first:
                paths.append((f"{label} page ({code})", first))
        if code == Locale.get_default().language_code:
            paths.extend(EXTRA_EN_PATHS)
    return paths
