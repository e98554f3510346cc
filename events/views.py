"""Event views: calendar downloads (one event, the upcoming feed of an index, per tag too)
and the public "Propose a chat" form."""

import re

from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _

from events import queries
from events.calendar import build_calendar, can_export, venue_location
from events.proposals import ProposeChatForm, submit_proposal
from hub.i18n import localize_objects
from hub.page_cache import uses_query
from hub.pages import page_public_url
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
