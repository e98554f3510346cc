"""Load the demo content: the wiki's chats and the community around them.

Idempotent: every object is looked up by a natural key (a page's slug under its
parent, a person's name, a hashtag's text) and only created when missing, so a
second run changes nothing and never overwrites an editor's changes.
"""

from datetime import datetime

from django.db import transaction
from wagtail.models import Locale, Page, Site

from events.timezones import localize_wall_clock
from hub.locales import ensure_locales


def _child(parent, model, slug, **fields):
    """Find the child page with this slug, or create and publish it. Returns (page, created)."""
    existing = parent.get_children().filter(slug=slug).specific().first()
    if existing is not None:
        return existing, False
    page = model(slug=slug, locale=parent.locale, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def setup_home():
    """A HomePage as the default site's root, replacing Wagtail's placeholder page."""
    from home.demo_data import HOME
    from home.models import HomePage

    root = Page.get_first_root_node()
    home = HomePage.objects.filter(locale=Locale.get_default()).first()
    if home is None:
        home = HomePage(slug="home-musesocial", locale=Locale.get_default(), **HOME)
        root.add_child(instance=home)
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name="musesocial hub",
        )
    elif site.root_page_id != home.pk:
        placeholder = site.root_page
        site.root_page = home
        site.site_name = "musesocial hub"
        site.save()
        # Wagtail's "Welcome to your new Wagtail site!" page, if nothing was built on it.
        if type(placeholder.specific) is Page and placeholder.is_leaf():
            placeholder.delete()
    return home


def parse_local(value, zone_name):
    """ "2013-05-24T12:30", "2013-05-24" or "2013-05" in a zone -> aware datetime."""
    if not value:
        return None
    for pattern in ("%Y-%m-%dT%H:%M", "%Y-%m-%d", "%Y-%m"):
        try:
            naive = datetime.strptime(value, pattern)  # noqa: DTZ007 - zone attached below
        except ValueError:
            continue
        return localize_wall_clock(naive, zone_name)
    raise ValueError(f"Unrecognised demo date {value!r}")


def load_tag_labels():
    """Russian names for the demo's topics; tags without a label keep their own name."""
    from taggit.models import Tag

    from hub import demo_data_ru
    from hub.models import TagLabel

    locale = Locale.objects.filter(language_code=demo_data_ru.LANGUAGE).first()
    if locale is None:
        return 0
    created = 0
    for tag in Tag.objects.filter(slug__in=demo_data_ru.TAG_LABELS):
        _label, made = TagLabel.objects.get_or_create(
            tag=tag, locale=locale, defaults={"name": demo_data_ru.TAG_LABELS[tag.slug]}
        )
        created += made
    return created


def load_translations(home):
    """Russian versions of the pages in hub/demo_data_ru.py; parents before children.

    One transaction per page: wagtail-localize publishes a translation on commit,
    and a child can only be translated once its parent's translation is live.
    """
    from hub import demo_data_ru as demo_ru
    from hub.translation import translate_with_po

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


def load_demo(stdout=None):
    """Create whatever demo content is missing; return {kind: number created}."""
    from hub.roles import ensure_roles

    ensure_locales()
    ensure_roles()
    created = _load_content()
    home = setup_home()
    created["translated pages"] = load_translations(home)
    created["topic names"] = load_tag_labels()
    if stdout is not None:
        for kind, count in created.items():
            stdout.write(f"  {kind}: {count} created")
    return created


@transaction.atomic
def _load_content():
    from events.demo import load_events
    from home.demo_data import ABOUT
    from home.models import ContentPage
    from resources.demo import load_resources

    home = setup_home()
    created = load_events(home)
    created.update(load_resources(home))
    _page, made = _child(
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
