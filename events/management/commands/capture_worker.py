import signal
import threading

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import close_old_connections, connection

from events.archives.capture import runner


class Command(BaseCommand):
    help = (
        "Run scheduled live captures: every HUB_CAPTURE_POLL_SECONDS, poll the captures "
        "that are switched on and whose window is open, then sweep each once after its "
        "window. Exits at once when no network is configured."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--poll-seconds",
            type=float,
            default=None,
            help="Seconds between rounds (default HUB_CAPTURE_POLL_SECONDS).",
        )
        parser.add_argument(
            "--until-idle",
            action="store_true",
            help="Stop when no capture is left to run (for tests and one-off runs).",
        )

    def handle(self, poll_seconds=None, until_idle=False, **options):
        if not runner.configured():
            self.stdout.write("No capture network configured; the capture worker is not needed.")
            return
        interval = poll_seconds if poll_seconds is not None else settings.HUB_CAPTURE_POLL_SECONDS
        stop = threading.Event()
        if threading.current_thread() is threading.main_thread():
            for signum in (signal.SIGTERM, signal.SIGINT):
                signal.signal(signum, lambda *_args: stop.set())
        self.stdout.write(f"Capture worker: a round every {interval:g} s.")
        while not stop.is_set():
            if not connection.in_atomic_block:  # (a test's transaction must stay open)
                close_old_connections()  # a database restart must not kill the worker
            pending = 0
            for capture in runner.due_captures():
                if stop.is_set():
                    break
                pending += 1
                try:
                    result = runner.run(capture)
                except Exception as error:
                    self.stderr.write(f"{capture}: {type(error).__name__}: {error}")
                    continue
                if result is not None and (result.added or result.errors):
                    self.stdout.write(
                        f"{capture.event.title}: {result.added} new posts"
                        + "".join(f"\n  {e}" for e in result.errors)
                    )
            if until_idle and not pending:
                break
            stop.wait(interval)
