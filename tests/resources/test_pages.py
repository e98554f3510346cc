"""Conference, talk and organisation pages as readers see them."""

import re

from tests.factories import hashtag, make_event, make_organisation, make_person
from tests.resources.factories import make_conference, make_talk


def test_organisation_page_lists_its_events_talks_and_people(client, home, event_index):
    museum = make_organisation(home, "State Historical Museum")
    other = make_organisation(home, "Tate")
    anna = make_person("Anna Mikhaylova", role="Social media team", organisation=museum)
    make_person("Elena Villaespesa", organisation=other)
    make_event(
        event_index,
        "New Year in different cultures",
        start="2013-12-29T19:00",
        zone="Europe/Moscow",
        organisers=[museum],
    )
    make_event(
        event_index,
        "Museums and social media",
        start="2013-05-24T12:30",
        zone="Europe/London",
        organisers=[other],
    )
    make_talk(home, "Museum salon", museum, anna)
    html = client.get(museum.url).content.decode()
    assert "New Year in different cultures" in html
    assert "Museums and social media" not in html
    assert "Museum salon" in html
    assert "Anna Mikhaylova" in html and "Social media team" in html
    assert "Elena Villaespesa" not in html


def test_talk_page_shows_speaker_outcomes_and_conference(client, home):
    museum = make_organisation(home, "State Historical Museum")
    anna = make_person("Anna Mikhaylova")
    conference = make_conference(home, "Lightning talks")
    make_talk(
        home,
        "Museum salon",
        museum,
        anna,
        conference=conference,
        outcomes=[
            {
                "type": "outcome",
                "value": {"figure": "63,000", "label": "Twitter followers", "note": ""},
            }
        ],
    )
    html = client.get("/en/talks/museum-salon/").content.decode()
    assert "Anna Mikhaylova" in html
    assert re.search(r"<strong>63,000</strong>\s*Twitter followers", html)
    assert 'href="/en/conferences/lightning-talks/"' in html
    assert "Museum salon" in client.get(conference.url).content.decode()


def test_conference_index_groups_by_year_newest_first(client, home):
    make_conference(home, "AAM 2012", year=2012)
    make_conference(home, "AAM 2013 Resources", year=2013)
    make_conference(home, "Unnamed conference")
    html = client.get("/en/conferences/").content.decode()
    headings = re.findall(r'<h2 id="year-[^"]+">([^<]+)</h2>', html)
    assert headings == ["2013", "2012", "Year not recorded"]


def test_conference_sessions_show_speakers_and_links(client, home):
    speaker = make_person("Susan Cairns")
    conference = make_conference(
        home,
        "MCN 2012",
        sessions=[
            {
                "type": "session",
                "value": {
                    "title": "Tales from the blog",
                    "slot": "",
                    "speakers": [{"type": "person", "value": speaker.pk}],
                    "abstract": "Museum blogs now.",
                    "slides_url": "https://slides.example/tales",
                    "video_url": "",
                    "paper_url": "",
                    "write_up_url": "",
                },
            }
        ],
    )
    html = client.get(conference.url).content.decode()
    assert "Tales from the blog" in html and "Susan Cairns" in html
    assert 'href="https://slides.example/tales"' in html


def test_conference_hashtag_links_to_its_hashtag_page(client, home):
    conference = make_conference(home, "MuseumNext 2013", hashtag=hashtag("#MuseumNext"))
    html = client.get(conference.url).content.decode()
    assert re.search(
        r'<a class="hashtag" href="/en/hashtags/MuseumNext/"[^>]*>#MuseumNext</a>', html
    )
    assert client.get("/en/hashtags/MuseumNext/").status_code == 200
