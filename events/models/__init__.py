from .archives import (
    ArchivedPost,
    ArchiveImport,
    ArchiveUpload,
    ChatArchive,
    KeptMedia,
    MediaCopy,
    MediaCopyStatus,
    UploadStatus,
)
from .capture import CaptureFeed, CaptureStatus, ChatCapture, MastodonSighting
from .organisations import OrganisationIndexPage, OrganisationKind, OrganisationPage
from .pages import (
    EventHashtag,
    EventIndexPage,
    EventKind,
    EventOrganiser,
    EventPage,
    EventPageTag,
    EventPart,
    EventPerson,
    PersonRole,
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
    "KeptMedia",
    "MediaCopy",
    "MediaCopyStatus",
    "ChatCapture",
    "ChatProposal",
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
    "RelatedEvent",
    "UploadStatus",
    "Venue",
]
