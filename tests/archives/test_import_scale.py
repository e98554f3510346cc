"""Importing at scale: a fixed number of queries per batch, none per post, cheap re-imports."""

import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.archives.importer import import_archive
from events.models import ArchivedPost
from tests.factories import make_event

HEADER = "id,created_at,text,author.username,referenced_tweets.replied_to.id\n"


def twarc(rows):
    lines = [
        f"{post_id},2022-12-01T19:{n // 60 % 60:02d}:{n % 60:02d}Z,{text},sample_{n % 40},{reply}\n"
        for n, (post_id, text, reply) in enumerate(rows)
    ]
    return io.BytesIO((HEADER + "".join(lines)).encode())


def chat_rows(count, start=0):
    """Q1..Q8 by the host, answers, replies to answers and chatter with no question."""
    rows = []
    for n in range(start, start + count):
        post_id = str(10**18 + n)
        kind = n % 4
        if kind == 0:
            rows.append((post_id, f"Q{n // 4 % 8 + 1} вопрос {n} 🎨", ""))
        elif kind == 1:
            rows.append((post_id, f"A{n // 4 % 8 + 1} ответ {n}", ""))
        elif kind == 2:
            rows.append((post_id, f"agreed {n}", str(10**18 + n - 1)))  # inherits
        else:
            rows.append((post_id, f"chatter {n}", ""))
    return rows


@pytest.fixture
def chat(event_index):
    return make_event(event_index, "A big chat", start="2022-12-01T14:00")


def writes(queries):
    """The UPDATEs but the reading order's (events.archives.threads.arrange, which also
    writes the questions): an executemany on SQLite (recorded as "N times: UPDATE ...",
    not counted here), one UPDATE ... FROM UNNEST per 2,000 posts on PostgreSQL."""
    return [
        q["sql"]
        for q in queries
        if q["sql"].lstrip().upper().startswith("UPDATE") and "UNNEST(" not in q["sql"]
    ]


def test_queries_grow_with_batches_not_posts(chat):
    with CaptureQueriesContext(connection) as queries:
        result = import_archive(chat, twarc(chat_rows(5000)), "big.csv")
    assert result.posts_added == 5000
    # SQLite: one INSERT per batch of 1000 posts (23,000 parameters, within its limit
    # since 3.32), then the reading order's pass. PostgreSQL: one COPY per batch into a
    # temporary table (made once), then one INSERT ... SELECT of each post with its
    # place and question (worked out from that table first: a first import).
    inserts = [q for q in queries if q["sql"].startswith('INSERT INTO "events_archivedpost"')]
    copies = [q for q in queries if q["sql"].startswith("COPY archive_import_posts ")]
    updates = [q["sql"] for q in queries if q["sql"].startswith("UPDATE")]
    if connection.vendor == "postgresql":
        assert (len(inserts), len(copies)) == (1, 5)
        # Each post written once: the only UPDATE is the archive's changed_at.
        assert len(updates) == 1 and updates[0].startswith('UPDATE "events_chatarchive"')
    else:
        assert (len(inserts), copies) == (5, [])
        # Only the archive's changed_at (once per import that adds posts, whatever their
        # number: exports are rebuilt from it); the questions are written with the
        # reading order, whose writes `writes` leaves out.
        assert len(writes(queries)) == 1
    # The others, none per post: 17. On SQLite 6 of them are the reading order's (its
    # read, a savepoint, one write per 2,000 posts, its release); on PostgreSQL 6 too
    # (two temporary tables made and dropped, its read, the places' COPY).
    assert len(queries) - len(inserts) - len(copies) <= 17
    assert ArchivedPost.objects.filter(question__isnull=False).count() == 3750
    post = ArchivedPost.objects.get(post_id=str(10**18 + 4 * 9 + 2))
    assert post.question == 2  # a reply to "A2 ..."


def test_reimporting_adds_nothing_and_updates_nothing(chat):
    import_archive(chat, twarc(chat_rows(2000)), "big.csv")
    with CaptureQueriesContext(connection) as queries:
        again = import_archive(chat, twarc(chat_rows(2000)), "big.csv")
    assert again.posts_added == 0 and again.rows_read == 2000
    assert writes(queries) == []


def test_replies_inherit_across_imports_and_editors_questions_are_kept(chat):
    parent, reply = str(10**18), str(10**18 + 1)
    import_archive(chat, twarc([(reply, "yes exactly", parent)]), "replies.csv")
    assert ArchivedPost.objects.get(post_id=reply).question is None
    chatter = ArchivedPost.objects.create(
        archive=chat.chat_archive,
        post_id="5",
        author_handle="sample_editor",
        created_at="2022-12-01T19:00:00Z",
        text="no number here",
        question=7,  # set by an editor
    )
    import_archive(chat, twarc([(parent, "A3 the parent arrives later", "")]), "parents.csv")
    assert ArchivedPost.objects.get(post_id=reply).question == 3
    chatter.refresh_from_db()
    assert chatter.question == 7
