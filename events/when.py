"""How an event's date and time read on the page, in its own zone and precision.

Month and to-be-announced dates read as such ("July 2012", "To be announced"),
never as a made-up midnight.
"""

from dataclasses import dataclass
from datetime import datetime

from django.utils.formats import date_format, time_format
from django.utils.translation import gettext as _

from events.choices import DatePrecision
from events.timezones import get_zone, in_zone

DASH = "\u2013"


@dataclass(frozen=True)
class When:
    precision: str
    label: str
    start: datetime | None = None
    end: datetime | None = None
    zone_abbr: str = ""
    # ISO 8601 values for <time datetime> and the reader's-local-time script.
    start_iso: str = ""
    end_iso: str = ""

    @property
    def is_exact(self):
        return self.precision == DatePrecision.EXACT


def _clock(value):
    return time_format(value, "TIME_FORMAT")


def describe(start, end, zone_name, precision):
    """A When for the given aware start/end, shown in zone_name at the given precision."""
    if precision == DatePrecision.TBA or start is None:
        return When(precision=DatePrecision.TBA, label=_("To be announced"))
    local_start = in_zone(start, zone_name)
    local_end = in_zone(end, zone_name) if end else None
    if precision == DatePrecision.MONTH:
        label = date_format(local_start, "YEAR_MONTH_FORMAT")
        if local_end and (local_end.year, local_end.month) != (local_start.year, local_start.month):
            label = f"{date_format(local_start, 'YEAR_MONTH_FORMAT')} {DASH} " + date_format(
                local_end, "YEAR_MONTH_FORMAT"
            )
        return When(
            precision=DatePrecision.MONTH,
            label=label,
            start=local_start,
            end=local_end,
            start_iso=local_start.strftime("%Y-%m"),
        )
    if precision == DatePrecision.DAY:
        label = date_format(local_start, "DATE_FORMAT")
        end_iso = ""
        if local_end and local_end.date() != local_start.date():
            label = f"{label} {DASH} {date_format(local_end, 'DATE_FORMAT')}"
            end_iso = local_end.date().isoformat()
        return When(
            precision=DatePrecision.DAY,
            label=label,
            start=local_start,
            end=local_end,
            start_iso=local_start.date().isoformat(),
            end_iso=end_iso,
        )
    abbr = local_start.tzname() or zone_name
    date_label = date_format(local_start, "DATE_FORMAT")
    if local_end is None:
        label = f"{date_label}, {_clock(local_start)} {abbr}"
    elif local_end.date() == local_start.date():
        end_abbr = local_end.tzname()
        label = f"{date_label}, {_clock(local_start)} {DASH} {_clock(local_end)} {end_abbr}"
    else:
        label = (
            f"{date_label}, {_clock(local_start)} {abbr} {DASH} "
            f"{date_format(local_end, 'DATE_FORMAT')}, {_clock(local_end)} {local_end.tzname()}"
        )
    return When(
        precision=DatePrecision.EXACT,
        label=label,
        start=local_start,
        end=local_end,
        zone_abbr=abbr,
        start_iso=local_start.isoformat(),
        end_iso=local_end.isoformat() if local_end else "",
    )


def describe_event(event):
    return describe(event.start, event.end, event.time_zone, event.date_precision)


def part_times(part, event):
    """A When for one part of an event: its own clock times on its day, in the event's zone."""
    if event.start is None:
        return When(precision=DatePrecision.TBA, label=_("To be announced"))
    zone = get_zone(event.time_zone)
    day = part.day or in_zone(event.start, event.time_zone).date()
    start = datetime.combine(day, part.start_time, tzinfo=zone)
    end = datetime.combine(day, part.end_time, tzinfo=zone) if part.end_time else None
    return describe(start, end, event.time_zone, DatePrecision.EXACT)
