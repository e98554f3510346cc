"""Measures of a chat and its timeline drawn as an accessible, server-rendered SVG."""

from collections import Counter
from dataclasses import dataclass

from django.db.models import Count, Max, Min
from django.db.models.functions import TruncMinute
from django.utils.html import escape


@dataclass
class ChatMeasures:
    posts: int
    participants: int
    per_question: list  # [(question, count)]
    most_active: list  # [(handle, count)]
    first: object
    last: object
    per_minute: list  # [(datetime, count)]

    @property
    def duration_minutes(self):
        if not self.first or not self.last:
            return 0
        return int((self.last - self.first).total_seconds() // 60)


def measure(posts):
    """Measures of a queryset of visible posts, in five aggregate queries."""
    totals = posts.aggregate(
        n=Count("id"),
        people=Count("author_handle", distinct=True),
        first=Min("created_at"),
        last=Max("created_at"),
    )
    per_question = list(
        posts.exclude(question=None)
        .values_list("question")
        .annotate(n=Count("id"))
        .order_by("question")
    )
    most_active = list(
        posts.values_list("author_handle")
        .annotate(n=Count("id"))
        .order_by("-n", "author_handle")[:10]
    )
    per_minute = list(
        posts.annotate(minute=TruncMinute("created_at"))
        .values_list("minute")
        .annotate(n=Count("id"))
        .order_by("minute")
    )
    return ChatMeasures(
        totals["n"],
        totals["people"],
        per_question,
        most_active,
        totals["first"],
        totals["last"],
        per_minute,
    )


def timeline_svg(per_minute, title, description, width=640, height=160):
    """Posts per minute as bars; empty minutes are drawn as gaps, not skipped."""
    if not per_minute:
        return ""
    counts = Counter(dict(per_minute))
    start, end = per_minute[0][0], per_minute[-1][0]
    minutes = int((end - start).total_seconds() // 60) + 1
    peak = max(counts.values())
    bar = width / minutes
    bars = []
    for minute, n in sorted(counts.items()):
        index = int((minute - start).total_seconds() // 60)
        h = max(1.0, (height - 20) * n / peak)
        bars.append(
            f'<rect x="{index * bar:.2f}" y="{height - h:.2f}" width="{max(bar - 0.5, 0.5):.2f}" '
            f'height="{h:.2f}"><title>{escape(minute.strftime("%H:%M"))}: {n}</title></rect>'
        )
    return (
        f'<svg class="timeline" role="img" viewBox="0 0 {width} {height}" '
        f'aria-labelledby="timeline-title timeline-desc" xmlns="http://www.w3.org/2000/svg">'
        f'<title id="timeline-title">{escape(title)}</title>'
        f'<desc id="timeline-desc">{escape(description)}</desc>'
        f'<g fill="currentColor">{"".join(bars)}</g></svg>'
    )
