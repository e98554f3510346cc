"""People pages: every person has one, listing what they did, in the reader's language."""

import json
import re
import warnings
from urllib.parse import quote

import pytest
from django.core.cache.backends.base import CacheKeyWarning

from events.models import Person


def json_ld(html):
    found = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in found]


def test_erin_blascos_page_lists_her_six_events_newest_first(demo, client):
    erin = Person.objects.get(name="Erin Blasco", locale__language_code="en")
    assert erin.slug == "erin-blasco"
    html = client.get("/en/people/erin-blasco/").content.decode()
    events = re.search(r'id="events-heading".*?</section>', html, re.S).group(0)
    titles = re.findall(r'href="/en/events/([^/"]+)/"', events)
    assert titles == [
        # Same day: the evening drinks after the mini-tweetup and chat.
        "2013-04-04-drinkingaboutmuseums-dc",
        "2013-04-04-museum-tweetups",
        "2012-12-06-museum-blogs",
        "2012-08-23-emerging-professionals-and-technology",
        "2012-08-08-social-media-and-leadership",
        "2012-05-08-bridging-on-site-and-online",
    ]
    assert "https://x.com/erinblasco" in html
    assert "National Museum of American History" in html
    (data,) = json_ld(html)
    assert data["@type"] == "Person"
    assert data["name"] == "Erin Blasco"
    assert data["url"].endswith("/en/people/erin-blasco/")
    assert data["worksFor"]["name"] == "National Museum of American History"


def test_the_index_lists_everyone_and_every_person_shown_links_to_their_page(demo, client):
    html = client.get("/en/people/").content.decode()
    live = Person.objects.filter(locale__language_code="en", live=True)
    for person in live:
        assert f'href="/en/people/{quote(person.slug)}/"' in html, person.name
    # The browse menu leads here, and an event page's hosts link to their pages.
    assert 'href="/en/people/"' in client.get("/en/").content.decode()
    event = client.get("/en/events/2012-12-06-museum-blogs/").content.decode()
    assert '<a href="/en/people/erin-blasco/">Erin Blasco</a>' in event
    # A conference session's speakers too.
    conference = client.get("/en/conferences/mcn-2012/").content.decode()
    assert '<a href="/en/people/susan-cairns/">Susan Cairns</a>' in conference


def test_russian_readers_see_the_russian_version_where_there_is_one(demo, client):
    anna = Person.objects.get(name="Anna Mikhaylova")
    russian = Person.objects.get(translation_key=anna.translation_key, locale__language_code="ru")
    assert russian.slug == anna.slug == "anna-mikhaylova"
    html = client.get(f"/ru/people/{anna.slug}/").content.decode()
    assert f"<h1>{russian.name}</h1>" in html
    assert "<h1>Anna Mikhaylova</h1>" in client.get(f"/en/people/{anna.slug}/").content.decode()
    # Her talk, in Russian.
    assert "/ru/" in re.search(r'id="talks-heading".*?</section>', html, re.S).group(0)
    # Untranslated people are shown in the original, marked as English.
    erin = client.get("/ru/people/erin-blasco/").content.decode()
    assert "<h1>Erin Blasco</h1>" in erin
    assert 'lang="en"' in erin
    assert client.get("/ru/people/").status_code == 200


def test_unknown_and_unpublished_people_have_no_page(demo, client):
    assert client.get("/en/people/nobody-here/").status_code == 404
    erin = Person.objects.get(name="Erin Blasco", locale__language_code="en")
    erin.live = False
    erin.save()
    assert client.get("/en/people/erin-blasco/").status_code == 404
    assert "/en/people/erin-blasco/" not in client.get("/en/people/").content.decode()


def test_an_address_that_is_no_slug_is_refused_before_it_reaches_the_cache(demo, client):
    """Probed text (spaces, control characters, emoji) never becomes a cache key: keys
    like that break memcached, and each would fill the cache with a miss."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", CacheKeyWarning)
        for text in ("Музей 博物館 🏛️", "\x01\x1b[31m\x7f", "Erin-Blasco"):
            assert client.get(f"/en/people/{quote(text)}/").status_code == 404, text
        assert client.get("/en/people/erin-blasco/").status_code == 200


@pytest.mark.django_db
def test_slugs_are_unique_cyrillic_safe_and_kept():
    from tests.factories import make_person

    first = make_person(name="Анна Михайлова")
    second = make_person(name="Анна Михайлова")
    handle_only = make_person(name="@", x_handle="danamuses")
    assert first.slug == "анна-михайлова"
    assert second.slug == "анна-михайлова-2"
    assert handle_only.slug == "danamuses"
    first.name = "Anna Mikhaylova"
    first.save()
    assert first.slug == "анна-михайлова"


def test_the_migration_gives_existing_people_one_slug_per_person(demo):
    from importlib import import_module

    from django.apps import apps

    migration = import_module("events.migrations.0013_person_slug")
    from django.db.models import CharField
    from django.db.models.functions import Cast

    # Rows as the migration finds them: no slug to speak of (unique placeholders here).
    Person.objects.update(slug=Cast("pk", output_field=CharField()))
    migration.give_slugs(apps, None)
    slugs = dict(Person.objects.values_list("pk", "slug"))
    anna = Person.objects.filter(name="Anna Mikhaylova").first()
    versions = Person.objects.filter(translation_key=anna.translation_key)
    assert {slugs[p.pk] for p in versions} == {"anna-mikhaylova"}
    by_key = {}
    for person in Person.objects.all():
        by_key.setdefault(person.translation_key, set()).add(person.slug)
    assert all(len(found) == 1 for found in by_key.values())
    assert len({next(iter(found)) for found in by_key.values()}) == len(by_key)
