"""The home page's sections: next chats, recently archived chats, popular tags."""

from browse.tags import tag_usage
from events import queries
from events.listing import event_cards

NEXT_SHOWN = 3
ARCHIVED_SHOWN = 4
TAGS_SHOWN = 12


def home_sections(locale_id):
    events = queries.listed_events(locale_id)
    next_events = list(queries.upcoming(events)[:NEXT_SHOWN])
    archived = list(queries.past(events.filter(queries.archived_q()))[:ARCHIVED_SHOWN])
    cards = event_cards(next_events + archived)
    return {
        "next_events": cards[: len(next_events)],
        "archived_events": cards[len(next_events) :],
        # Every page type's topics in this language, most used first (browse.tags).
        "popular_tags": tag_usage(locale_id)[:TAGS_SHOWN],
    }
