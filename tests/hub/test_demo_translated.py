"""The demo content in both languages, as wagtail-localize publishes it when the load commits.

`demo` (tests/conftest.py) runs those on-commit callbacks, once for the module.
"""

from resources.models import BestPracticeTalkPage


def test_seed_facts_on_the_museumsalon_talk_in_both_languages(demo, client):
    english = client.get("/en/talks/museumsalon-twitter-project-from-russia/").content.decode()
    assert "began using social media in 2010" in english
    # The museum took part in Ask a Curator day in 2013, not in the 2012 day.
    assert "askacurator-day" not in english
    russian_url = BestPracticeTalkPage.objects.get(locale__language_code="ru").url
    russian = client.get(russian_url).content.decode()
    assert "63\u00a0000" in russian and "63,000" not in russian
    assert "Анна Михайлова" in russian and "Anna Mikhaylova" not in russian
    assert "В соцсетях — с 2010 года" in russian
