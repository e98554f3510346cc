"""Every public page type costs a small, fixed number of SQL queries and cache round trips,
however much content.

Measured warm (the derived-data caches filled, the full-page cache off, as on a miss
after the first reader), with the demo content and then with ten times as many events,
organisations, conferences, talks and archived posts, on the database cache (no
REDIS_URL, the README's default), where every cache read is an SQL query too. The
process's own memory in front of the cache is off: these are the counts of a process
that has not read the entries yet (another one built them), the most a warm miss costs.
"""

import random
import re
from urllib.parse import quote

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.test import override_settings

from demo.management.commands import bench_fill
from hub.cache import forget_process_cache
from tests.queries import count_queries_and_cache

# Page type -> URL in the demo content, the most queries it may cost and the most
# database-cache round trips (the target: at most 12 of each).
PAGES = {
    "home": ("/en/", 8, 10),
    "event index": ("/en/events/", 11, 8),
    "event index, filtered": ("/en/events/?kind=chat&year=2013", 11, 8),
    "event": ("/en/events/2013-04-04-museum-tweetups/", 9, 8),
    # +2 trips (transcripts merge): the stored reading order's layout and the story's teller.
    "transcript": ("/en/events/2013-04-23-whats-the-point-of-social-media/transcript/", 12, 10),
    "event calendar": ("/en/events/2013-04-04-museum-tweetups/calendar/", 11, 1),
    # +1 trip (readers merge): reader_versions reads the restricted paths.
    "organisation index": ("/en/organisations/", 9, 7),
    "organisation": ("/en/organisations/state-historical-museum/", 12, 7),
    "conference index": ("/en/conferences/", 8, 7),
    "conference": ("/en/conferences/aam-2012/", 12, 7),
    "talk index": ("/en/talks/", 8, 7),
    "talk": ("/en/talks/museumsalon-twitter-project-from-russia/", 9, 8),
    "content page": ("/en/about/", 7, 6),
    "people index": ("/en/people/", 1, 6),
    # +1 trip each: the person's Subscribe links (browse.follow), cached per language.
    "person": ("/en/people/erin-blasco/", 1, 7),
    "person, Russian": (quote("/ru/people/anna-mikhaylova/"), 1, 7),
    "tag index": ("/en/tags/", 1, 6),
    # +1 trip (readers merge): the other language's tag usage, for the switcher's fallback.
    "tag": ("/en/tags/twitter/", 3, 11),
    "hashtag index": ("/en/hashtags/", 1, 5),
    "hashtag": ("/en/hashtags/musesocial/", 6, 7),
    "dates": ("/en/dates/", 1, 5),
    "year": ("/en/dates/2013/", 7, 7),
    # +1 trip (readers merge): the ids of pages shown in another version (superseded_ids).
    "search": ("/en/search/?q=museum", 6, 8),
    "feed": ("/en/feeds/atom.xml", 8, 3),
    "events feed": ("/en/feeds/events/rss.xml", 3, 4),
    # +1 trip (follow feeds): the topic's name in the reader's language (tag labels).
    "tag feed": ("/en/follow/tag/twitter/atom.xml", 5, 5),
    # Follow feeds (browse.follow); {slug} is the page's translation key (`resolve`).
    "tag calendar": ("/en/follow/tag/twitter/calendar.ics", 3, 4),
    "hashtag feed": ("/en/follow/hashtag/musesocial/atom.xml", 5, 3),
    "hashtag calendar": ("/en/follow/hashtag/musesocial/calendar.ics", 5, 3),
    "organisation feed": ("/en/follow/organisation/{state-historical-museum}/atom.xml", 6, 4),
    "organisation calendar": (
        "/en/follow/organisation/{state-historical-museum}/calendar.ics",
        5,
        4,
    ),
    "conference feed": ("/en/follow/conference/{mcn-2012}/atom.xml", 4, 3),
    "conference calendar": ("/en/follow/conference/{mcn-2012}/calendar.ics", 4, 3),
    "sitemap index": ("/sitemap.xml", 6, 5),
    "sitemap pages": ("/sitemap-pages.xml", 7, 5),
    "sitemap tags": ("/sitemap-tags.xml", 6, 5),
    # +1 query: the upcoming chat's venue in its Russian version (localize_objects).
    "home, Russian": (quote("/ru/"), 10, 10),
}
DATABASE_CACHE = {
    "default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "hub_cache"},
    "template_fragments": {"BACKEND": "hub.cache.ProcessFrontCache", "LOCATION": "default"},
}


@pytest.fixture
def database_cache(db):
    with override_settings(CACHES=DATABASE_CACHE, HUB_PAGE_CACHE_SECONDS=0):
        call_command("createcachetable", verbosity=0)
        yield
        cache.clear()


# Lists of mixed page types fetch each type shown in one query: their count follows the
# number of page types on the list (at most every browsable type), not the content size.
ONE_QUERY_PER_TYPE_SHOWN = {"feed", "year"}


def resolve(url):
    """A follow feed's page key: {slug} stands for the English page's translation key."""
    from wagtail.models import Page

    def key(match):
        page = Page.objects.get(slug=match[1], locale__language_code="en")
        return str(page.translation_key)

    return re.sub(r"\{([-\w]+)\}", key, url)


def warm_counts(client):
    counts = {}
    for name, (url, *_most) in PAGES.items():
        url = resolve(url)
        client.get(url)  # fills the derived-data caches (navigation, filters, tags...)
        counts[name] = count_queries_and_cache(client, url)
    return counts


def test_query_and_cache_counts_do_not_grow_with_ten_times_the_content(
    demo, database_cache, client
):
    from events.models import EventPage

    one = warm_counts(client)
    # The demo has 19 events, 22 organisations, 5 conferences, 1 talk, 17 archived posts.
    demo_events = EventPage.objects.filter(locale__language_code="en").count()
    bench_fill.fill(
        events=9 * demo_events,
        tags=50,
        posts=200,
        organisations=200,
        conferences=45,
        talks=9,
        seed=7,
    )
    # bench_fill's pages are tagged "benchmark-talks" and topics; the demo event's archive
    # grows too, so its transcript is measured with more posts.
    event = EventPage.objects.get(
        slug="2013-04-23-whats-the-point-of-social-media", locale__language_code="en"
    )
    bench_fill.add_posts(event, 170, rng=random.Random(7), seed=8)
    from hub.cache import bump_content_version

    bump_content_version()
    ten = warm_counts(client)
    without_memory = {name: client.get(url).content for name, (url, *_most) in PAGES.items()}
    grew = {
        name: (one[name], ten[name])
        for name in PAGES
        if one[name] != ten[name] and name not in ONE_QUERY_PER_TYPE_SHOWN
    }
    assert not grew, f"queries with 1x vs 10x content: {grew}"
    for counts in (one, ten):
        over = {
            name: n for name, n in counts.items() if n[0] > PAGES[name][1] or n[1] > PAGES[name][2]
        }
        assert not over, f"(queries, cache round trips) above what is pinned: {over}"

    # As production runs: each process keeps the version and derived data in memory, so
    # a warm process renders a page reading the shared cache at most once (Wagtail's own
    # site root paths, which it reads from the default cache on every request).
    with override_settings(
        HUB_CONTENT_VERSION_LOCAL_SECONDS=60,
        HUB_PROCESS_CACHE_ENTRIES=5_000,
        HUB_PROCESS_CACHE_SECONDS=60,
    ):
        forget_process_cache()
        in_memory = warm_counts(client)
        # Wagtail's routing is remembered too (hub/routing.py): a page costs its own
        # queries and one to load it, and reads exactly what a process without memory does.
        for name, (url, *_most) in PAGES.items():
            assert client.get(url).content == without_memory[name], name
        forget_process_cache()
    reads = {name: trips for name, (_queries, trips) in in_memory.items() if trips > 1}
    assert not reads, f"database-cache round trips with the process memory warm: {reads}"
    assert in_memory["event"][0] <= 2, in_memory["event"]
    fewer = {name for name in PAGES if in_memory[name][0] < ten[name][0]}
    assert fewer >= {"home", "event", "event index", "conference", "talk", "content page"}
