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
    reader = csv.DictReader(text)
    number = 1
    try:
        while True:
            try:
                row = next(reader)
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
            number += 1
            if None in row.values():
                # DictReader fills a short row's missing cells with None: a file cut off.
                raise ArchiveFileError(
                    file_name,
                    _(
                        "has %(cells)s cells where the header names %(names)s; "
                        "is the file cut short?"
                    )
                    % {
                        "cells": len(reader.fieldnames) - list(row.values()).count(None),
                        "names": len(reader.fieldnames),
                    },
                    row=number,
                )
            yield number, row
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
