from .archives import (
    ArchivedPost,
    ArchiveImport,
    ArchiveUpload,
    ChatArchive,
    UploadStatus,
)
from .capture import CaptureFeed, CaptureStatus, ChatCapture, MastodonSighting
from .organisations import OrganisationIndexPage, OrganisationKind, OrganisationPage
from .pages import (
    SOCIAL_PLATFORMS,
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
    "ArchiveUpload",
    "ArchivedPost",
    "CaptureFeed",
    "CaptureStatus",
    "ChatArchive",
    "ChatCapture",
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
    "MastodonSighting",
    "OrganisationIndexPage",
    "OrganisationKind",
    "OrganisationPage",
    "Person",
    "PersonRole",
    "Platform",
    "SOCIAL_PLATFORMS",
    "RelatedEvent",
    "UploadStatus",
    "Venue",
]
