"""Content for tests, built the way editors build it: pages under their parents, published."""

import functools
from datetime import datetime

from django.utils.text import slugify
from wagtail.models import Locale, Page, ReferenceIndex, Site
from wagtail.signal_handlers import disable_reference_index_auto_update

from events.models import (
    EventHashtag,
    EventIndexPage,
    EventOrganiser,
    EventPage,
    EventPerson,
    Hashtag,
    OrganisationIndexPage,
    OrganisationPage,
    Person,
    Venue,
)
from events.timezones import localize_wall_clock
from home.models import HomePage


def indexed_once(factory):
    """Wagtail rewrites a page's reference index on every save of the page and of each
    of its child rows: nine times for an event built here, half of the time it takes.
    Indexing the finished page (and the parent a factory may have made) once leaves the
    same index."""

    @functools.wraps(factory)
    def build(*args, **kwargs):
        with disable_reference_index_auto_update():
            page = factory(*args, **kwargs)
        for built in (page, page.get_parent().specific):
            ReferenceIndex.create_or_update_for_object(built)
        return page

    return build


def publish(page):
    page.save_revision().publish()
    return page


@indexed_once
def make_site():
    """A HomePage at the root of the default site, in place of Wagtail's placeholder."""
    root = Page.get_first_root_node()
    home = HomePage(title="musesocial hub", slug="home-test", intro="<p>What #musesocial is.</p>")
    root.add_child(instance=home)
    publish(home)
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    return home


@indexed_once
def make_event_index(home, slug="events"):
    index = EventIndexPage(title="Chats and events", slug=slug)
    home.add_child(instance=index)
    return publish(index)


@indexed_once
def make_organisation(home, title="Oakland Museum of California", slug=None):
    index = OrganisationIndexPage.objects.child_of(home).first()
    if index is None:
        index = OrganisationIndexPage(title="Organisations", slug="organisations")
        home.add_child(instance=index)
        publish(index)
    org = OrganisationPage(title=title, slug=slug or slugify(title, allow_unicode=True))
    index.add_child(instance=org)
    return publish(org)


def hashtag(text="#musesocial"):
    locale = Locale.get_default()
    return Hashtag.objects.get_or_create(text=text, locale=locale)[0]


def local(value, zone):
    return localize_wall_clock(datetime.fromisoformat(value), zone)


@indexed_once
def make_event(
    index,
    title="A chat",
    *,
    start=None,
    end=None,
    zone="America/New_York",
    precision="exact",
    hashtags=("#musesocial",),
    people=(),
    organisers=(),
    venue=None,
    tags=(),
    body=None,
    live=True,
    **fields,
):
    event = EventPage(
        title=title,
        slug=fields.pop("slug", None) or slugify(title, allow_unicode=True),
        time_zone=zone,
        date_precision=precision,
        start=local(start, zone) if isinstance(start, str) else start,
        end=local(end, zone) if isinstance(end, str) else end,
        venue=venue,
        body=body or [],
        live=live,
        **fields,
    )
    event.hashtag_links = [EventHashtag(hashtag=hashtag(text)) for text in hashtags]
    event.people = [EventPerson(person=person, role=role) for person, role in people]
    event.organisers = [EventOrganiser(organisation=org) for org in organisers]
    event.tags.add(*tags)
    index.add_child(instance=event)
    if live:
        return publish(event)
    event.save_revision()
    return event


def make_person(name="Erin Blasco", **fields):
    person = Person(name=name, locale=Locale.get_default(), **fields)
    person.full_clean()
    person.save()
    return person


def make_venue(name="Tate Britain", city="London", country="United Kingdom", **fields):
    venue = Venue(name=name, city=city, country=country, locale=Locale.get_default(), **fields)
    venue.full_clean()
    venue.save()
    return venue
