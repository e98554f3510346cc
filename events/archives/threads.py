"""The transcript's reading order: threads grouped by question, pages that never split one.

A thread is a post that answers no post of the archive (its root) with every reply below
it. Threads are grouped by the question of their root (else of their first post that has
one), Q1 first and the posts around the questions last; within a group by the time of
their root, and within a thread depth first, each reply after its parent in time order.
The order is stored on the posts (position, depth, page), so a page of a 100,000-post
chat is one indexed query, and a filtered view can link any post to its page.
"""

from collections import defaultdict

from django.db import connection, transaction

from events.models import ArchivedPost

# Posts per page; a thread longer than this gets a page of its own, never split.
POSTS_PER_PAGE = 50
BATCH = 2000


def group_of(question):
    """Sort key of a question group: Q1, Q2… then the posts with no question."""
    return (question is None, question or 0)


def reading_order(rows, per_page=POSTS_PER_PAGE):
    """Yield (pk, position, depth, page) for `rows` of (pk, post_id, reply_to_id, question,
    created_at), in any order. Pages count from 1; positions from 0."""
    rows = sorted(rows, key=lambda row: (row[4], row[1]))
    known = {row[1] for row in rows}
    children = defaultdict(list)
    roots = []
    for row in rows:
        parent = row[2]
        # A reply to a post the archive lacks (or to itself) starts a thread of its own.
        if parent and parent in known and parent != row[1]:
            children[parent].append(row)
        else:
            roots.append(row)

    def walk(root):
        # Iterative depth-first walk: a reply chain thousands deep must not hit recursion
        # limits; `seen` stops a cycle in malformed data (A replies to B replies to A).
        out, stack, seen = [], [(root, 0)], set()
        while stack:
            row, depth = stack.pop()
            if row[1] in seen:
                continue
            seen.add(row[1])
            out.append((row, depth))
            stack.extend((child, depth + 1) for child in reversed(children.get(row[1], ())))
        return out

    threads = []
    placed = set()
    for root in roots:
        posts = walk(root)
        placed.update(row[1] for row, _depth in posts)
        question = next((row[3] for row, _depth in posts if row[3] is not None), None)
        threads.append((group_of(question), root[4], root[1], posts))
    # Posts only reachable through a cycle have no root: each becomes a thread of its own.
    for row in rows:
        if row[1] not in placed:
            posts = walk(row)
            placed.update(r[1] for r, _depth in posts)
            threads.append((group_of(row[3]), row[4], row[1], posts))
    threads.sort(key=lambda thread: thread[:3])

    position, page, on_page = 0, 1, 0
    for _group, _time, _id, posts in threads:
        if on_page and on_page + len(posts) > per_page:
            page, on_page = page + 1, 0
        for row, depth in posts:
            yield row[0], position, depth, page
            position += 1
        on_page += len(posts)


def arrange(archive_id, per_page=POSTS_PER_PAGE):
    """Store the reading order of an archive's posts; only rows that change are written."""
    rows = list(
        ArchivedPost.objects.filter(archive_id=archive_id).values_list(
            "pk", "post_id", "reply_to_id", "question", "created_at", "position", "depth", "page"
        )
    )
    current = {row[0]: row[5:] for row in rows}
    changed = [
        (position, depth, page, pk)
        for pk, position, depth, page in reading_order((row[:5] for row in rows), per_page)
        if current.get(pk) != (position, depth, page)
    ]
    table = ArchivedPost._meta.db_table
    quote = connection.ops.quote_name
    # Names from the model's own metadata; the values go as parameters.
    names = ("position", "depth", "page")
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # Four arrays per 10,000 posts: one executemany statement per post took
            # psycopg a client-side conversion each (100,000 posts: over a minute).
            columns = ", ".join(f"{quote(name)} = v.{name}" for name in names)
            sql = (
                f"UPDATE {quote(table)} AS p SET {columns} FROM UNNEST("  # noqa: S608
                "%s::integer[], %s::integer[], %s::integer[], %s::bigint[]"
                ") AS v(position, depth, page, id) WHERE p.id = v.id"
            )
            for start in range(0, len(changed), BATCH * 5):
                chunk = changed[start : start + BATCH * 5]
                cursor.execute(sql, [list(column) for column in zip(*chunk, strict=True)])
        else:
            # One executemany, looped in C by SQLite: bulk_update's CASE statements took
            # minutes for 100,000 posts.
            columns = ", ".join(f"{quote(name)} = %s" for name in names)
            sql = f"UPDATE {quote(table)} SET {columns} WHERE {quote('id')} = %s"  # noqa: S608
            for start in range(0, len(changed), BATCH * 10):
                cursor.executemany(sql, changed[start : start + BATCH * 10])
    return len(changed)
