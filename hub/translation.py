"""Translating pages with wagtail-localize's PO files, without the admin or the network;
and keeping translated Unicode slugs on every route."""

from functools import partial

from django.conf import settings
from django.utils.text import slugify
from wagtail_localize import models as localize_models
from wagtail_localize.models import Translation, TranslationSource


def translation_for(page, locale):
    """The wagtail-localize Translation of `page` into `locale`, created if missing."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    return translation


def translate_with_po(page, locale, strings, *, publish=True):
    """Fill the PO file of `page` from {source: translated} and save the translated page.

    Returns the translated page. Strings not in `strings` keep their source text.
    """
    translation = translation_for(page, locale)
    po = translation.export_po()
    for entry in po:
        if entry.msgid in strings:
            entry.msgstr = strings[entry.msgid]
    return apply_po(translation, po, publish=publish)


def apply_po(translation, po, *, publish=True):
    """Import a translated PO file and save the target page (published on commit)."""
    translation.import_po(po)
    translation.save_target(publish=publish)
    return translation.get_target_instance()


def keep_unicode_slugs():
    """Make wagtail-localize keep a translated slug's letters, whatever the script.

    wagtail-localize 1.14 cleans a translated page's slug with `slugify(slug)` in
    `TranslationSource.create_or_update_translation`, the one step every route takes
    (the translation editor's Publish, a PO upload then Publish, "Sync translated
    pages", "Translate this page"), and without `allow_unicode` "события" becomes ""
    and "2013-05-08-выставка" becomes "2013-05-08". The module's `slugify` is replaced
    by one that follows WAGTAIL_ALLOW_UNICODE_SLUGS, like Wagtail's own slugs;
    tests/languages/test_slugs.py fails if wagtail-localize stops using that name.
    """
    allow = getattr(settings, "WAGTAIL_ALLOW_UNICODE_SLUGS", True)
    localize_models.slugify = partial(slugify, allow_unicode=allow)
