"""A page of the chat log made ready to read: local times, threads, question groups, media.

Plain functions over posts already fetched, so they run (and are tested) without a request.
"""

from dataclasses import dataclass, field

from events.archives.text import linkify, links_outside_text
from events.archives.threads import group_of


def iso(value):
    """An HTML-valid `<time datetime>`: seconds, or milliseconds when there are any."""
    return value.isoformat(timespec="milliseconds" if value.microsecond else "seconds")


@dataclass
class Node:
    post: object
    replies: list = field(default_factory=list)


@dataclass
class Group:
    question: int | None
    text: str
    threads: list = field(default_factory=list)

    @property
    def label(self):
        return f"Q{self.question}" if self.question is not None else ""


def dress(posts, *, zone, search_url, platforms, kept=None, hashtag_urls=None):
    """Give each post what the templates show: local time, date where the day changes,
    linked text (`hashtag_urls`: the pages of the hashtags the hub knows), platform name
    and media (the hub's copies where kept)."""
    kept = kept or {}
    previous_day = None
    for post in posts:
        post.local = post.created_at.astimezone(zone)
        post.iso = iso(post.local)
        day = post.local.date()
        post.show_date = day != previous_day
        previous_day = day
        post.html = linkify(post.text, search_url, post.links or (), hashtag_urls)
        post.extra_links = links_outside_text(post) if post.links else []
        post.platform_label = platforms.get(post.platform, "")
        post.media_shown = [
            {
                "kept": kept.get((post.pk, index)),
                "url": item.get("url", ""),
                "alt": item.get("alt", ""),
                "type": item.get("type", ""),
                "number": index + 1,
            }
            for index, item in enumerate(post.media or ())
            if isinstance(item, dict)
        ]
    return posts


def threads_by_question(posts, questions):
    """Posts of one page, in reading order (position), as question groups of threads.

    A thread's group is its first post with a question, as threads.reading_order sorts it.
    """
    threads, stack = [], []
    for post in posts:
        node = Node(post)
        while stack and stack[-1][0] >= post.depth:
            stack.pop()
        if stack:
            stack[-1][1].replies.append(node)
        else:
            threads.append([node, []])
        threads[-1][1].append(post)
        stack.append((post.depth, node))
    groups = []
    for root, members in threads:
        question = next((p.question for p in members if p.question is not None), None)
        if not groups or groups[-1].question != question:
            groups.append(Group(question, questions.get(question, "") if question else ""))
        groups[-1].threads.append(root)
    groups.sort(key=lambda group: group_of(group.question))
    return groups


def groups_of_matches(posts, questions):
    """Matching posts of a filtered view (no threads): grouped by their own question."""
    groups = []
    for post in posts:
        if not groups or groups[-1].question != post.question:
            groups.append(Group(post.question, questions.get(post.question, "")))
        groups[-1].threads.append(Node(post))
    return groups
