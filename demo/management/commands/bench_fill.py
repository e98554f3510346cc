"""Fill the database with scaled content for benchmarks, reproducibly from a seed.

Pages are inserted in bulk (no revisions, no signals, no search index), because
publishing 10,000 pages one by one takes most of an hour on a small machine: they are
live pages like any other for readers, but the admin shows no history for them and
site search only finds them after `manage.py update_index`. The demo (load_demo) must be
loaded first; the tests in tests/performance use the same functions to scale content.
"""

import random
import uuid
from datetime import UTC, date, datetime, timedelta

from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from taggit.models import Tag
from wagtail.models import Page

from events.archives.threads import arrange
from events.choices import Platform
from events.models import (
    ArchivedPost,
    ChatArchive,
    EventHashtag,
    EventIndexPage,
    EventOrganiser,
    EventPage,
    EventPerson,
    Hashtag,
    OrganisationIndexPage,
    OrganisationPage,
    Person,
)
from hub.cache import bump_content_version
from resources.models import (
    BestPracticeTalkPage,
    ConferenceIndexPage,
    ConferenceResourcePage,
    TalkIndexPage,
)

BATCH = 500


def bulk_add_children(parent, pages):
    """Insert unsaved pages of one specific type as the last children of `parent`.

    Fills in what Page.add_child would (tree path, depth, URL path, locale, content
    type, translation key) in two INSERTs per batch, one per table.
    """
    if not pages:
        return []
    model = type(pages[0])
    parent.refresh_from_db(fields=["numchild"])
    last = parent.get_last_child()
    step = model._str2int(last.path[-model.steplen :]) if last else 0
    content_type = ContentType.objects.get_for_model(model)
    now = timezone.now()
    for n, page in enumerate(pages, start=step + 1):
        page.path = model._get_path(parent.path, parent.depth + 1, n)
        page.depth = parent.depth + 1
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.locale_id = parent.locale_id
        page.content_type = content_type
        page.translation_key = uuid.uuid4()
        page.draft_title = page.title
        page.live = True
        page.first_published_at = page.last_published_at = now
    base_fields = [f for f in Page._meta.local_concrete_fields if not f.primary_key]
    own_fields = model._meta.local_concrete_fields
    for start in range(0, len(pages), BATCH):
        batch = pages[start : start + BATCH]
        rows = Page.objects.bulk_create([_page_row(page, base_fields) for page in batch])
        for page, row in zip(batch, rows, strict=True):
            page.pk = page.id = page.page_ptr_id = row.pk
        model._base_manager._insert(batch, fields=own_fields, raw=True)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    return pages


def _page_row(page, fields):
    return Page(**{field.attname: getattr(page, field.attname) for field in fields})


def tag_pages(through, pages, names_for):
    """Tag each page with names_for(page) through a taggit through model, in bulk."""
    wanted = {name for page in pages for name in names_for(page)}
    Tag.objects.bulk_create(
        [Tag(name=name, slug=name) for name in sorted(wanted)], ignore_conflicts=True
    )
    ids = dict(Tag.objects.filter(name__in=wanted).values_list("name", "pk"))
    through.objects.bulk_create(
        [
            through(content_object_id=page.pk, tag_id=ids[name])
            for page in pages
            for name in names_for(page)
        ],
        batch_size=BATCH,
    )


def add_events(index, count, *, rng, seed=1, tags=100, prefix="bench"):
    """`count` past and upcoming chats with questions, tags, a hashtag, people and organisers."""
    hashtag, _ = Hashtag.objects.get_or_create(text="#musesocial", locale_id=index.locale_id)
    people = list(Person.objects.filter(locale_id=index.locale_id)[:50])
    organisations = list(OrganisationPage.objects.filter(locale_id=index.locale_id)[:50])
    tag_names = [f"topic-{n:04d}" for n in range(tags)]
    start = datetime(2010, 1, 1, 17, tzinfo=UTC)
    events = []
    for n in range(count):
        when = start + timedelta(days=rng.randrange(0, 6500), minutes=rng.randrange(0, 600))
        event = EventPage(
            title=f"Benchmark chat {seed}-{n}",
            slug=f"{prefix}-{seed}-{n}",
            intro="A generated chat for benchmarks.",
            start=when,
            end=when + timedelta(hours=1),
            time_zone="America/New_York",
            platform=Platform.X,
            questions=[{"type": "questions", "value": _questions(5)}],
        )
        event.tag_names = rng.sample(tag_names, k=min(3, len(tag_names)))
        events.append(event)
    bulk_add_children(index, events)
    EventHashtag.objects.bulk_create(
        [EventHashtag(page_id=e.pk, hashtag=hashtag, sort_order=0) for e in events],
        batch_size=BATCH,
    )
    if people:
        EventPerson.objects.bulk_create(
            [
                EventPerson(page_id=e.pk, person=rng.choice(people), role="host", sort_order=0)
                for e in events
            ],
            batch_size=BATCH,
        )
    if organisations:
        EventOrganiser.objects.bulk_create(
            [
                EventOrganiser(page_id=e.pk, organisation=rng.choice(organisations), sort_order=0)
                for e in events
            ],
            batch_size=BATCH,
        )
    tag_pages(EventPage.tags.through, events, lambda event: event.tag_names)
    return events


def _questions(count):
    return {
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
            for q in range(1, count + 1)
        ],
    }


def add_organisations(index, count, *, seed=1):
    return bulk_add_children(
        index,
        [
            OrganisationPage(
                title=f"Benchmark museum {seed}-{n}", slug=f"bench-museum-{seed}-{n}", city="Kyiv"
            )
            for n in range(count)
        ],
    )


def add_conferences(index, count, *, seed=1):
    return bulk_add_children(
        index,
        [
            ConferenceResourcePage(
                title=f"Benchmark conference {seed}-{n}",
                slug=f"bench-conference-{seed}-{n}",
                conference_name=f"Benchmark conference {n}",
                year=2000 + n % 25,
                intro="A generated conference.",
            )
            for n in range(count)
        ],
    )


def add_talks(index, count, *, rng, seed=1):
    talks = bulk_add_children(
        index,
        [
            BestPracticeTalkPage(
                title=f"Benchmark talk {seed}-{n}",
                slug=f"bench-talk-{seed}-{n}",
                abstract="A generated talk.",
                talk_date=date(2010, 1, 1) + timedelta(days=rng.randrange(0, 5000)),
            )
            for n in range(count)
        ],
    )
    tag_pages(BestPracticeTalkPage.tags.through, talks, lambda talk: ["benchmark-talks"])
    return talks


def add_posts(event, count, *, rng, seed=1):
    archive, _ = ChatArchive.objects.get_or_create(event=event, defaults={"platform": Platform.X})
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
            for n in range(count)
        ),
        batch_size=2000,
        ignore_conflicts=True,
    )
    arrange(archive.pk)  # the transcript's reading order, as an import stores it
    return archive


@transaction.atomic
def fill(*, events, tags=100, posts=0, organisations=0, conferences=0, talks=0, seed=1):
    """Add scaled content under the demo's English indexes; returns what was added."""

    rng = random.Random(seed)  # noqa: S311 - reproducible test data, not secrets
    en = {"locale__language_code": "en"}
    added = {}
    if organisations:
        index = OrganisationIndexPage.objects.filter(**en).first()
        added["organisations"] = len(add_organisations(index, organisations, seed=seed))
    if conferences:
        index = ConferenceIndexPage.objects.filter(**en).first()
        added["conferences"] = len(add_conferences(index, conferences, seed=seed))
    if talks:
        index = TalkIndexPage.objects.filter(**en).first()
        added["talks"] = len(add_talks(index, talks, rng=rng, seed=seed))
    index = EventIndexPage.objects.filter(**en).first()
    created = add_events(index, events, rng=rng, seed=seed, tags=tags)
    added["events"] = len(created)
    if posts and created:
        add_posts(created[0], posts, rng=rng, seed=seed)
        added["archived posts"] = posts
    transaction.on_commit(bump_content_version)
    return added


class Command(BaseCommand):
    help = "Add scaled benchmark content (events, tags, archived posts...) to the demo site."

    def add_arguments(self, parser):
        parser.add_argument("--events", type=int, default=1000)
        parser.add_argument("--tags", type=int, default=100)
        parser.add_argument("--posts", type=int, default=10000, help="Archived posts, in one chat.")
        parser.add_argument("--organisations", type=int, default=0)
        parser.add_argument("--conferences", type=int, default=0)
        parser.add_argument("--talks", type=int, default=0)
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args, **options):
        if not EventIndexPage.objects.filter(locale__language_code="en").exists():
            self.stderr.write("Run manage.py load_demo first: benchmarks build on the demo site.")
            return
        added = fill(
            events=options["events"],
            tags=options["tags"],
            posts=options["posts"],
            organisations=options["organisations"],
            conferences=options["conferences"],
            talks=options["talks"],
            seed=options["seed"],
        )
        # Fresh planner statistics, as autovacuum would gather on a live site: right after
        # a bulk insert PostgreSQL still believes the tables are empty and picks nested
        # loops (an organisation page took 618 ms instead of 2 ms).
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        summary = ", ".join(f"{n} {kind}" for kind, n in added.items())
        self.stdout.write(f"Added {summary} (seed {options['seed']}).")
