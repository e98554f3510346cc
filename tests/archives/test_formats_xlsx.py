"""TAGS downloaded as .xlsx: the Archive sheet, ids a spreadsheet mangled, streamed rows."""

import io
import zipfile
from datetime import datetime

import pytest
from openpyxl import Workbook

from events.archives.importer import import_archive, open_records
from events.archives.records import ArchiveFileError
from events.models import ArchivedPost, ArchiveImport, ChatArchive
from tests.factories import make_event

HEADER = [
    "id_str",
    "from_user",
    "text",
    "created_at",
    "time",
    "in_reply_to_status_id_str",
    "user_lang",
    "status_url",
]
URL = "https://twitter.com/{}/status/{}"
ROWS = [
    # A proper text id.
    [
        "326771006337781760",
        "sample_host",
        "Q1 Зачем музею соцсети? #musesocial",
        "Tue Apr 23 19:00:12 +0000 2013",
        datetime(2013, 4, 23, 19, 0, 12),
        None,
        "ru",
        URL.format("sample_host", "326771006337781760"),
    ],
    # The spreadsheet showed the id as 1.26426E+18 and saved that text.
    [
        "1.26426E+18",
        "sample_curator",
        "A1: чтобы говорить с посетителями 🎨",
        "Tue Apr 23 19:02:30 +0000 2013",
        None,
        None,
        "ru",
        URL.format("sample_curator", "326771584518406144"),
    ],
    # A float cell: precision lost, the URL has it whole.
    [
        3.26771900000000e17,
        "sample_museum",
        "@sample_curator agreed 👍",
        "Tue Apr 23 19:03:10 +0000 2013",
        None,
        "326771584518406144",
        "en",
        URL.format("sample_museum", "326771900000000001"),
    ],
    [None, None, None, None, None, None, None, None],  # a blank row is skipped
    # No created_at text: the time cell (a real date) is used.
    [
        "326772200000000004",
        "@sample_host",
        "Q2 What's next?",
        None,
        datetime(2013, 4, 23, 19, 10),
        3.26771006337781e17,  # a float reply id cannot be mended: dropped, not guessed
        "en",
        None,
    ],
]


def workbook(rows=ROWS, header=HEADER, title="Archive", other_sheet_first=True):
    book = Workbook()
    if other_sheet_first:
        book.active.title = "Readme"
        book.active.append(["Twitter Archiving Google Sheet", "not data"])
        sheet = book.create_sheet(title)
    else:
        sheet = book.active
        sheet.title = title
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    buffer.seek(0)
    return buffer


@pytest.fixture
def chat(event_index):
    return make_event(event_index, "What's the point of social media?", start="2013-04-23T15:00")


def by_id(event):
    return {p.post_id: p for p in ArchivedPost.objects.filter(archive__event=event)}


def test_archive_sheet_is_imported_with_ids_mended_from_status_url(chat):
    # The name says nothing: the content is a zip holding xl/workbook.xml.
    result = import_archive(chat, workbook(), "upload.bin")
    assert (result.file_format, result.rows_read, result.posts_added) == ("tags-xlsx", 4, 4)
    posts = by_id(chat)
    assert set(posts) == {
        "326771006337781760",
        "326771584518406144",
        "326771900000000001",
        "326772200000000004",
    }
    assert posts["326771584518406144"].text == "A1: чтобы говорить с посетителями 🎨"
    reply = posts["326771900000000001"]
    assert reply.reply_to_id == "326771584518406144" and reply.question == 1
    later = posts["326772200000000004"]
    assert later.author_handle == "sample_host" and later.question == 2
    assert later.reply_to_id == ""
    assert later.created_at.isoformat() == "2013-04-23T19:10:00+00:00"
    assert later.permalink == "https://x.com/sample_host/status/326772200000000004"


def test_first_sheet_is_read_when_none_is_called_archive(chat):
    result = import_archive(chat, workbook(title="Sheet1", other_sheet_first=False), "t.xlsx")
    assert result.rows_read == 4


def test_an_id_no_cell_or_url_can_mend_names_row_and_field(chat):
    rows = [*ROWS[:2], [1.5e18, "sample_user", "lost", "Tue Apr 23 19:05:00 +0000 2013"]]
    with pytest.raises(
        ArchiveFileError, match="t.xlsx, row 4, field “id_str”: “1.5e\\+18” is not a post id"
    ):
        import_archive(chat, workbook(rows), "t.xlsx")
    assert not (ChatArchive.objects.exists() or ArchiveImport.objects.exists())


def test_bad_date_names_row_and_field(chat):
    rows = [["1", "sample_user", "hi", "someday"]]
    with pytest.raises(ArchiveFileError, match="t.xlsx, row 2, field “created_at”"):
        import_archive(chat, workbook(rows), "t.xlsx")


def test_a_workbook_without_tags_columns_is_refused(chat):
    with pytest.raises(ArchiveFileError, match="t.xlsx, row 1: has no TAGS Archive sheet"):
        import_archive(chat, workbook(header=["id", "tweet"]), "t.xlsx")


def test_a_broken_workbook_is_refused(chat):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/workbook.xml", "<not a workbook")
    buffer.seek(0)
    with pytest.raises(ArchiveFileError, match="t.xlsx: is not a workbook the hub can read"):
        import_archive(chat, buffer, "t.xlsx")
    assert not ArchivedPost.objects.exists()


def test_rows_are_read_lazily_and_tags_xlsx_can_be_named(chat):
    upload = workbook()
    module, records = open_records(upload, "t.xlsx", file_format="tags-xlsx")
    assert module.NAME == "tags-xlsx"
    assert next(records).post_id == "326771006337781760"
    records.close()
    with pytest.raises(ArchiveFileError, match="t.csv: is not an .xlsx workbook"):
        open_records(io.BytesIO(b"id_str,from_user\n"), "t.csv", file_format="tags-xlsx")
