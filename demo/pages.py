"""Helpers every demo loader shares: find-or-create a page, the home page, demo dates."""

from datetime import datetime

from wagtail.models import Locale, Page, Site

from demo.data.home import HOME
from events.timezones import localize_wall_clock
from home.models import HomePage


def child_page(parent, model, slug, **fields):
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
            naive = datetime.strptime(value, pattern)  # zone attached below
        except ValueError:
            continue
        return localize_wall_clock(naive, zone_name)
    raise ValueError(f"Unrecognised demo date {value!r}")
