"""iCalendar (RFC 5545) files: one event, or a feed of events.

Exact times keep the event's own zone (TZID plus a VTIMEZONE); day and month
dates become all-day entries; events still to be announced have no date, so
they are left out of feeds.
"""

from datetime import timedelta

from django.utils import timezone
from icalendar import Calendar, Event

from events.choices import DatePrecision
from events.timezones import end_of_month, in_zone
from events.when import part_times

PRODID = "-//musesocial hub//events//EN"


def uid_for(event):
    # Every language version is the same event, so they share one UID.
    return f"{event.translation_key}@musesocial-hub"


def can_export(event):
    return event.start is not None and event.date_precision != DatePrecision.TBA


def _dates(event):
    start = in_zone(event.start, event.time_zone)
    end = in_zone(event.end, event.time_zone) if event.end else None
    if event.date_precision == DatePrecision.MONTH:
        last = end or start
        return start.date(), end_of_month(last).date()
    if event.date_precision == DatePrecision.DAY:
        last = (end or start).date()
        return start.date(), last + timedelta(days=1)
    return start, end or start + timedelta(hours=1)


def build_vevent(event, url, *, location="", description=""):
    start, end = _dates(event)
    vevent = Event()
    vevent.add("uid", uid_for(event))
    vevent.add("dtstamp", event.last_published_at or timezone.now())
    vevent.add("summary", event.title)
    vevent.add("dtstart", start)
    vevent.add("dtend", end)
    vevent.add("url", url)
    text = description or event.intro
    parts = [f"{p.title}: {part_times(p, event).label}" for p in getattr(event, "ical_parts", [])]
    if parts:
        text = "\n".join([text, *parts]) if text else "\n".join(parts)
    if event.date_precision == DatePrecision.MONTH:
        text = "\n".join(filter(None, [text, "Exact date to be confirmed."]))
    if text:
        vevent.add("description", text)
    if location:
        vevent.add("location", location)
    elif event.online_url:
        vevent.add("location", event.online_url)
    return vevent


def build_calendar(entries, name):
    """entries: (event, url, location) triples; returns the calendar as bytes."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    for event, url, location in entries:
        if can_export(event):
            calendar.add_component(build_vevent(event, url, location=location))
    calendar.add_missing_timezones()
    return calendar.to_ical()


def venue_location(venue):
    if venue is None:
        return ""
    return ", ".join(part for part in [venue.name, venue.room, *venue.address_lines] if part)
