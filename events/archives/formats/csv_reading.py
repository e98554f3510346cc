"""Streaming CSV rows from an uploaded binary file, with spreadsheet row numbers."""

import csv
import io


def rows(binary_file):
    """Yield (row_number, dict) with row 1 being the header, as a spreadsheet numbers them."""
    text = io.TextIOWrapper(binary_file, encoding="utf-8-sig", errors="strict", newline="")
    reader = csv.DictReader(text)
    for row in reader:
        yield reader.line_num, row
    text.detach()


def header(head):
    first = head.lstrip("\ufeff").splitlines()[0] if head.strip() else ""
    return [name.strip() for name in next(csv.reader([first]), [])]


NEUTRALISED = ("'=", "'+", "'-", "'@", "'\t", "'\r")


def cell(row, name):
    """A cell's text, with the apostrophe our own CSV export adds before formulas removed."""
    value = row.get(name) or ""
    return value[1:] if value.startswith(NEUTRALISED) else value
