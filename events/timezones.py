"""Wall-clock times in an event's own zone, and back.

Editors type the time the organisers announced ("12:00 PM PST"); the hub stores
an aware datetime and the IANA zone it was announced in.
"""

from datetime import datetime
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _


@cache
def zone_choices():
    return [(name, name.replace("_", " ")) for name in sorted(available_timezones())]


def get_zone(name):
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(_("“%(zone)s” is not a known time zone.") % {"zone": name}) from None


def validate_zone(name):
    get_zone(name)


def localize_wall_clock(naive, zone_name):
    """Attach the event's zone to a wall-clock time; refuse times a DST change skips."""
    zone = get_zone(zone_name)
    aware = naive.replace(tzinfo=zone)
    # A time in the spring-forward gap does not survive a round trip through UTC.
    try:
        round_trip = aware.astimezone(ZoneInfo("UTC")).astimezone(zone).replace(tzinfo=None)
    except OverflowError:  # 31 December 9999 west of UTC is in the year 10000 there
        raise ValidationError(
            _("%(time)s is too far in the future.") % {"time": naive.strftime("%Y-%m-%d %H:%M")}
        ) from None
    if round_trip != naive:
        raise ValidationError(
            _("%(time)s does not exist in %(zone)s: the clocks change that night.")
            % {"time": naive.strftime("%Y-%m-%d %H:%M"), "zone": zone_name}
        )
    return aware


def to_wall_clock(aware, zone_name):
    """The naive wall-clock time of an aware datetime in the given zone."""
    return aware.astimezone(get_zone(zone_name)).replace(tzinfo=None)


def in_zone(aware, zone_name):
    return aware.astimezone(get_zone(zone_name))


def start_of_day(value: datetime):
    return value.replace(hour=0, minute=0, second=0, microsecond=0)


def start_of_month(value: datetime):
    return start_of_day(value).replace(day=1)


def admin_time(aware, zone_name):
    """How the admin shows a stored time: in the event's zone, with its abbreviation,
    e.g. "2013-05-08 12:00 PDT (America/Los_Angeles)"."""
    if aware is None:
        return ""
    local = in_zone(aware, zone_name)
    return f"{local:%Y-%m-%d %H:%M} {local.tzname()} ({zone_name})"
