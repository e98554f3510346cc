import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from events.archives.formats import BY_NAME
from events.archives.importer import import_archive
from events.archives.records import ArchiveFileError
from events.models import EventPage


def find_event(reference):
    """An event by page id or by URL path (/en/events/slug/ or events/slug)."""
    if reference.isdigit():
        event = EventPage.objects.filter(pk=int(reference)).first()
    else:
        parts = [part for part in reference.strip("/").split("/") if part]
        # The language prefix is not part of Wagtail's url_path; the parent's slug is.
        tail = "/".join(parts[-2:])
        event = EventPage.objects.filter(url_path__endswith=f"/{tail}/").first() if parts else None
    if event is None:
        raise CommandError(f"No event page matches {reference!r} (give its id or URL path).")
    return event


class Command(BaseCommand):
    help = (
        "Import a chat archive into an event: TAGS CSV or .xlsx, twarc CSV, an X/Twitter "
        "archive .zip or its data/tweets.js, a Grailbird archive .zip or month file, Mastodon "
        "statuses JSON, outbox.json or export .zip, Bluesky JSON. The format is detected "
        "from the content; all or nothing; re-importing adds only new posts."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "event", help="The event's page id or URL path, e.g. /en/events/museum-blogs/."
        )
        parser.add_argument("file", help="The file to import.")
        parser.add_argument(
            "--format", choices=sorted(BY_NAME), help="Skip detection and use this format."
        )
        parser.add_argument(
            "--account",
            default="",
            help="Account handle, for archives that omit it (a tweets.js on its own); an "
            "archive .zip reads it from data/account.js.",
        )

    def handle(self, event, file, **options):
        target = find_event(event)
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"{file}: no such file.")
        extra = {"account_handle": options["account"]} if options["account"] else {}

        def progress(count):
            self.stderr.write(f"\r  {count} rows read", ending="")
            sys.stderr.flush()

        try:
            with path.open("rb") as handle:
                result = import_archive(
                    target,
                    handle,
                    path.name,
                    file_format=options["format"],
                    progress=progress,
                    **extra,
                )
        except ArchiveFileError as error:
            raise CommandError(f"Rejected, nothing imported: {error}") from None
        self.stderr.write("")
        self.stdout.write(
            self.style.SUCCESS(
                f"{path.name} ({result.file_format}): {result.rows_read} rows read, "
                f"{result.posts_added} new posts in the archive of “{target.title}”."
            )
        )
