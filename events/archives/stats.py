"""Measures of a chat, and its timeline drawn as an accessible, server-rendered SVG.

The measures are language-neutral numbers (cached per archive); the timeline is drawn per
request in the reader's language and the event's time zone, from those numbers.
"""

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from django.db.models import Count, Max, Min, Q
from django.db.models.functions import TruncDay, TruncHour, TruncMinute
from django.utils.formats import date_format
from django.utils.html import escape
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from events.timezones import get_zone
from hub.durations import in_words

# Bucket widths the timeline may use, in minutes: the smallest that gives at most
# MAX_BARS bars wins, so an hour's chat has minute bars and a week's archive daily ones.
WIDTHS = [1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080, 43200]
MAX_BARS = 48
MAX_TICKS = 4  # labelled ticks on the time axis: readable when the SVG is 360 px wide


@dataclass
class ChatMeasures:
    posts: int = 0
    participants: int = 0
    replies: int = 0
    reposts: int = 0
    media: int = 0
    first: object = None
    last: object = None
    per_question: list = field(default_factory=list)  # [(number, posts, first post at)]
    most_active: list = field(default_factory=list)  # [(handle, posts)]
    counts: list = field(default_factory=list)  # [(aware datetime, posts)] per `unit`
    unit: str = "minute"

    @property
    def duration(self):
        """From the first post to the last, in words ("18 hours 56 minutes")."""
        if not self.first or not self.last:
            return in_words(timedelta(0))
        return in_words(self.last - self.first)


def measure(posts, zone_name="UTC"):
    """Measures of a queryset of visible posts, in four aggregate queries."""
    totals = posts.aggregate(
        n=Count("id"),
        people=Count("author_handle", distinct=True),
        replies=Count("id", filter=~Q(reply_to_id="")),
        reposts=Count("id", filter=Q(is_repost=True)),
        media=Count("id", filter=~Q(media=[])),
        first=Min("created_at"),
        last=Max("created_at"),
    )
    measures = ChatMeasures(
        posts=totals["n"],
        participants=totals["people"],
        replies=totals["replies"],
        reposts=totals["reposts"],
        media=totals["media"],
        first=totals["first"],
        last=totals["last"],
    )
    if not measures.posts:
        return measures
    measures.per_question = list(
        posts.exclude(question=None)
        .values_list("question")
        .annotate(n=Count("id"), first=Min("created_at"))
        .order_by("question")
    )
    measures.most_active = list(
        posts.values_list("author_handle")
        .annotate(n=Count("id"))
        .order_by("-n", "author_handle")[:10]
    )
    # Count at the finest unit the timeline can use for this span: a months-long archive
    # must not come back as a row per minute.
    span = measures.last - measures.first
    if span <= timedelta(days=2):
        measures.unit, trunc = "minute", TruncMinute("created_at", tzinfo=UTC)
    elif span <= timedelta(days=60):
        measures.unit, trunc = "hour", TruncHour("created_at", tzinfo=get_zone(zone_name))
    else:
        measures.unit, trunc = "day", TruncDay("created_at", tzinfo=get_zone(zone_name))
    measures.counts = list(
        posts.annotate(at=trunc).values_list("at").annotate(n=Count("id")).order_by("at")
    )
    return measures


def _naive_minutes(local):
    """Minutes on the wall clock since day one: DST-free arithmetic for round buckets."""
    naive = local.replace(tzinfo=None)
    days = naive.toordinal()
    return days * 1440 + naive.hour * 60 + naive.minute


def _from_minutes(minutes, zone):
    day, minute = divmod(minutes, 1440)
    naive = datetime.fromordinal(day).replace(hour=minute // 60, minute=minute % 60)
    return naive.replace(tzinfo=zone)


def buckets(counts, zone, max_bars=MAX_BARS):
    """[(start, end, posts)] in the zone's wall-clock time, empty buckets included, and the
    bucket width in minutes. `counts` are (aware datetime, posts) pairs."""
    if not counts:
        return [], 1
    local = [(at.astimezone(zone), n) for at, n in counts]
    first = _naive_minutes(local[0][0])
    last = _naive_minutes(local[-1][0])
    width = next((w for w in WIDTHS if (last // w - first // w) + 1 <= max_bars), WIDTHS[-1])
    totals = Counter()
    for at, n in local:
        totals[_naive_minutes(at) // width] += n
    start, end = first // width, last // width
    return [
        (_from_minutes(k * width, zone), _from_minutes((k + 1) * width, zone), totals[k])
        for k in range(start, end + 1)
    ], width


def nice_ceiling(value):
    """The smallest of 1, 2, 5 × 10^k at or above value (the count scale's top)."""
    step = 1
    while True:
        for factor in (1, 2, 5):
            if step * factor >= value:
                return step * factor
        step *= 10


def time_label(at, width):
    if width >= 1440:
        return date_format(at, "MONTH_DAY_FORMAT")
    return date_format(at, "TIME_FORMAT")


def span_label(start, end, width):
    """A bucket as readers see it: "7:05 PM – 7:10 PM EDT", or a date for daily ones."""
    if width >= 1440:
        return date_format(start, "DATE_FORMAT")
    return _("%(start)s – %(end)s %(zone)s") % {
        "start": date_format(start, "TIME_FORMAT"),
        "end": date_format(end, "TIME_FORMAT"),
        "zone": start.strftime("%Z"),
    }


def timeline(measures, zone_name, questions=None, *, width=480, height=284):
    """The timeline as {"svg", "rows", "caption"}; rows are the table's (span, posts).

    `questions` maps question numbers to their text, for the markers' titles.
    """
    zone = get_zone(zone_name)
    bars, minutes = buckets(measures.counts, zone)
    if not bars:
        return {}
    questions = questions or {}
    # Rows from the top: the count scale's name, the question labels, the plot; below it
    # the tick times, their dates, the axis name, each on its own line so none overlap.
    left, right, top, bottom = 44, 14, 48, 76
    plot_w, plot_h = width - left - right, height - top - bottom
    t0, t1 = bars[0][0], bars[-1][1]
    total = max((t1 - t0).total_seconds(), 60)
    peak = nice_ceiling(max(n for _s, _e, n in bars))

    def x_of(at):
        return left + plot_w * (at - t0).total_seconds() / total

    def y_of(n):
        return top + plot_h - plot_h * n / peak

    parts = []
    # Count scale: 0, half and the top, with light grid lines.
    for value in sorted({0, peak // 2, peak}):
        y = y_of(value)
        parts.append(
            f'<line class="timeline__grid" x1="{left}" x2="{width - right}" '
            f'y1="{y:.1f}" y2="{y:.1f}"/>'
            f'<text x="{left - 6}" y="{y + 5:.1f}" text-anchor="end">{value}</text>'
        )
    bar_w = plot_w / len(bars)
    rects = []
    for start, end, n in bars:
        if not n:
            continue
        y = y_of(n)
        label = ngettext("%(span)s: %(count)d post", "%(span)s: %(count)d posts", n) % {
            "span": span_label(start, end, minutes),
            "count": n,
        }
        rects.append(
            f'<rect x="{x_of(start):.1f}" y="{y:.1f}" width="{max(bar_w - 1, 0.5):.1f}" '
            f'height="{top + plot_h - y:.1f}"><title>{escape(label)}</title></rect>'
        )
    parts.append(f'<g class="timeline__bars">{"".join(rects)}</g>')
    # Time axis: at most MAX_TICKS labelled ticks on round wall-clock times, with the
    # date under the first tick and wherever the day changes.
    first_m, last_m = _naive_minutes(t0), _naive_minutes(t1)
    step = next(
        (w for w in WIDTHS if w >= minutes and (last_m // w - (first_m - 1) // w) <= MAX_TICKS),
        WIDTHS[-1],
    )
    tick = -(-first_m // step) * step
    previous_day = None
    axis_y = top + plot_h
    parts.append(
        f'<line class="timeline__axis" x1="{left}" x2="{width - right}" '
        f'y1="{axis_y}" y2="{axis_y}"/>'
    )
    while tick <= last_m:
        at = _from_minutes(tick, zone)
        x = x_of(at)
        day = at.date()
        date_line = ""
        if minutes < 1440 and day != previous_day:
            date_line = (
                f'<tspan x="{x:.1f}" dy="18">{escape(date_format(at, "MONTH_DAY_FORMAT"))}</tspan>'
            )
        previous_day = day
        # A label at either end of the axis runs inwards, so a long date is not cut off.
        anchor = "start" if x - left < 30 else "end" if width - right - x < 30 else "middle"
        parts.append(
            f'<line class="timeline__axis" x1="{x:.1f}" x2="{x:.1f}" y1="{axis_y}" '
            f'y2="{axis_y + 5}"/><text x="{x:.1f}" y="{axis_y + 20}" text-anchor="{anchor}">'
            f"{escape(time_label(at, minutes))}{date_line}</text>"
        )
        tick += step
    zone_name_shown = t0.strftime("%Z")
    parts.append(
        f'<text x="{width - right}" y="{height - 6}" text-anchor="end">'
        f"{escape(_('Time (%(zone)s)') % {'zone': zone_name_shown})}</text>"
        # Its own row above the question labels, from the left edge: a longer word
        # ("Посты") is not cut off and does not run into "Q1".
        f'<text x="0" y="14" text-anchor="start">{escape(_("Posts"))}</text>'
    )
    # Where each question was asked: its first post.
    markers, last_label_x = [], -100
    for number, _count, asked in measures.per_question:
        asked_local = asked.astimezone(zone)
        x = x_of(asked_local)
        title = _("Q%(number)d asked at %(time)s") % {
            "number": number,
            "time": date_format(asked_local, "TIME_FORMAT") + " " + asked_local.strftime("%Z"),
        }
        if questions.get(number):
            title += f": {questions[number]}"
        label = ""
        if x - last_label_x >= 26:  # room for "Q10" beside the previous label
            label = f'<text x="{x:.1f}" y="{top - 14}" text-anchor="middle">Q{number}</text>'
            last_label_x = x
        markers.append(
            f'<g class="timeline__question"><title>{escape(title)}</title>'
            f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{top - 8}" y2="{axis_y}"/>{label}</g>'
        )
    parts.append("".join(markers))
    description = ngettext(
        "%(posts)d post from %(start)s to %(end)s; at most %(peak)d in one bar.",
        "%(posts)d posts from %(start)s to %(end)s; at most %(peak)d in one bar.",
        measures.posts,
    ) % {
        "posts": measures.posts,
        "start": span_label(t0, t0, minutes).split(" – ")[0],
        "end": span_label(t1, t1, minutes).split(" – ")[-1],
        "peak": max(n for _s, _e, n in bars),
    }
    caption = _("Posts per %(width)s, in the event's time (%(zone)s)") % {
        "width": bucket_name(minutes),
        "zone": zone_name_shown,
    }
    svg = (
        f'<svg class="timeline" role="img" viewBox="0 0 {width} {height}" '
        f'aria-labelledby="timeline-title timeline-desc" xmlns="http://www.w3.org/2000/svg">'
        f'<title id="timeline-title">{escape(caption)}</title>'
        f'<desc id="timeline-desc">{escape(description)}</desc>{"".join(parts)}</svg>'
    )
    rows = [(span_label(start, end, minutes), n) for start, end, n in bars]
    return {"svg": svg, "rows": rows, "caption": caption}


def bucket_name(minutes):
    if minutes % 1440 == 0:
        days = minutes // 1440
        return ngettext("day", "%(count)d days", days) % {"count": days}
    if minutes % 60 == 0:
        hours = minutes // 60
        return ngettext("hour", "%(count)d hours", hours) % {"count": hours}
    return ngettext("minute", "%(count)d minutes", minutes) % {"count": minutes}
