"""Event views: calendar downloads (one event, the upcoming feed of an index, per tag too)
and the public "Propose a chat" form."""

import re

from django.http import Http404, HttpResponse
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


def _ics_response(body, filename):
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
    return _ics_response(body, f"{event.slug}.ics")


def upcoming_calendar(request, index):
    events = queries.index_events(index)
    uses_query(request, "tag")
    tag = request.GET.get("tag")
    name = _("Upcoming #musesocial events")
    if tag and not SLUG.fullmatch(tag):  # NUL and the like: PostgreSQL refuses them (500)
        raise Http404(_("No topic has that name."))
    if tag:
        events = events.filter(tags__slug=tag).distinct()
        name = f"{name}: {tag}"
    events = [e for e in queries.upcoming(events)[:FEED_LIMIT] if can_export(e)]
    venues = localize_objects([e.venue for e in events])
    entries = [
        (event, page_public_url(event, request), venue_location(venue))
        for event, venue in zip(events, venues, strict=True)
    ]
    return _ics_response(build_calendar(entries, name=name), "upcoming.ics")


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
