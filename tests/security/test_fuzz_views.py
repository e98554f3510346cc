"""Every query parameter of every public view, fuzzed: never a 500.

Hypothesis sends each view's own parameters (and one it does not know) with NUL,
control and bidi characters, CR/LF, huge numbers, far-future dates, words where numbers
belong and several values at once; the text parts of addresses (tag, hashtag, person,
followed key, sitemap section, document name) get the same values. Found this way and
fixed: `?q=%00` on search and `?tag=%00` on the calendar feed answered 500 on PostgreSQL,
and `?q="` on search on SQLite (tests/browse/test_search.py).

The list is checked against the routes themselves: every named route of config/urls.py
outside the admin, every page model and each of its sub-routes must have an entry, and
every parameter a view declares to the page cache (`uses_query`) must be fuzzed, so a
view added later cannot be left out unnoticed.
"""

from urllib.parse import quote

import pytest
from axes.utils import reset as reset_axes
from django.conf import settings
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.test import override_settings
from django.urls import URLResolver, get_resolver
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.documents import get_document_model
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    PageViewRestriction,
    get_page_models,
)

from browse.follow import FOLLOWABLE
from browse.sitemaps import SECTIONS
from events.models import ArchivedPost, PersonRole
from home.models import ContentPage
from hub.page_cache import QUERY_ATTRIBUTE
from tests.archives.test_import import load
from tests.archives.test_story import set_story, story_value
from tests.factories import (
    make_event,
    make_event_index,
    make_organisation,
    make_person,
    make_site,
    publish,
)
from tests.module_content import module_content
from tests.resources.factories import make_conference, make_talk

EXAMPLES = hypothesis_settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
# A view that reads no parameter only ever sees "unexpected": a few examples say enough.
FEW_EXAMPLES = hypothesis_settings(EXAMPLES, max_examples=4)
HOSTILE = st.sampled_from(
    [
        "",
        "\x00",
        "museum\x00",
        "\x01\x1b[31m\x7f",
        "\u202eevil\u202c",
        "\u2066x\u2069",
        "a\r\nSet-Cookie: x=1",
        "%00",
        "-1",
        "0",
        "99999999999999999999999999",
        "1e309",
        "NaN",
        "9999",
        "9999-12-31",
        "10000-01-01T00:00",
        "x" * 5_000,
        "Музей 博物館 🏛️",
        "<script>alert(1)</script>",
        "' OR 1=1 --",
        "../../etc/passwd",
        "//evil.example/",
        "https://evil.example/",
        "javascript:alert(1)",
    ]
)
VALUE = st.one_of(HOSTILE, st.text(st.characters(exclude_categories=("Cs",)), max_size=40))

# Every HTML page reads these: base.html's "not translated yet" note (declared by the
# page cache middleware) and the SEO tags' page number (browse.templatetags.seo_tags).
HTML = ["untranslated", "page"]
# name: (the route it covers: a URL name, a page model, or "Model:sub-route"),
#       the address ({...} filled from the world below), the query parameters it reads.
VIEWS = {
    "health": ("healthz", "/healthz", []),
    "robots": ("robots_txt", "/robots.txt", []),
    "sitemap index": ("sitemap", "/sitemap.xml", []),
    "sitemap pages": ("sitemap_section", "/sitemap-pages.xml", ["p"]),
    "sitemap tags": ("sitemap_section", "/sitemap-tags.xml", ["p"]),
    "sitemap people": ("sitemap_section", "/sitemap-people.xml", ["p"]),
    "document": ("wagtaildocs_serve", "{document}", []),
    "private document": ("wagtaildocs_serve", "{locked_document}", []),
    "document password": ("wagtaildocs_authenticate_with_password", "{document_password}", []),
    "search": ("search", "/en/search/", [*HTML, "q", "type", "tag", "year", "language"]),
    "tag index": ("tag_index", "/en/tags/", HTML),
    "tag": ("tag", "/en/tags/museums/", [*HTML, "type"]),
    "old tag feed": ("feed_tag", "/en/tags/museums/atom.xml", []),
    "old tag rss": ("feed_tag_rss", "/en/tags/museums/rss.xml", []),
    "hashtag index": ("hashtag_index", "/en/hashtags/", HTML),
    "hashtag": ("hashtag", "/en/hashtags/musesocial/", HTML),
    "dates": ("date_index", "/en/dates/", HTML),
    "year": ("date_year", "/en/dates/2099/", HTML),
    "month": ("date_month", "/en/dates/2099/4/", HTML),
    "people": ("person_index", "/en/people/", HTML),
    "person": ("person", "{person}", HTML),
    "feed": ("feed_latest", "/en/feeds/atom.xml", []),
    "feed rss": ("feed_latest_rss", "/en/feeds/rss.xml", []),
    "event feed": ("feed_events", "/en/feeds/events/atom.xml", []),
    "event feed rss": ("feed_events_rss", "/en/feeds/events/rss.xml", []),
    **{
        f"follow {kind} {ending}": (name, f"/en/follow/{kind}/{{{kind}_key}}/{ending}", [])
        for kind in ("tag", "hashtag", "person", "organisation", "conference")
        for name, ending in (("follow_atom", "atom.xml"), ("follow_ics", "calendar.ics"))
    },
    "page password": ("page_password", "{page_password}", []),
    "login": ("wagtailcore_login", "/en/_util/login/", ["next"]),
    "home": ("HomePage", "/en/", HTML),
    "content page": ("ContentPage", "{about}", HTML),
    "private page": ("ContentPage", "{private}", HTML),
    "events": (
        "EventIndexPage",
        "/en/events/",
        [*HTML, "kind", "year", "hashtag", "organisation", "tag", "when"],
    ),
    "calendar feed": ("EventIndexPage:upcoming_ics", "/en/events/calendar/", ["tag"]),
    "propose": ("EventIndexPage:propose", "/en/events/propose/", [*HTML, "sent"]),
    "event": ("EventPage", "{event}", HTML),
    "event calendar": ("EventPage:ics", "{event}calendar/", []),
    "transcript": ("EventPage:transcript", "{event}transcript/", [*HTML, "who", "q"]),
    "story": ("EventPage:story", "{event}story/", HTML),
    "export csv": ("EventPage:transcript_export", "{event}transcript/export/csv/", []),
    "export json": ("EventPage:transcript_export", "{event}transcript/export/json/", []),
    "organisations": ("OrganisationIndexPage", "{organisations}", HTML),
    "organisation": ("OrganisationPage", "{organisation}", HTML),
    "conferences": ("ConferenceIndexPage", "{conferences}", HTML),
    "conference": ("ConferenceResourcePage", "{conference}", HTML),
    "add resource": ("ConferenceResourcePage:add_resource", "{conference}add/", [*HTML, "sent"]),
    "talks": ("TalkIndexPage", "{talks}", HTML),
    "talk": ("BestPracticeTalkPage", "{talk}", HTML),
}
# Routes that are not views of their own: Wagtail's page serving (each page model is
# listed instead) and its page-password view, which hub.views.page_password shadows.
NOT_VIEWS = {"wagtail_serve", "wagtailcore_authenticate_with_password"}


@module_content
def world(tmp_path_factory):
    """One of everything a public view can show (built once: the tests only read it)."""
    files = tmp_path_factory.mktemp("fuzz-files")
    storages = {
        **settings.STORAGES,
        "archive_uploads": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(files / "archives")},
        },
    }
    with override_settings(MEDIA_ROOT=files / "media", STORAGES=storages):
        yield _make_the_world()


def _make_the_world():
    home = make_site()
    event_index = make_event_index(home)
    person = make_person("Erin Blasco")
    organisation = make_organisation(home)
    event = make_event(
        event_index,
        "Museum tweetups",
        start="2099-04-04T12:00",
        tags=("museums",),
        people=[(person, PersonRole.HOST)],
        organisers=[organisation],
    )
    load(event, "twarc.csv")
    posts = list(ArchivedPost.objects.filter(archive__event=event))
    event = set_story(event, story_value(("The chat", "What was said.", posts)))
    conference = make_conference(home, "AAM 2013")
    talk = make_talk(home, "Museums on Twitter", organisation, person, conference=conference)
    about = ContentPage(title="About #musesocial", slug="about", intro="Who we are.")
    home.add_child(instance=about)
    private = ContentPage(title="Minutes", slug="minutes", intro="For members.")
    home.add_child(instance=private)
    page_restriction = PageViewRestriction.objects.create(
        page=publish(private), restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )
    documents = get_document_model()
    document = documents.objects.create(title="Slides", file=ContentFile(b"x", name="slides.txt"))
    locked = Collection.get_first_root_node().add_child(name="Locked")
    locked_document = documents.objects.create(
        title="Minutes", file=ContentFile(b"x", name="minutes.txt"), collection=locked
    )
    document_restriction = CollectionViewRestriction.objects.create(
        collection=locked, restriction_type=CollectionViewRestriction.PASSWORD, password="s3cret"
    )
    return {
        "event": event.url,
        "person": person.url,
        "about": publish(about).url,
        "private": private.url,
        "page_password": f"/en/_util/authenticate_with_password/{page_restriction.pk}/"
        f"{private.pk}/",
        "document": document.url,
        "locked_document": locked_document.url,
        "document_password": f"/documents/authenticate_with_password/{document_restriction.pk}/",
        "organisations": organisation.get_parent().url,
        "organisation": organisation.url,
        "conferences": conference.get_parent().url,
        "conference": conference.url,
        "talks": talk.get_parent().url,
        "talk": talk.url,
        "tag_key": "museums",
        "hashtag_key": "musesocial",
        "person_key": person.slug,
        "organisation_key": organisation.translation_key,
        "conference_key": conference.translation_key,
    }


def address(view, world):
    return VIEWS[view][1].format(**world)


def queries(names):
    keys = st.sampled_from([*names, "unexpected"])
    return st.lists(st.tuples(keys, VALUE), max_size=4)


def fresh():
    """Each example as a first visit: no cached page, no rate limit or lockout counted."""
    cache.clear()
    reset_axes()


@pytest.mark.parametrize("view", list(VIEWS))
def test_no_query_string_gives_a_500(client, world, view):
    url = address(view, world)
    assert client.get(url).status_code < 400, url  # the fuzz reaches the view, not a 404

    names = VIEWS[view][2]

    @(EXAMPLES if names else FEW_EXAMPLES)
    @given(query=queries(names))
    def check(query):
        fresh()
        response = client.get(url, [(k, v) for k, v in query] if query else {})
        assert response.status_code < 500, (url, query)

    check()


# The text parts of addresses, {value} standing for the fuzzed one.
PATH_PARTS = {
    "tag": "/en/tags/{value}/",
    "old tag feed": "/en/tags/{value}/atom.xml",
    "hashtag": "/en/hashtags/{value}/",
    "person": "/en/people/{value}/",
    "sitemap section": "/sitemap-{value}.xml",
    "document name": "{document_folder}{value}",
    "followed kind": "/en/follow/{value}/museums/atom.xml",
    "followed topic": "/en/follow/tag/{value}/atom.xml",
    "followed hashtag": "/en/follow/hashtag/{value}/calendar.ics",
    "followed person": "/en/follow/person/{value}/atom.xml",
    "followed page": "/en/follow/organisation/{value}/calendar.ics",
}


@pytest.mark.parametrize("part", list(PATH_PARTS))
def test_no_text_in_an_address_gives_a_500(client, world, part):
    folder = world["document"].rsplit("/", 1)[0] + "/"

    @EXAMPLES
    @given(value=VALUE)
    def check(value):
        fresh()
        url = PATH_PARTS[part].format(value=quote(value, safe=""), document_folder=folder)
        assert client.get(url).status_code < 500, url

    check()


@pytest.mark.parametrize(
    ("url", "parameter"), [("/en/search/", "q"), ("/en/events/calendar/", "tag")]
)
def test_a_nul_in_a_parameter_is_a_400_not_a_500(client, event_index, url, parameter):
    response = client.get(url, {parameter: "\x00"})
    assert response.status_code == 400


def public_routes():
    """Every named route outside the admin (config/urls.py and what it includes)."""

    def walk(patterns, prefix):
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, route)
            elif pattern.name and not route.startswith("admin/"):
                yield pattern.name

    return set(walk(get_resolver().url_patterns, "")) - NOT_VIEWS


def page_routes():
    """Every page model, and "Model:name" for each of its sub-routes."""
    names = set()
    for model in get_page_models():
        if model._meta.app_label == "wagtailcore":
            continue
        names.add(model.__name__)
        if issubclass(model, RoutablePageMixin):
            names |= {
                f"{model.__name__}:{route.name}"
                for route in model.get_subpage_urls()
                if route.name and route.name != "index_route"
            }
    return names


def test_every_public_route_and_page_model_is_fuzzed():
    covered = {route for route, _url, _names in VIEWS.values()}
    assert public_routes() | page_routes() <= covered, sorted(
        (public_routes() | page_routes()) - covered
    )
    urls = {url for _route, url, _names in VIEWS.values()}
    assert {f"/sitemap-{section}.xml" for section in SECTIONS} <= urls
    assert {f"/en/follow/{kind}/{{{kind}_key}}/atom.xml" for kind in FOLLOWABLE} <= urls


def test_every_parameter_a_view_declares_is_fuzzed(client, world):
    for view, (_route, _url, names) in VIEWS.items():
        fresh()
        response = client.get(address(view, world), {"untranslated": "1"})
        # The page cache middleware declares "untranslated" for every request.
        declared = set(getattr(response.wsgi_request, QUERY_ATTRIBUTE, ())) - {"untranslated"}
        assert declared <= set(names), (view, sorted(declared - set(names)))
