"""Content for the backup tests, made through the real code in a `manage.py`-like process.

Run as `python -c "import django; django.setup(); from tests.ops import scenario; ..."` with
DATABASE_URL and MEDIA_ROOT pointing at a throwaway database: the backup tests need a
database in a file (or its own PostgreSQL database), not pytest's in-memory one.
"""

import hashlib
import io
import json
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone, translation
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import Translation

from events.archives.importer import import_archive
from events.models import (
    ArchivedPost,
    ArchiveImport,
    ChatArchive,
    ChatProposal,
    EventIndexPage,
    EventPage,
)
from events.proposals import submit_proposal
from hub.translation import translate_with_po
from resources.models import BestPracticeTalkPage, ConferenceResourcePage, ContributedResource
from resources.views import save_contribution

SAMPLES = Path(__file__).resolve().parents[1] / "archives" / "samples"
RU_TITLE = "Резервная копия: перевод"
DRAFT_SUFFIX = " (unpublished draft)"


def make_content():
    """On top of load_demo: a translation, a draft revision, an archive, two submissions,
    an image with a rendition."""
    en, ru = Locale.objects.get(language_code="en"), Locale.objects.get(language_code="ru")
    in_russian = set(EventPage.objects.filter(locale=ru).values_list("translation_key", flat=True))
    untranslated = [
        event
        for event in EventPage.objects.live().filter(locale=en).order_by("pk")
        if event.translation_key not in in_russian
    ]
    translate_with_po(untranslated[0], ru, {untranslated[0].title: RU_TITLE})

    talk = BestPracticeTalkPage.objects.filter(locale=en).order_by("pk").first()
    talk.title += DRAFT_SUFFIX
    talk.save_revision()

    without_archive = [e for e in untranslated[1:] if not ChatArchive.objects.filter(event=e)]
    with (SAMPLES / "twarc.csv").open("rb") as handle:
        import_archive(without_archive[0], handle, "twarc.csv")

    with translation.override("en"):
        submit_proposal(
            EventIndexPage.objects.get(locale=en),
            {
                "title": "Backing up museum chats",
                "start": timezone.now() + timedelta(days=30),
                "time_zone": "Europe/London",
                "hosts": "Sample Host @sample_host",
                "hashtag": "#musesocial",
                "summary": "How do museums keep their social media history?",
                "questions": ["Q1 What do you keep?", "Q2 Where?"],
                "contact_email": "host@example.org",
            },
        )
    save_contribution(
        ConferenceResourcePage.objects.filter(locale=en).order_by("pk").first(),
        {
            "title": "Slides: archiving chats",
            "kind": "slides",
            "file": SimpleUploadedFile("archiving-slides.pdf", b"%PDF-1.4\n% sample slides\n"),
            "description": "Sample slides for the backup test.",
            "contributor_name": "Sample Contributor",
            "contributor_email": "contributor@example.org",
        },
    )

    png = io.BytesIO()
    PILImage.new("RGB", (64, 48), (200, 30, 90)).save(png, "PNG")
    image = get_image_model().objects.create(
        title="Backup test image", file=ImageFile(png, name="backup-test.png")
    )
    image.get_rendition("fill-32x32")
    # A chat archive file waiting in the private uploads storage to be imported.
    storages["archive_uploads"].save(
        "waiting/museum-chat.csv", ContentFile((SAMPLES / "twarc.csv").read_bytes())
    )


def _files(root):
    root = Path(root)
    return {
        file.relative_to(root).as_posix(): hashlib.sha256(file.read_bytes()).hexdigest()
        for file in sorted(root.rglob("*"))
        if file.is_file()
    }


def snapshot():
    """What a restore must bring back, as plain JSON-able data."""

    def rows(queryset, *fields):
        return sorted(
            [
                [str(value) if value is not None else None for value in row]
                for row in queryset.values_list(*fields)
            ]
        )

    return {
        "pages": rows(
            Page.objects.all(),
            "id",
            "title",
            "locale__language_code",
            "url_path",
            "live",
            "has_unpublished_changes",
            "latest_revision_id",
            "translation_key",
        ),
        "revisions": rows(Revision.objects.all(), "id", "object_id", "object_str"),
        "translations": rows(
            Translation.objects.all(), "uuid", "source__object_repr", "target_locale__language_code"
        ),
        "archives": rows(ChatArchive.objects.all(), "id", "event_id", "platform"),
        "imports": rows(ArchiveImport.objects.all(), "archive_id", "file_name", "checksum"),
        "posts": rows(ArchivedPost.objects.all(), "archive_id", "post_id", "text", "question"),
        "proposals": rows(ChatProposal.objects.all(), "id", "title", "event_id", "start"),
        "contributions": rows(
            ContributedResource.objects.all(), "id", "title", "status", "document__file"
        ),
        "documents": rows(get_document_model().objects.all(), "id", "title", "file"),
        "images": rows(get_image_model().objects.all(), "id", "title", "file", "width"),
        "media": _files(settings.MEDIA_ROOT),
        "archive_uploads": _files(storages["archive_uploads"].location),
    }


def print_snapshot():
    print(json.dumps(snapshot(), ensure_ascii=False))
