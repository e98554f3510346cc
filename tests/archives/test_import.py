"""Importing the files people really have: each format, detection, errors, idempotence."""

import csv
import io
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.archives.export import export_csv, export_json, neutralise
from events.archives.importer import import_archive
from events.archives.questions import question_number
from events.archives.records import ArchiveFileError
from events.models import ArchivedPost, ChatArchive
from tests.factories import make_event

SAMPLES = Path(__file__).parent / "samples"


@pytest.fixture
def chat(event_index):
    return make_event(event_index, "What's the point of social media?", start="2013-04-23T15:00")


def load(event, name, **options):
    with (SAMPLES / name).open("rb") as handle:
        return import_archive(event, handle, name, **options)


def posts(event):
    return {p.post_id: p for p in ArchivedPost.objects.filter(archive__event=event)}


def test_tags_csv_with_mangled_ids_duplicates_cyrillic_and_emoji(chat):
    result = load(chat, "tags.csv")
    assert result.file_format == "tags-csv"
    assert result.rows_read == 7
    assert result.posts_added == 6  # one duplicate row
    by_id = posts(chat)
    # "1.26426E+18" in id_str: the real id comes from status_url.
    assert "326771584518406144" in by_id
    assert (
        by_id["326771584518406144"].text.startswith("A1: to talk with visitors")
        and "🎨" in by_id["326771584518406144"].text
    )
    assert by_id["326772000000000002"].text.startswith("A1 Говорить")
    assert by_id["326772100000000003"].is_repost
    assert by_id["326771900000000001"].reply_to_id == "326771584518406144"


def test_questions_follow_q_and_a_and_replies_inherit(chat):
    load(chat, "tags.csv")
    by_id = posts(chat)
    assert by_id["326771006337781760"].question == 1  # Q1 by the host
    assert by_id["326771584518406144"].question == 1  # A1:
    assert by_id["326771900000000001"].question == 1  # a reply to an A1
    assert by_id["326772000000000002"].question == 1  # A1 in Cyrillic text
    assert by_id["326772200000000004"].question == 2


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Q3 what next?", 3),
        ("A2: yes", 2),
        ("a4) maybe", 4),
        ("Agreed with A10.", 10),
        ("A1-A3 all of them", 1),
        ("See https://x.example/A1 later", None),
        ("Art", None),
    ],
)
def test_question_number_convention(text, number):
    assert question_number(text) == number


def test_reimporting_the_same_file_adds_nothing(chat):
    load(chat, "tags.csv")
    again = load(chat, "tags.csv")
    assert again.posts_added == 0
    assert ArchivedPost.objects.count() == 6
    assert chat.chat_archive.imports.count() == 2


def test_twarc_csv_keeps_replies_quotes_and_names(chat):
    result = load(chat, "twarc.csv")
    assert result.file_format == "twarc-csv"
    by_id = posts(chat)
    assert by_id["1600000000000000002"].author_name == "Sample Archivist"
    assert by_id["1600000000000000003"].reply_to_id == "1600000000000000002"
    assert by_id["1600000000000000003"].question == 1  # inherits through the thread
    assert by_id["1600000000000000004"].is_quote


def test_twitter_account_archive_needs_the_account_handle(chat):
    with pytest.raises(ArchiveFileError, match="tweets.js, row 1, field “user”"):
        load(chat, "tweets.js")
    assert not ChatArchive.objects.exists()
    result = load(chat, "tweets.js", account_handle="sample_museum")
    assert result.file_format == "twitter-js"
    by_id = posts(chat)
    assert by_id["326771006337781761"].text == "A1 Мы публикуем новости выставок"
    assert [link["expanded"] for link in by_id["326771006337781760"].links] == [
        "https://example.org/post"
    ]


def test_grailbird_month_file_of_2013(chat):
    result = load(chat, "grailbird_2013_04.js")
    post = posts(chat)["326771006337781770"]
    assert result.file_format == "twitter-js"
    assert post.author_handle == "sample_museum"
    assert post.created_at.isoformat() == "2013-04-23T19:12:00+00:00"
    assert post.question == 2


def test_mastodon_html_becomes_safe_plain_text(chat):
    result = load(chat, "mastodon.json")
    assert result.file_format == "mastodon-json"
    by_id = posts(chat)
    reply = by_id["109000000000000002"]
    assert (
        reply.text == "We moved here & kept our archive\nall of it <script>\n\nSecond paragraph bad"
    )
    assert reply.links == []  # javascript: links are dropped
    assert reply.media == [{"url": "https://files.example/image.png", "type": "media", "alt": ""}]
    assert reply.question == 1
    assert by_id["109000000000000003"].is_repost
    assert by_id["109000000000000001"].author_handle == "sample_host@mastodon.example"


def test_bluesky_keeps_links_from_facets_and_threads(chat):
    result = load(chat, "bluesky.json")
    assert result.file_format == "bluesky-json"
    by_id = posts(chat)
    first = by_id["at://did:plc:samplehost/app.bsky.feed.post/3k1"]
    assert first.links == [
        {
            "url": "https://example.org/notes",
            "expanded": "https://example.org/notes",
            "display": "example.org",
        }
    ]
    assert first.permalink == "https://bsky.app/profile/samplehost.bsky.social/post/3k1"
    reply = by_id["at://did:plc:samplemuseum/app.bsky.feed.post/3k2"]
    assert reply.reply_to_id == first.post_id and reply.language == "ru"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            "id_str,from_user,text,created_at\n1,sample,hi,not a date\n",
            "bad.csv, row 2, field “created_at”",
        ),
        (
            "id,created_at,text,author.username\nabc,2022-12-01T19:00:00Z,hi,sample\n",
            "bad.csv, row 2, field “id”",
        ),
        (
            'window.YTD.tweets.part0 = [{"tweet": {"id_str": "x"}}]',
            "bad.csv, row 1, field “id_str”",
        ),
        (
            '[{"id": "1", "created_at": "2022-12-01T19:00:00Z", "content": "<p>hi</p>", '
            '"account": {"acct": ""}}]',
            "bad.csv, row 1, field “account.acct”",
        ),
        (
            '{"posts": [{"uri": "at://x/app.bsky.feed.post/1", "author": {"handle": "h"}, '
            '"record": {"text": "t"}}]}',
            "bad.csv, row 1, field “record.createdAt”",
        ),
        ("just some words\n", "is not a format the hub can import"),
    ],
)
def test_malformed_file_names_row_and_field_and_changes_nothing(chat, content, message):
    load(chat, "tags.csv")
    before = ArchivedPost.objects.count()
    with pytest.raises(ArchiveFileError, match=message):
        import_archive(chat, io.BytesIO(content.encode()), "bad.csv")
    assert ArchivedPost.objects.count() == before
    assert chat.chat_archive.imports.count() == 1


def test_a_bad_row_late_in_the_file_rolls_back_the_good_rows(chat):
    with pytest.raises(ArchiveFileError, match="tags_bad.csv, row 3, field “from_user”"):
        load(chat, "tags_bad.csv")
    assert ArchivedPost.objects.count() == 0


def test_size_limit_is_named(chat, settings):
    settings.HUB_ARCHIVE_MAX_BYTES = 100
    with pytest.raises(ArchiveFileError, match="the limit is"):
        load(chat, "tags.csv")


def test_csv_export_neutralises_formulas_and_round_trips(chat, event_index):
    load(chat, "tags.csv")
    exported = export_csv(chat.chat_archive.posts.order_by("created_at"))
    rows = list(csv.DictReader(io.StringIO(exported)))
    formula = next(row for row in rows if row["id"] == "326772200000000004")
    assert formula["text"].startswith("Q2")  # not a formula: left alone
    assert neutralise("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert neutralise("@sample") == "'@sample" and neutralise("-1") == "'-1"
    copy = make_event(event_index, "Copy", start="2013-04-23T15:00")
    import_archive(copy, io.BytesIO(exported.encode()), "export.csv")
    original = {
        p.post_id: (p.text, p.created_at, p.reply_to_id) for p in chat.chat_archive.posts.all()
    }
    again = {
        p.post_id: (p.text, p.created_at, p.reply_to_id) for p in copy.chat_archive.posts.all()
    }
    assert again == original


def test_json_export_lists_every_visible_post(chat):
    load(chat, "bluesky.json")
    data = json.loads(export_json(chat.chat_archive.posts.all()))
    assert [item["author"]["handle"] for item in data] == [
        "samplehost.bsky.social",
        "samplemuseum.bsky.social",
    ]
    assert data[1]["text"] == "A1 мы! 🙌"


def test_command_imports_and_rejects_with_the_error(chat, capsys, tmp_path):
    # The sample's posts are from 2022, the chat from 2013: --all takes them anyway.
    call_command("import_chat_archive", str(chat.pk), str(SAMPLES / "twarc.csv"), "--all")
    assert "4 rows read, 4 new posts" in capsys.readouterr().out
    bad = tmp_path / "broken.csv"
    bad.write_text("id,created_at,text,author.username\n1,yesterday,hi,sample\n")
    with pytest.raises(CommandError, match="Rejected, nothing imported: broken.csv, row 2"):
        call_command("import_chat_archive", chat.url, str(bad))
    with pytest.raises(CommandError, match="No event page matches"):
        call_command("import_chat_archive", "/en/events/nope/", str(bad))


def test_transcript_groups_by_question_escapes_and_hides(client, chat):
    load(chat, "tags.csv")
    hidden = ArchivedPost.objects.get(post_id="326772000000000002")
    hidden.hidden, hidden.hidden_reason = True, "Takedown request"
    hidden.save()
    key = ArchivedPost.objects.get(post_id="326771584518406144")
    key.is_key = True
    key.save()
    html = client.get(chat.url + "transcript/").content.decode()
    assert '<span class="chat-group__number">Q1</span>' in html
    assert '<span class="chat-group__number">Q2</span>' in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>alert(1)" not in html
    assert "Говорить с посетителями" not in html
    assert "1 post is hidden" in html
    assert html.index("Key posts") < html.index("The conversation")
    assert '<svg class="timeline" role="img"' in html
    # The reply is threaded under the post it answers.
    assert '<ol class="thread" role="list">' in html
    # Post times read in the event's own zone: 19:00 UTC was 3:00 PM in New York.
    assert "3:00 PM EDT</time>" in html
    assert ArchivedPost.objects.filter(hidden=True).count() == 1  # hidden, not deleted
    response = client.get(chat.url + "transcript/export/csv/")
    exported = b"".join(response.streaming_content).decode()
    assert "Говорить" not in exported


def test_event_page_links_its_transcript(client, chat, django_capture_on_commit_callbacks):
    assert "Read the transcript" not in client.get(chat.url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        load(chat, "twarc.csv")
    html = client.get(chat.url).content.decode()
    assert "4 posts by 4 people" in html and "transcript/" in html


def _bulk_posts(event, count):
    from datetime import timedelta

    from django.utils import timezone

    archive, _ = ChatArchive.objects.get_or_create(event=event, defaults={"platform": "x"})
    start = timezone.now() - timedelta(days=1)
    existing = archive.posts.count()
    ArchivedPost.objects.bulk_create(
        ArchivedPost(
            archive=archive,
            post_id=str(existing + n),
            author_handle=f"sample_{n % 50}",
            created_at=start + timedelta(seconds=n),
            text=f"A{n % 8 + 1} sample post {n}",
            question=n % 8 + 1,
        )
        for n in range(count)
    )
    from hub.cache import bump_content_version

    bump_content_version()


def test_transcript_queries_stay_flat_from_100_to_10000_posts(client, chat):
    def count():
        client.get(chat.url + "transcript/")  # warm the cached measures
        with CaptureQueriesContext(connection) as queries:
            assert client.get(chat.url + "transcript/").status_code == 200
        return len(queries)

    _bulk_posts(chat, 100)
    few = count()
    _bulk_posts(chat, 9900)
    many = count()
    assert few == many
    assert many <= 12


def test_command_reads_zips_and_rejects_a_bad_member_naming_row_and_field(chat, capsys, tmp_path):
    import zipfile

    upload = tmp_path / "twitter-archive.zip"
    with zipfile.ZipFile(upload, "w") as archive:
        for path in (SAMPLES / "x_archive" / "data").iterdir():
            archive.write(path, f"data/{path.name}")
    call_command("import_chat_archive", str(chat.pk), str(upload))
    captured = capsys.readouterr()
    assert "twitter-archive.zip (twitter-js): 3 rows read, 3 new posts" in captured.out
    assert "3 rows read" in captured.err  # progress
    before = ArchivedPost.objects.count()
    with zipfile.ZipFile(upload, "a") as archive:
        archive.writestr(
            "data/tweets-part2.js",
            'window.YTD.tweets.part0 = [{"tweet": {"id_str": "9", "created_at": "Wed Apr 24 '
            '19:00:12 +0000 2013"}}, {"tweet": {"id_str": "10", "created_at": "later"}}]',
        )
    with pytest.raises(
        CommandError,
        match="Rejected, nothing imported: twitter-archive.zip/data/tweets-part2.js, row 2, "
        "field “created_at”",
    ):
        call_command("import_chat_archive", str(chat.pk), str(upload))
    assert ArchivedPost.objects.count() == before
    assert chat.chat_archive.imports.count() == 1


def test_command_help_names_the_formats(capsys):
    with pytest.raises(SystemExit):
        call_command("import_chat_archive", "--help")
    help_text = " ".join(capsys.readouterr().out.split())
    assert ".xlsx" in help_text and "archive .zip" in help_text and "tags-xlsx" in help_text
