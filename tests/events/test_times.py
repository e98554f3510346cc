"""How event times read: the event's own zone and abbreviation, precision, DST."""

from datetime import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from events.timezones import localize_wall_clock
from events.when import describe


def at(value, zone):
    return localize_wall_clock(datetime.fromisoformat(value), zone)


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def test_noon_in_oakland_reads_as_pacific_daylight_time():
    zone = "America/Los_Angeles"
    when = describe(at("2013-05-08T12:00", zone), at("2013-05-08T13:00", zone), zone, "exact")
    assert when.label == "Wednesday, May 8, 2013, 12:00 PM \u2013 1:00 PM PDT"
    assert when.start_iso == "2013-05-08T12:00:00-07:00"


def test_abbreviation_follows_the_date_not_the_announcement():
    zone = "America/Los_Angeles"
    # The wiki announced 2 November 2012 as "PST", but DST only ended on the 4th.
    before = describe(at("2012-11-02T12:00", zone), at("2012-11-02T13:30", zone), zone, "exact")
    assert before.label.endswith("12:00 PM \u2013 1:30 PM PDT")
    after = describe(at("2012-11-09T12:00", zone), None, zone, "exact")
    assert after.label == "Friday, November 9, 2012, 12:00 PM PST"
    assert after.start_iso.endswith("-08:00")


def test_eastern_standard_time_in_december():
    zone = "America/New_York"
    when = describe(at("2012-12-06T14:00", zone), at("2012-12-06T15:00", zone), zone, "exact")
    assert when.label == "Thursday, December 6, 2012, 2:00 PM \u2013 3:00 PM EST"


def test_london_in_may_is_british_summer_time():
    zone = "Europe/London"
    when = describe(at("2013-05-24T12:30", zone), at("2013-05-24T15:30", zone), zone, "exact")
    assert when.label.endswith("12:30 PM \u2013 3:30 PM BST")
    assert when.start.utcoffset().total_seconds() == 3600


def test_event_across_the_dst_change_shows_both_abbreviations():
    zone = "America/New_York"
    # Clocks went back at 2:00 on 4 November 2012.
    when = describe(at("2012-11-03T22:00", zone), at("2012-11-04T10:00", zone), zone, "exact")
    assert "10:00 PM EDT" in when.label
    assert "10:00 AM EST" in when.label


def test_time_skipped_by_spring_forward_is_refused_with_a_clear_message():
    with pytest.raises(ValidationError, match="does not exist in America/New_York"):
        at("2013-03-10T02:30", "America/New_York")


def test_unknown_zone_is_named_in_the_error():
    with pytest.raises(ValidationError, match="Mars/Olympus_Mons"):
        at("2013-03-10T12:00", "Mars/Olympus_Mons")


def test_month_precision_reads_as_the_month_not_a_fake_midnight():
    zone = "America/New_York"
    when = describe(at("2012-07-01T00:00", zone), None, zone, "month")
    assert when.label == "July 2012"
    assert when.start_iso == "2012-07"
    assert "12:00" not in when.label


def test_series_across_months_reads_as_a_range():
    zone = "America/New_York"
    when = describe(at("2012-03-01T00:00", zone), at("2012-04-01T00:00", zone), zone, "month")
    assert when.label == "March 2012 \u2013 April 2012"


def test_day_precision_has_no_time():
    zone = "America/New_York"
    when = describe(at("2012-09-19T00:00", zone), None, zone, "day")
    assert when.label == "Wednesday, September 19, 2012"
    assert when.start_iso == "2012-09-19"


def test_to_be_announced_has_no_date():
    when = describe(None, None, "America/New_York", "tba")
    assert when.label == "To be announced"
    assert when.start_iso == ""


def test_russian_reader_sees_russian_month_names():
    zone = "Europe/Moscow"
    with translation.override("ru"):
        when = describe(at("2013-12-29T00:00", zone), None, zone, "day")
    assert "декабря 2013" in when.label
