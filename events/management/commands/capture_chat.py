import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from events.archives.capture import runner
from events.management.commands.import_chat_archive import find_event


class Command(BaseCommand):
    help = (
        "Capture a chat's posts from the configured Mastodon instances and Bluesky "
        "(HUB_MASTODON_INSTANCES, HUB_BLUESKY_SERVICE). With --once: one poll of every "
        "network now (after the window: the last sweep), for cron and tests; without: poll "
        "every HUB_CAPTURE_POLL_SECONDS until the window has closed and been swept."
    )

    def add_arguments(self, parser):
        parser.add_argument("event", help="The event's page id or URL path.")
        parser.add_argument("--once", action="store_true", help="Poll once, then stop.")

    def handle(self, event, once=False, **options):
        if not runner.configured():
            raise CommandError(
                "No network is configured: set HUB_MASTODON_INSTANCES and/or HUB_BLUESKY_SERVICE."
            )
        target = find_event(event)
        capture = runner.capture_for(
            target,
            mastodon_instances=list(settings.HUB_MASTODON_INSTANCES),
            bluesky=settings.HUB_BLUESKY_ENABLED,
        )
        if not runner.networks_of(capture):
            # Nothing chosen yet for the event: every network the operator configured.
            capture.mastodon_instances = list(settings.HUB_MASTODON_INSTANCES)
            capture.bluesky = settings.HUB_BLUESKY_ENABLED
            capture.save(update_fields=["mastodon_instances", "bluesky"])
        window = runner.window_of(capture)
        if window is None:
            raise CommandError(f"“{target.title}” has no start time, so no capture window.")
        while True:
            result = runner.run(capture, force=True)
            capture.refresh_from_db()
            if result is None:
                if timezone.now() < window.start and once:
                    raise CommandError(
                        f"The window opens at {window.start:%Y-%m-%d %H:%M} UTC; "
                        "nothing was requested."
                    )
                if capture.status == "failing":
                    raise CommandError(capture.reason)
            else:
                self.stdout.write(
                    f"{result.seen} posts read, {result.added} new in the archive of "
                    f"“{capture.event.title}” ({result.requests} requests)."
                )
                for error in result.errors + result.waiting:
                    self.stderr.write(f"  {error}")
            if once or capture.final_sweep_at:
                break
            time.sleep(max(1, settings.HUB_CAPTURE_POLL_SECONDS))
        if once and result and result.errors and not result.seen:
            raise CommandError("Every network failed; see above.")
