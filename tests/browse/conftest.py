"""Content for browse tests: English and Russian events, drafts, private pages."""

import pytest
from django.test import TestCase
from wagtail.models import Locale, PageViewRestriction

from hub.translation import translate_with_po


@pytest.fixture
def ru(db):
    return Locale.objects.get(language_code="ru")


@pytest.fixture
def russian(home, event_index, ru):
    """Translate pages to Russian the way translators do; returns a function."""
    translate_the_site(home, event_index)
    return translate


def translate(page, strings):
    """`page` in Russian by a PO file with `strings`, published as translators publish."""
    # wagtail-localize publishes the translation when the transaction commits.
    with TestCase.captureOnCommitCallbacks(execute=True):
        translated = translate_with_po(page, Locale.objects.get(language_code="ru"), strings)
    return translated.specific_class.objects.get(pk=translated.pk)


def translate_the_site(home, event_index):
    """The home page and event index in Russian, under which Russian events live."""
    translate(home, {"musesocial hub": "Хаб #musesocial"})
    translate(event_index, {"Chats and events": "Чаты и мероприятия", "events": "события"})


def make_private(page):
    """Password-protect a page, as an editor does from its privacy settings."""
    return PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="members-only"
    )
