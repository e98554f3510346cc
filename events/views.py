"""Event views: calendar downloads (one event, the upcoming feed of an index, per tag too),
the public "Propose a chat" form, and the people pages (/<lang>/people/...)."""

import re

from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import content_disposition_header
from django.utils.text import slugify
from django.utils.translation import gettext as _

from events import people, queries
from events.calendar import build_calendar, can_export, venue_location
from events.proposals import ProposeChatForm, submit_proposal
from events.structured_data import person_json_ld
from events.when import describe_event
from hub.cache import cached
from hub.i18n import locale_id_for, localize_objects
from hub.page_cache import uses_query
from hub.pages import page_public_url, public_url
from hub.public_forms import public_form

FEED_LIMIT = 200
SLUG = re.compile(r"[-\w]{1,100}")


def ics_response(body, filename):
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    # RFC 6266: a slug in Cyrillic is sent as filename*=utf-8''..., which browsers read.
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


def event_calendar(request, event):
    if not can_export(event):
        raise Http404(_("This event has no day to put in a calendar yet."))
    venue = localize_objects([event.venue])[0] if event.venue_id else None
    event.ical_parts = list(event.parts.all())
    body = build_calendar(
        [(event, page_public_url(event, request), venue_location(venue))], name=event.title
    )
    return ics_response(body, f"{event.slug}.ics")


def upcoming_calendar(request, index):
    uses_query(request, "tag")
    tag = request.GET.get("tag")
    if tag and not SLUG.fullmatch(tag):  # NUL and the like: PostgreSQL refuses them (500)
        raise Http404(_("No topic has that name."))
    if tag:
        # A topic's calendar is its follow calendar (browse.follow); old subscriptions move.
        return redirect(reverse("follow_ics", args=["tag", tag]), permanent=True)
    events = queries.upcoming(queries.index_events(index)).prefetch_related("parts")
    events = [e for e in events[:FEED_LIMIT] if can_export(e)]
    return calendar_response(request, events, _("Upcoming #musesocial events"), "upcoming.ics")


def calendar_response(request, events, name, filename):
    """A calendar of these events (venues with `select_related`, parts prefetched or
    not needed), each in the reader's language, linked on the public base URL."""
    venues = localize_objects([e.venue for e in events])
    entries = []
    for event, venue in zip(events, venues, strict=True):
        if "parts" in getattr(event, "_prefetched_objects_cache", {}):
            event.ical_parts = list(event.parts.all())
        entries.append((event, page_public_url(event, request), venue_location(venue)))
    return ics_response(build_calendar(entries, name=name), filename)


def propose_chat(request, index):
    """The public "Propose a chat" form on the event index."""
    return public_form(
        request,
        index,
        form_class=ProposeChatForm,
        rate_limit_key="propose-chat",
        template="pages/propose_chat.html",
        save=lambda data: submit_proposal(index, data),
    )


def person_index(request):
    """Every person on the hub, by name (/<lang>/people/)."""
    locale_id = locale_id_for()
    everyone = cached(f"people-index:{locale_id}", lambda: people.people_index(locale_id))
    return render(
        request,
        "pages/person_index.html",
        {
            "people": everyone,
            "meta_title": _("People"),
            "meta_description": _(
                "Everyone who hosted, spoke at or was featured in a #musesocial chat, event or "
                "conference session."
            ),
            "canonical_path": reverse("person_index"),
        },
    )


def person_page(request, slug):
    """One person: their handles, organisation, events, sessions and talks."""
    locale_id = locale_id_for()
    # Only a slug as people's slugs are made can name someone: any other text in the
    # address is refused before it becomes a cache key (nor fills the cache with misses).
    is_slug = slugify(slug, allow_unicode=True) == slug
    data = is_slug and cached(f"person:{locale_id}:{slug}", lambda: person_data(slug, locale_id))
    if not data:
        raise Http404(_("Nobody on the hub has that address."))
    person = data["person"]
    url = reverse("person", args=[person.slug])
    return render(
        request,
        "pages/person_page.html",
        {
            **data,
            "json_ld": person_json_ld(
                person,
                url=public_url(url),
                organisation=person.shown_organisation,
                organisation_url=page_public_url(person.shown_organisation, request)
                if person.shown_organisation
                else None,
            ),
            "meta_title": person.name,
            "meta_description": _("%(name)s on the #musesocial hub: chats, events and talks.")
            % {"name": person.name},
            "canonical_path": url,
        },
    )


def person_data(slug, locale_id):
    """What a person's page shows, or None: one query per kind of thing they did."""
    person = people.find_person(slug, locale_id)
    if person is None:
        return None
    events = list(people.person_events(person, locale_id))
    return {
        "person": person,
        "events": [{"event": event, "when": describe_event(event)} for event in events],
        "sessions": people.person_sessions(person, locale_id),
        "talks": people.person_talks(person, locale_id),
    }
