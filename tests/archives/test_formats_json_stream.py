"""The incremental JSON reader: as json.loads reads it, errors with row and line, little memory."""

import io
import json
import tracemalloc
from collections import deque

import pytest

from events.archives.formats import json_stream, tags_csv, twitter_js
from events.archives.formats.json_stream import JsonItems
from events.archives.records import ArchiveFileError

DOCS = [
    [],
    [1, -2.5e-3, 1234567890123456789, True, None, "x"],
    [{"text": "Привет, мир 👋🏽", "n": [1, {"deep": ["ü" * 30]}]}, {"a": '\\"quoted\\"'}],
    [{"id": str(n), "text": "é🙂" * (n % 13)} for n in range(60)],
]


def items(data, **options):
    return [item for _row, _line, item in JsonItems(io.BytesIO(data), "f.json", **options)]


@pytest.mark.parametrize("chunk", [1, 2, 3, 7, 64, 1 << 16])
@pytest.mark.parametrize("doc", DOCS)
def test_same_items_as_json_loads_whatever_the_chunk_size(monkeypatch, chunk, doc):
    monkeypatch.setattr(json_stream, "CHUNK", chunk)
    for data in (json.dumps(doc), json.dumps(doc, indent=2, ensure_ascii=False)):
        assert items(("\ufeff" + data).encode()) == doc


@pytest.mark.parametrize("chunk", [3, 1 << 16])
def test_array_under_a_key_after_other_keys_and_a_javascript_prefix(monkeypatch, chunk):
    monkeypatch.setattr(json_stream, "CHUNK", chunk)
    outbox = {"@context": ["x", {"y": 1}], "totalItems": 2, "orderedItems": [{"a": 1}, {"b": 2}]}
    reader = JsonItems(io.BytesIO(json.dumps(outbox).encode()), "o.json", keys=("orderedItems",))
    assert [item for _r, _l, item in reader] == [{"a": 1}, {"b": 2}]
    assert reader.key == "orderedItems"
    data = b'window.YTD.tweets.part0 = [ {"tweet": {}} ];\n'
    assert items(data, prefix=twitter_js.PREFIX) == [{"tweet": {}}]


def test_rows_and_lines_are_counted():
    data = b'[\n{"a": 1},\n\n{"b": 2}, {"c": 3}\n]'
    assert [(row, line) for row, line, _item in JsonItems(io.BytesIO(data), "f")] == [
        (1, 2),
        (2, 4),
        (3, 4),
    ]


@pytest.mark.parametrize("chunk", [5, 1 << 16])
@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b'[{"a": 1},\n{"b": 2},\n{"c": }]', r"f.json, row 3: is not valid JSON at line 3"),
        (b'[{"a": 1},\n{"b": 2}\n{"c": 3}]', r"f.json, row 2: .* “{” where “,” or “]” belongs"),
        (b'[{"a": 1},\n{"b": "unterminated', r"f.json, row 2: is not valid JSON at line 2"),
        (b'[{"a": 1}', r"f.json, row 1: .* the end of the file where “,” or “]” belongs"),
        (b'[{"a": 1}] and more', r"f.json: has more text after its list, at line 1"),
        (b'{"a": 1}', r"f.json: should hold a list"),
        (b'"text"', r"f.json: should hold a list"),
        (b"", r"f.json: should hold a list"),
        (b'[{"a": "caf\xe9"}]', r"f.json: is not UTF-8 text \(after line 1\)"),
        (b"[" + b"9" * 5000 + b"]", r"f.json, row 1: is not valid JSON: Exceeds the limit"),
        (b"[" * 100_000, r"f.json, row 1: is nested too deeply"),
    ],
)
def test_errors_name_the_row_and_line(monkeypatch, chunk, data, message):
    monkeypatch.setattr(json_stream, "CHUNK", chunk)
    with pytest.raises(ArchiveFileError, match=message):
        items(data)


def test_an_item_longer_than_the_limit_is_refused(monkeypatch):
    monkeypatch.setattr(json_stream, "CHUNK", 64)
    monkeypatch.setattr(json_stream, "MAX_ITEM", 1000)
    data = json.dumps([{"a": 1}, {"text": "x" * 5000}]).encode()
    with pytest.raises(ArchiveFileError, match="f.json, row 2: has an item longer than"):
        items(data)


def _peak(parse, path):
    """Peak traced memory while parsing a file, keeping only the last record."""
    tracemalloc.start()
    try:
        with path.open("rb") as handle:
            last = deque(parse(handle, path.name, account_handle="sample_account"), maxlen=1)
        return tracemalloc.get_traced_memory()[1], last[0]
    finally:
        tracemalloc.stop()


def _peaks(parse, write, folder, small, large):
    """(size, peak, last record) for a file of `small` records, then one of `large`.

    A first read, not counted, leaves out what the first read of a process allocates once
    (about 100 kB: compiled patterns, imported codecs), which would make the small file's
    peak look larger than its read needs.
    """
    measured = []
    for count in (small, large):
        path = folder / f"{count}-records"
        write(path, count)
        if not measured:
            _peak(parse, path)
        measured.append((path.stat().st_size, *_peak(parse, path)))
    return measured


def _write_tweets_js(path, count):
    with path.open("w", encoding="utf-8") as out:
        out.write("window.YTD.tweets.part0 = [\n")
        for n in range(count):
            tweet = {
                "id_str": str(10**17 + n),
                "full_text": f"A{n % 9 + 1} пост номер {n} 🎨 " + "lorem ipsum " * 160,
                "created_at": "Wed Apr 24 19:00:12 +0000 2013",
                "entities": {"urls": [{"expanded_url": f"https://example.org/{n}"}]},
            }
            out.write(("," if n else "") + json.dumps({"tweet": tweet}, indent=2) + "\n")
        out.write("]\n")


def test_a_tweets_js_is_read_in_memory_that_does_not_grow_with_the_file(tmp_path):
    small, large = _peaks(twitter_js.parse, _write_tweets_js, tmp_path, 300, 1_500)
    size, peak, last = large
    assert last.post_id == str(10**17 + 1_499)
    assert size > 3_000_000
    # Each added MB of file costs under 10 kB more (a reader that kept each tweet's id
    # would cost more), and the peak stays about the same whatever the file's size.
    assert peak - small[1] < (size - small[0]) / 100
    assert peak < 1_000_000


def _write_tags_csv(path, count):
    with path.open("w", encoding="utf-8") as out:
        out.write("id_str,from_user,text,created_at\n")
        for n in range(count):
            out.write(
                f'{10**17 + n},sample_user,"A1 текст {n} 🎨 {"x" * 100}",2013-04-23T19:00:00Z\n'
            )


def test_a_large_csv_is_read_in_memory_that_does_not_grow_with_the_file(tmp_path):
    small, large = _peaks(tags_csv.parse, _write_tags_csv, tmp_path, 2_000, 10_000)
    size, peak, last = large
    assert last.post_id == str(10**17 + 9_999)
    assert peak - small[1] < (size - small[0]) / 100
    assert peak < size / 5


@pytest.mark.parametrize("chunk", [3, 1 << 16])
def test_duplicate_keys_the_last_wins_as_in_json_load(monkeypatch, chunk):
    """Mastodon's backup writes `"orderedItems":[]` before the real list under the same key."""
    monkeypatch.setattr(json_stream, "CHUNK", chunk)
    for data in (
        b'{"orderedItems": [], "totalItems": 2, "orderedItems": [{"a": 1, "a": 2}, {"b": 3}]}',
        b'{"orderedItems": {"not": "a list"}, "orderedItems": [{"a": 2}, {"b": 3}]}',
    ):
        reader = JsonItems(io.BytesIO(data), "o.json", keys=("orderedItems",))
        assert [item for _r, _l, item in reader] == json.loads(data)["orderedItems"]


@pytest.mark.parametrize(
    "data",
    [
        b'{"orderedItems": [{"a": 1}],\n"orderedItems": [{"b": 2}]}',
        b'{"orderedItems": [{"a": 1}],\n"orderedItems": []}',
    ],
)
def test_a_second_list_after_items_were_read_is_refused_not_mixed(data):
    """Items are yielded as they are read, so json.load's "last wins" cannot be honoured
    once a list has given items; the file is refused (the import is one transaction)."""
    reader = JsonItems(io.BytesIO(data), "o.json", keys=("orderedItems",))
    with pytest.raises(
        ArchiveFileError, match=r"o.json: has a second “orderedItems” list at line 2"
    ):
        list(reader)
