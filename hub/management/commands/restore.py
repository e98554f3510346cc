import sys

from django.core.management.base import BaseCommand, CommandError

from hub.backup import BackupError, pending_migrations, restore_backup


class Command(BaseCommand):
    help = (
        "Restore a backup made by manage.py backup: the database and the media files. "
        "Replaces what is there; asks first unless --yes. See docs/backups.md."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="The backup archive (.tar.gz).")
        parser.add_argument(
            "--yes",
            action="store_true",
            help="Overwrite a database that is not empty without asking.",
        )

    def handle(self, *args, path, yes=False, **options):
        try:
            manifest = restore_backup(
                path, confirm=lambda: yes or self._ask(), log=self.stdout.write
            )
        except BackupError as error:
            raise CommandError(str(error)) from error
        counts = manifest["counts"]
        self.stdout.write(
            self.style.SUCCESS(f"Restored {path}") + f" (made {manifest['created_at']}): "
            f"{counts.get('wagtailcore.Page', 0)} pages, "
            f"{counts.get('wagtailcore.Revision', 0)} revisions, "
            f"{manifest['media']['files']} media files; row counts checked."
        )
        pending = pending_migrations()
        if pending:
            self.stdout.write(
                f"The backup predates {len(pending)} migrations of this code: "
                "run manage.py migrate."
            )

    def _ask(self):
        """On a terminal, ask; elsewhere (scripts, make without a tty) --yes is needed."""
        if not sys.stdin.isatty():
            return False
        answer = input(
            "The database is not empty: restoring replaces all of its content and the "
            "media files. Type 'yes' to go on: "
        )
        return answer.strip().lower() == "yes"
