"""The transcript's reading order: threads grouped by question, pages that never split one.

A thread is a post that answers no post of the archive (its root) with every reply below
it. Threads are grouped by the question of their root (else of their first post that has
one), Q1 first and the posts around the questions last; within a group by the time of
their root, and within a thread depth first, each reply after its parent in time order.
The order is stored on the posts (position, depth, page), so a page of a 100,000-post
chat is one indexed query, and a filtered view can link any post to its page.

Posts are numbered by their place in time order (created_at, then post id by code point,
as Python compares strings), and the order is worked out on arrays of integers indexed
by that number: a few dozen bytes per post, where tuples of strings and datetimes took
hundreds (32 MB above the baseline for a 30,000-post import).

A chat's first import on PostgreSQL works the order out before its posts are written,
from the temporary table it copies them into (`staged_places`), so each post is written
once; other imports write their posts, then `arrange` places them among the others.
"""

from array import array
from collections import defaultdict
from functools import partial
from heapq import merge
from itertools import islice

from django.db import connection, transaction

from events.archives.questions import question_of
from events.models import ArchivedPost

# Posts per page; a thread longer than this gets a page of its own, never split.
POSTS_PER_PAGE = 50
BATCH = 2000
# Rows read at a time: each holds a text, so a larger fetch shows in the peak memory of an
# import (10,000 rows: 6 MB), while a smaller one only adds round trips.
FETCH = 500
NONE = -1  # no parent, no question, no place yet: the arrays hold integers only
# Places in the order, depths, questions and pages: 4 bytes each (2**31 posts); only the
# posts' primary keys take 8.
SMALL = "i"


def group_of(question):
    """Sort key of a question group: Q1, Q2… then the posts with no question."""
    return (question is None, question or 0)


class Posts:
    """An archive's posts in time order, as parallel arrays indexed by that order."""

    def __init__(self):
        self.pks = array("q")
        self.parents = array(SMALL)  # the parent's index, or NONE
        self.questions = array(SMALL)

    def add(self, pk, parent, question):
        self.pks.append(pk)
        self.parents.append(NONE if parent is None else parent)
        self.questions.append(NONE if question is None else question)


def reading_order(rows, per_page=POSTS_PER_PAGE):
    """Yield (pk, position, depth, page) for `rows` of (pk, post_id, reply_to_id, question,
    created_at), in any order. Pages count from 1; positions from 0."""
    rows = sorted(rows, key=lambda row: (row[4], row[1]))
    index = {row[1]: n for n, row in enumerate(rows)}
    posts = Posts()
    for row in rows:
        # A reply to a post the archive lacks (or to itself) starts a thread of its own.
        parent = index.get(row[2]) if row[2] and row[2] != row[1] else None
        posts.add(row[0], parent, row[3])
    return (
        (posts.pks[n], position, depth, page)
        for n, position, depth, page in places(posts, per_page)
    )


def _children(parents):
    """Each post's replies in time order: replies of n are children[first[n]:first[n + 1]]."""
    first = array(SMALL, [0]) * (len(parents) + 1)
    for parent in parents:
        if parent != NONE:
            first[parent + 1] += 1
    for n in range(len(parents)):
        first[n + 1] += first[n]
    children, free = array(SMALL, [0]) * first[-1], first[:-1]
    for n, parent in enumerate(parents):
        if parent != NONE:
            children[free[parent]] = n
            free[parent] += 1
    return first, children


class _Walk:
    """Depth-first walks that lay the threads out one after another."""

    def __init__(self, posts):
        self.posts = posts
        self.first, self.children = _children(posts.parents)
        self.placed = bytearray(len(posts.pks))
        self.nodes, self.depths = array(SMALL), array(SMALL)  # the walks, end to end
        # {question: (root, start, length) of each of its threads, flat}: threads from a
        # root, then threads of posts in reply cycles, each found in time order.
        self.trees = defaultdict(partial(array, SMALL))
        self.cycles = defaultdict(partial(array, SMALL))

    def thread(self, root, found):
        """Walk from `root`, skipping posts already placed: an iterative walk, so a reply
        chain thousands deep hits no recursion limit, and a reply cycle in malformed data
        (A replies to B replies to A) ends where it comes back."""
        start, question = len(self.nodes), NONE
        stack, depths = array(SMALL, [root]), array(SMALL, [0])
        while stack:
            node, depth = stack.pop(), depths.pop()
            if self.placed[node]:
                continue
            self.placed[node] = 1
            self.nodes.append(node)
            self.depths.append(depth)
            if question == NONE:
                question = self.posts.questions[node]
            first, last = self.first[node], self.first[node + 1]
            if last > first:
                replies = self.children[first:last]
                replies.reverse()  # popped in time order
                stack.extend(replies)
                depths.extend(array(SMALL, [depth + 1]) * len(replies))
        found[question].extend((root, start, len(self.nodes) - start))

    def groups(self):
        """Each question's threads, by the time of their root, Q1 first."""
        questions = sorted(self.trees.keys() | self.cycles.keys(), key=_group_key)
        for question in questions:
            yield merge(_triples(self.trees.get(question)), _triples(self.cycles.get(question)))


def _group_key(question):
    return group_of(None if question == NONE else question)


def _triples(flat):
    for at in range(0, len(flat or ()), 3):
        yield flat[at], flat[at + 1], flat[at + 2]


def places(posts, per_page=POSTS_PER_PAGE):
    """Yield (index, position, depth, page) for each of `posts` (a Posts in time order)."""
    walk = _Walk(posts)
    for n, parent in enumerate(posts.parents):
        if parent == NONE:
            walk.thread(n, walk.trees)
    # Posts only reachable through a cycle have no root: the first of them in time starts
    # a thread of its own and takes the replies not placed yet.
    for n in range(len(posts.pks)):
        if not walk.placed[n]:
            walk.thread(n, walk.cycles)
    position, page, on_page = 0, 1, 0
    for threads in walk.groups():
        for _root, start, length in threads:
            if on_page and on_page + length > per_page:
                page, on_page = page + 1, 0
            for at in range(start, start + length):
                yield walk.nodes[at], position, walk.depths[at], page
                position += 1
            on_page += length


# The posts in time order, each with its parent's place in that order (NULL for a post
# that answers none of the others, or itself), its question, its text if it has none
# (and numbering was asked for) and its stored place. Post ids compare by code point
# ("C", SQLite's default BINARY) as Python's sort does, whatever the database's collation.
READ = """
WITH ranked AS (
    SELECT id, post_id, reply_to_id, question, {text} AS text, position, depth, page,
        ROW_NUMBER() OVER (ORDER BY created_at, post_id COLLATE {collation}) - 1 AS n
    FROM {source}
)
SELECT post.id, {parent}, post.question, post.text, post.position, post.depth, post.page
FROM ranked AS post {join}
ORDER BY post.n
"""
# An archive's posts.
ARCHIVE = "{table} WHERE archive_id = %s"
# An import's posts held in a temporary table (events.archives.importer), `seq` their
# place in the file: the first of each post id, as the insert that follows keeps it. A
# GROUP BY, whose rows PostgreSQL estimates from the table's: filtering on ROW_NUMBER()
# it guessed a handful of rows and joined them to their parents by a nested loop (3,000
# posts: 2.5 s). The table is not ANALYZEd: then it guessed costs that switched JIT on
# (0.8 s more at 100,000 posts).
STAGED = """(
    SELECT seq AS id, post_id, reply_to_id, question, created_at,
        NULL AS position, NULL AS depth, NULL AS page
    FROM {table} WHERE seq IN (SELECT MIN(seq) FROM {table} GROUP BY post_id)
) AS staged"""
PARENT = "post.reply_to_id <> '' AND parent.post_id = post.reply_to_id AND parent.id <> post.id"
# The parent found by a join, which PostgreSQL hashes; SQLite would scan the whole CTE
# for each post there (30,000 posts: minutes), but indexes it for a scalar subquery.
POSTGRESQL = {
    "collation": '"C"',
    "parent": "parent.n",
    "join": f"LEFT JOIN ranked AS parent ON {PARENT}",
}
SQLITE = {
    "collation": "BINARY",
    "parent": f"(SELECT parent.n FROM ranked AS parent WHERE {PARENT})",  # noqa: S608
    "join": "",
}


def _read(source, params, *, number, text="NULL", stored=None):
    """The posts of `source` (ARCHIVE or STAGED, formatted) as Posts, read in batches (a
    server-side cursor on PostgreSQL), integers only kept. With `number`, a post with no
    question gets one (events.archives.questions) from its text (`text`, the SQL of the
    text read) or its parent. `stored`, four arrays, receives the posts' questions,
    positions, depths and pages as read (NONE for NULL)."""
    posts = Posts()
    parts = POSTGRESQL if connection.vendor == "postgresql" else SQLITE
    # Names from the model's own metadata or the importer's; values go as parameters.
    sql = READ.format(source=source, text=text, **parts)
    with connection.chunked_cursor() as cursor:
        cursor.execute(sql, params)
        while rows := cursor.fetchmany(FETCH):
            for pk, parent, question, text_read, *place in rows:
                if stored is not None:
                    for values, value in zip(stored, (question, *place), strict=True):
                        values.append(_int(value))
                if number and question is None:
                    question = question_of(text_read, _parent_question(posts, parent))
                posts.add(pk, parent, question)
    return posts


def staged_places(table, per_page=POSTS_PER_PAGE):
    """(seq, question, position, depth, page) for each post an import holds in the
    temporary `table` (events.archives.importer), the first of each post id only: the
    reading order and Q/A numbers of a chat's first import, worked out before its posts
    are written, so each is written once. The table holds each post's own question
    (questions.question_number); the others inherit their parent's here. The posts are
    read before this returns; the places are worked out as they are taken."""
    source = STAGED.format(table=connection.ops.quote_name(table))
    posts = _read(source, [], number=True)
    return (
        (posts.pks[n], _question(posts, n), position, depth, page)
        for n, position, depth, page in places(posts, per_page)
    )


def _parent_question(posts, parent):
    """The question of a parent numbered already (earlier in time), else None."""
    if parent is None or parent >= len(posts.pks) or posts.questions[parent] == NONE:
        return None
    return posts.questions[parent]


def _int(value):
    return NONE if value is None else value


def _question(posts, n):
    question = posts.questions[n]
    return None if question == NONE else question


def _batches(items, size):
    items = iter(items)
    while batch := list(islice(items, size)):
        yield batch


def arrange(archive_id, per_page=POSTS_PER_PAGE, *, number=False):
    """Store the reading order of an archive's posts; only rows that change are written.

    With `number`, posts with no question are numbered first (as an import does) and
    their questions written with their places: one pass over the posts, not two.
    """
    table = ArchivedPost._meta.db_table
    quote = connection.ops.quote_name
    stored = tuple(array(SMALL) for _column in range(4))
    text = "CASE WHEN question IS NULL THEN text END" if number else "NULL"
    source = ARCHIVE.format(table=quote(table))
    posts = _read(source, [archive_id], number=number, text=text, stored=stored)
    changed = (
        (_question(posts, n), position, depth, page, posts.pks[n])
        for n, position, depth, page in places(posts, per_page)
        if (posts.questions[n], position, depth, page) != tuple(column[n] for column in stored)
    )
    # Names from the model's own metadata; the values go as parameters.
    names = ("question", "position", "depth", "page")
    count = 0
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # Five arrays per 2,000 posts: one executemany statement per post took
            # psycopg a client-side conversion each (100,000 posts: over a minute), and
            # arrays of 10,000 took 4 MB more at the peak of an import.
            columns = ", ".join(f"{quote(name)} = v.{name}" for name in names)
            sql = (
                f"UPDATE {quote(table)} AS p SET {columns} FROM UNNEST("  # noqa: S608
                "%s::smallint[], %s::integer[], %s::integer[], %s::integer[], %s::bigint[]"
                ") AS v(question, position, depth, page, id) WHERE p.id = v.id"
            )
            for chunk in _batches(changed, BATCH):
                cursor.execute(sql, [list(column) for column in zip(*chunk, strict=True)])
                count += len(chunk)
        else:
            # One executemany, looped in C by SQLite: bulk_update's CASE statements took
            # minutes for 100,000 posts.
            columns = ", ".join(f"{quote(name)} = %s" for name in names)
            sql = f"UPDATE {quote(table)} SET {columns} WHERE {quote('id')} = %s"  # noqa: S608
            for chunk in _batches(changed, BATCH):
                cursor.executemany(sql, chunk)
                count += len(chunk)
    return count
