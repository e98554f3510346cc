from .organisations import OrganisationIndexPage, OrganisationKind, OrganisationPage
from .pages import (
    DatePrecision,
    EventHashtag,
    EventIndexPage,
    EventKind,
    EventOrganiser,
    EventPage,
    EventPageTag,
    EventPart,
    EventPerson,
    PersonRole,
    Platform,
    RelatedEvent,
)
from .proposals import ChatProposal
from .snippets import Hashtag, Person, Venue

__all__ = [
    "ChatProposal",
    "DatePrecision",
    "EventHashtag",
    "EventIndexPage",
    "EventKind",
    "EventOrganiser",
    "EventPage",
    "EventPageTag",
    "EventPart",
    "EventPerson",
    "Hashtag",
    "OrganisationIndexPage",
    "OrganisationKind",
    "OrganisationPage",
    "Person",
    "PersonRole",
    "Platform",
    "RelatedEvent",
    "Venue",
]
