"""Tag, hashtag, by-date and search pages cost the same number of queries with 10 pages or 60."""

from urllib.parse import quote

from tests.factories import make_event, make_organisation, make_venue
from tests.queries import count_queries

URLS = [
    "/en/tags/",
    "/en/tags/chats/",
    quote("/en/tags/музеи/"),
    "/en/tags/chats/?type=eventpage&page=2",
    "/en/hashtags/",
    "/en/hashtags/mcnpro/",
    quote("/en/hashtags/музейнаягостиная/"),
    "/en/search/?q=number",
    "/en/search/?q=number&type=eventpage&tag=chats&year=2012",
    "/en/dates/",
    "/en/dates/2012/",
    "/en/dates/2012/3/",
    "/sitemap.xml",
]


def test_browse_queries_do_not_grow_with_the_number_of_pages(client, home, event_index):
    venue = make_venue()
    org = make_organisation(home, "London Museums Group")

    def add(n, offset):
        for i in range(n):
            make_event(
                event_index,
                f"Chat {offset + i}",
                start=f"2012-{(i % 12) + 1:02d}-10T12:00",
                tags=["chats", "музеи", f"topic-{i % 7}"],
                hashtags=["#musesocial", "#MCNPro", "#музейнаягостиная"],
                venue=venue,
                organisers=[org],
                intro=f"A chat about museums, number {offset + i}.",
            )

    def counts():
        # Warm the caches; the first request also creates the site's settings row.
        for url in URLS:
            client.get(url)
            client.get(url)
        return {url: count_queries(client, url) for url in URLS}

    add(10, 0)
    few = counts()
    add(50, 100)  # publishing clears the cached tag lists, options and navigation
    many = counts()
    assert many == few, f"queries with 10 events: {few}; with 60: {many}"
    assert max(many.values()) <= 12, many
