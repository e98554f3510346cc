from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Compile the interface translations (.po -> .mo) with polib, so no system "
        "gettext is needed. Only catalogues newer than their .mo are rebuilt."
    )

    def handle(self, *args, **options):
        compiled = 0
        for base in settings.LOCALE_PATHS:
            for po_path in sorted(Path(base).glob("*/LC_MESSAGES/*.po")):
                mo_path = po_path.with_suffix(".mo")
                if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
                    continue
                try:
                    catalogue = polib.pofile(str(po_path))
                except (OSError, ValueError) as error:
                    raise CommandError(f"{po_path}: cannot be read: {error}") from error
                catalogue.save_as_mofile(str(mo_path))
                compiled += 1
                self.stdout.write(f"Compiled {po_path}")
        self.stdout.write(f"{compiled} catalogue(s) compiled.")
