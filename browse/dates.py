"""Browsing by date: years and months with how many pages each has, and their pages.

(Not to be confused with a chat's archive, its transcript: this is the calendar view
of everything dated.)

Uses each dated type's own date (an event's start, a talk's date), in the site's
time zone like the events index's year filter. Undated pages (organisations,
events still to be announced) have no place in it.
"""

from datetime import date

from django.db.models import Count
from django.db.models.functions import TruncMonth

from browse import listing
from hub.browsable import browsable_types
from hub.cache import cached


def dated_types():
    return [page_type for page_type in browsable_types() if page_type.date_field]


def months_with_pages(locale_id):
    """{year: {month: count}} of live public dated pages in one language."""

    def build():
        months = {}
        for page_type in dated_types():
            rows = (
                page_type.pages(locale_id)
                .order_by()
                .filter(**{f"{page_type.date_field}__isnull": False})
                .annotate(month=TruncMonth(page_type.date_field))
                .values("month")
                .annotate(pages=Count("pk", distinct=True))
            )
            for row in rows:
                year = months.setdefault(row["month"].year, {})
                year[row["month"].month] = year.get(row["month"].month, 0) + row["pages"]
        return months

    return cached(f"dated-months:{locale_id}", build)


def years_with_pages(locale_id):
    """Newest year first: [{"year", "count", "months": [{"month": date, "count"}]}]."""
    return [
        {
            "year": year,
            "count": sum(months.values()),
            "months": [
                {"month": date(year, month, 1), "count": count}
                for month, count in sorted(months.items())
            ],
        }
        for year, months in sorted(months_with_pages(locale_id).items(), reverse=True)
    ]


def dated_entries(locale_id, year, month=None):
    """Listing entries of the pages dated in a year (or one of its months), newest first."""

    def lookups(page_type):
        found = {f"{page_type.date_field}__year": year}
        if month:
            found[f"{page_type.date_field}__month"] = month
        return found

    return listing.entries(
        {
            page_type: page_type.pages(locale_id).filter(**lookups(page_type))
            for page_type in dated_types()
        }
    )
