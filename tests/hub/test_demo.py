"""The demo content: every event of the wiki seed, loaded once, safe to load again.

`demo` (tests/conftest.py) sets it up once for the module, each test's changes rolled
back, as `make run` leaves it: committed, so wagtail-localize has published the Russian
versions too (tests/hub/test_demo_translated.py reads those).
"""

import re

from django.core.management import call_command
from wagtail.models import Page, Revision, Site

from events.models import EventPage, Hashtag, OrganisationPage, Person, Venue
from home.models import HomePage


def counts():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "people": Person.objects.count(),
        "venues": Venue.objects.count(),
        "hashtags": Hashtag.objects.count(),
    }


def test_second_load_changes_nothing_and_the_home_page_is_the_sites_root(demo, capsys, client):
    before = counts()
    call_command("load_demo")
    assert counts() == before
    assert "nothing changed" in capsys.readouterr().out
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    # Wagtail's placeholder is gone; only the home page and its translations sit at the top.
    top = Page.objects.filter(depth=2).specific()
    assert all(isinstance(page, HomePage) for page in top)
    assert {page.locale.language_code for page in top} <= {"en", "ru"}
    html = client.get("/en/").content.decode()
    # The hashtag links to its page, like every hashtag on the hub.
    assert (
        'Use <a class="hashtag" href="/en/hashtags/musesocial/" lang="">#musesocial</a> any time'
        in html
    )
    assert "Recently archived" in html


SEED_EVENTS = [
    # (slug fragment, text the page must show)
    (
        "2013-05-24-museums-and-social-media",
        [
            "Friday, May 24, 2013, 12:30 PM \u2013 3:30 PM BST",
            "Clore Auditorium",
            "Nancy Groves",
            "Elena Villaespesa",
            "Mia Ridge",
            "Julie Reynolds",
            "Alex Smith",
        ],
    ),
    (
        "2013-05-08-exhibition-as-program",
        ["12:00 PM", "PDT", "we/customize", "Sean Olson", "@OaklandRover", "@oaklandmuseumca"],
    ),
    (
        "2013-05-08-mcnpro-social-media-evaluation",
        [
            "11:30 AM \u2013 2:00 PM EDT",
            "#MCNPro",
            "Seb Chan",
            "Jane Finnis",
            "Vicki Portway",
            "Dana Allen-Greil",
        ],
    ),
    (
        "2013-04-23-whats-the-point-of-social-media",
        ["Tuesday, April 23, 2013", "@danamuses", "@sluggernova", "Q8"],
    ),
    (
        "2013-04-04-museum-tweetups",
        [
            "1:00 PM \u2013 3:30 PM EDT",
            "3:30 PM \u2013 4:45 PM EDT",
            "@erinblasco",
            "@museumtrekker",
            "@mardixon",
            "@jennifuchs",
            "Q9",
        ],
    ),
    (
        "2013-04-04-drinkingaboutmuseums-dc",
        ["6:00 PM \u2013 10:00 PM EDT", "The Pour House", "319 Pennsylvania Ave", "20003"],
    ),
    (
        "2012-12-06-museum-blogs",
        [
            "2:00 PM \u2013 3:00 PM EST",
            "@sbanks20",
            "Storify",
            "Spreadsheet",
            "A Status Update Does Not a Blog Make",
        ],
    ),
    (
        "2012-11-02-the-social-museum",
        ["12:00 PM \u2013 1:30 PM PDT", "@willak", "@sbhogarty", "@kholler"],
    ),
    ("2012-09-19-askacurator-day", ["September 19, 2012", "#AskACurator"]),
    (
        "2012-08-23-emerging-professionals-and-technology",
        ["3:00 PM \u2013 5:00 PM EDT", "@amelialikespie", "@darrenmilligan"],
    ),
    ("2012-08-08-social-media-and-leadership", ["12:30 PM \u2013 3:00 PM EDT"]),
    ("2012-07-digital-scholarship-21st-century", ["July 2012"]),
    (
        "2012-05-08-bridging-on-site-and-online",
        ["12:00 PM \u2013 5:00 PM EDT", "Audience expectations", "Connectors", "Impact", "Q4"],
    ),
    ("2012-05-01-social-media-metrics-101", ["May 1, 2012"]),
    ("2012-05-aam-mobile-interpretation-social", ["May 2012"]),
    (
        "2012-03-20-social-media-in-exhibits",
        [
            "2:00 PM \u2013 3:45 PM EDT",
            "National Postal Museum",
            "Union Station",
            "2 Massachusetts Ave",
        ],
    ),
    ("2012-03-2012-04-what-do-we-know-series", ["March 2012 \u2013 April 2012"]),
    ("next-musedata-chat", ["To be announced", "@alli_burnie", "@ashgmartin"]),
    ("2013-12-29-museumsalon-new-year", ["#музейнаягостиная", "December 29, 2013"]),
]


def test_every_seed_event_is_published_with_its_details(demo, client):
    # One test for all events: loading the demo costs seconds, checking a page does not.
    missing = {}
    for slug, expected in SEED_EVENTS:
        event = EventPage.objects.live().get(slug=slug)
        html = client.get(event.url).content.decode()
        absent = [text for text in expected if text not in html]
        if absent:
            missing[slug] = absent
    assert not missing
    assert EventPage.objects.live().filter(locale__language_code="en").count() == len(SEED_EVENTS)
    titles = set(OrganisationPage.objects.values_list("title", flat=True))
    assert {
        "London Museums Group",
        "Oakland Museum of California",
        "State Historical Museum",
    } <= titles
    assert Person.objects.filter(name="Anna Mikhaylova").exists()
    assert Hashtag.objects.filter(text="#музейнаягостиная").exists()


def test_speaker_lines_name_the_organisation_and_the_handle_once(demo, client):
    html = client.get("/en/events/2013-05-24-museums-and-social-media/").content.decode()
    # The name links to the person's page (people pages).
    julie = html[html.index('<span class="person__name"><a href="/en/people/julie-reynolds/">') :]
    julie = julie[: julie.index("</li>")]
    assert julie.count("London Museums Group") == 1
    planned = EventPage.objects.get(slug="next-musedata-chat", locale__language_code="en")
    html = client.get(planned.url).content.decode()
    host = re.search(
        r'<span class="person__name"><a href="/en/people/alli_burnie/">@alli_burnie</a></span>'
        r".*?</li>",
        html,
        re.S,
    )
    shown = re.sub(r"<[^>]+>", "", host.group(0))
    assert shown.count("alli_burnie") == 1  # the name; the X link says "on X/Twitter"


def test_the_menu_lists_each_section_once_in_both_languages(demo, client):
    """The phone's menu holds the main sections and the ways to browse: a section index
    the main navigation lists is not listed again among the browse links."""
    for language in ("en", "ru"):
        html = client.get(f"/{language}/").content.decode()
        panel = re.search(r'class="site-menu__panel">(.*?)</div>', html, re.S).group(1)
        links = re.findall(r'href="([^"]+)"', panel)
        assert len(links) >= 8, links
        assert len(links) == len(set(links)), links
        assert f"/{language}/tags/" in links and f"/{language}/search/" in links
