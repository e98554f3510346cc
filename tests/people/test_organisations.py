"""Organisation pages list the events at their venues, the conferences they run, their
talks and people, and describe themselves in JSON-LD."""

import re

from tests.people.test_people import json_ld


def section(html, heading_id):
    return re.search(rf'id="{heading_id}".*?</section>', html, re.S).group(0)


def test_the_postal_museum_and_tate_list_the_events_held_in_their_buildings(demo, client):
    postal = client.get("/en/organisations/national-postal-museum/").content.decode()
    events = section(postal, "events-heading")
    assert "/en/events/2012-03-20-social-media-in-exhibits/" in events
    assert "No events yet" not in postal
    tate = client.get("/en/organisations/tate/").content.decode()
    assert "/en/events/2013-05-24-museums-and-social-media/" in section(tate, "events-heading")
    (data,) = json_ld(tate)
    assert data["@type"] == "Organization"
    assert data["name"] == "Tate"
    assert data["url"].endswith("/en/organisations/tate/")


def test_organisations_list_the_conferences_they_run(demo, client):
    expected = {
        "american-alliance-of-museums": [
            "/en/conferences/aam-2013-resources/",
            "/en/conferences/aam-2012/",
        ],
        "museum-computer-network": ["/en/conferences/mcn-2012/"],
        "museums-and-the-web": ["/en/conferences/museums-and-the-web-2012/"],
    }
    for slug, conferences in expected.items():
        html = client.get(f"/en/organisations/{slug}/").content.decode()
        listed = re.findall(r'href="(/en/conferences/[^"]+)"', section(html, "conferences-heading"))
        assert listed == conferences, slug


def test_an_organisation_lists_its_people_linked_to_their_pages(demo, client):
    html = client.get("/en/organisations/national-museum-of-american-history/").content.decode()
    assert '<a href="/en/people/erin-blasco/">Erin Blasco</a>' in section(html, "people-heading")
