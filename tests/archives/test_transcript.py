"""The transcript as readers use it: a compact chat log by question, threads kept whole
across pages, a participant filter and search without JavaScript, times in the event's
zone, plural forms, the timeline's axes and markers, and a flat query count."""

import re
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.utils import translation

from events.archives.importer import import_archive
from events.archives.stats import ChatMeasures, buckets, nice_ceiling, timeline
from events.archives.threads import arrange, reading_order
from events.models import ArchivedPost, ChatArchive
from events.timezones import get_zone
from hub.cache import bump_content_version
from tests.factories import make_event
from tests.queries import count_queries

SAMPLES = Path(__file__).parent / "samples"
START = datetime(2013, 4, 23, 19, tzinfo=UTC)  # 3:00 PM EDT in New York


def question_list(*texts):
    return {
        "type": "questions",
        "value": {
            "intro": "",
            "questions": [
                {
                    "type": "question",
                    "value": {"heading": "", "question": text, "sub_questions": [], "notes": ""},
                }
                for text in texts
            ],
        },
    }


@pytest.fixture
def chat(event_index):
    return make_event(
        event_index,
        "What's the point of social media?",
        start="2013-04-23T15:00",
        questions=[question_list("What are your goals for social media?")],
    )


def add(archive, post_id, seconds, text, *, handle="host", reply_to="", question=None, **extra):
    return ArchivedPost.objects.create(
        archive=archive,
        post_id=post_id,
        author_handle=handle,
        created_at=START + timedelta(seconds=seconds),
        text=text,
        reply_to_id=reply_to,
        question=question,
        platform="x",
        **extra,
    )


def archive_of(event):
    return ChatArchive.objects.get_or_create(event=event, defaults={"platform": "x"})[0]


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


# The reading order, without a database.


def test_reading_order_keeps_threads_whole_and_groups_them_by_question():
    rows = [
        # pk, post_id, reply_to, question, time
        (1, "a", "", None, 0),  # around the questions: last
        (2, "q2", "", 2, 1),
        (3, "q1", "", 1, 2),
        (4, "r1", "q1", 1, 3),
        (5, "r2", "r1", 1, 4),  # reply to a reply: depth 2
        (6, "late", "q1", 1, 9),
        (7, "orphan", "missing", 1, 5),  # parent not in the archive: a thread of its own
    ]
    order = {pk: (position, depth, page) for pk, position, depth, page in reading_order(rows, 3)}
    by_position = [pk for pk, _ in sorted(order.items(), key=lambda item: item[1][0])]
    assert by_position == [3, 4, 5, 6, 7, 2, 1]
    assert [order[pk][1] for pk in (3, 4, 5, 6)] == [0, 1, 2, 1]
    # The Q1 thread has 4 posts: more than a page of 3, so it gets a page to itself.
    assert {order[pk][2] for pk in (3, 4, 5, 6)} == {1}
    assert order[7][2] == 2 and order[2][2] == 2 and order[1][2] == 2


def test_reading_order_survives_reply_cycles():
    rows = [(1, "a", "b", None, 0), (2, "b", "a", None, 1)]
    assert sorted(pk for pk, *_ in reading_order(rows)) == [1, 2]


# The page, with a database.


def test_groups_are_headed_by_the_question_text_or_its_number(client, chat):
    with (SAMPLES / "tags.csv").open("rb") as handle:
        import_archive(chat, handle, "tags.csv")
    html = get(client, chat.url + "transcript/")
    assert re.search(r'<span class="chat-group__number">Q1</span> What are your goals', html)
    # Q2 has no text in the question list: its number alone.
    assert '<span class="chat-group__number">Q2</span></h3>' in html
    # The reply is nested under the post it answers, inside that post's list item.
    curator = ArchivedPost.objects.get(post_id="326771584518406144")
    reply = ArchivedPost.objects.get(post_id="326771900000000001")
    item = html[html.index(f'id="post-{curator.pk}"') :]
    assert item.index(f'id="post-{reply.pk}"') < item.index("</li>")
    assert '<ol class="thread" role="list">' in item
    # Every post has an anchor and a visible link to it, on its page.
    assert f'href="?page=1#post-{reply.pk}"' in html


def test_times_in_the_event_zone_with_abbreviation_and_date_where_the_day_changes(client, chat):
    archive = archive_of(chat)
    add(archive, "1", 0, "Q1 goals?", question=1)
    add(archive, "2", 9 * 3600 + 0.25, "A1 late at night", question=1)  # 00:00:00.25 EDT
    arrange(archive.pk)
    bump_content_version()
    html = get(client, chat.url + "transcript/")
    assert "Tuesday, April 23, 2013, 3:00 PM EDT</time>" in html
    assert "Wednesday, April 24, 2013, 12:00 AM EDT</time>" in html
    datetimes = re.findall(r'<time datetime="([^"]+)"', html)
    assert "2013-04-23T15:00:00-04:00" in datetimes
    assert "2013-04-24T00:00:00.250-04:00" in datetimes  # at most 3 fractional digits
    assert all(not re.search(r"\.\d{4,}", value) for value in datetimes)


def test_threads_are_never_split_across_pages(client, chat):
    archive = archive_of(chat)
    for n in range(45):
        add(archive, f"root{n}", n, f"A1 answer {n}", question=1)
    add(archive, "q2", 200, "Q2 next question", question=2)
    for n in range(10):
        add(archive, f"reply{n}", 201 + n, f"reply {n}", reply_to="q2", question=2)
    arrange(archive.pk)
    bump_content_version()
    first = get(client, chat.url + "transcript/")
    second = get(client, chat.url + "transcript/?page=2")
    assert "reply 0" not in first and "Q2 next question" not in first
    assert "Q2 next question" in second
    assert all(f"reply {n}<" in second for n in range(10))
    assert "Page 1 of 2" in first and 'rel="next"' in first


def test_participant_filter_and_search_work_without_javascript(client, chat):
    archive = archive_of(chat)
    add(archive, "1", 0, "Q1 what are your goals?", handle="host", question=1)
    add(archive, "2", 10, "A1 talking with visitors", handle="curator", question=1)
    reply = add(archive, "3", 20, "A1 and listening", handle="museum", reply_to="2", question=1)
    add(archive, "4", 30, "A1 selling tickets", handle="Curator", question=1)
    arrange(archive.pk)
    bump_content_version()
    html = get(client, chat.url + "transcript/")
    assert '<form class="filters" role="search" method="get"' in html
    assert 'name="who"' in html and 'name="q"' in html
    who = get(client, chat.url + "transcript/?who=@curator")
    assert "talking with visitors" in who and "selling tickets" in who
    assert "and listening" not in who and "what are your goals" not in who
    assert "2 posts match." in who
    words = get(client, chat.url + "transcript/?q=LISTENING")
    assert "and listening" in words and "talking with visitors" not in words
    assert "1 post matches." in words
    # A match that answers a post links to that post in the full transcript.
    parent = ArchivedPost.objects.get(post_id="2")
    assert f"?page=1#post-{parent.pk}" in words and f'id="post-{reply.pk}"' in words
    nothing = get(client, chat.url + "transcript/?q=zebra")
    assert "0 posts match." in nothing


def test_hashtags_link_to_their_hashtag_page_else_to_a_search(client, chat):
    archive = archive_of(chat)
    add(archive, "1", 0, "Q1 goals? #MuseSocial #NotOnTheHub", handle="host", question=1)
    add(archive, "2", 10, "A1 visitors, as @curator said", handle="museum", question=1)
    arrange(archive.pk)
    bump_content_version()
    html = get(client, chat.url + "transcript/")
    # Known to the hub (the chat's own hashtag), whatever its case in the post.
    assert '<a href="/en/hashtags/musesocial/">#MuseSocial</a>' in html
    assert '<a href="/en/search/?q=%23NotOnTheHub">#NotOnTheHub</a>' in html
    assert client.get("/en/hashtags/musesocial/").status_code == 200


def test_plural_forms_in_english_and_russian_three_forms(client, chat):
    archive = archive_of(chat)
    add(archive, "1", 0, "Q1 one", question=1)
    arrange(archive.pk)
    bump_content_version()
    html = get(client, chat.url + "transcript/")
    assert "1 post by 1 person over 0 minutes." in html
    from django.template.loader import render_to_string

    def summary(posts, people, minutes, language):
        with translation.override(language):
            measures = ChatMeasures(posts=posts, participants=people)
            measures.first = START
            measures.last = START + timedelta(minutes=minutes)
            return render_to_string("components/chat_summary.html", {"measures": measures})

    assert summary(2, 2, 1, "en").strip() == "2 posts by 2 people over 1 minute."
    assert summary(1, 1, 1, "ru").strip() == "1 пост от 1 участника за 1 минуту."
    assert summary(3, 2, 4, "ru").strip() == "3 поста от 2 участников за 4 минуты."
    assert summary(5, 11, 25, "ru").strip() == "5 постов от 11 участников за 25 минут."
    # A chat that ran for most of a day (a live capture) reads in hours, not "1136 minutes".
    assert summary(9, 3, 1136, "en").strip() == "9 posts by 3 people over 18 hours 56 minutes."
    assert summary(9, 3, 1136, "ru").strip() == "9 постов от 3 участников за 18 часов 56 минут."
    assert summary(9, 3, 60, "en").strip() == "9 posts by 3 people over 1 hour."
    assert summary(9, 3, 3 * 1440 + 61, "ru").strip() == "9 постов от 3 участников за 3 дня 1 час."


# The timeline.


class SvgText(HTMLParser):
    def __init__(self):
        super().__init__()
        self.texts, self.titles, self._tag = [], [], None

    def handle_starttag(self, tag, attrs):
        self._tag = tag

    def handle_data(self, data):
        if self._tag in ("text", "tspan") and data.strip():
            self.texts.append(data.strip())
        elif self._tag == "title":
            self.titles.append(data.strip())


def test_timeline_has_labelled_time_axis_count_scale_and_question_markers():
    zone = "America/New_York"
    counts = [(START + timedelta(minutes=m), 3 + m % 4) for m in range(45)]
    measures = ChatMeasures(
        posts=sum(n for _at, n in counts),
        participants=9,
        first=counts[0][0],
        last=counts[-1][0],
        counts=counts,
        per_question=[
            (1, 40, START + timedelta(minutes=2)),
            (2, 30, START + timedelta(minutes=31)),
        ],
    )
    with translation.override("en"):
        drawn = timeline(measures, zone, {1: "What are your goals?"})
    parser = SvgText()
    parser.feed(drawn["svg"])
    # Time axis in the event's zone: round ticks (3:00, 3:15...) with the zone named.
    assert "3:00 PM" in parser.texts and "3:15 PM" in parser.texts
    assert "Time (EDT)" in parser.texts and "April 23" in parser.texts
    assert len([t for t in parser.texts if " PM" in t]) <= 4
    # Count scale: 0 and a round top at or above the highest bar (6).
    assert {"0", "5", "10"} <= set(parser.texts) and "Posts" in parser.texts
    # Question markers with the question's time in the event's zone and its text.
    assert "Q1" in parser.texts and "Q2" in parser.texts
    assert "Q1 asked at 3:02 PM EDT: What are your goals?" in parser.titles
    # Bars titled in the event's time, as the table beside it.
    assert "3:00 PM – 3:01 PM EDT: 3 posts" in parser.titles
    assert drawn["rows"][0] == ("3:00 PM – 3:01 PM EDT", 3)
    assert len(drawn["rows"]) == 45
    assert 'aria-labelledby="timeline-title timeline-desc"' in drawn["svg"]


def test_timeline_in_russian_says_the_day_in_the_genitive():
    counts = [(START + timedelta(minutes=m), 2) for m in range(30)]
    measures = ChatMeasures(
        posts=60, participants=3, first=counts[0][0], last=counts[-1][0], counts=counts
    )
    with translation.override("ru"):
        drawn = timeline(measures, "America/New_York")
    parser = SvgText()
    parser.feed(drawn["svg"])
    # "23 апреля", as a Russian reader writes a day, not Django's nominative "23 Апрель".
    assert "23 апреля" in parser.texts, parser.texts
    assert "Посты" in parser.texts and "15:00" in parser.texts


def test_timeline_buckets_widen_for_long_chats_and_keep_empty_ones():
    zone = get_zone("Europe/London")
    counts = [(START, 1), (START + timedelta(hours=5), 2)]
    bars, width = buckets(counts, zone)
    assert width == 10  # 5 hours in at most 48 bars
    assert bars[0][0].hour == 20 and bars[0][0].minute == 0  # 19:00 UTC is 20:00 BST
    assert sum(n for _s, _e, n in bars) == 3 and bars[1][2] == 0
    assert [nice_ceiling(v) for v in (1, 3, 7, 11, 240)] == [1, 5, 10, 20, 500]


# Speed.


def test_a_page_of_a_big_chat_is_flat_in_queries_and_small(client, chat):
    archive = archive_of(chat)
    ArchivedPost.objects.bulk_create(
        ArchivedPost(
            archive=archive,
            post_id=str(n),
            author_handle=f"sample_{n % 500}",
            author_name=f"Sample Person {n % 500}",
            created_at=START + timedelta(seconds=n // 5),
            text=f"A{n % 8 + 1} a generated answer of about the length people write, #{n} "
            "#musesocial https://example.org/a/long/link",
            question=n % 8 + 1,
            reply_to_id=str(n - 1) if n % 3 else "",
            permalink=f"https://twitter.com/sample_{n % 500}/status/{n}",
            platform="x",
        )
        for n in range(5000)
    )
    arrange(archive.pk)  # as an import does
    bump_content_version()
    url = chat.url + "transcript/"
    from django.core.cache import cache

    cache.clear()
    cold = count_queries(client, url)  # nothing cached: navigation, measures, layout...
    warm = count_queries(client, url + "?page=7")  # the derived data cached, not the page
    assert warm <= 12, warm
    # Cold: 26 with the transcript alone, then +1 its story's teller (story_teller_id),
    # and the readers' merge: +3 the header's browse menu (one index per type), +4 the
    # footer's links (home, about, events index, its calendar), +2 the language switcher's
    # fallback for the untranslated chat (the locales, the nearest translated section).
    # All derived data cached until the content changes: the warm figure is unchanged.
    assert cold <= 36, cold
    print(f"queries for a page of 5,000 posts: {cold} cold, {warm} warm")
    for page in ("", "?page=2", "?page=50"):
        size = len(client.get(url + page).content)
        assert size < 60_000, (page, size)


def test_a_chat_without_questions_has_no_heading_around_questions(client, chat):
    archive = archive_of(chat)
    add(archive, "1", 0, "Live from the conference floor")
    add(archive, "2", 1, "Slides are up now")
    arrange(archive.pk)
    bump_content_version()
    html = get(client, chat.url + "transcript/")
    assert "Live from the conference floor" in html and "Slides are up now" in html
    assert "Around the questions" not in html

    add(archive, "3", 2, "Q1 What did you see?", question=1)
    arrange(archive.pk)
    bump_content_version()
    html = get(client, chat.url + "transcript/")
    # Posts before Q1 beside a question group keep their heading.
    assert "Around the questions" in html and "What did you see?" in html
