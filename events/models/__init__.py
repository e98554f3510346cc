from .archives import (
    ArchivedPost,
    ArchiveImport,
    ArchivePlatform,
    ArchiveUpload,
    ChatArchive,
    UploadStatus,
)
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
    "ArchiveImport",
    "ArchivePlatform",
    "ArchiveUpload",
    "ArchivedPost",
    "ChatArchive",
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
    "UploadStatus",
    "Venue",
]
