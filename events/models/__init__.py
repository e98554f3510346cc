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
    "ChatArchive",
    "KeptMedia",
    "MediaCopy",
    "MediaCopyStatus",
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
    "OrganisationIndexPage",
    "OrganisationKind",
    "OrganisationPage",
    "Person",
    "PersonRole",
    "RelatedEvent",
    "UploadStatus",
    "Venue",
]
