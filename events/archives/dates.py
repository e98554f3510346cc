"""The date formats the platforms' exports use, always returning aware datetimes in UTC."""

from datetime import UTC, datetime

from django.utils.translation import gettext as _

FORMATS = [
    "%a %b %d %H:%M:%S %z %Y",  # Twitter API v1 / tweets.js: Wed Apr 24 19:00:12 +0000 2013
    "%Y-%m-%d %H:%M:%S %z",  # Grailbird archives: 2013-04-23 19:00:12 +0000
    "%d/%m/%Y %H:%M:%S",  # TAGS "time" column in some locales
]


def parse_datetime(value):
    """Parse a platform date; naive values are taken as UTC. Raises ValueError."""
    value = (value if isinstance(value, str) else "").strip()
    if not value:
        raise ValueError(_("no date"))
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        parsed = None
        for pattern in FORMATS:
            try:
                parsed = datetime.strptime(value, pattern)
                break
            except ValueError:
                continue
        if parsed is None:
            raise ValueError(
                _("“%(value)s” is not a date this importer knows") % {"value": value[:40]}
            ) from None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    try:
        # Stored in UTC: an offset at the edge of the calendar (year 1 or 9999) has no UTC time.
        return parsed.astimezone(UTC)
    except OverflowError:
        raise ValueError(
            _("“%(value)s” is outside the dates a database stores") % {"value": value[:40]}
        ) from None
