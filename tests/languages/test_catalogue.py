"""The Russian interface is complete and compiled."""

from pathlib import Path

import polib
from django.utils import translation
from wagtail.admin.menu import admin_menu

CATALOGUE = Path(__file__).resolve().parents[2] / "locale" / "ru" / "LC_MESSAGES" / "django.po"


def test_russian_catalogue_has_every_string_translated_and_nothing_fuzzy():
    po = polib.pofile(str(CATALOGUE))
    assert po.untranslated_entries() == []
    assert po.fuzzy_entries() == []
    assert po.metadata["Language"] == "ru"


def test_interface_strings_are_served_in_russian():
    with translation.override("ru"):
        assert translation.gettext("To be announced") == "Будет объявлено"
        assert translation.gettext("Skip to main content") != "Skip to main content"


def test_our_admin_menu_items_are_named_in_russian():
    with translation.override("ru"):
        labels = {str(item.label) for item in admin_menu.registered_menu_items}
    assert {"Темы", "Названия тем", "Люди и места", "Присланные материалы"} <= labels
