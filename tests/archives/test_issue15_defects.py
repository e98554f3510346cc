"""Each defect of issue 15, as a user meets it; every test here failed on the code before.

The real files that showed most of them are in tests/archives/real (test_real_files.py);
these are the remaining cases, each with the smallest input that shows it.
"""

import csv
import io
import json
import zipfile
from datetime import UTC, datetime, timedelta

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings
from openpyxl import Workbook

from events.archives import sources, uploads
from events.archives.export import export_csv
from events.archives.importer import import_archive
from events.archives.records import ArchiveFileError, language_code
from events.archives.text import linkify
from events.models import ArchivedPost, ArchiveUpload, ChatArchive
from tests.archives.test_formats_zip import zipped
from tests.factories import make_event

from .test_real_files import REAL


@pytest.fixture
def chat(event_index):
    return make_event(event_index, "A chat", start="2013-04-24T15:00")


def load(event, name, data, **options):
    return import_archive(event, io.BytesIO(data), name, **options)


def posts(event):
    return {p.post_id: p for p in ArchivedPost.objects.filter(archive__event=event)}


TWEET = {
    "id_str": "326771006337781760",
    "full_text": "&lt;- me too! Fish &amp; chips &gt; crisps",
    "created_at": "Wed Apr 24 19:00:12 +0000 2013",
    "lang": "en",
    "entities": {
        "urls": [
            {
                "url": "https://t.co/abc",
                "expanded_url": "https://example.org/post",
                "display_url": "example.org/post",
            }
        ],
        "media": [{"type": "photo", "media_url_https": "https://pbs.twimg.com/media/1.jpg"}],
    },
    "extended_entities": {
        "media": [
            {
                "type": "photo",
                "media_url_https": "https://pbs.twimg.com/media/1.jpg",
                "ext_alt_text": "A gallery",
            },
            {
                "type": "photo",
                "media_url_https": "https://pbs.twimg.com/media/2.jpg",
                "ext_alt_text": None,
            },
            {
                "type": "animated_gif",
                "media_url_https": "https://pbs.twimg.com/thumb/3.jpg",
                "video_info": {
                    "variants": [
                        {"content_type": "video/mp4", "url": "https://video.twimg.com/3.mp4"}
                    ]
                },
            },
        ]
    },
}


def tweets_js(*tweets):
    return ("window.YTD.tweets.part0 = " + json.dumps([{"tweet": t} for t in tweets])).encode()


def test_twitter_text_is_decoded_once_and_shown_escaped_once(chat, client):
    load(chat, "tweets.js", tweets_js(TWEET), account_handle="sample_museum")
    post = posts(chat)[TWEET["id_str"]]
    assert post.text == "<- me too! Fish & chips > crisps"
    html = linkify(post.text, "/search/")
    assert html.startswith("&lt;- me too! Fish &amp; chips &gt; crisps")
    assert "&amp;lt;" not in html


def test_every_photo_and_gif_with_alt_text_and_expanded_links(chat):
    load(chat, "tweets.js", tweets_js(TWEET), account_handle="sample_museum")
    post = posts(chat)[TWEET["id_str"]]
    assert post.media == [
        {"url": "https://pbs.twimg.com/media/1.jpg", "type": "photo", "alt": "A gallery"},
        {"url": "https://pbs.twimg.com/media/2.jpg", "type": "photo", "alt": ""},
        {"url": "https://video.twimg.com/3.mp4", "type": "gif", "alt": ""},
    ]
    assert post.links == [
        {
            "url": "https://t.co/abc",
            "expanded": "https://example.org/post",
            "display": "example.org/post",
        }
    ]
    html = linkify("see https://t.co/abc.", "/search/", post.links)
    assert (
        '<a href="https://example.org/post" rel="nofollow noopener ugc">example.org/post</a>.'
        in html
    )


def test_display_name_from_account_js(chat):
    import_archive(chat, zipped("x_archive"), "twitter-2024.zip")
    assert {p.author_name for p in posts(chat).values()} == {"Sample Museum"}


TWARC_HEADER = ["id", "created_at", "author.username", "author.name", "text", "lang"]


def twarc(*rows):
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(TWARC_HEADER)
    writer.writerows(rows)
    return out.getvalue().encode()


def test_twarc_csv_newline_escapes_and_json_literal_text(chat):
    data = twarc(
        ["1", "2013-04-24T19:00:00.000Z", "a", "A", "Q1 what?\\n#musesocial &amp; more", "en"],
        ["2", "2013-04-24T19:01:00.000Z", "b", "B", '"A1 it\\u2019s\\nthis"', "en"],
    )
    load(chat, "twarc.csv", data)
    by_id = posts(chat)
    assert by_id["1"].text == "Q1 what?\n#musesocial & more"
    assert by_id["2"].text == "A1 it’s\nthis"
    html = linkify(by_id["1"].text, "/search/")
    assert '<a href="/search/?q=%23musesocial">#musesocial</a>' in html


def test_links_leave_the_sentences_punctuation_outside():
    for text, url, after in [
        ("see https://example.org/a.", "https://example.org/a", "."),
        ("see https://example.org/a:", "https://example.org/a", ":"),
        ("(https://example.org/a)", "https://example.org/a", ")"),
        ("wow https://example.org/a!", "https://example.org/a", "!"),
        ('"https://example.org/a"', "https://example.org/a", "&quot;"),
        ("https://en.wikipedia.org/wiki/Foo_(bar)", "https://en.wikipedia.org/wiki/Foo_(bar)", ""),
    ]:
        html = linkify(text, "/search/")
        assert f'<a href="{url}" rel="nofollow noopener ugc">{url}</a>{after}' in html, html


def test_only_web_addresses_become_links_permalinks_or_media(chat):
    status = {
        "id": "1",
        "created_at": "2013-04-24T19:00:00.000Z",
        "url": "javascript:alert(1)",
        "uri": "data:text/html,x",
        "content": '<p><a href="javascript:alert(2)">x</a> <a href="https://ok.example/">ok</a></p>',
        "account": {"acct": "a@m.example", "display_name": ""},
        "media_attachments": [
            {"type": "image", "url": "data:image/png;base64,AAAA", "description": "bad"},
            {"type": "image", "url": "https://files.example/1.png", "description": "good"},
        ],
        "language": "en",
    }
    load(chat, "statuses.json", json.dumps([status]).encode())
    post = posts(chat)["1"]
    assert post.permalink == ""
    assert [link["expanded"] for link in post.links] == ["https://ok.example/"]
    assert post.media == [{"url": "https://files.example/1.png", "type": "photo", "alt": "good"}]


def test_every_string_cell_of_the_csv_export_is_neutralised(chat):
    archive = ChatArchive.objects.create(event=chat, platform="mastodon")
    post = ArchivedPost.objects.create(
        archive=archive,
        post_id="=HYPERLINK(1)",
        author_handle="@evil",
        created_at=datetime(2013, 4, 24, tzinfo=UTC),
        text="hi",
        language="-1",
        reply_to_id="+2",
        permalink="https://a.example/=1",
    )
    post.permalink = "=cmd"  # as a file could hold it before the web_url check
    rows = list(csv.DictReader(io.StringIO(export_csv([post]))))
    for name, value in rows[0].items():
        assert not value.startswith(("=", "+", "-", "@")), (name, value)
    assert rows[0]["id"] == "'=HYPERLINK(1)"


def test_language_codes_kept_only_when_valid_bcp47():
    for code in ("en", "pt-BR", "zh-Hant-TW", "und", "sr-Latn", "es-419"):
        assert language_code(code) == code
    for code in ("NA", "english", "12", "en_US_POSIX!", "", None, 5, "x" * 20):
        assert language_code(code) == ""


def test_a_refused_zip_names_its_members(chat):
    with pytest.raises(ArchiveFileError, match=r"holds notes/readme\.txt"):
        import_archive(chat, zipped(extra=[("notes/readme.txt", b"hello")]), "mystery.zip")


@override_settings(HUB_ARCHIVE_MAX_BYTES=20_000)
def test_a_zip_over_the_limit_names_the_member_that_unpacks_too_far(chat):
    big = ("data/tweets.js", b"window.YTD.tweets.part0 = [" + b" " * 30_000 + b"]")
    with pytest.raises(ArchiveFileError, match=r"^big\.zip/data/tweets\.js: is 0 MB unpacked"):
        import_archive(chat, zipped(extra=[big]), "big.zip")


def workbook(text_size):
    book = Workbook()
    sheet = book.active
    sheet.title = "Archive"
    sheet.append(["id_str", "from_user", "text", "created_at"])
    for n in range(20):
        sheet.append([str(10**17 + n), "a", f"{n} " + "x" * text_size, "2013-04-24 19:00:00"])
    data = io.BytesIO()
    book.save(data)
    return data.getvalue()


def with_shared_strings(data, size):
    """The workbook with a shared-strings table of `size` characters, as Google Sheets
    writes its text (openpyxl writes it inline)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", 8) as target:
        for info in source.infolist():
            target.writestr(info, source.read(info))
        sst = '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        target.writestr("xl/sharedStrings.xml", f"{sst}<si><t>{'x' * size}</t></si></sst>")
    return out.getvalue()


def test_xlsx_shared_strings_are_capped_and_named(chat, monkeypatch):
    monkeypatch.setattr(sources, "SHARED_STRINGS_LIMIT", 50_000)
    data = with_shared_strings(workbook(10), 100_000)
    assert len(data) < 50_000  # compressed it is small; unpacked it is not
    with pytest.raises(ArchiveFileError, match=r"^tags\.xlsx/xl/sharedStrings\.xml: is 0 MB"):
        load(chat, "tags.xlsx", data)
    assert not ChatArchive.objects.exists()


@override_settings(HUB_ARCHIVE_BACKGROUND_BYTES=60_000)
def test_background_import_is_judged_on_the_unpacked_size(chat):
    data = workbook(5_000)
    found = uploads.preview(chat, io.BytesIO(data), "tags.xlsx")
    assert len(data) < 60_000 < found["unpacked"]
    upload = ArchiveUpload(event=chat, file_name="tags.xlsx", size=len(data), preview=found)
    assert uploads.runs_in_background(upload)


def test_preview_stops_at_its_time_budget(chat, monkeypatch):
    monkeypatch.setattr(uploads, "PREVIEW_SECONDS", 0)
    found = uploads.preview(chat, (REAL / "mastodon_outbox_leask_2022.json").open("rb"), "o.json")
    assert found["rows"] == 1 and not found["complete"]


# The chat's window


def account_archive():
    """Tweets from 2010 to 2022, as an account archive holds them; one during the chat."""
    moments = ["Mon Mar 01 10:00:00 +0000 2010", "Wed Apr 24 19:00:12 +0000 2013"]
    moments += ["Sun May 01 10:00:00 +0000 2022"]
    return tweets_js(*({**TWEET, "id_str": str(n), "created_at": m} for n, m in enumerate(moments)))


def test_the_command_refuses_an_account_archive_without_a_window(chat, tmp_path):
    path = tmp_path / "tweets.js"
    path.write_bytes(account_archive())
    with pytest.raises(CommandError) as refused:
        call_command("import_chat_archive", str(chat.pk), str(path), "--account", "museum")
    message = str(refused.value)
    assert "3 posts from 2010-03-01 10:00 to 2022-05-01 10:00 UTC (4445 days)" in message
    assert "--since 2013-04-22 --until 2013-04-26" in message
    assert not ArchivedPost.objects.exists()

    call_command(
        "import_chat_archive", str(chat.pk), str(path), "--account", "museum",
        "--since", "2013-04-22", "--until", "2013-04-26",
    )  # fmt: skip
    assert list(posts(chat)) == ["1"]
    call_command("import_chat_archive", str(chat.pk), str(path), "--account", "museum", "--all")
    assert sorted(posts(chat)) == ["0", "1", "2"]


def test_the_command_refuses_a_file_from_another_day_without_a_window_that_imports_nothing(
    chat, tmp_path
):
    """A one-day file a year off (another chat, or the wrong event) is not called wider
    than the event, nor given a --since/--until that would import none of it."""
    path = tmp_path / "tweets.js"
    moments = ["Thu Apr 24 19:00:00 +0000 2014", "Thu Apr 24 19:01:00 +0000 2014"]
    path.write_bytes(
        tweets_js(*({**TWEET, "id_str": str(n), "created_at": m} for n, m in enumerate(moments)))
    )
    with pytest.raises(CommandError) as refused:
        call_command("import_chat_archive", str(chat.pk), str(path), "--account", "museum")
    message = str(refused.value)
    assert "2 posts from 2014-04-24 19:00 to 2014-04-24 19:01 UTC (1 day)" in message
    assert "none of them near the event (2013-04-24)" in message
    assert "--since" not in message and "much more" not in message
    assert not ArchivedPost.objects.exists()


def test_the_command_refuses_a_window_that_leaves_out_the_event(chat, tmp_path):
    path = tmp_path / "tweets.js"
    path.write_bytes(account_archive())
    with pytest.raises(CommandError) as refused:
        call_command(
            "import_chat_archive", str(chat.pk), str(path), "--account", "museum",
            "--since", "2022-05-01", "--until", "2022-05-02",
        )  # fmt: skip
    message = str(refused.value)
    assert "The window 2022-05-01 to 2022-05-02 leaves out the event (2013-04-24)" in message
    assert "--since 2013-04-22 --until 2013-04-26" in message
    assert not ArchivedPost.objects.exists()


def test_the_admin_preview_gives_the_span_per_day_and_a_window(chat):
    found = uploads.preview(chat, io.BytesIO(account_archive()), "tweets.js", account_handle="m")
    assert found["span_posts"] == 3
    assert (found["first"], found["last"]) == (
        "2010-03-01T10:00:00+00:00",
        "2022-05-01T10:00:00+00:00",
    )
    assert [count for _day, count in found["per_day"]] == [1, 1, 1]
    assert found["window"] == ["2013-04-22T19:00:00+00:00", "2013-04-26T19:00:00+00:00"]


def test_posts_outside_the_window_are_not_imported(chat):
    since = datetime(2013, 4, 22, tzinfo=UTC)
    until = datetime(2013, 4, 27, tzinfo=UTC)
    result = load(
        chat, "tweets.js", account_archive(), account_handle="m", since=since, until=until
    )
    assert (result.rows_read, result.posts_added) == (3, 1)
    with pytest.raises(ArchiveFileError, match="none of its 3 posts between"):
        load(
            chat,
            "tweets.js",
            account_archive(),
            account_handle="m",
            until=since - timedelta(days=9999),
        )


def test_an_archive_keeps_each_posts_platform(chat):
    load(chat, "bluesky.json", (REAL / "bluesky_searchposts_atprotodart.json").read_bytes())
    load(
        chat, "statuses.json", (REAL / "mastodon_api_hashtag_timeline_mastodonpy.json").read_bytes()
    )
    platforms = {p.platform for p in posts(chat).values()}
    assert platforms == {"bluesky", "mastodon"}
    assert ChatArchive.objects.get().platform == "bluesky"  # the first file's


def test_zip_of_an_outbox_with_numeric_actor_takes_user_at_host_from_actor_json(chat):
    outbox = {
        "orderedItems": [
            {
                "id": "https://mastodon.social/ap/users/1168/statuses/1/activity",
                "type": "Announce",
                "actor": "https://mastodon.social/ap/users/1168",
                "published": "2013-04-24T19:00:00Z",
                "object": "https://other.example/users/x/statuses/9",
            }
        ]
    }
    actor = {"id": "https://mastodon.social/ap/users/1168", "preferredUsername": "darkpatern"}
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as archive:
        archive.writestr("outbox.json", json.dumps(outbox))
        archive.writestr("actor.json", json.dumps(actor))
    data.seek(0)
    import_archive(chat, data, "export.zip")
    assert [p.author_handle for p in posts(chat).values()] == ["darkpatern@mastodon.social"]
