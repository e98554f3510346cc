"""The editor's form for events: times are typed in the event's own time zone."""

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm

from events.choices import DatePrecision
from events.timezones import (
    admin_time,
    get_zone,
    localize_wall_clock,
    start_of_day,
    start_of_month,
    to_wall_clock,
)

TIME_FIELDS = ("start", "end")


class EventPageForm(WagtailAdminPageForm):
    """Shows and reads start/end as wall-clock times in the event's zone.

    The admin's date-time widget works in the editor's own zone; editors copy
    times from announcements ("noon PST"), so the wall clock they type is kept
    and the event's zone attached to it.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        zone_name = self.instance.time_zone
        for name in TIME_FIELDS:
            value = getattr(self.instance, name, None)
            if value is not None and name in self.fields:
                self.initial[name] = timezone.make_aware(to_wall_clock(value, zone_name))
                # The widget shows a bare wall clock; say which zone it is read in.
                field = self.fields[name]
                field.help_text = f"{field.help_text} " + _("Saved: %(time)s.") % {
                    "time": admin_time(value, zone_name)
                }

    def clean(self):
        cleaned = super().clean()
        zone_name = cleaned.get("time_zone")
        if not zone_name:
            return cleaned
        try:
            get_zone(zone_name)
        except ValidationError as error:
            self.add_error("time_zone", error)
            return cleaned
        for name in TIME_FIELDS:
            value = cleaned.get(name)
            if value is None:
                continue
            try:
                cleaned[name] = localize_wall_clock(timezone.make_naive(value), zone_name)
            except ValidationError as error:
                self.add_error(name, error)
        self._clean_precision(cleaned)
        return cleaned

    def _clean_precision(self, cleaned):
        precision = cleaned.get("date_precision")
        start, end = cleaned.get("start"), cleaned.get("end")
        if precision != DatePrecision.TBA and start is None and "start" not in self.errors:
            self.add_error(
                "start",
                _("Give a start, or set the date precision to “To be announced”."),
            )
            return
        if start is None:
            return
        if precision == DatePrecision.DAY:
            cleaned["start"] = start = start_of_day(start)
        elif precision == DatePrecision.MONTH:
            cleaned["start"] = start = start_of_month(start)
        if end is not None and end < start:
            self.add_error(
                "end",
                _("The end (%(end)s) is before the start (%(start)s).")
                % {
                    "end": end.strftime("%Y-%m-%d %H:%M"),
                    "start": start.strftime("%Y-%m-%d %H:%M"),
                },
            )
