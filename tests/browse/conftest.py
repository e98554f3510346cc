"""Content for browse tests: English and Russian events, drafts, private pages."""

import pytest
from wagtail.models import Locale, PageViewRestriction

from hub.translation import translate_with_po


@pytest.fixture
def ru(db):
    return Locale.objects.get(language_code="ru")


@pytest.fixture
def russian(home, event_index, ru, django_capture_on_commit_callbacks):
    """Translate pages to Russian the way translators do; returns a function."""
    with django_capture_on_commit_callbacks(execute=True):
        translate_with_po(home, ru, {"musesocial hub": "Хаб #musesocial"})
    with django_capture_on_commit_callbacks(execute=True):
        translate_with_po(
            event_index, ru, {"Chats and events": "Чаты и мероприятия", "events": "события"}
        )

    def translate(page, strings):
        with django_capture_on_commit_callbacks(execute=True):
            translated = translate_with_po(page, ru, strings)
        return translated.specific_class.objects.get(pk=translated.pk)

    return translate


def make_private(page):
    """Password-protect a page, as an editor does from its privacy settings."""
    return PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="members-only"
    )
