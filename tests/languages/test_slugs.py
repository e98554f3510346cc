"""A Cyrillic slug typed by a translator survives every route that publishes a translation:
the translation editor's Publish, a PO file uploaded then published, and "Sync translated
pages" with "Publish immediately"."""

from io import BytesIO
from urllib.parse import quote

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import String, StringSegment, Translation, TranslationSource
from wagtail_localize.strings import StringValue

from hub.roles import TRANSLATORS, ensure_roles
from hub.translation import translate_with_po
from tests.factories import make_event

SLUG_RU = "2013-05-08-выставка-как-программа"
TITLE_RU = "Выставка как программа"


@pytest.fixture
def ru(db):
    return Locale.objects.get(language_code="ru")


@pytest.fixture
def editor(client, db):
    user = get_user_model().objects.create_superuser("editor", "e@example.org", "pw")
    client.force_login(user)
    return user


@pytest.fixture
def submitted(client, editor, home, event_index, ru, django_capture_on_commit_callbacks):
    """An event submitted for translation into Russian in the admin ("Translate this page").

    A string extracted earlier (as any other test or real use leaves behind) keeps the
    strings' ids apart from their segments' ids, as they are on PostgreSQL, whose sequences
    a rolled-back test does not rewind."""
    String.from_value(ru, StringValue.from_plaintext("Extracted before this event"))
    with django_capture_on_commit_callbacks(execute=True):
        translate_with_po(home, ru, {})
    with django_capture_on_commit_callbacks(execute=True):
        translate_with_po(event_index, ru, {"events": "события"})
    event = make_event(
        event_index,
        "What happens when an exhibition is a program?",
        slug="2013-05-08-exhibition-as-program",
        start="2013-05-08T12:00",
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/localize/submit/page/{event.pk}/", {"locales": [ru.pk]})
    assert response.status_code == 302, response.content.decode()[:500]
    translation = Translation.objects.get(
        source=TranslationSource.objects.get(object_id=event.translation_key), target_locale=ru
    )
    return event, translation


def type_segment(client, translation, context, text):
    """What the translation editor sends when a translator saves one segment: the URL
    names the segment (wagtail-localize's `editUrl`), not the string it holds."""
    segment = StringSegment.objects.get(source=translation.source, context__path=context)
    response = client.put(
        f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/",
        f"value={quote(text)}",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code in (200, 201), response.content


def assert_published_with_cyrillic_slug(client, translation):
    page = translation.get_target_instance().specific
    page.refresh_from_db()
    assert page.live
    assert page.slug == SLUG_RU
    response = client.get(quote(f"/ru/события/{SLUG_RU}/"))
    assert response.status_code == 200
    assert TITLE_RU in response.content.decode()


def test_the_translation_editors_publish_keeps_a_cyrillic_slug(
    client, submitted, django_capture_on_commit_callbacks
):
    event, translation = submitted
    type_segment(client, translation, "title", TITLE_RU)
    type_segment(client, translation, "slug", SLUG_RU)
    ru_page = translation.get_target_instance()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/pages/{ru_page.pk}/edit/", {"action": "publish"})
    assert_published_with_cyrillic_slug(client, translation)


def test_an_uploaded_po_file_keeps_a_cyrillic_slug(
    client, submitted, django_capture_on_commit_callbacks
):
    event, translation = submitted
    po = translation.export_po()
    for entry in po:
        if entry.msgctxt == "slug":
            entry.msgstr = SLUG_RU
        elif entry.msgctxt == "title":
            entry.msgstr = TITLE_RU
    upload = BytesIO(str(po).encode())
    upload.name = "ru.po"
    response = client.post(
        f"/admin/localize/translate/{translation.pk}/pofile/upload/", {"file": upload}
    )
    assert response.status_code == 302
    ru_page = translation.get_target_instance()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/pages/{ru_page.pk}/edit/", {"action": "publish"})
    assert_published_with_cyrillic_slug(client, translation)


def test_sync_with_publish_keeps_a_cyrillic_slug(
    client, submitted, django_capture_on_commit_callbacks
):
    event, translation = submitted
    type_segment(client, translation, "title", TITLE_RU)
    type_segment(client, translation, "slug", SLUG_RU)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/localize/update/{translation.source.pk}/", {"publish_translations": "on"}
        )
    assert response.status_code == 302
    assert_published_with_cyrillic_slug(client, translation)


def test_wagtail_localize_still_slugifies_through_the_replaced_name():
    """If an upgrade stops calling `wagtail_localize.models.slugify`, the fix is gone."""
    import inspect

    from wagtail_localize import models

    source = inspect.getsource(models.TranslationSource.create_or_update_translation)
    assert "slugify(translation.slug)" in source
    assert models.slugify("события") == "события"


def test_a_translators_reviewed_translation_keeps_a_cyrillic_slug(
    client, submitted, django_capture_on_commit_callbacks
):
    """The translator's route: typed, submitted for review, approved by an editor."""
    event, translation = submitted
    ensure_roles()
    translator = get_user_model().objects.create_user("translator", "t@example.org", "pw")
    translator.groups.add(Group.objects.get(name=TRANSLATORS))
    editor = get_user_model().objects.get(username="editor")
    client.force_login(translator)
    type_segment(client, translation, "title", TITLE_RU)
    type_segment(client, translation, "slug", SLUG_RU)
    ru_page = translation.get_target_instance()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/translation-review/{ru_page.pk}/")
    assert response.status_code == 302
    ru_page.refresh_from_db()
    assert not ru_page.live  # waits for the editor

    client.force_login(editor)
    task_state = ru_page.current_workflow_state.current_task_state
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse(
                "wagtailadmin_pages:workflow_action", args=[ru_page.pk, "approve", task_state.pk]
            ),
            {"comment": ""},
        )
    assert_published_with_cyrillic_slug(client, translation)
