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


def group_of(question):
    """Sort key of a question group: Q1, Q2… then the posts with no question."""
    return (question is None, question or 0)


class Posts:
    """An archive's posts in time order, as parallel arrays indexed by that order."""

    def __init__(self):
        self.pks = array("q")
        self.parents = array("q")  # the parent's index, or NONE
        self.questions = array("q")

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
    first = array("q", bytes(8 * (len(parents) + 1)))
    for parent in parents:
        if parent != NONE:
            first[parent + 1] += 1
    for n in range(len(parents)):
        first[n + 1] += first[n]
    children, free = array("q", bytes(8 * first[-1])), first[:-1]
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
        self.nodes, self.depths = array("q"), array("q")  # the walks, end to end
        # {question: (root, start, length) of each of its threads, flat}: threads from a
        # root, then threads of posts in reply cycles, each found in time order.
        self.trees, self.cycles = defaultdict(partial(array, "q")), defaultdict(partial(array, "q"))

    def thread(self, root, found):
        """Walk from `root`, skipping posts already placed: an iterative walk, so a reply
        chain thousands deep hits no recursion limit, and a reply cycle in malformed data
        (A replies to B replies to A) ends where it comes back."""
        start, question = len(self.nodes), NONE
        stack, depths = array("q", [root]), array("q", [0])
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
                depths.extend(array("q", [depth + 1]) * len(replies))
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
# that answers none of the archive's, or itself), its question, its text if it has none
# (and numbering was asked for) and its stored place. Post ids compare by code point
# ("C", SQLite's default BINARY) as Python's sort does, whatever the database's collation.
READ = """
WITH ranked AS (
    SELECT id, post_id, reply_to_id, question, {text} AS text, position, depth, page,
        ROW_NUMBER() OVER (ORDER BY created_at, post_id COLLATE {collation}) - 1 AS n
    FROM {table} WHERE archive_id = %s
)
SELECT post.id, {parent}, post.question, post.text, post.position, post.depth, post.page
FROM ranked AS post {join}
ORDER BY post.n
"""
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


def _read(archive_id, number):
    """(Posts, stored) for an archive: stored holds the posts' questions, positions,
    depths and pages as read (NONE for NULL), in four arrays. With `number`, posts with no
    question get one (events.archives.questions). Read in batches (a server-side cursor
    on PostgreSQL); integers only are kept."""
    posts, stored = Posts(), tuple(array("q") for _column in range(4))
    table = connection.ops.quote_name(ArchivedPost._meta.db_table)
    text = "CASE WHEN question IS NULL THEN text END" if number else "NULL"
    parts = POSTGRESQL if connection.vendor == "postgresql" else SQLITE
    # The table's name from the model's own metadata; the archive goes as a parameter.
    sql = READ.format(table=table, text=text, **parts)
    with connection.chunked_cursor() as cursor:
        cursor.execute(sql, [archive_id])
        while rows := cursor.fetchmany(FETCH):
            for pk, parent, question, text, *place in rows:
                for values, value in zip(stored, (question, *place), strict=True):
                    values.append(_int(value))
                if number and question is None:
                    question = question_of(text, _parent_question(posts, parent))
                posts.add(pk, parent, question)
    return posts, stored


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
    posts, stored = _read(archive_id, number)
    changed = (
        (_question(posts, n), position, depth, page, posts.pks[n])
        for n, position, depth, page in places(posts, per_page)
        if (posts.questions[n], position, depth, page) != tuple(column[n] for column in stored)
    )
    table = ArchivedPost._meta.db_table
    quote = connection.ops.quote_name
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
