"""Everything an event page shows besides its own fields, in a fixed number of queries."""

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from events.archives.views import archive_summary
from events.calendar import can_export
from events.models import PersonRole
from events.people import event_sessions
from events.structured_data import event_json_ld
from events.when import describe_event, part_times
from hub.cache import cached_for_page
from hub.i18n import locale_id_for, localize_objects
from hub.pages import page_public_url

ROLE_HEADINGS = {
    PersonRole.HOST: _("Hosts"),
    PersonRole.SPEAKER: _("Speakers"),
    PersonRole.FEATURED: _("Featuring"),
}


def event_people(event):
    """People grouped by role, each in the reader's language: [(heading, [person, ...])]."""
    links = list(event.people.select_related("person__organisation").order_by("sort_order"))
    people = localize_objects([link.person for link in links], select_related=["organisation"])
    groups = {}
    for link, person in zip(links, people, strict=True):
        groups.setdefault(link.role, []).append(person)
    return [(str(ROLE_HEADINGS[role]), groups[role]) for role in PersonRole if role in groups]


# Body blocks that tell the background; the questions follow them.
PROSE_BLOCKS = frozenset({"text", "image", "quote", "embed"})


def body_around_questions(event):
    """The body's blocks before and after the question lists: the opening text (the
    background the questions refer to) first, then the questions, then the timetable,
    readings and archive links."""
    blocks = list(event.body or ())
    at = 0
    while at < len(blocks) and blocks[at].block_type in PROSE_BLOCKS:
        at += 1
    return blocks[:at], blocks[at:]


def event_detail_context(event, request):
    """The event's people, places and links; cached until content changes."""
    data = cached_for_page(
        request, f"event-detail:{event.pk}:{get_language()}", lambda: event_detail_data(event)
    )
    people = data["people_groups"]
    before, after = body_around_questions(event)
    return {
        **data,
        "body_before_questions": before,
        "body_after_questions": after,
        "calendar_available": can_export(event),
        "json_ld": event_json_ld(
            event,
            url=page_public_url(event, request),
            venue=data["venue"],
            organisers=data["organisers"],
            hosts=[person for _heading, group in people for person in group],
        ),
    }


def event_detail_data(event):
    """What the page shows besides its own fields, in the reader's language."""

    links = list(event.organisers.select_related("organisation"))
    organisers = localize_objects([link.organisation for link in links])
    host_organisations = [org for link, org in zip(links, organisers, strict=True) if link.hosts]
    related = [
        {"page": link.event, "relation": link.relation, "when": describe_event(link.event)}
        for link in event.related_links.select_related("event").filter(event__live=True)
    ]
    related_pages = localize_objects([item["page"] for item in related])
    for item, page in zip(related, related_pages, strict=True):
        item["page"] = page
    return {
        "archive_summary": archive_summary(event),
        "when": describe_event(event),
        "parts": [{"part": part, "when": part_times(part, event)} for part in event.parts.all()],
        "people_groups": event_people(event),
        "organisers": organisers,
        "host_organisations": host_organisations,
        "venue": localize_objects([event.venue])[0] if event.venue_id else None,
        "hashtags": [link.hashtag for link in event.hashtag_links.select_related("hashtag")],
        "related_events": related,
        "event_tags": list(event.tags.all()),
        "sessions": event_sessions(event, locale_id_for()),
    }
