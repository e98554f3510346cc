"""Streaming CSV rows from an uploaded binary file, with spreadsheet row numbers."""

import csv
import io

from django.utils.translation import gettext as _

from ..records import ArchiveFileError


def rows(binary_file, file_name):
    """Yield (row_number, dict) with row 1 being the header, as a spreadsheet numbers them.

    A cell holding a line break is still one row, so rows are counted, not lines.
    """
    text = io.TextIOWrapper(binary_file, encoding="utf-8-sig", errors="strict", newline="")
    # csv.reader and a dict per row, as DictReader makes them but without its per-row
    # Python overhead (a third of a twarc-csv file's parsing time).
    reader = csv.reader(text)
    names, number = None, 1
    try:
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return
            except UnicodeDecodeError:
                raise ArchiveFileError(
                    file_name, _("is not UTF-8 text; save it as UTF-8"), row=number + 1
                ) from None
            except csv.Error as error:
                raise ArchiveFileError(
                    file_name, _("is not valid CSV: %(error)s") % {"error": error}, row=number + 1
                ) from None
            if not cells:  # a blank line is no row (DictReader skips it too)
                continue
            if names is None:
                names = cells
                continue
            number += 1
            if len(cells) < len(names):
                raise ArchiveFileError(
                    file_name,
                    _(
                        "has %(cells)s cells where the header names %(names)s; "
                        "is the file cut short?"
                    )
                    % {"cells": len(cells), "names": len(names)},
                    row=number,
                )
            yield number, dict(zip(names, cells, strict=False))
    finally:
        # Closing the wrapper (even when a preview stops early) would close the caller's file.
        text.detach()


def header(head):
    first = next(iter(head.lstrip("\ufeff").splitlines()), "")
    try:
        return [name.strip() for name in next(csv.reader([first]), [])]
    except csv.Error:
        return []


NEUTRALISED = ("'=", "'+", "'-", "'@", "'\t", "'\r")


def cell(row, name):
    """A cell's text, with the apostrophe our own CSV export adds before formulas removed."""
    value = row.get(name) or ""
    return value[1:] if value.startswith(NEUTRALISED) else value
