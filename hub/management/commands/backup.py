from django.core.management.base import BaseCommand, CommandError

from hub.backup import BackupError, create_backup


class Command(BaseCommand):
    help = (
        "Back up the database and the media files into one archive "
        "(default backups/musesocial-<UTC time>.tar.gz). See docs/backups.md."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "path", nargs="?", help="The archive to write, or a folder for a dated name."
        )

    def handle(self, *args, path=None, **options):
        try:
            written, manifest = create_backup(path, using=options.get("database", "default"))
        except BackupError as error:
            raise CommandError(str(error)) from error
        counts = manifest["counts"]
        size = written.stat().st_size
        self.stdout.write(
            self.style.SUCCESS(f"Backup written: {written} ({size / 1e6:.1f} MB)")
            + f"\n{manifest['engine']} {manifest['database_version']}, "
            f"{len(manifest['migrations'])} migrations, "
            f"{counts.get('wagtailcore.Page', 0)} pages, "
            f"{counts.get('wagtailcore.Revision', 0)} revisions, "
            f"{counts.get('events.ArchivedPost', 0)} archived posts, "
            + (
                f"{manifest['media']['files']} media files."
                if manifest["media"]["included"]
                else "media not included (not local files)."
            )
        )
