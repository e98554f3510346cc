from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from hub.env import env_str


class Command(BaseCommand):
    help = (
        "Make sure an admin login exists for local development and print how to log in. "
        "Uses HUB_ADMIN_USERNAME / HUB_ADMIN_PASSWORD (default admin / admin, dev only)."
    )

    def handle(self, *args, **options):
        username = env_str("HUB_ADMIN_USERNAME", "admin")
        password = env_str("HUB_ADMIN_PASSWORD")
        if password is None:
            if not settings.DEBUG:
                raise CommandError(
                    "Set HUB_ADMIN_PASSWORD: the default password is only for development."
                )
            password = "admin"  # noqa: S105 - development default, refused above outside DEBUG
        User = get_user_model()
        user = User.objects.filter(username=username).first()
        if user is None:
            User.objects.create_superuser(username, email="", password=password)
            self.stdout.write(self.style.SUCCESS(f"Created the admin login {username!r}."))
        else:
            self.stdout.write(f"The admin login {username!r} already exists; password unchanged.")
        base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        self.stdout.write(f"Log in at {base}/admin/ as {username} (password: {password}).")
