"""Topic tags in the reader's language, and a language switcher on views that are not pages."""

from wagtail.models import Locale

from hub.models import TagLabel
from hub.translation import translate_with_po
from tests.factories import make_event, make_person


def test_russian_reader_sees_russian_topic_names_on_the_same_tag(
    client, home, event_index, django_capture_on_commit_callbacks
):
    ru = Locale.objects.get(language_code="ru")
    event = make_event(event_index, "Strategy chat", start="2013-04-23T15:00", tags=["strategy"])
    tag = event.tags.get()
    TagLabel.objects.create(tag=tag, locale=ru, name="стратегия")
    for page, strings in ((home, {}), (event_index, {"events": "события"}), (event, {})):
        with django_capture_on_commit_callbacks(execute=True):
            translate_with_po(page, ru, strings)
    ru_event = event.get_translation(ru)
    ru_html = client.get(ru_event.url).content.decode()
    assert '<a class="tag" href="/ru/tags/strategy/">стратегия</a>' in ru_html
    en_html = client.get(event.url).content.decode()
    assert '<a class="tag" href="/en/tags/strategy/">strategy</a>' in en_html
    tag_page = client.get("/ru/tags/strategy/").content.decode()
    assert "стратегия" in tag_page


def test_russian_page_shows_a_hosts_russian_role(
    client, home, event_index, django_capture_on_commit_callbacks
):
    from hub.translation import translation_for

    ru = Locale.objects.get(language_code="ru")
    host = make_person("Anna Mikhaylova", role="Social media team")
    event = make_event(
        event_index,
        "Salon",
        start="2013-12-29T19:00",
        zone="Europe/Moscow",
        people=[(host, "host")],
    )
    with django_capture_on_commit_callbacks(execute=True):
        translation = translation_for(host, ru)
        po = translation.export_po()
        for entry in po:
            entry.msgstr = {
                "Anna Mikhaylova": "Анна Михайлова",
                "Social media team": "команда соцсетей",
            }.get(entry.msgid, "")
        translation.import_po(po)
        translation.save_target()
    for page in (home, event_index, event):
        with django_capture_on_commit_callbacks(execute=True):
            translate_with_po(page, ru, {})
    ru_html = client.get(event.get_translation(ru).url).content.decode()
    assert "Анна Михайлова" in ru_html and "команда соцсетей" in ru_html
    assert "Social media team" not in ru_html
    assert "Social media team" in client.get(event.url).content.decode()


def test_views_that_are_not_pages_offer_the_other_language(client, home):
    html = client.get("/en/search/?q=museum").content.decode()
    assert 'href="/ru/search/?q=museum" hreflang="ru"' in html
