import logging

from django.core.management.base import BaseCommand

from demo.loader import load_demo


class Command(BaseCommand):
    help = "Load the demo content (the wiki's chats, people and places). Safe to run again."

    def handle(self, *args, **options):
        # One log line per page created would bury the summary below.
        logging.getLogger("wagtail").setLevel(logging.WARNING)
        created = load_demo(stdout=self.stdout)
        total = sum(created.values())
        if total:
            self.stdout.write(self.style.SUCCESS(f"Demo content loaded: {total} objects created."))
        else:
            self.stdout.write("Demo content already present; nothing changed.")
