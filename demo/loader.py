"""Load the demo content: the wiki's chats and the community around them.

Idempotent: every object is looked up by a natural key (a page's slug under its
parent, a person's name, a hashtag's text) and only created when missing, so a
second run changes nothing and never overwrites an editor's changes.
"""

from django.db import transaction
from taggit.models import Tag
from wagtail.models import Locale, Page

from demo.data import russian as demo_ru
from demo.data.home import ABOUT
from demo.events import load_events
from demo.pages import child_page, setup_home
from demo.resources import load_resources
from events.models import Person
from home.models import ContentPage
from hub.locales import ensure_locales
from hub.models import TagLabel
from hub.roles import ensure_roles
from hub.translation import translate_with_po


def load_tag_labels():
    """Russian names for the demo's topics; tags without a label keep their own name."""
    locale = Locale.objects.filter(language_code=demo_ru.LANGUAGE).first()
    if locale is None:
        return 0
    created = 0
    for tag in Tag.objects.filter(slug__in=demo_ru.TAG_LABELS):
        _label, made = TagLabel.objects.get_or_create(
            tag=tag, locale=locale, defaults={"name": demo_ru.TAG_LABELS[tag.slug]}
        )
        created += made
    return created


def load_translations(home):
    """Russian versions of the pages in hub/demo_ru.py; parents before children.

    One transaction per page: wagtail-localize publishes a translation on commit,
    and a child can only be translated once its parent's translation is live.
    """
    locale = Locale.objects.filter(language_code=demo_ru.LANGUAGE).first()
    if locale is None:  # the language is not configured on this site
        return 0
    created = 0
    pages = Page.objects.filter(slug__in=demo_ru.PAGES, locale=home.locale).order_by("path")
    for page in pages.specific():
        if page.has_translation(locale):
            continue
        with transaction.atomic():
            translate_with_po(page, locale, demo_ru.PAGES[page.slug])
        created += 1
    return created


def load_people_translations():
    """Russian versions of the people whose names are written in Cyrillic there."""
    locale = Locale.objects.filter(language_code=demo_ru.LANGUAGE).first()
    if locale is None:
        return 0
    created = 0
    for person in Person.objects.filter(locale=Locale.get_default(), name__in=demo_ru.PEOPLE):
        if person.has_translation(locale):
            continue
        translation = person.copy_for_translation(locale)
        for field, value in demo_ru.PEOPLE[person.name].items():
            setattr(translation, field, value)
        translation.save()
        created += 1
    return created


def load_demo(stdout=None):
    """Create whatever demo content is missing; return {kind: number created}."""
    ensure_locales()
    ensure_roles()
    created = _load_content()
    home = setup_home()
    created["translated pages"] = load_translations(home)
    created["topic names"] = load_tag_labels()
    created["translated people"] = load_people_translations()
    if stdout is not None:
        for kind, count in created.items():
            stdout.write(f"  {kind}: {count} created")
    return created


@transaction.atomic
def _load_content():
    home = setup_home()
    created = load_events(home)
    created.update(load_resources(home))
    _page, made = child_page(
        home,
        ContentPage,
        ABOUT["slug"],
        title=ABOUT["title"],
        intro=ABOUT["intro"],
        body=[{"type": "text", "value": ABOUT["body"]}],
        show_in_menus=True,
    )
    created["content pages"] = int(made)
    return created
