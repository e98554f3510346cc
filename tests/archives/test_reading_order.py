"""The reading order on arrays of integers (events.archives.threads) against the pure
functions it replaced, kept here as the reference: the same (position, depth, page) for
every post and the same Q/A numbers, on random reply forests with cycles, replies to
themselves and to missing posts, ties in time and post ids that sort differently by code
point than by collation; and a reply chain thousands deep."""

from collections import defaultdict
from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from events.archives.importer import BATCH, store_records
from events.archives.questions import question_number
from events.archives.records import PostRecord
from events.archives.threads import arrange, group_of, reading_order
from events.models import ArchivedPost, ChatArchive
from tests.factories import make_event

START = datetime(2022, 12, 1, 19, tzinfo=UTC)


def reference_order(rows, per_page):
    """The reading order as it was worked out on tuples until 2026-11, with one fix: a
    walk skips posts already placed. Before, a reply to a post in a reply cycle that came
    earlier than the cycle's first post was yielded twice (a thread of its own, then
    again under the cycle), and which of its two places was stored was up to the
    database."""
    rows = sorted(rows, key=lambda row: (row[4], row[1]))
    known = {row[1] for row in rows}
    children = defaultdict(list)
    roots = []
    for row in rows:
        parent = row[2]
        if parent and parent in known and parent != row[1]:
            children[parent].append(row)
        else:
            roots.append(row)
    placed = set()

    def walk(root):
        out, stack = [], [(root, 0)]
        while stack:
            row, depth = stack.pop()
            if row[1] in placed:
                continue
            placed.add(row[1])
            out.append((row, depth))
            stack.extend((child, depth + 1) for child in reversed(children.get(row[1], ())))
        return out

    threads = []
    for root in roots:
        posts = walk(root)
        question = next((row[3] for row, _depth in posts if row[3] is not None), None)
        threads.append((group_of(question), root[4], root[1], posts))
    for row in rows:
        if row[1] not in placed:
            posts = walk(row)
            question = next((r[3] for r, _depth in posts if r[3] is not None), None)
            threads.append((group_of(question), row[4], row[1], posts))
    threads.sort(key=lambda thread: thread[:3])
    position, page, on_page = 0, 1, 0
    for _group, _time, _id, posts in threads:
        if on_page and on_page + len(posts) > per_page:
            page, on_page = page + 1, 0
        for row, depth in posts:
            yield row[0], position, depth, page
            position += 1
        on_page += len(posts)


def reference_questions(posts):
    """{pk: question} given to posts with none, as importer._save_questions did: `posts`
    are (pk, post_id, reply_to_id, question, text) in time order."""
    numbers, given_now = {}, {}
    for pk, post_id, reply_to_id, question, text in posts:
        if question is None:
            question = question_number(text)
            if question is None and reply_to_id:
                question = numbers.get(reply_to_id)
            if question is not None:
                given_now[pk] = question
        if question is not None:
            numbers[post_id] = question
    return given_now


# Ids whose code-point order differs from a natural-language collation's ("B" < "a",
# "10" < "9", "é" after "z"), and a few posts that are not in the archive.
IDS = ["1", "10", "9", "a", "B", "b", "é", "z", "Z1", "🎨", "x-y", "x_y"]
MISSING = ["missing", "404"]


@st.composite
def forests(draw, max_posts=12):
    """Rows of (pk, post_id, reply_to_id, question, time, text)."""
    ids = draw(st.lists(st.sampled_from(IDS), min_size=1, max_size=max_posts, unique=True))
    rows = []
    for pk, post_id in enumerate(ids, start=1):
        reply_to = draw(st.sampled_from(["", *ids, *MISSING]))  # itself, a cycle, missing
        question = draw(st.one_of(st.none(), st.integers(0, 3)))
        time = draw(st.integers(0, 4))  # many ties
        text = draw(st.sampled_from(["Q1 goals?", "A2 visitors", "a3: yes", "chatter"]))
        rows.append((pk, post_id, reply_to, question, time, text))
    return rows


@given(forests(), st.integers(1, 5))
@hypothesis_settings(max_examples=300, deadline=None, database=None)
def test_reading_order_matches_the_reference(rows, per_page):
    rows = [row[:5] for row in rows]
    new = list(reading_order(rows, per_page))
    assert sorted(pk for pk, *_place in new) == sorted(row[0] for row in rows)
    assert new == list(reference_order(rows, per_page))


def test_a_reply_to_a_cycle_that_comes_first_is_placed_once():
    # c (earliest) replies to a; a and b reply to each other.
    rows = [(1, "a", "b", None, 1), (2, "b", "a", None, 2), (3, "c", "a", None, 0)]
    order = list(reading_order(rows))
    assert sorted(pk for pk, *_place in order) == [1, 2, 3]
    assert [pk for pk, *_place in order] == [3, 1, 2]


def test_a_reply_chain_thousands_deep():
    rows = [(n + 1, str(n), str(n - 1) if n else "", None, n) for n in range(5000)]
    order = list(reading_order(rows))
    assert [depth for _pk, _position, depth, _page in order] == list(range(5000))
    assert {page for *_rest, page in order} == {1}


# In the database: parents found by SQL, time order by the database, numbers written.

EXAMPLES = hypothesis_settings(
    max_examples=40,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture
def archive(event_index):
    event = make_event(event_index, "Orders", start="2022-12-01T14:00")
    return ChatArchive.objects.create(event=event, platform="x")


def store(archive, rows):
    archive.posts.all().delete()
    pks = {}
    for _pk, post_id, reply_to, question, time, text in rows:
        post = ArchivedPost.objects.create(
            archive=archive,
            post_id=post_id,
            author_handle="sample",
            created_at=START + timedelta(seconds=time),
            text=text,
            reply_to_id=reply_to,
            question=question,
        )
        pks[post_id] = post.pk
    return [(pks[row[1]], *row[1:]) for row in rows]


def stored(archive):
    return {
        pk: (position, depth, page, question)
        for pk, position, depth, page, question in archive.posts.values_list(
            "pk", "position", "depth", "page", "question"
        )
    }


@given(forests(), st.integers(1, 5), st.booleans())
@EXAMPLES
def test_arrange_stores_the_reference_order_and_numbers(archive, rows, per_page, number):
    rows = store(archive, rows)
    in_time = sorted(rows, key=lambda row: (row[4], row[1]))
    numbers = reference_questions([(*row[:4], row[5]) for row in in_time]) if number else {}
    questions = {row[0]: numbers.get(row[0], row[3]) for row in rows}
    with_numbers = [
        (pk, post_id, reply_to, questions[pk], time)
        for pk, post_id, reply_to, _q, time, _text in rows
    ]
    expected = {
        pk: (position, depth, page, questions[pk])
        for pk, position, depth, page in reference_order(with_numbers, per_page)
    }
    arrange(archive.pk, per_page, number=number)
    assert stored(archive) == expected
    # Arranged already: nothing to write the second time.
    assert arrange(archive.pk, per_page, number=number) == 0


def test_arrange_a_reply_chain_thousands_deep(archive):
    ArchivedPost.objects.bulk_create(
        ArchivedPost(
            archive=archive,
            post_id=str(10**6 + n),
            author_handle="sample",
            created_at=START + timedelta(seconds=n),
            text="A1 yes" if n == 0 else "and so on",
            reply_to_id=str(10**6 + n - 1) if n else "",
        )
        for n in range(3000)
    )
    assert arrange(archive.pk, number=True) == 3000
    depths = archive.posts.order_by("position").values_list("depth", "question", "page")
    assert list(depths) == [(n, 1, 1) for n in range(3000)]


# A chat's first import works its posts' places and numbers out before writing them
# (PostgreSQL: importer._Copy); an import into a chat with posts writes, then arranges.


def filler(count):
    """Posts around a forest's, enough for an import's batches: ties in time, Q/A
    texts, reply chains, replies to the forest's ids."""
    texts = ["Q1 goals?", "A2 visitors", "chatter", "a3: yes", "and so on"]
    for n in range(count):
        if n % 7 == 0:
            reply_to = IDS[n % len(IDS)]
        elif n % 3 == 1:
            reply_to = f"f{n - 1:04}"
        else:
            reply_to = ""
        yield f"f{n:04}", reply_to, n % 5, texts[n % len(texts)]


def records_of(rows):
    return [
        PostRecord(
            post_id=post_id,
            author_handle="sample",
            created_at=START + timedelta(seconds=time),
            text=text,
            reply_to_id=reply_to,
        )
        for post_id, reply_to, time, text in rows
    ]


def laid_out(archive):
    return {
        post_id: rest
        for post_id, *rest in archive.posts.values_list(
            "post_id", "created_at", "text", "reply_to_id", "question", "position", "depth", "page"
        )
    }


@pytest.fixture
def two_archives(event_index):
    return [
        ChatArchive.objects.create(
            event=make_event(event_index, title, start="2022-12-01T14:00"), platform="x"
        )
        for title in ("In one go", "In two goes")
    ]


@given(forests(), st.lists(st.tuples(st.integers(0, 11), st.integers(0, 4)), max_size=4), st.data())
@EXAMPLES
def test_a_first_import_lays_a_chat_out_as_an_import_into_a_chat_with_posts(
    two_archives, forest, copies, data
):
    """The same posts (a file's duplicates among them, the first of each kept) imported
    into an empty chat, and into a chat holding the file's first post already, get the
    same places and Q/A numbers."""
    rows = [(post_id, reply_to, time, text) for _pk, post_id, reply_to, _q, time, text in forest]
    for which, time in copies:  # a second post with an id already used: skipped
        post_id = rows[which % len(rows)][0]
        at = data.draw(st.integers(0, len(rows)))
        rows.insert(at, (post_id, data.draw(st.sampled_from(["", *IDS])), time, "A1 again"))
    rows += filler(BATCH)
    one_go, two_goes = two_archives
    with connection.cursor() as cursor:
        # Not a queryset's delete, which sends a signal per post (20 s an example).
        cursor.execute(
            f"DELETE FROM {ArchivedPost._meta.db_table} WHERE archive_id IN (%s, %s)",  # noqa: S608
            [archive.pk for archive in two_archives],
        )
    store_records(one_go, records_of(rows), file_name="chat.csv")
    store_records(two_goes, records_of(rows[:1]), file_name="first.csv")
    store_records(two_goes, records_of(rows), file_name="chat.csv")
    assert laid_out(one_go) == laid_out(two_goes)
    assert one_go.posts.count() == len({row[0] for row in rows})
