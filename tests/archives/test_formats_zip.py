"""Account archives as people download them: zip files, read in memory, member by member."""

import io
import zipfile
from pathlib import Path

import pytest

from events.archives.importer import import_archive, open_records
from events.archives.records import ArchiveFileError
from events.models import ArchivedPost, ArchiveImport, ChatArchive
from tests.factories import make_event

SAMPLES = Path(__file__).parent / "samples"


@pytest.fixture
def chat(event_index):
    return make_event(event_index, "Where did everyone go?", start="2013-04-23T15:00")


def zipped(folder=None, extra=(), prefix=""):
    """A zip of a sample folder (and extra (name, bytes) members), as an upload would be."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        if folder:
            for path in sorted((SAMPLES / folder).rglob("*")):
                if path.is_file():
                    archive.write(path, prefix + path.relative_to(SAMPLES / folder).as_posix())
        for name, data in extra:
            archive.writestr(name, data)
    buffer.seek(0)
    return buffer


def by_id(event):
    return {p.post_id: p for p in ArchivedPost.objects.filter(archive__event=event)}


def nothing_saved():
    return not (
        ChatArchive.objects.exists()
        or ArchivedPost.objects.exists()
        or ArchiveImport.objects.exists()
    )


def test_x_archive_zip_reads_every_tweets_part_with_the_handle_from_account_js(chat):
    result = import_archive(chat, zipped("x_archive"), "twitter-2024.zip")
    assert (result.file_format, result.rows_read, result.posts_added) == ("twitter-js", 3, 3)
    posts = by_id(chat)
    assert {p.author_handle for p in posts.values()} == {"sample_museum"}
    first = posts["326771006337781760"]
    assert first.text.startswith("Q1 Что вы публикуете?") and "🖼️" in first.text
    assert [link["expanded"] for link in first.links] == ["https://example.org/post"]
    assert posts["326771006337781761"].question == 1  # a reply inherits
    assert posts["326771006337781762"].text == "A1 Фотографии из фондов 📷"
    assert "326771006337781763" not in posts  # like.js is not read


def test_x_archive_zipped_inside_its_folder_and_account_given_on_the_command_line(chat):
    upload = zipped("x_archive", prefix="twitter-2024-01-01-abc/")
    import_archive(chat, upload, "archive.zip", account_handle="sample_other")
    assert {p.author_handle for p in by_id(chat).values()} == {"sample_other"}


def test_grailbird_zip_reads_month_files_in_order_with_user_details(chat):
    result = import_archive(chat, zipped("grailbird"), "tweets.zip")
    assert (result.file_format, result.rows_read) == ("twitter-js", 3)
    posts = by_id(chat)
    assert posts["326771006337781780"].author_handle == "sample_gallery"
    assert posts["334000000000000002"].author_handle == "sample_guest"  # its own user wins
    assert posts["334000000000000001"].question == 2


def test_mastodon_export_zip_reads_the_outbox(chat):
    result = import_archive(chat, zipped("mastodon_export"), "archive-20221201.zip")
    assert (result.file_format, result.rows_read) == ("mastodon-json", 3)
    posts = by_id(chat)
    first = posts["https://mastodon.example/users/sample_host/statuses/1"]
    assert first.author_handle == "sample_host@mastodon.example"
    assert first.text == "Q1 Где вы теперь? Where are you now? 🐘"
    reply = posts["https://mastodon.example/users/sample_host/statuses/2"]
    assert reply.reply_to_id == first.post_id and reply.question == 1
    boost = posts["https://mastodon.example/users/sample_host/statuses/3/activity"]
    assert boost.is_repost


def test_reimporting_a_zip_adds_nothing(chat):
    import_archive(chat, zipped("x_archive"), "archive.zip")
    again = import_archive(chat, zipped("x_archive"), "archive.zip")
    assert again.posts_added == 0 and ArchivedPost.objects.count() == 3


def test_errors_name_the_member_row_and_field_and_nothing_is_saved(chat):
    broken = (
        'window.YTD.tweets.part0 = [\n{"tweet": {"id_str": "1", "created_at": '
        '"Wed Apr 24 19:00:12 +0000 2013"}},\n{"tweet": {"id_str": "2", "created_at": '
        '"Wed Apr 24 19:00:12 +0000 2013"}},\n{"tweet": {"id_str": "3", "created_at": "soon"}}]'
    )
    upload = zipped("x_archive", extra=[("data/tweets-part2.js", broken)])
    with pytest.raises(ArchiveFileError) as error:
        import_archive(chat, upload, "archive.zip")
    assert str(error.value).startswith(
        "archive.zip/data/tweets-part2.js, row 3, field “created_at”: "
    )
    assert nothing_saved()


def test_a_zip_bomb_is_refused_before_anything_is_inflated(chat, settings):
    settings.HUB_ARCHIVE_MAX_BYTES = 200_000
    bomb = b" " * 5_000_000  # deflates to a few kB
    upload = zipped(extra=[("data/tweets.js", b"window.YTD.tweets.part0 = [" + bomb + b"]")])
    assert len(upload.getvalue()) < 200_000
    with pytest.raises(ArchiveFileError, match=r"archive.zip: unpacks to 4 MB; the limit is 0 MB"):
        import_archive(chat, upload, "archive.zip")
    assert nothing_saved()


@pytest.mark.parametrize("compression", [zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA])
def test_members_in_compressions_that_inflate_unbounded_are_refused(chat, compression):
    # zipfile's bzip2 and LZMA readers inflate whole chunks before checking sizes: a
    # member declaring 1 kB could unpack to gigabytes, so only deflate and stored pass.
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
        archive.writestr("data/tweets.js", (SAMPLES / "x_archive/data/tweets.js").read_bytes())
    buffer.seek(0)
    with pytest.raises(
        ArchiveFileError,
        match=r"archive.zip/data/tweets.js: uses a compression the hub does not unpack",
    ):
        import_archive(chat, buffer, "archive.zip", account_handle="sample_museum")
    assert nothing_saved()


def test_path_traversal_names_are_ignored(chat):
    tweets = (SAMPLES / "x_archive/data/tweets.js").read_bytes()
    upload = zipped(extra=[("../data/tweets.js", tweets), ("/data/tweets.js", tweets)])
    with pytest.raises(ArchiveFileError, match="archive.zip: is a zip file but not"):
        import_archive(chat, upload, "archive.zip")


@pytest.mark.parametrize(
    ("members", "message"),
    [
        ([("notes.txt", "hello")], "is a zip file but not a TAGS .xlsx, an X/Twitter archive"),
        ([], "is a zip file but not"),
        (
            [("data/tweets.js", b"\xff\xfe w\x00")],
            "archive.zip/data/tweets.js: is not UTF-8 text",
        ),
        (
            [("data/account.js", "{not json"), ("data/tweets.js", "window.YTD.tweets.part0 = []")],
            "archive.zip/data/account.js: is not valid UTF-8 JSON",
        ),
        (
            [("data/tweets.js", "window.YTD.tweets.part0 = []")],
            "archive.zip: holds no posts",
        ),
    ],
)
def test_zips_without_posts_are_rejected_clearly(chat, members, message):
    with pytest.raises(ArchiveFileError, match=message):
        import_archive(chat, zipped(extra=members), "archive.zip")
    assert nothing_saved()


def test_a_corrupt_zip_is_rejected(chat):
    data = zipped("x_archive").getvalue()
    with pytest.raises(ArchiveFileError, match="archive.zip: is not a readable zip file"):
        import_archive(chat, io.BytesIO(data[:200]), "archive.zip")
    # A member whose deflated bytes are damaged: the central directory is intact.
    damaged = bytearray(data)
    start = data.index(b"data/tweets.js") + len("data/tweets.js") + 40
    damaged[start : start + 40] = b"\x00" * 40
    with pytest.raises(ArchiveFileError, match="archive.zip/data/tweets.js"):
        import_archive(chat, io.BytesIO(bytes(damaged)), "archive.zip")
    assert nothing_saved()


def test_account_js_alone_says_what_to_import_instead(chat):
    with (
        (SAMPLES / "x_archive/data/account.js").open("rb") as handle,
        pytest.raises(
            ArchiveFileError,
            match="account.js: is the archive's “account” file, which holds no tweets",
        ),
    ):
        import_archive(chat, handle, "account.js")
    assert nothing_saved()


def test_a_zip_with_a_format_that_does_not_match_is_refused(chat):
    with pytest.raises(ArchiveFileError, match="holds “twitter-js” data, not “mastodon-json”"):
        open_records(zipped("x_archive"), "archive.zip", file_format="mastodon-json")


def test_open_records_leaves_the_file_where_it_was_and_reads_lazily(chat):
    upload = zipped("x_archive")
    module, records = open_records(upload, "archive.zip")
    assert module.NAME == "twitter-js" and upload.tell() == 0
    assert next(records).post_id == "326771006337781760"
    records.close()  # a preview stops early: the upload stays open
    assert not upload.closed
