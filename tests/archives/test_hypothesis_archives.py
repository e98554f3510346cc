"""Property-based tests of the importers: whatever file arrives, the only error is an
ArchiveFileError, and a rejected import leaves nothing behind.

Hypothesis sends arbitrary bytes, text in the wrong encoding (latin-1, UTF-16), control
characters, NUL, lone surrogates in JSON escapes, huge numbers and strings, mixed scripts,
and files of each format whose fields hold any JSON value. Detection, every parser and
`import_archive` are driven to the end; when an import succeeds, every saved value fits
its column (SQLite does not enforce lengths; PostgreSQL would raise).
"""

import io
import json
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from openpyxl import Workbook

from events.archives.formats import BY_NAME, mastodon_json, twitter_js
from events.archives.importer import import_archive, open_records
from events.archives.records import ArchiveFileError
from events.models import ArchivedPost, ArchiveImport, ChatArchive
from tests.factories import make_event

EXAMPLES = hypothesis_settings(
    max_examples=60,
    deadline=None,
    database=None,
    # The event is made once per test and shared by its examples on purpose: each example
    # compares the rows before and after.
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

NASTY = st.sampled_from(
    [
        "",
        " ",
        "\x00",
        "A1\x00nul",
        "\x0b\x1b[31m",
        "\ud83c",  # half an emoji, as a JSON escape would give it
        "\u202eevil",
        "Q1 Музей 博物館 متحف 🏛️",
        "1.26426E+18",
        "326771006337781760",
        "٣٢٦٧٧١",  # digits, but not ASCII ones
        "Tue Apr 23 19:00:12 +0000 2013",
        "0001-01-01T00:00:00+01:00",
        "9999-12-31T23:59:59-05:00",
        "2013-02-30",
        "https://x.com/sample/status/1",
        "https://[broken/users/x",
        "at://did:plc:sample/app.bsky.feed.post/1",
        "x" * 300,
        "9" * 400,
    ]
)
TEXT = st.one_of(NASTY, st.text(max_size=40))
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
    max_leaves=8,
)
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "latin-1", "utf-16", "cp1251"])


def field(name, valid):
    """A value for one field: usually a plausible one, sometimes anything."""
    return st.one_of(st.just(valid), st.just(valid), JSON).map(lambda value: (name, value))


def obj(**fields):
    """A dict strategy whose fields are drawn by `field`, some left out."""
    parts = [st.one_of(field(name, valid), st.just(None)) for name, valid in fields.items()]
    return st.tuples(*parts).map(lambda pairs: dict(pair for pair in pairs if pair))


TWEET = obj(
    id_str="326771006337781760",
    full_text="A1 ответ 🎨",
    created_at="Wed Apr 24 19:00:12 +0000 2013",
    in_reply_to_status_id_str="1",
    user={"screen_name": "sample_user", "name": "Sample"},
    entities={"urls": [{"expanded_url": "https://example.org"}], "media": []},
    lang="ru",
    retweeted_status={},
)
STATUS = obj(
    id="109000000000000001",
    created_at="2022-12-01T19:00:00Z",
    content="<p>A1 <a href='https://example.org'>ссылка</a> 🐘</p>",
    account={"acct": "sample@mastodon.example", "display_name": "Sample"},
    in_reply_to_id=None,
    reblog=None,
    media_attachments=[{"url": "https://files.example/a.png"}],
    url="https://mastodon.example/@sample/1",
    language="en",
)
ACTIVITY = obj(
    id="https://mastodon.example/users/sample/statuses/1/activity",
    type="Create",
    actor="https://mastodon.example/users/sample",
    published="2022-12-01T19:00:00Z",
    object={"id": "https://mastodon.example/users/sample/statuses/1", "content": "<p>Q1</p>"},
)
POST = obj(
    uri="at://did:plc:sample/app.bsky.feed.post/3k1",
    author={"handle": "sample.bsky.social", "displayName": "Sample"},
    record={"text": "A1 да", "createdAt": "2024-02-01T19:00:00Z", "langs": ["ru"]},
)


def _dumps(value, ascii_only):
    return json.dumps(value, ensure_ascii=ascii_only, allow_nan=True)


JSON_FILES = st.one_of(
    st.tuples(st.lists(st.one_of(TWEET.map(lambda t: {"tweet": t}), JSON), max_size=4)).map(
        lambda t: "window.YTD.tweets.part0 = " + json.dumps(t[0])
    ),
    st.lists(st.one_of(STATUS, JSON), max_size=4).map(json.dumps),
    st.lists(st.one_of(ACTIVITY, JSON), max_size=4).map(
        lambda items: json.dumps({"id": "outbox.json", "orderedItems": items})
    ),
    st.lists(st.one_of(POST, JSON), max_size=4).map(lambda items: json.dumps({"posts": items})),
    st.lists(st.one_of(POST.map(lambda p: {"post": p}), JSON), max_size=4).map(
        lambda items: json.dumps({"feed": items})
    ),
)
CSV_HEADERS = st.sampled_from(
    [
        "id_str,from_user,text,created_at,time,in_reply_to_status_id_str,status_url,user_lang",
        "id,created_at,text,author.username,author.name,referenced_tweets.replied_to.id,lang",
    ]
)
CSV_FILES = st.tuples(
    CSV_HEADERS,
    st.lists(st.lists(TEXT, min_size=0, max_size=9), max_size=4),
    st.sampled_from([",", ";", "\t"]),
).map(
    lambda t: (
        t[0]
        + "\n"
        + "".join(
            t[2].join('"' + cell.replace('"', '""') + '"' for cell in row) + "\r\n" for row in t[1]
        )
    )
)


def encoded(text_strategy):
    return st.tuples(text_strategy, ENCODINGS).map(lambda t: t[0].encode(t[1], errors="replace"))


FILES = st.one_of(
    st.binary(max_size=300),
    encoded(st.text(max_size=200)),
    encoded(JSON_FILES),
    encoded(CSV_FILES),
    JSON_FILES.map(lambda text: text.encode("utf-8", errors="surrogatepass")),
)


def read_all(data, **options):
    """Open and read every record of a file; returns how many, or the ArchiveFileError."""
    try:
        _module, records = open_records(io.BytesIO(data), "fuzz.bin", **options)
        return sum(1 for _record in records)
    except ArchiveFileError as error:
        assert str(error).startswith("fuzz.bin")
        return error


@EXAMPLES
@given(data=FILES)
def test_detection_and_every_parser_raise_only_archive_file_errors(data):
    read_all(data)
    for name in BY_NAME:
        read_all(data, file_format=name, account_handle="sample_account")


@pytest.fixture
def chat(event_index):
    return make_event(event_index, "Fuzzed chat", start="2013-04-23T15:00")


def counts():
    return (
        ChatArchive.objects.count(),
        ArchivedPost.objects.count(),
        ArchiveImport.objects.count(),
    )


def check_columns():
    for post in ArchivedPost.objects.all():
        for name in ("post_id", "author_handle", "author_name", "reply_to_id"):
            assert len(getattr(post, name)) <= 255
        assert len(post.permalink) <= 500 and len(post.language) <= 16
        assert "\x00" not in post.text


@EXAMPLES
@given(data=FILES)
def test_import_stores_a_file_whole_or_leaves_the_database_unchanged(chat, data):
    before = counts()
    try:
        result = import_archive(chat, io.BytesIO(data), "fuzz.bin", account_handle="sample")
    except ArchiveFileError:
        assert counts() == before
    else:
        assert result.rows_read > 0
        check_columns()


@EXAMPLES
@given(bad=st.one_of(TWEET, JSON), position=st.integers(0, 3))
def test_a_bad_tweet_after_good_ones_rolls_back_everything(chat, bad, position):
    good = [
        {"tweet": {"id_str": str(900 + n), "full_text": f"A{n} ок", "created_at": "2013-04-24"}}
        for n in range(3)
    ]
    items = [*good[:position], {"tweet": bad} if isinstance(bad, dict) else bad, *good[position:]]
    data = ("window.YTD.tweets.part0 = " + json.dumps(items)).encode()
    before = counts()
    try:
        import_archive(chat, io.BytesIO(data), "tweets.js", account_handle="sample")
    except ArchiveFileError as error:
        assert str(error).startswith("tweets.js")
        assert counts() == before
    else:
        check_columns()


CELL = st.one_of(
    TEXT,
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=False, allow_infinity=False),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(9999, 1, 1)),
    st.none(),
)


def workbook(rows):
    book = Workbook()
    sheet = book.active
    sheet.title = "Archive"
    sheet.append(["id_str", "from_user", "text", "created_at", "in_reply_to_status_id_str"])
    for row in rows:
        # Spreadsheets cannot hold control characters: openpyxl refuses them too.
        sheet.append([twitter_js.clean_text(v) if isinstance(v, str) else v for v in row])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@hypothesis_settings(EXAMPLES, max_examples=25)
@given(rows=st.lists(st.lists(CELL, max_size=6), max_size=4))
def test_any_tags_xlsx_cells_raise_only_archive_file_errors(rows):
    read_all(workbook(rows))


def zipped(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            archive.writestr(name, data)
    return buffer.getvalue()


MEMBER_NAMES = st.one_of(
    st.sampled_from(
        [
            "data/tweets.js",
            "data/tweets-part1.js",
            "data/account.js",
            "data/js/tweets/2013_04.js",
            "data/js/user_details.js",
            "outbox.json",
            "actor.json",
            "../data/tweets.js",
            "x/data/tweets.js",
            "xl/workbook.xml",
        ]
    ),
    st.text(
        st.characters(exclude_categories=("Cs",), exclude_characters="\x00"),
        min_size=1,
        max_size=20,
    ),
)
MEMBER_DATA = st.one_of(
    encoded(JSON_FILES), st.binary(max_size=100), st.just(b'[{"account": {"username": 5}}]')
)


@hypothesis_settings(EXAMPLES, max_examples=40)
@given(members=st.lists(st.tuples(MEMBER_NAMES, MEMBER_DATA), max_size=4, unique_by=lambda m: m[0]))
def test_any_zip_raises_only_archive_file_errors(members):
    data = zipped(members)
    read_all(data)
    read_all(data[: len(data) // 2])  # cut short


# Pieces of Mastodon's HTML and of what a hostile or odd file could hold instead.
HTML_PIECES = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<br>",
        "<br/>",
        "<BR />",
        '<a href="https://museum.social/tags/musesocial" class="mention hashtag" rel="tag">',
        '<a href="https://example.org/?a=1&amp;b=2" rel="nofollow noopener" target="_blank">',
        "<a href=https://unquoted.example/>",
        '<a href="https://x.example/"class="glued">',
        "<a>",
        "</a>",
        "</a >",
        "</a x>",
        '<span class="invisible">',
        "</span>",
        "<!-- comment -->",
        "<script>",
        "</script>",
        "<![CDATA[x]]>",
        "<?pi?>",
        "&amp;",
        "&lt;- me too",
        "&#39;",
        "&#x1F3DB;",
        "&amp",
        "&",
        "<",
        ">",
        " < 3",
        '"',
        "\n",
        "музей",
        "#МузейнаяГостиная",
        "https://t.co/abc).",
    ]
)


def _real_mastodon_html():
    """Every status and note content of the real Mastodon files in tests/archives/real."""
    real = Path(__file__).parent / "real"
    found = []
    for name in (
        "mastodon_api_hashtag_timeline_mastodonpy.json",
        "mastodon_api_statuses_mastodonpy.json",
    ):
        found += [s["content"] for s in json.loads((real / name).read_text()) if s.get("content")]
    outbox = json.loads((real / "mastodon_outbox_leask_2022.json").read_text())
    for activity in outbox["orderedItems"]:
        note = activity.get("object")
        if isinstance(note, dict) and note.get("content"):
            found.append(note["content"])
    return found


def test_real_mastodon_html_reads_the_same_by_its_fast_path_and_by_htmlparser():
    contents = _real_mastodon_html()
    assert len(contents) >= 30
    assert all(mastodon_json._simple_calls(html) is not None for html in contents)
    for html in contents:
        assert mastodon_json.html_to_text(html) == mastodon_json.html_to_text(html, simple=False)


@hypothesis_settings(max_examples=300, deadline=None, database=None)
@example(pieces=['<a href="https://example.org/?a=1&amp;b=2" rel="nofollow">', "x", "</a>"])
@given(pieces=st.lists(st.one_of(HTML_PIECES, st.text(max_size=5)), max_size=12))
def test_mastodon_html_reads_the_same_by_its_fast_path_and_by_htmlparser(pieces):
    """The token reader for Mastodon's usual HTML gives exactly what HTMLParser gives."""
    html = "".join(pieces)
    assert mastodon_json.html_to_text(html) == mastodon_json.html_to_text(html, simple=False)
