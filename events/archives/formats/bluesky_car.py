"""A Bluesky account's own repository, as Settings → "Export my data" gives it: repo.car.

A CARv1 file: a varint-length-prefixed DAG-CBOR header {roots, version: 1}, then blocks,
each a varint length, a CID and DAG-CBOR data. The root is the signed commit, whose
`data` is the Merkle Search Tree listing every record by key ("app.bsky.feed.post/<rkey>").

The file is read whole: the tree's records can be anywhere in the file, so nothing can be
imported before the end is read (the importer's size limit applies as to every file).
CBOR and CIDs are decoded by libipld (the atproto SDK's decoder); the framing is varints
read here, so a damaged block is named by the record key it holds, and every record's
bytes are checked against its CID's SHA-256 before they are trusted.

Each post is mapped through bluesky_json.post_record, as a post view with the repository's
DID and the --account handle (else the DID) as its author: ids, permalinks, replies,
quotes, images, links and languages are what the Bluesky JSON format makes of the same
record. Reposts are skipped: the repository holds only the reposted post's uri and CID,
not its text or author, so one would be an empty post. Likes and follows are not posts.
"""

import hashlib

import libipld
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from events.choices import Platform

from ..records import ArchiveFileError, list_of, mapping, text_of
from . import bluesky_json

NAME = "bluesky-car"
LABEL = gettext_lazy("Bluesky account export (repo.car)")
PLATFORM = Platform.BLUESKY
POSTS = "app.bsky.feed.post/"
PROFILE = "app.bsky.actor.profile/self"
SHA2_256 = 0x12
# An MST node's depth grows with the log of the record count (about 4 levels per 16x):
# a deeper walk is a file that loops or was made to exhaust the stack.
MAX_DEPTH = 64


def _varint(data, offset):
    """(value, next offset) of an unsigned LEB128 varint, or (None, offset) if cut short."""
    value = shift = 0
    while offset < len(data) and shift < 64:
        byte = data[offset]
        value |= (byte & 0x7F) << shift
        offset += 1
        if not byte & 0x80:
            return value, offset
        shift += 7
    return None, offset


def detect_bytes(raw):
    """A CAR file: a varint, then a DAG-CBOR map of two holding "roots" and "version"."""
    length, offset = _varint(raw, 0)
    if not length or length > 1024:
        return False
    header = raw[offset : offset + min(length, 64)]
    return header[:1] == b"\xa2" and b"eroots" in header and b"gversion" in header


def detect(_head):
    """A CAR file is binary: see detect_bytes, which the importer tries first."""
    return False


def _cid_length(data, offset):
    """The length of the binary CIDv1 at `offset` (version, codec, hash code, digest)."""
    start = offset
    for _part in range(3):
        _value, offset = _varint(data, offset)
        if _value is None:
            return None
    size, offset = _varint(data, offset)
    if size is None or offset + size > len(data):
        return None
    return offset + size - start


def _blocks(data, file_name):
    """The root CID and {CID: block bytes}; ArchiveFileError if the framing is broken."""
    length, offset = _varint(data, 0)
    if not length or offset + length > len(data):
        raise ArchiveFileError(file_name, _("is not a CAR file (no header)"))
    try:
        header = libipld.decode_dag_cbor(data[offset : offset + length])
    except ValueError as error:
        raise ArchiveFileError(
            file_name, _("has a broken CAR header: %(error)s") % {"error": str(error)[:200]}
        ) from None
    header = mapping(header)
    roots = list_of(header.get("roots"))
    if header.get("version") != 1 or not roots or not isinstance(roots[0], bytes):
        raise ArchiveFileError(file_name, _("is not a version 1 CAR file with a root"))
    offset += length
    blocks, view = {}, memoryview(data)
    while offset < len(data):
        size, start = _varint(data, offset)
        cid_size = _cid_length(data, start) if size else None
        if size is None or cid_size is None or start + size > len(data) or cid_size > size:
            raise ArchiveFileError(
                file_name,
                _("is cut short or damaged at byte %(offset)s (a block runs past the end)")
                % {"offset": offset},
            )
        # Views into the file, not copies: a block is copied only when it is decoded.
        blocks[bytes(view[start : start + cid_size])] = view[start + cid_size : start + size]
        offset = start + size
    return roots[0], blocks


def _decoded(blocks, cid, file_name, row, field):
    """A block's data, checked against its CID's hash and decoded."""
    raw = blocks.get(cid) if isinstance(cid, bytes) else None
    if raw is None:
        raise ArchiveFileError(
            file_name, _("is missing a block it refers to"), row=row, field=field
        )
    # CIDv1 dag-cbor sha2-256: 0x01 0x71 0x12 0x20 then the 32-byte digest.
    if cid[2:3] == bytes([SHA2_256]) and hashlib.sha256(raw).digest() != cid[-32:]:
        raise ArchiveFileError(
            file_name, _("does not match its checksum: the file is damaged"), row=row, field=field
        )
    try:
        return libipld.decode_dag_cbor(bytes(raw))
    except ValueError as error:
        raise ArchiveFileError(
            file_name,
            _("is not valid DAG-CBOR: %(error)s") % {"error": str(error)[:200]},
            row=row,
            field=field,
        ) from None


def _records(blocks, root, file_name):
    """{record key: CID} of the tree under `root`, walked in key order."""
    found, seen = {}, set()

    def walk(cid, depth):
        if cid is None:
            return
        if not isinstance(cid, bytes):
            raise ArchiveFileError(file_name, _("has a broken record tree entry"), field="mst")
        if depth > MAX_DEPTH or cid in seen:
            raise ArchiveFileError(file_name, _("has a record tree that loops or is too deep"))
        seen.add(cid)
        node = mapping(_decoded(blocks, cid, file_name, None, "mst"))
        walk(node.get("l"), depth + 1)
        key = b""
        for entry in list_of(node.get("e")):
            entry = mapping(entry)
            prefix, rest = entry.get("p"), entry.get("k")
            if not isinstance(prefix, int) or not isinstance(rest, bytes):
                raise ArchiveFileError(file_name, _("has a broken record tree entry"), field="mst")
            key = key[:prefix] + rest
            found[key.decode("utf-8", "replace")] = entry.get("v")
            walk(entry.get("t"), depth + 1)

    walk(root, 0)
    return found


def _json_form(value):
    """A record as its JSON (as the API gives it): a blob's CID as {"$link": "bafy..."}."""
    if isinstance(value, dict):
        return {key: _json_form(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_json_form(item) for item in value]
    if isinstance(value, bytes):
        try:
            return {"$link": libipld.encode_cid(value)}
        except ValueError:
            return None
    return value


def parse(binary_file, file_name, account_handle="", account_name="", **_options):
    data = binary_file.read()
    root, blocks = _blocks(data, file_name)
    commit = mapping(_decoded(blocks, root, file_name, None, "commit"))
    did = text_of(commit.get("did"))
    if not did.startswith("did:"):
        raise ArchiveFileError(file_name, _("names no account (DID)"), field="commit.did")
    records = _records(blocks, commit.get("data"), file_name)
    name = account_name
    if PROFILE in records:
        profile = mapping(_decoded(blocks, records[PROFILE], file_name, "self", "record"))
        name = text_of(profile.get("displayName")) or name
    author = {"did": did, "handle": account_handle.lstrip("@") or did, "displayName": name}
    for key, cid in records.items():
        if not key.startswith(POSTS):
            continue
        rkey = key[len(POSTS) :]
        record = _json_form(_decoded(blocks, cid, file_name, rkey, "record"))
        if not isinstance(record, dict):
            raise ArchiveFileError(file_name, _("is not a post"), row=rkey, field="record")
        if not isinstance(record.get("createdAt"), str):
            raise ArchiveFileError(
                file_name, _("is missing or not text"), row=rkey, field="record.createdAt"
            )
        view = {"uri": f"at://{did}/{key}", "author": author, "record": record}
        yield bluesky_json.post_record(view, rkey, file_name)
