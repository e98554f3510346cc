"""Follow anything: an Atom feed and an iCalendar feed for every tag, hashtag, person,
organisation and conference, in each language.

One kind of thing to follow is one `register(Followable(...))` line below: its name in
URLs, how its key finds it, and a function giving "the pages of X" as querysets of
any page types in any language. Everything else is shared: the reader's version of
each page (`BrowsableType.pages`), the Atom feed (`browse.feeds.PageFeed`'s
conventions: newest published first, bodies deferred), the calendar of its upcoming
and most recent events (`events.calendar`), the `<link rel="alternate">` tags, the
"Subscribe" control and the CDN purge (`urls_showing`).

Addresses: /<lang>/follow/<kind>/<key>/atom.xml and .../calendar.ics. A page's key is
its translation key, the same in every language and kept through a change of slug, so
a subscription outlives a renamed page; a tag's is its slug, a hashtag's its case-folded
text, a person's their slug.
"""

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db import models
from django.http import Http404
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Page

from browse.hashtags import find_hashtags, for_reader
from browse.tags import find_tag
from events.calendar import can_export
from events.models import EventPage, OrganisationPage, Person
from events.people import find_person
from events.queries import organisation_events, past, upcoming
from hub.browsable import browsable_types, hashtag_types, tagged_types, type_for_page
from hub.pages import live_public, page_public_url, public_url
from hub.templatetags.hub_tags import tag_label
from resources.models import BestPracticeTalkPage, ConferenceResourcePage
from resources.queries import conference_events, conferences_of_event

# A calendar holds every upcoming event and this many of the most recent past ones.
RECENT_EVENTS = 50
UPCOMING_LIMIT = 200


@dataclass(frozen=True)
class Subject:
    """What a reader follows: its key in URLs, its name, its own page's path (pages:
    `subject_url`) and the object itself."""

    key: str
    name: str
    url: str
    obj: Any = None


@dataclass(frozen=True, eq=False)
class Followable:
    kind: str  # in URLs: /follow/<kind>/<key>/
    find: Callable[[str, int], Subject | None]  # (key, locale id) -> the subject, or None
    pages: Callable[[Subject], list[models.QuerySet]]  # the pages of X, any language
    showing: Callable[[Page], list[str]]  # keys of the subjects whose feeds list a page


FOLLOWABLE = {}


def register(followable):
    FOLLOWABLE[followable.kind] = followable


def feed_urls(kind, key):
    """{"atom", "ics"}: the feed paths of a subject in the active language."""
    return {
        "atom": reverse("follow_atom", args=[kind, key]),
        "ics": reverse("follow_ics", args=[kind, key]),
    }


def subscribe_links(kind, subject):
    """What the "Subscribe" control offers: the Atom feed, the .ics file and a webcal link."""
    urls = feed_urls(kind, subject.key)
    https = public_url(urls["ics"])
    return {
        "name": subject.name,
        "atom": urls["atom"],
        "ics": urls["ics"],
        "webcal": "webcal://" + https.split("://", 1)[1],
        # <link rel="alternate"> tags for the page's head, before the site's own feeds.
        "feeds": [
            {
                "type": "application/atom+xml",
                "title": _("%(name)s (Atom)") % {"name": subject.name},
                "url": urls["atom"],
            },
            {
                "type": "text/calendar",
                "title": _("%(name)s (iCalendar)") % {"name": subject.name},
                "url": urls["ics"],
            },
        ],
    }


def subject_for(kind, key, locale_id):
    followable = FOLLOWABLE.get(kind)
    subject = followable.find(key, locale_id) if followable else None
    if subject is None:
        raise Http404(_("There is nothing to follow at this address."))
    return followable, subject


def reader_pages(followable, subject, locale_id):
    """The pages of `subject` as a reader of `locale_id` sees them: live, public, their
    language's version of each (else the original), one queryset per page type."""
    querysets = []
    for queryset in followable.pages(subject):
        page_type = _type_for_model(queryset.model)
        if page_type is None:
            continue
        keys = queryset.order_by().values("translation_key")
        querysets.append(page_type.pages(locale_id).filter(translation_key__in=keys))
    return querysets


def _type_for_model(model):
    return next((t for t in browsable_types() if t.model is model), None)


def followed_events(querysets, now=None):
    """The events among the pages of a subject: upcoming ones, then the most recent past,
    only those a calendar can hold (`events.calendar.can_export`)."""
    events = next((qs for qs in querysets if qs.model is EventPage), None)
    if events is None:
        return []
    events = events.prefetch_related("parts")
    found = [*upcoming(events, now)[:UPCOMING_LIMIT], *past(events, now)[:RECENT_EVENTS]]
    return [event for event in found if can_export(event)]


def for_page(page):
    """The subscribe links of a page readers can follow (an organisation...), or None."""
    for followable in FOLLOWABLE.values():
        subject = _followed_page(page, followable)
        if subject is not None:
            return subscribe_links(followable.kind, subject)
    return None


def _followed_page(page, followable):
    model = getattr(followable.find, "model", None)
    return _page_subject(page) if model is not None and isinstance(page, model) else None


def _page_subject(page):
    # No URL here: `page.url` would read the site's root paths outside the request's
    # memo; the feed asks for it with the request (`subject_url`).
    return Subject(str(page.translation_key), page.title, "", page)


def subject_url(subject, request):
    """The followed thing's own page, on the public base URL."""
    if isinstance(subject.obj, Page):
        return page_public_url(subject.obj, request)
    return public_url(subject.url)


def urls_showing(page, site_root, languages):
    """The follow feeds (Atom and iCalendar) that list `page`, in every language."""
    urls = []
    for followable in FOLLOWABLE.values():
        keys = followable.showing(page)
        if _followed_page(page, followable) is not None:  # its own feeds carry its name
            keys.append(str(page.translation_key))
        for key in dict.fromkeys(keys):
            for code in languages:
                with translation.override(code):
                    urls += [site_root + path for path in feed_urls(followable.kind, key).values()]
    return urls


# The subjects --------------------------------------------------------------------------


def page_finder(model):
    """Find a page subject by its translation key: the reader's version, else the original."""

    def find(key, locale_id):
        versions = live_public(model.objects.filter(translation_key=_uuid(key)))
        versions = sorted(versions, key=lambda page: (page.locale_id != locale_id, page.pk))
        if not versions:
            return None
        return _page_subject(versions[0])

    find.model = model
    return find


def _uuid(key):
    try:
        return uuid.UUID(key)
    except ValueError:
        raise Http404(_("There is nothing to follow at this address.")) from None


def tag_subject(tag):
    """A topic ({"pk", "name", "slug"}, `browse.tags.find_tag`), named in the reader's
    language."""
    return Subject(tag["slug"], tag_label(tag), reverse("tag", args=[tag["slug"]]), tag)


def find_tag_subject(slug, locale_id):
    tag = find_tag(locale_id, slug)
    return tag_subject(tag) if tag else None


def tag_pages(subject):
    pk = subject.obj["pk"]
    return [
        page_type.model.objects.filter(
            pk__in=page_type.through.objects.filter(tag_id=pk).values("content_object_id")
        )
        for page_type in tagged_types()
    ]


def tags_showing(page):
    page_type = type_for_page(page)
    if page_type is None or not page_type.tags:
        return []
    return list(
        page_type.through.objects.filter(content_object=page).values_list("tag__slug", flat=True)
    )


def hashtag_subject(hashtags, locale_id):
    """A hashtag (every language's `Hashtag` row of it, `browse.hashtags.find_hashtags`)."""
    hashtag = for_reader(hashtags, locale_id)
    return Subject(hashtag.key, hashtag.text, reverse("hashtag", args=[hashtag.key]), hashtags)


def find_hashtag_subject(name, locale_id):
    hashtags = find_hashtags(name)
    return hashtag_subject(hashtags, locale_id) if hashtags else None


def hashtag_pages(subject):
    pks = [hashtag.pk for hashtag in subject.obj]
    return [
        page_type.model.objects.filter(**{f"{page_type.hashtags}__in": pks})
        for page_type in hashtag_types()
    ]


def hashtags_showing(page):
    page_type = type_for_page(page)
    if page_type is None or not page_type.hashtags:
        return []
    rows = type(page).objects.filter(pk=page.pk).values_list(f"{page_type.hashtags}__key")
    return [key for (key,) in rows if key]


def organisation_pages(subject):
    """Its events (`events.queries.organisation_events`, what its page lists), talks by
    its people, conferences it runs."""
    key = subject.obj.translation_key
    return [
        organisation_events(subject.obj),
        BestPracticeTalkPage.objects.filter(organisation__translation_key=key),
        ConferenceResourcePage.objects.filter(organiser__translation_key=key),
    ]


def organisations_showing(page):
    linked = []
    if isinstance(page, EventPage):
        linked = [link.organisation for link in page.organisers.select_related("organisation")]
    elif isinstance(page, BestPracticeTalkPage):
        linked = [page.organisation]
    elif isinstance(page, ConferenceResourcePage):
        linked = [page.organiser]
    return [str(org.translation_key) for org in linked if org is not None]


def conference_pages(subject):
    """Its talks and its events (`resources.queries.conference_events`)."""
    conference = subject.obj
    return [
        conference_events(conference),
        BestPracticeTalkPage.objects.filter(conference__translation_key=conference.translation_key),
    ]


def conferences_showing(page):
    if isinstance(page, BestPracticeTalkPage):
        return [str(page.conference.translation_key)] if page.conference_id else []
    return conferences_of_event(page) if isinstance(page, EventPage) else []


def find_person_subject(slug, locale_id):
    person = find_person(slug, locale_id)
    if person is None:
        return None
    return Subject(person.slug, person.name, reverse("person", args=[person.slug]), person)


def person_pages(subject):
    """The events they hosted, spoke at or were featured in, and the talks they gave."""
    key = subject.obj.translation_key
    return [
        EventPage.objects.filter(people__person__translation_key=key),
        BestPracticeTalkPage.objects.filter(speakers__person__translation_key=key),
    ]


def people_showing(page):
    if isinstance(page, EventPage):
        rows = page.people.values_list("person__translation_key", flat=True)
    elif isinstance(page, BestPracticeTalkPage):
        rows = page.speakers.values_list("person__translation_key", flat=True)
    else:
        return []
    slugs = Person.objects.filter(translation_key__in=list(rows)).values_list("slug", flat=True)
    return sorted(set(slugs))


register(Followable("tag", find_tag_subject, tag_pages, tags_showing))
register(Followable("person", find_person_subject, person_pages, people_showing))
register(Followable("hashtag", find_hashtag_subject, hashtag_pages, hashtags_showing))
register(
    Followable(
        "organisation", page_finder(OrganisationPage), organisation_pages, organisations_showing
    )
)
register(
    Followable(
        "conference", page_finder(ConferenceResourcePage), conference_pages, conferences_showing
    )
)
