"""iCalendar (RFC 5545) files: one event, or a feed of events.

Exact times keep the event's own zone (TZID plus a VTIMEZONE); a day-only date is an
all-day entry. An event known only by its month, or still to be announced, has no
day to put in a calendar: it is not offered (no file, left out of feeds) rather
than faked as a month-long block. An event in parts (a mini-tweetup, then a chat)
is one entry per part, each naming its siblings (RELATED-TO;RELTYPE=SIBLING).
"""

from datetime import timedelta

from django.utils import timezone
from icalendar import Calendar, Event

from events.choices import DatePrecision
from events.timezones import in_zone
from events.when import part_times

PRODID = "-//musesocial hub//events//EN"


def uid_for(event):
    # Every language version is the same event, so they share one UID.
    return f"{event.translation_key}@musesocial-hub"


def part_uid(part):
    return f"{part.translation_key}@musesocial-hub"


def can_export(event):
    exportable = (DatePrecision.EXACT, DatePrecision.DAY)
    return event.start is not None and event.date_precision in exportable


def _dates(event):
    start = in_zone(event.start, event.time_zone)
    end = in_zone(event.end, event.time_zone) if event.end else None
    if event.date_precision == DatePrecision.DAY:
        last = (end or start).date()
        return start.date(), last + timedelta(days=1)
    return start, end or start + timedelta(hours=1)


def _vevent(uid, event, summary, start, end, url, location, description):
    vevent = Event()
    vevent.add("uid", uid)
    vevent.add("dtstamp", event.last_published_at or timezone.now())
    vevent.add("summary", summary)
    vevent.add("dtstart", start)
    vevent.add("dtend", end)
    vevent.add("url", url)
    if description:
        vevent.add("description", description)
    if location:
        vevent.add("location", location)
    elif event.online_url:
        vevent.add("location", event.online_url)
    return vevent


def build_vevents(event, url, *, location="", description=""):
    """The calendar entries of one exportable event: one, or one per part."""
    text = description or event.intro
    parts = getattr(event, "ical_parts", [])
    if not parts or event.date_precision != DatePrecision.EXACT:
        start, end = _dates(event)
        return [_vevent(uid_for(event), event, event.title, start, end, url, location, text)]
    entries = []
    for part in parts:
        when = part_times(part, event)
        end = when.end or when.start + timedelta(hours=1)
        summary = f"{event.title}: {part.title}"
        body = "\n\n".join(filter(None, [part.description, text]))
        vevent = _vevent(part_uid(part), event, summary, when.start, end, url, location, body)
        for sibling in parts:
            if sibling is not part:
                vevent.add("related-to", part_uid(sibling), parameters={"RELTYPE": "SIBLING"})
        entries.append(vevent)
    return entries


def build_calendar(entries, name):
    """entries: (event, url, location) triples; returns the calendar as bytes."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    for event, url, location in entries:
        if can_export(event):
            for vevent in build_vevents(event, url, location=location):
                calendar.add_component(vevent)
    calendar.add_missing_timezones()
    return calendar.to_ical()


def venue_location(venue):
    if venue is None:
        return ""
    return ", ".join(part for part in [venue.name, venue.room, *venue.address_lines] if part)
