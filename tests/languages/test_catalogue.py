"""The Russian interface is complete and compiled."""

import ast
import re
from pathlib import Path

import polib
from django.urls import get_resolver
from django.utils import translation
from wagtail import hooks

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
    # The admin's viewsets register their menu items as its URLs load (a request's first
    # step), and Wagtail keeps the first list it builds: build one afresh after that.
    get_resolver().url_patterns  # noqa: B018
    with translation.override("ru"):
        items = [make() for make in hooks.get_hooks("register_admin_menu_item")]
        labels = {str(item.label) for item in items}
    assert {"Темы", "Названия тем", "Люди и места", "Присланные материалы"} <= labels


ROOT = CATALOGUE.parents[3]
APPS = ("browse", "config", "events", "home", "hub", "resources")
GETTEXT_NAMES = {"_", "_lazy", "gettext", "gettext_lazy", "ngettext", "ngettext_lazy"}
TEMPLATE_TRANSLATE = re.compile(r"""\{%\s*(?:trans|translate)\s+(["'])(.+?)\1""")


def strings_in_code():
    """(msgid, where) of every literal our Python code and templates translate.

    Found by reading the code, not by makemessages, which misses the `_lazy` alias and
    calls inside f-strings; blocktranslate blocks are left to the review of the .po."""
    for path in sorted(p for app in APPS for p in (ROOT / app).rglob("*.py")):
        if "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in GETTEXT_NAMES
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                yield node.args[0].value, f"{path.relative_to(ROOT)}:{node.lineno}"
    for path in sorted((ROOT / "templates").rglob("*.html")):
        for match in TEMPLATE_TRANSLATE.finditer(path.read_text()):
            yield match.group(2), str(path.relative_to(ROOT))


def test_every_string_the_code_translates_is_in_the_russian_catalogue():
    translated = {entry.msgid for entry in polib.pofile(str(CATALOGUE)) if entry.translated()}
    missing = sorted(
        {f"{where}: {msgid}" for msgid, where in strings_in_code() if msgid not in translated}
    )
    assert missing == []
