"""Hashtag pages: the events using a hashtag, any case, any script."""

import re
from urllib.parse import quote

from tests.browse.conftest import make_private
from tests.factories import hashtag, make_event


def card_titles(html):
    return re.findall(r'class="card__title"><a href="[^"]+"[^>]*>([^<]+)</a>', html)


def test_hashtag_page_lists_events_newest_first_in_any_case(client, event_index):
    make_event(event_index, "Leadership", start="2012-08-08T12:30", hashtags=["#MCNPro"])
    make_event(
        event_index, "Mentoring", start="2013-02-13T12:30", hashtags=["#musesocial", "#MCNPro"]
    )
    make_event(event_index, "Blogs", start="2012-12-06T14:00", hashtags=["#musesocial"])
    for url in ("/en/hashtags/mcnpro/", "/en/hashtags/MCNPro/", "/en/hashtags/%23MCNPro/"):
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert card_titles(html) == ["Mentoring", "Leadership"]
        assert '<span class="hashtag" lang="">#MCNPro</span></h1>' in html
        assert '<link rel="canonical" href="http://testserver/en/hashtags/mcnpro/">' in html


def test_drafts_and_private_events_are_not_listed(client, event_index):
    make_event(event_index, "Live", start="2012-08-08T12:30", hashtags=["#SItweetup"])
    make_event(event_index, "Draft", start="2012-09-08T12:30", hashtags=["#SItweetup"], live=False)
    make_private(make_event(event_index, "Private", start="2012-10-08", hashtags=["#SItweetup"]))
    html = client.get("/en/hashtags/sitweetup/").content.decode()
    assert card_titles(html) == ["Live"]
    assert "1 page uses this hashtag." in html


def test_cyrillic_hashtag_works_in_the_url_and_ignores_case(client, event_index, russian):
    event = make_event(
        event_index,
        "New Year in different cultures",
        slug="new-year",
        start="2013-12-29T19:00",
        zone="Europe/Moscow",
        hashtags=["#музейнаягостиная"],
    )
    russian(event, {"New Year in different cultures": "Новый год в разных культурах"})
    english = client.get(quote("/en/hashtags/музейнаягостиная/"))
    assert english.status_code == 200
    assert card_titles(english.content.decode()) == ["New Year in different cultures"]
    russian_html = client.get(quote("/ru/hashtags/МузейнаяГостиная/")).content.decode()
    assert card_titles(russian_html) == ["Новый год в разных культурах"]
    assert "#музейнаягостиная" in russian_html
    index = client.get("/ru/hashtags/").content.decode()
    assert f'href="/ru/hashtags/{quote("музейнаягостиная")}/"' in index


def test_known_hashtag_without_events_says_so_and_unknown_hashtag_is_not_found(client, event_index):
    tag = hashtag("#AskACurator")
    tag.description = "A global day of questions to curators."
    tag.save()
    response = client.get("/en/hashtags/askacurator/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "A global day of questions to curators." in html
    assert "No pages in this language use this hashtag yet." in html
    assert client.get("/en/hashtags/nosuchhashtag/").status_code == 404
    assert client.get("/en/hashtags/%23/").status_code == 404


def test_hashtag_index_counts_events_per_hashtag(client, event_index):
    make_event(event_index, "One", start="2012-08-08T12:30", hashtags=["#musesocial", "#MCNPro"])
    make_event(event_index, "Two", start="2012-09-08T12:30", hashtags=["#musesocial"])
    html = client.get("/en/hashtags/").content.decode()
    listed = re.findall(
        r'<span class="hashtag" lang="">(#\w+)</span>&nbsp;<span class="meta">\((\d+)', html
    )
    assert listed == [("#musesocial", "2"), ("#MCNPro", "1")]
