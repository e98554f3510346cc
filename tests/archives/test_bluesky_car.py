"""Bluesky's account export (repo.car): the real exports in tests/archives/real (see
SOURCES.md) and repositories built here, imported end to end.

Expected values are read from the files by another route than the importer's: cbor2 and
the CAR framing written again below (the importer uses libipld and its own framing), and
the repositories built here are written with cbor2 from plain dicts.
"""

import base64
import hashlib
import io
from datetime import UTC, datetime
from pathlib import Path

import cbor2
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse

from events.archives.formats import bluesky_car, bluesky_json
from events.archives.importer import detect_format
from events.archives.records import ArchiveFileError
from events.models import ArchivedPost, ArchiveImport, ArchiveUpload
from tests.archives.test_admin_upload import make_users, upload
from tests.archives.test_real_files import FIELDS, load, stored
from tests.factories import make_event

REAL = Path(__file__).parent / "real"
FIRSTPOST = "bluesky_repo_car_firstpost_dnproto.car"
FIRSTLIKE = "bluesky_repo_car_firstlike_dnproto.car"
REPLY = "bluesky_repo_car_reply_dnproto.car"
HANDLE = "msttest.bsky.social"
DID = "did:plc:tyme6enconikdp7rnxkywdcg"  # the real exports' account
OTHER = "did:plc:watmxkxfjbwyxfuutganopfk"


@pytest.fixture
def chat(event_index):
    # The real exports were made on 22 December 2025, minutes apart.
    return make_event(event_index, "First posts", start="2025-12-22T19:00")


def fields(post):
    return {name: getattr(post, name) for name in FIELDS}


# Reading a CAR file again, with cbor2


def varint(data, offset):
    value = shift = 0
    while True:
        byte = data[offset]
        offset += 1
        value |= (byte & 0x7F) << shift
        if byte < 0x80:
            return value, offset
        shift += 7


def link(value):
    """A CID as cbor2 gives it (tag 42, a zero byte, the binary CID) as that binary CID."""
    assert isinstance(value, cbor2.CBORTag) and value.tag == 42
    return value.value[1:]


def read_car(data):
    """(header, {binary CID: decoded block})."""
    size, offset = varint(data, 0)
    header = cbor2.loads(data[offset : offset + size])
    offset += size
    blocks = {}
    while offset < len(data):
        size, offset = varint(data, offset)
        block = data[offset : offset + size]
        cid_end = 0
        for _ in range(3):  # version, codec, multihash code
            _value, cid_end = varint(block, cid_end)
        digest_size, cid_end = varint(block, cid_end)
        cid_end += digest_size
        blocks[block[:cid_end]] = cbor2.loads(block[cid_end:])
        offset += size
    return header, blocks


def read_repo(data):
    """(DID, {record key: record}) of a repository export."""
    header, blocks = read_car(data)
    commit = blocks[link(header["roots"][0])]
    records = {}

    def walk(node_link):
        if node_link is None:
            return
        node = blocks[link(node_link)]
        walk(node["l"])
        key = b""
        for entry in node["e"]:
            key = key[: entry["p"]] + entry["k"]
            records[key.decode()] = blocks[link(entry["v"])]
            walk(entry["t"])

    walk(commit["data"])
    return commit["did"], records


def expected_posts(data, handle):
    """Every post's fields, from the file read with cbor2 (plain posts: no embeds)."""
    did, records = read_repo(data)
    name = records.get("app.bsky.actor.profile/self", {}).get("displayName", "")
    posts = {}
    for key, record in records.items():
        if not key.startswith("app.bsky.feed.post/"):
            continue
        uri, rkey = f"at://{did}/{key}", key.rsplit("/", 1)[1]
        posts[uri] = {
            "post_id": uri,
            "platform": "bluesky",
            "author_handle": handle or did,
            "author_name": name,
            "created_at": datetime.fromisoformat(record["createdAt"]).astimezone(UTC),
            "text": record["text"],
            "permalink": f"https://bsky.app/profile/{handle or did}/post/{rkey}",
            "reply_to_id": record.get("reply", {}).get("parent", {}).get("uri", ""),
            "is_repost": False,
            "repost_of_id": "",
            "is_quote": False,
            "quote_of_id": "",
            "language": record["langs"][0],
            "media": [],
            "links": [],
        }
    return posts


# Writing a repository, with cbor2


def cid_of(raw):
    return b"\x01\x71\x12\x20" + hashlib.sha256(raw).digest()  # CIDv1, dag-cbor, sha2-256


def tag(cid):
    return cbor2.CBORTag(42, b"\x00" + cid)


def encode(value):
    return cbor2.dumps(value, canonical=True)  # DAG-CBOR's key order: length, then bytes


def uvarint(value):
    out = bytearray()
    while True:
        out.append((value & 0x7F) | (0x80 if value > 0x7F else 0))
        value >>= 7
        if not value:
            return bytes(out)


def build_repo(records, did="did:plc:museumsocialtest0000000", raw=None):
    """A CAR of one commit and one MST node holding `records` ({key: record}); `raw`
    gives some records as bytes to store as they are."""
    raw = raw or {}
    blocks, entries, previous = [], [], b""
    for key in sorted({*records, *raw}):
        data = raw[key] if key in raw else encode(records[key])
        cid = cid_of(data)
        blocks.append((cid, data))
        key_bytes = key.encode()
        shared = 0
        while shared < min(len(key_bytes), len(previous)) and key_bytes[shared] == previous[shared]:
            shared += 1
        entries.append({"k": key_bytes[shared:], "p": shared, "t": None, "v": tag(cid)})
        previous = key_bytes
    node = encode({"e": entries, "l": None})
    commit = encode(
        {
            "did": did,
            "version": 3,
            "data": tag(cid_of(node)),
            "rev": "3m",
            "prev": None,
            "sig": b"s",
        }
    )
    blocks = [(cid_of(commit), commit), (cid_of(node), node), *blocks]
    header = encode({"roots": [tag(cid_of(commit))], "version": 1})
    out = uvarint(len(header)) + header
    for cid, data in blocks:
        out += uvarint(len(cid) + len(data)) + cid + data
    return out


def post(text, created="2025-12-22T19:20:00.000Z", **more):
    return {"$type": "app.bsky.feed.post", "text": text, "createdAt": created, **more}


# The real exports


@pytest.mark.parametrize(("name", "count"), [(FIRSTPOST, 1), (FIRSTLIKE, 1), (REPLY, 2)])
def test_real_exports_import_every_post_with_every_field(chat, name, count):
    data = (REAL / name).read_bytes()
    expected = expected_posts(data, HANDLE)
    result = load(chat, name, account_handle=HANDLE)
    assert (result.file_format, result.rows_read, result.posts_added) == (
        "bluesky-car",
        count,
        count,
    )
    posts = stored(chat)
    assert set(posts) == set(expected) and len(expected) == count
    for uri, values in expected.items():
        assert fields(posts[uri]) == values
    # What the account did, as dnproto's MstTest.README.md tells it: step 4 was the first
    # post (the like of step 5 is no post).
    first = posts[f"at://{DID}/app.bsky.feed.post/3malwzvfmmk2t"]
    assert (first.text, first.language, first.author_name) == (
        "doing a quick test of mst",
        "en",
        "msttest",
    )


def test_the_reply_points_at_its_parent_in_the_same_repository(chat):
    load(chat, REPLY, account_handle=HANDLE)
    posts = stored(chat)
    reply = posts[f"at://{DID}/app.bsky.feed.post/3malx3qc2es2t"]
    parent = posts[reply.reply_to_id]
    assert parent.post_id == f"at://{DID}/app.bsky.feed.post/3malwzvfmmk2t"
    assert reply.text == "and a quick reply"
    assert (parent.depth, reply.depth) == (0, 1)  # placed under it in the transcript


def test_without_a_handle_the_did_names_the_author_and_the_profile_its_name(chat):
    load(chat, FIRSTPOST)
    (post_,) = stored(chat).values()
    assert post_.author_handle == DID
    assert post_.author_name == "msttest"  # app.bsky.actor.profile/self
    assert post_.permalink == f"https://bsky.app/profile/{DID}/post/3malwzvfmmk2t"


def test_the_format_is_detected_by_content_not_by_name(chat):
    data = (REAL / REPLY).read_bytes()
    assert detect_format(io.BytesIO(data), "export.json") is bluesky_car
    assert load(chat, "posts.json", data, account_handle=HANDLE).file_format == "bluesky-car"
    json_file = (REAL / "bluesky_searchposts_atprotodart.json").read_bytes()
    assert detect_format(io.BytesIO(json_file), "repo.car") is bluesky_json
    assert not bluesky_car.detect_bytes(b"\x0a\xa1eroots\x80")  # no version: not a CAR
    assert not bluesky_car.detect_bytes(b"id,created_at,text\n")


def test_command_imports_with_account_and_keeps_to_the_window(event_index, capsys, tmp_path):
    path = tmp_path / "repo.car"
    path.write_bytes((REAL / REPLY).read_bytes())
    far = make_event(event_index, "A chat in 2022", start="2022-12-26T09:00")
    with pytest.raises(CommandError, match=r"repo.car holds 2 posts .* none of them near"):
        call_command("import_chat_archive", str(far.pk), str(path), "--account", HANDLE)
    assert not ArchivedPost.objects.exists()
    call_command("import_chat_archive", str(far.pk), str(path), "--account", HANDLE, "--all")
    assert "repo.car (bluesky-car): 2 rows read, 2 new posts" in capsys.readouterr().out
    assert {p.author_handle for p in ArchivedPost.objects.all()} == {HANDLE}

    # An export spanning a year: refused without a window, then the chat's day only.
    wide = tmp_path / "wide.car"
    wide.write_bytes(
        build_repo(
            {
                "app.bsky.feed.post/3aaaaaaaaaaa2": post("a year ago", "2024-12-01T10:00:00Z"),
                "app.bsky.feed.post/3aaaaaaaaaab2": post("A1 in the chat"),
            }
        )
    )
    day = make_event(event_index, "The chat", start="2025-12-22T19:00")
    with pytest.raises(CommandError, match=r"wide.car holds 2 posts .*much more than the event"):
        call_command("import_chat_archive", str(day.pk), str(wide), "--account", "m.bsky.social")
    call_command(
        "import_chat_archive",
        str(day.pk),
        str(wide),
        "--account",
        "@m.bsky.social",
        "--since",
        "2025-12-22",
        "--until",
        "2025-12-22",
    )
    assert [(p.text, p.author_handle) for p in stored(day).values()] == [
        ("A1 in the chat", "m.bsky.social")
    ]


def test_a_truncated_export_is_refused_naming_the_file(chat):
    data = (REAL / REPLY).read_bytes()
    with pytest.raises(ArchiveFileError, match=r"^repo\.car: is cut short or damaged"):
        load(chat, "repo.car", data[:-40], account_handle=HANDLE)
    with pytest.raises(ArchiveFileError, match=r"^repo\.car: is cut short or damaged"):
        load(chat, "repo.car", data[:70])  # the header whole, the first block cut
    # Cut inside the header, it is no longer recognisable as a CAR file.
    with pytest.raises(ArchiveFileError, match=r"^repo\.car: is not a format the hub can"):
        load(chat, "repo.car", data[:30])
    assert not ArchivedPost.objects.exists() and not ArchiveImport.objects.exists()


def test_a_byte_changed_in_a_post_refuses_the_file_naming_the_record(chat):
    data = bytearray((REAL / REPLY).read_bytes())
    at = bytes(data).index(b"and a quick reply")
    data[at] ^= 0x20  # "And a quick reply": still valid CBOR, no longer the signed record
    with pytest.raises(ArchiveFileError) as refused:
        load(chat, "repo.car", bytes(data), account_handle=HANDLE)
    error = refused.value
    assert (error.file_name, error.row, error.field) == ("repo.car", "3malx3qc2es2t", "record")
    assert "checksum" in str(error) and str(error).startswith("repo.car, row 3malx3qc2es2t")
    assert not ArchivedPost.objects.exists() and not ArchiveImport.objects.exists()


def test_a_block_that_is_not_cbor_is_refused_naming_the_record(chat):
    good = post("fine")
    data = build_repo(
        {"app.bsky.feed.post/3aaaaaaaaaaa2": good},
        raw={"app.bsky.feed.post/3bbbbbbbbbbb2": b"\xa1\x64text"},  # a map cut short
    )
    with pytest.raises(ArchiveFileError) as refused:
        load(chat, "repo.car", data)
    assert (refused.value.row, refused.value.field) == ("3bbbbbbbbbbb2", "record")
    assert "DAG-CBOR" in refused.value.message
    assert not ArchivedPost.objects.exists()


@pytest.mark.parametrize("created", [None, 1766430923, ""])
def test_a_post_without_a_text_date_is_refused_and_nothing_saved(chat, created):
    bad = post("no date")
    if created is None:
        del bad["createdAt"]
    else:
        bad["createdAt"] = created
    data = build_repo(
        {"app.bsky.feed.post/3aaaaaaaaaaa2": post("fine"), "app.bsky.feed.post/3zzzzzzzzzzz2": bad}
    )
    with pytest.raises(ArchiveFileError) as refused:
        load(chat, "repo.car", data)
    assert (refused.value.row, refused.value.field) == ("3zzzzzzzzzzz2", "record.createdAt")
    assert str(refused.value).startswith("repo.car, row 3zzzzzzzzzzz2, field")
    assert not ArchivedPost.objects.exists() and not ArchiveImport.objects.exists()


def test_embeds_links_languages_replies_and_what_is_not_a_post(chat):
    did = "did:plc:museumsocialtest0000000"
    image = cid_of(b"a photo")
    quoted = f"at://{OTHER}/app.bsky.feed.post/3quotedpost22"
    text = "A1: see museum.example #MuseumHour"
    records = {
        "app.bsky.feed.post/3aaaaaaaaaaa2": post(
            text,
            langs=["english please", "en"],
            facets=[
                {
                    "index": {"byteStart": 8, "byteEnd": 22},
                    "features": [
                        {"$type": "app.bsky.richtext.facet#link", "uri": "https://museum.example/"}
                    ],
                }
            ],
            reply={
                "root": {"uri": f"at://{OTHER}/app.bsky.feed.post/3rootpost2222", "cid": "bafy"},
                "parent": {"uri": f"at://{OTHER}/app.bsky.feed.post/3parentpost22", "cid": "b"},
            },
            embed={
                "$type": "app.bsky.embed.recordWithMedia",
                "record": {"$type": "app.bsky.embed.record", "record": {"uri": quoted, "cid": "b"}},
                "media": {
                    "$type": "app.bsky.embed.images",
                    "images": [
                        {
                            "alt": "A gallery with a Roman mosaic",
                            "image": {
                                "$type": "blob",
                                "ref": tag(image),
                                "mimeType": "image/jpeg",
                                "size": 7,
                            },
                        }
                    ],
                },
            },
        ),
        "app.bsky.feed.post/3aaaaaaaaaab2": post(
            "Our new exhibition",
            langs=["fr-CA"],
            embed={
                "$type": "app.bsky.embed.external",
                "external": {
                    "uri": "https://museum.example/expo",
                    "title": "The exhibition",
                    "description": "",
                },
            },
        ),
        "app.bsky.feed.repost/3aaaaaaaaaac2": {
            "$type": "app.bsky.feed.repost",
            "subject": {"uri": quoted, "cid": "b"},
            "createdAt": "2025-12-22T19:21:00Z",
        },
        "app.bsky.feed.like/3aaaaaaaaaad2": {
            "$type": "app.bsky.feed.like",
            "subject": {"uri": quoted, "cid": "b"},
            "createdAt": "2025-12-22T19:22:00Z",
        },
        "app.bsky.graph.follow/3aaaaaaaaaae2": {
            "$type": "app.bsky.graph.follow",
            "subject": OTHER,
            "createdAt": "2025-12-22T19:23:00Z",
        },
    }
    result = load(chat, "repo.car", build_repo(records, did=did), account_handle="@m.example")
    assert (result.rows_read, result.posts_added) == (2, 2)
    posts = stored(chat)
    first = posts[f"at://{did}/app.bsky.feed.post/3aaaaaaaaaaa2"]
    assert fields(first) == {
        "post_id": f"at://{did}/app.bsky.feed.post/3aaaaaaaaaaa2",
        "platform": "bluesky",
        "author_handle": "m.example",
        "author_name": "",  # no profile record
        "created_at": datetime(2025, 12, 22, 19, 20, tzinfo=UTC),
        "text": text,
        "permalink": "https://bsky.app/profile/m.example/post/3aaaaaaaaaaa2",
        "reply_to_id": f"at://{OTHER}/app.bsky.feed.post/3parentpost22",
        "is_repost": False,
        "repost_of_id": "",
        "is_quote": True,
        "quote_of_id": quoted,
        "language": "",  # "english please" is not BCP 47: the first tag decides
        "media": [
            {
                # The blob's CID as text (base32, as the API writes it), at Bluesky's CDN.
                "url": f"https://cdn.bsky.app/img/feed_fullsize/plain/{did}/{base32(image)}@jpeg",
                "type": "photo",
                "alt": "A gallery with a Roman mosaic",
            }
        ],
        "links": [
            {
                "url": "https://museum.example/",
                "expanded": "https://museum.example/",
                "display": "museum.example",
            }
        ],
    }
    second = posts[f"at://{did}/app.bsky.feed.post/3aaaaaaaaaab2"]
    assert (second.language, second.is_quote, second.reply_to_id) == ("fr-CA", False, "")
    assert second.links == [
        {
            "url": "https://museum.example/expo",
            "expanded": "https://museum.example/expo",
            "display": "The exhibition",
        }
    ]
    assert not any(p.is_repost for p in posts.values())  # the repost is skipped


def base32(cid):
    """A binary CID as text: multibase "b" and lower-case base32 without padding."""
    return "b" + base64.b32encode(cid).decode().lower().rstrip("=")


def test_the_admin_upload_previews_and_imports_a_car_file(client, event_index):
    users = make_users()
    chat = make_event(event_index, "Uploaded", start="2025-12-22T19:00")
    client.force_login(users["editor"])
    data = (REAL / REPLY).read_bytes()
    file = SimpleUploadedFile("repo.car", data, content_type="application/octet-stream")
    html = upload(client, chat, file, account_handle="@" + HANDLE).content.decode()
    assert "Bluesky account export (repo.car)" in html
    item = ArchiveUpload.objects.get()
    assert (item.preview["rows"], item.preview["new"]) == (2, 2)
    client.post(reverse("chat_archive_upload", args=[item.pk]), {"import": "1"}, follow=True)
    assert {p.author_handle for p in ArchivedPost.objects.filter(archive__event=chat)} == {HANDLE}


def test_an_export_over_the_size_limit_is_refused_before_it_is_read(chat, settings):
    # A CAR file is read whole: the import's limit is checked on the file's size first.
    data = (REAL / REPLY).read_bytes()
    settings.HUB_ARCHIVE_MAX_BYTES = len(data) - 1
    with pytest.raises(ArchiveFileError, match=r"^repo\.car: is 0 MB; the limit is 0 MB"):
        load(chat, "repo.car", data, account_handle=HANDLE)
    settings.HUB_ARCHIVE_MAX_BYTES = len(data)
    assert load(chat, "repo.car", data, account_handle=HANDLE).posts_added == 2
