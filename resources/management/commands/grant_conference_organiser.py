from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from hub.roles import grant_conference_organiser
from resources.models import ConferenceResourcePage


class Command(BaseCommand):
    help = "Let a user edit one conference's page and add pages under it, and nothing else."

    def add_arguments(self, parser):
        parser.add_argument("username", help="The user's login name.")
        parser.add_argument(
            "conference",
            help="The conference page's id (as in its admin address), or its slug if only "
            "one conference page has it, e.g. aam-2013-resources.",
        )

    def handle(self, username, conference, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user called {username!r}.")
        if conference.isdigit():
            page = ConferenceResourcePage.objects.filter(pk=int(conference)).first()
            if page is None:
                raise CommandError(f"No conference page with the id {conference}.")
        else:
            pages = list(ConferenceResourcePage.objects.filter(slug=conference).order_by("pk"))
            if not pages:
                raise CommandError(f"No conference page with the slug {conference!r}.")
            if len(pages) > 1:
                listed = ", ".join(f"{p.pk} ({p.title}, {p.url_path})" for p in pages)
                raise CommandError(
                    f"{len(pages)} conference pages have the slug {conference!r}: {listed}. "
                    "Give the page's id instead."
                )
            page = pages[0]
        group = grant_conference_organiser(user, page)
        self.stdout.write(self.style.SUCCESS(f"{username} is in {group.name!r}."))
