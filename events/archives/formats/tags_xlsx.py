"""TAGS (Twitter Archiving Google Sheet) downloaded as .xlsx: the "Archive" sheet.

Rows stream from openpyxl's read-only mode and map through tags_csv's `record()`.
An .xlsx is a zip, so `sources.py` recognises it from its members, not `detect(head)`.
"""

from datetime import date, datetime, time

from django.utils.translation import gettext_lazy as _
from openpyxl import load_workbook

from events.choices import Platform

from ..records import ArchiveFileError
from . import tags_csv

NAME = "tags-xlsx"
LABEL = _("TAGS spreadsheet (Excel)")
PLATFORM = Platform.X
SHEET = "Archive"


def detect(head):
    return False  # binary: see detect_zip


def detect_zip(names):
    return "xl/workbook.xml" in names


def cell_text(value):
    """A cell as the text a CSV export would hold.

    A float cell is never an id: written as 1.26426e+18, it fails the digit check, so the
    id comes from status_url. Dates read as ISO (naive ones are taken as UTC).
    """
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return str(value)


def _rows(binary_file, file_name):
    book = load_workbook(binary_file, read_only=True, data_only=True)
    try:
        sheet = book[SHEET] if SHEET in book.sheetnames else book.worksheets[0]
        values = sheet.iter_rows(values_only=True)
        names = [cell_text(value).strip() for value in next(values, ())]
        if not set(names) >= tags_csv.REQUIRED:
            raise ArchiveFileError(
                file_name,
                _("has no TAGS Archive sheet: its first row should name the columns %(names)s")
                % {"names": ", ".join(sorted(tags_csv.REQUIRED))},
                row=1,
            )
        for number, row in enumerate(values, start=2):
            if any(value not in (None, "") for value in row):
                yield number, dict(zip(names, map(cell_text, row), strict=False))
    finally:
        book.close()


def parse(binary_file, file_name, account_handle="", **_options):
    rows = _rows(binary_file, file_name)
    while True:
        try:
            number, row = next(rows)
        except StopIteration:
            return
        except ArchiveFileError:
            raise
        except Exception as error:  # openpyxl raises many kinds of error on a broken file
            raise ArchiveFileError(
                file_name,
                _("is not a workbook the hub can read (%(error)s)")
                % {"error": f"{type(error).__name__}: {str(error)[:200]}"},
            ) from None
        yield tags_csv.record(row, number, file_name)
