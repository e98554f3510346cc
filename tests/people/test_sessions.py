"""Conference sessions and the event pages that go with them link both ways."""

import re

from tests.people.test_organisations import section


def part_of(html):
    return re.findall(r'<p class="part-of">(.*?)</p>', html, re.S)


def test_aam_2012s_sessions_and_events_link_both_ways(demo, client):
    conference = client.get("/en/conferences/aam-2012/").content.decode()
    for slug in ("2012-05-01-social-media-metrics-101", "2012-05-aam-mobile-interpretation-social"):
        assert f'Event page: <a href="/en/events/{slug}/">' in conference
        event = client.get(f"/en/events/{slug}/").content.decode()
        assert part_of(event) == ['Part of <a href="/en/conferences/aam-2012/">AAM 2012</a>']


def test_every_pair_the_seed_implies_is_linked(demo, client):
    mcn = client.get("/en/conferences/mcn-2012/").content.decode()
    assert 'What grew out of it: <a href="/en/events/2012-12-06-museum-blogs/">' in mcn
    assert 'The event that led up to it: <a href="/en/events/2012-11-02-the-social-museum/">' in mcn
    blogs = client.get("/en/events/2012-12-06-museum-blogs/").content.decode()
    assert part_of(blogs) == [
        'Grew out of “Tales from the blog” at <a href="/en/conferences/mcn-2012/">MCN 2012</a>'
    ]
    social = client.get("/en/events/2012-11-02-the-social-museum/").content.decode()
    assert part_of(social) == [
        'Leads up to “The social museum” at <a href="/en/conferences/mcn-2012/">MCN 2012</a>'
    ]
    series = client.get("/en/events/2012-03-2012-04-what-do-we-know-series/").content.decode()
    assert part_of(series) == [
        "Leads up to “What do we know about museums and social media?” at "
        '<a href="/en/conferences/museums-and-the-web-2012/">Museums and the Web 2012</a>'
    ]
    mw = client.get("/en/conferences/museums-and-the-web-2012/").content.decode()
    assert "/en/events/2012-03-2012-04-what-do-we-know-series/" in mw
    # An event with no session says nothing of the kind.
    assert part_of(client.get("/en/events/2013-04-04-museum-tweetups/").content.decode()) == []


def test_a_persons_sessions_are_listed_on_their_page(demo, client):
    html = client.get("/en/people/susan-cairns/").content.decode()
    sessions = section(html, "sessions-heading")
    assert "“Tales from the blog”" in sessions
    assert 'href="/en/conferences/mcn-2012/"' in sessions


def test_the_london_museums_group_event_names_lonmuseumsgroup_as_its_host(demo, client):
    html = client.get("/en/events/2013-05-24-museums-and-social-media/").content.decode()
    facts = re.search(r'class="key-facts".*?</aside>', html, re.S).group(0)
    hosted = re.search(r"<dt>Hosted by</dt>\s*<dd>(.*?)</dd>", facts, re.S).group(1)
    assert '<a href="/en/organisations/london-museums-group/">London Museums Group</a>' in hosted
    assert (
        '<a href="https://x.com/LonMuseumsGroup" rel="noopener" lang="">@LonMuseumsGroup</a>'
        in hosted
    )
