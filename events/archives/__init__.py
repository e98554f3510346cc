"""Chat archives: importing the files people have, questions, measures, export.

Each format is a small module in `formats/` with `NAME`, `PLATFORM`, `detect(head)`
and `parse(binary_file, file_name)` yielding PostRecords; `importer.py` does the rest.
"""
