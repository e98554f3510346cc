from django.core.management.base import BaseCommand

from hub.roles import ensure_roles


class Command(BaseCommand):
    help = "Create or complete the Editors, Moderators and Translators groups. Safe to run again."

    def handle(self, *args, **options):
        for name in ensure_roles():
            self.stdout.write(f"Group ready: {name}")
