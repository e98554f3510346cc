"""Listings that mix page types: newest first across types, a fixed number of queries.

A listing is first a list of light `Entry` tuples (type key, date, pk), one query
per type, which is cheap to cache, count and paginate; only the entries on the
current page are then fetched as pages, one query per type plus what its cards
prefetch.
"""

from datetime import datetime
from typing import NamedTuple

from django.core.paginator import Paginator

from hub.browsable import type_for_key

PER_PAGE = 20


class Entry(NamedTuple):
    type_key: str
    date: object
    pk: int


def entries(querysets):
    """querysets: {BrowsableType: queryset of its pages}; returns entries newest first."""
    found = []
    for page_type, queryset in querysets.items():
        rows = queryset.order_by().values_list("pk", page_type.sort_field).distinct()
        found.extend(Entry(page_type.key, date, pk) for pk, date in rows)
    return sorted(found, key=_newest_first)


def _newest_first(entry):
    date = entry.date
    if date is None:
        # Pages with no date yet (events still to be announced) sort as the newest.
        stamp = float("inf")
    elif isinstance(date, datetime):
        stamp = date.timestamp()
    else:
        stamp = datetime(date.year, date.month, date.day).timestamp()
    return (-stamp, -entry.pk)


def counts_by_type(found):
    counts = {}
    for entry in found:
        counts[entry.type_key] = counts.get(entry.type_key, 0) + 1
    return counts


def paginate(found, number, per_page=PER_PAGE):
    return Paginator(found, per_page).get_page(number)


def cards_for(found, locale_id):
    """The cards of these entries, in their order: one query per type present, plus cards."""
    wanted = {}
    for entry in found:
        wanted.setdefault(entry.type_key, []).append(entry.pk)
    by_key = {}
    for key, pks in wanted.items():
        page_type = type_for_key(key)
        pages = list(page_type.pages(locale_id).filter(pk__in=pks))
        for item in page_type.build_cards(pages):
            by_key[(key, item["page"].pk)] = item
    return [by_key[(e.type_key, e.pk)] for e in found if (e.type_key, e.pk) in by_key]
