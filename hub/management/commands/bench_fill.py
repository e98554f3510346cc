"""Fill the database with scaled content for benchmarks, reproducibly from a seed."""

import random
from datetime import UTC, datetime, timedelta

from django.core.management.base import BaseCommand
from django.db import transaction

from events.models import (
    ArchivedPost,
    ChatArchive,
    EventHashtag,
    EventIndexPage,
    EventPage,
    Hashtag,
)


class Command(BaseCommand):
    help = (
        "Add scaled benchmark content (events, tags, archived posts) under the demo's event index."
    )

    def add_arguments(self, parser):
        parser.add_argument("--events", type=int, default=1000)
        parser.add_argument("--tags", type=int, default=100)
        parser.add_argument("--posts", type=int, default=10000, help="Archived posts, in one chat.")
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args, events, tags, posts, seed, **options):
        rng = random.Random(seed)  # noqa: S311 - reproducible test data, not secrets
        index = EventIndexPage.objects.filter(locale__language_code="en").first()
        if index is None:
            self.stderr.write("Run manage.py load_demo first: benchmarks build on the demo site.")
            return
        hashtag = Hashtag.objects.get(text="#musesocial", locale=index.locale)
        tag_names = [f"topic-{n:04d}" for n in range(tags)]
        start = datetime(2010, 1, 1, 17, tzinfo=UTC)
        created = 0
        for n in range(events):
            with transaction.atomic():
                when = start + timedelta(days=rng.randrange(0, 6000), minutes=rng.randrange(0, 600))
                event = EventPage(
                    title=f"Benchmark chat {seed}-{n}",
                    slug=f"bench-{seed}-{n}",
                    intro="A generated chat for benchmarks.",
                    start=when,
                    end=when + timedelta(hours=1),
                    time_zone="America/New_York",
                    platform="x",
                    body=[
                        {
                            "type": "questions",
                            "value": {
                                "intro": "",
                                "questions": [
                                    {
                                        "type": "question",
                                        "value": {
                                            "heading": "",
                                            "question": f"Question {q}?",
                                            "sub_questions": [],
                                            "notes": "",
                                        },
                                    }
                                    for q in range(1, 6)
                                ],
                            },
                        }
                    ],
                )
                event.hashtag_links = [EventHashtag(hashtag=hashtag)]
                event.tags.add(*rng.sample(tag_names, k=min(3, len(tag_names))))
                index.add_child(instance=event)
                event.save_revision().publish()
                created += 1
            if created % 100 == 0:
                self.stderr.write(f"\r  {created}/{events} events", ending="")
        if posts:
            target = EventPage.objects.filter(slug=f"bench-{seed}-0").first()
            if target is not None:
                archive, _ = ChatArchive.objects.get_or_create(
                    event=target, defaults={"platform": "x"}
                )
                base = datetime(2013, 4, 23, 19, tzinfo=UTC)
                ArchivedPost.objects.bulk_create(
                    (
                        ArchivedPost(
                            archive=archive,
                            post_id=f"{seed}{n:09d}",
                            author_handle=f"sample_{rng.randrange(500)}",
                            created_at=base + timedelta(seconds=n // 10),
                            text=f"A{n % 8 + 1} generated sample post {n}",
                            question=n % 8 + 1,
                        )
                        for n in range(posts)
                    ),
                    batch_size=2000,
                    ignore_conflicts=True,
                )
        self.stdout.write(f"\n{created} events, {tags} tags, {posts} posts added (seed {seed}).")
