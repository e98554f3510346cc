"""Browsing by date: years and months with counts, and the pages dated then."""

import re

import pytest

from tests.browse.conftest import make_private
from tests.factories import make_event


def card_titles(html):
    return re.findall(r'class="card__title"><a href="[^"]+"[^>]*>([^<]+)</a>', html)


@pytest.fixture
def dated(event_index):
    make_event(event_index, "Blogs", start="2012-12-06T14:00")
    make_event(event_index, "Leadership", start="2012-08-08T12:30")
    make_event(event_index, "Mentoring", start="2012-08-22T12:30")
    make_event(event_index, "Metrics", start="2013-04-23T12:00")
    make_event(event_index, "Museum data", precision="tba")
    make_event(event_index, "Draft", start="2012-08-01T12:00", live=False)
    make_private(make_event(event_index, "Members", start="2012-08-02T12:00"))


def test_by_date_lists_years_newest_first_with_months_and_counts(client, dated):
    html = client.get("/en/dates/").content.decode()
    years = re.findall(r'<h2 id="year-(\d+)">.*?\((\d+) pages?\)', html)
    assert years == [("2013", "1"), ("2012", "3")]
    months = re.findall(r'href="/en/dates/2012/(\d+)/">(\w+)&nbsp;<span class="meta">\((\d+)', html)
    assert months == [("8", "August", "2"), ("12", "December", "1")]


def test_a_year_lists_its_pages_newest_first(client, dated):
    html = client.get("/en/dates/2012/").content.decode()
    assert card_titles(html) == ["Blogs", "Mentoring", "Leadership"]
    assert "3 pages, newest first." in html


def test_a_month_lists_only_its_pages(client, dated):
    html = client.get("/en/dates/2012/8/").content.decode()
    assert card_titles(html) == ["Mentoring", "Leadership"]
    assert "<h1>August 2012</h1>" in html


def test_empty_periods_are_not_found(client, dated):
    assert client.get("/en/dates/2011/").status_code == 404
    assert client.get("/en/dates/2012/9/").status_code == 404
    assert client.get("/en/dates/2012/13/").status_code == 404
