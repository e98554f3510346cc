"""The home page's sections: next chats, recently archived chats, popular tags."""

from django.db.models import Count, Q
from taggit.models import Tag

from events import queries
from events.listing import event_cards
from hub.cache import cached

NEXT_SHOWN = 3
ARCHIVED_SHOWN = 4
TAGS_SHOWN = 12


def popular_tags(limit=TAGS_SHOWN):
    """The most used topic tags on live event pages."""
    return list(
        Tag.objects.annotate(
            uses=Count(
                "events_eventpagetag_items",
                filter=Q(events_eventpagetag_items__content_object__live=True),
            )
        )
        .filter(uses__gt=0)
        .order_by("-uses", "name")[:limit]
    )


def home_sections(locale_id):
    events = queries.listed_events(locale_id)
    next_events = list(queries.upcoming(events)[:NEXT_SHOWN])
    archived = list(queries.past(events.filter(has_archive=True))[:ARCHIVED_SHOWN])
    cards = event_cards(next_events + archived)
    return {
        "next_events": cards[: len(next_events)],
        "archived_events": cards[len(next_events) :],
        "popular_tags": cached("popular-tags", popular_tags),
    }
