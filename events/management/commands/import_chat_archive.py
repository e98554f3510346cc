import sys
from datetime import datetime, time, timedelta
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.dateparse import parse_date, parse_datetime

from events.archives.formats import BY_NAME
from events.archives.importer import event_window, file_span, import_archive
from events.archives.records import ArchiveFileError
from events.models import EventPage
from events.timezones import localize_wall_clock

# Without a start, an event has no window to judge by: a file spanning more is refused.
UNDATED_SPAN = timedelta(days=7)


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


def moment(value, event, *, end_of_day=False):
    """An aware datetime from an ISO date or date-time; naive ones are in the event's zone."""
    # A bare date first: parse_datetime (datetime.fromisoformat since Python 3.11) reads
    # "2025-12-22" as its midnight, and --until would leave out the day it names.
    day = parse_date(value)
    parsed = datetime.combine(day, time.max if end_of_day else time.min) if day else None
    if parsed is None:
        parsed = parse_datetime(value)
        if parsed is None:
            raise CommandError(f"{value!r} is not a date (YYYY-MM-DD) or date and time.")
    if parsed.tzinfo is None:
        parsed = localize_wall_clock(parsed, event.time_zone)
    return parsed


def refuse_wide_file(target, path, extra):
    """CommandError if the file's posts spread beyond the event (an account archive), or
    miss it altogether (a file of another chat, or the wrong event)."""
    with path.open("rb") as handle:
        span = file_span(handle, path.name, **extra)
    if not span["posts"]:
        return
    window = event_window(target)
    first, last = span["first"], span["last"]
    if (window[0] <= first and last <= window[1]) if window else last - first <= UNDATED_SPAN:
        return
    days = (last.date() - first.date()).days + 1
    days = f"{days} day" if days == 1 else f"{days} days"
    held = (
        f"{path.name} holds {span['posts']} posts from {first:%Y-%m-%d %H:%M} to "
        f"{last:%Y-%m-%d %H:%M} UTC ({days})"
    )
    if window and (last < window[0] or first > window[1]):
        raise CommandError(
            f"{held}, none of them near the event ({target.start:%Y-%m-%d}). Nothing "
            "imported. Check the file and the event; --all imports its posts anyway."
        )
    raise CommandError(
        f"{held}, much more than the event"
        + (f" ({target.start:%Y-%m-%d})" if target.start else "")
        + ". Nothing imported. Give --since/--until to import only the chat's window, or "
        "--all to import every post."
        + (
            f" For the chat alone: --since {window[0].date()} --until {window[1].date()}."
            if window
            else ""
        )
    )


def refuse_window_missing_event(target, since, until):
    """CommandError if --since/--until leave out the event's own time (a typed year off)."""
    window = event_window(target)
    if window is None or not ((until and until < window[0]) or (since and since > window[1])):
        return
    given = (
        f"{since:%Y-%m-%d} to {until:%Y-%m-%d}"
        if since and until
        else (f"from {since:%Y-%m-%d}" if since else f"up to {until:%Y-%m-%d}")
    )
    raise CommandError(
        f"The window {given} leaves out the event ({target.start:%Y-%m-%d}). Nothing "
        f"imported. For the chat: --since {window[0].date()} --until {window[1].date()}."
    )


class Command(BaseCommand):
    help = (
        "Import a chat archive into an event: TAGS CSV or .xlsx, twarc CSV, an X/Twitter "
        "archive .zip or its data/tweets.js, a Grailbird archive .zip or month file, Mastodon "
        "statuses JSON, outbox.json or export .zip, Bluesky JSON or repo.car. The format is "
        "detected from the content; all or nothing; re-importing adds only new posts."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "event",
            help="The event's page id or URL path, e.g. /en/events/2012-12-06-museum-blogs/.",
        )
        parser.add_argument("file", help="The file to import.")
        parser.add_argument(
            "--format", choices=sorted(BY_NAME), help="Skip detection and use this format."
        )
        parser.add_argument(
            "--since",
            help="Import only posts from this date or date-time on (ISO; in the event's zone "
            "unless it names one).",
        )
        parser.add_argument(
            "--until",
            help="Import only posts up to this date (the whole day) or date-time.",
        )
        parser.add_argument(
            "--all",
            action="store_true",
            help="Import every post, even from a file that spans far more than the event.",
        )
        parser.add_argument(
            "--account",
            default="",
            help="Account handle, for archives that omit it (a tweets.js on its own, a Bluesky "
            "repo.car, which names only the DID); an archive .zip reads it from data/account.js.",
        )

    def handle(self, event, file, **options):
        target = find_event(event)
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"{file}: no such file.")
        extra = {"account_handle": options["account"]} if options["account"] else {}
        if options["format"]:
            extra["file_format"] = options["format"]
        since = moment(options["since"], target) if options["since"] else None
        until = moment(options["until"], target, end_of_day=True) if options["until"] else None
        if since or until:
            refuse_window_missing_event(target, since, until)
        elif not options["all"]:
            try:
                refuse_wide_file(target, path, extra)
            except ArchiveFileError as error:
                raise CommandError(f"Rejected, nothing imported: {error}") from None

        def progress(count):
            self.stderr.write(f"\r  {count} rows read", ending="")
            sys.stderr.flush()

        try:
            with path.open("rb") as handle:
                result = import_archive(
                    target, handle, path.name, progress=progress, since=since, until=until, **extra
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
