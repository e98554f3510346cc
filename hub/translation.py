"""Translating pages with wagtail-localize's PO files, without the admin or the network."""

from django.db import transaction
from django.utils.text import slugify
from wagtail.coreutils import find_available_slug
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
    """Import a translated PO file and save the target page, with its Unicode slug."""
    wanted = next((entry.msgstr for entry in po if entry.msgctxt == "slug" and entry.msgstr), "")
    translation.import_po(po)
    translation.save_target(publish=publish)
    target = translation.get_target_instance()
    # wagtail-localize publishes on commit; fix the slug after that, in the same order.
    transaction.on_commit(lambda: keep_unicode_slug(target, wanted, publish=publish))
    return target


def keep_unicode_slug(page, wanted, *, publish=True):
    """Give a translated page the Unicode slug its translator chose.

    wagtail-localize 1.14 slugifies translated slugs without allow_unicode, so
    "события" comes out empty and Wagtail falls back to the title.
    """
    page = type(page).objects.get(pk=page.pk).specific
    slug = slugify(wanted, allow_unicode=True)
    if not slug or slug == page.slug:
        return
    page.slug = find_available_slug(page.get_parent(), slug, ignore_page_id=page.pk)
    revision = page.save_revision()
    if publish:
        revision.publish()
