"""The real export files in tests/archives/real (see SOURCES.md), imported end to end.

For each file: the exact number of posts, and every field of a few posts against values
read from the file here with plain json/csv (not through the importer's code).
"""

import csv
import io
import json
import re
import tarfile
import zipfile
from datetime import UTC, datetime
from html import unescape
from pathlib import Path

import pytest
from django.urls import reverse
from openpyxl import load_workbook
from PIL import Image

from events.archives.importer import import_archive
from events.archives.records import ArchiveFileError
from events.archives.text import linkify
from events.models import ArchivedPost, ArchiveImport, ChatArchive, KeptMedia
from hub.cache import bump_content_version
from tests.factories import make_event

REAL = Path(__file__).parent / "real"
FIELDS = (
    "post_id",
    "platform",
    "author_handle",
    "author_name",
    "created_at",
    "text",
    "permalink",
    "reply_to_id",
    "is_repost",
    "repost_of_id",
    "is_quote",
    "quote_of_id",
    "language",
    "media",
    "links",
)


@pytest.fixture
def chat(event_index):
    return make_event(event_index, "Real files", start="2022-12-26T09:00")


def load(event, name, data=None, **options):
    handle = io.BytesIO(data) if data is not None else (REAL / name).open("rb")
    with handle:
        return import_archive(event, handle, name, **options)


def stored(event):
    return {p.post_id: p for p in ArchivedPost.objects.filter(archive__event=event)}


def check(post, **expected):
    assert {name: getattr(post, name) for name in FIELDS} == {
        name: expected[name] if name in expected else DEFAULTS[name] for name in FIELDS
    }


DEFAULTS = {
    "author_name": "",
    "reply_to_id": "",
    "is_repost": False,
    "repost_of_id": "",
    "is_quote": False,
    "quote_of_id": "",
    "language": "",
    "media": [],
    "links": [],
}


def twitter_date(value):
    return datetime.strptime(value, "%a %b %d %H:%M:%S %z %Y").astimezone(UTC)


def iso(value):
    return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC)


# TAGS


def test_tags_csv_written_by_r(chat):
    rows = list(csv.DictReader((REAL / "tags_tidytags_sample_data.csv").open(encoding="utf-8")))
    result = load(chat, "tags_tidytags_sample_data.csv")
    assert (result.file_format, result.rows_read, result.posts_added) == ("tags-csv", 10, 10)
    posts = stored(chat)
    for row in rows[:3]:
        entities = json.loads(row["entities_str"])
        check(
            posts[row["id_str"]],
            post_id=row["id_str"],
            platform="x",
            author_handle=row["from_user"],
            created_at=twitter_date(row["created_at"]),
            text=row["text"],
            permalink=row["status_url"],
            is_repost=row["text"].startswith("RT @"),
            # R's NA is no language and no reply, not Nauru.
            links=[
                {"url": u["url"], "expanded": u["expanded_url"], "display": u["display_url"]}
                for u in entities.get("urls", []) + entities.get("media", [])
            ],
            media=[
                {"url": m["media_url_https"], "type": m["type"], "alt": ""}
                for m in entities.get("media", [])
            ],
        )
    assert posts[rows[1]["id_str"]].media[0]["url"].startswith("https://pbs.twimg.com/media/")


def test_tags_csv_single_row(chat):
    row = next(csv.DictReader((REAL / "tags_tidytags_sample_tweet.csv").open(encoding="utf-8")))
    assert load(chat, "tags_tidytags_sample_tweet.csv").posts_added == 1
    post = stored(chat)[row["id_str"]]
    assert (post.author_handle, post.text, post.language) == (row["from_user"], row["text"], "")
    assert post.created_at == twitter_date(row["created_at"])


def test_tags_xlsx(chat):
    rows = list(csv.DictReader((REAL / "tags_tidytags_sample_data.csv").open(encoding="utf-8")))
    result = load(chat, "tags_tidytags_sample_data.xlsx")
    assert (result.file_format, result.posts_added) == ("tags-xlsx", 10)
    posts = stored(chat)
    for row in rows[:3]:
        post = posts[row["id_str"]]
        assert (post.author_handle, post.text, post.permalink, post.language) == (
            row["from_user"],
            row["text"],
            row["status_url"],
            "",
        )


# twarc-csv


def test_twarc_csv_with_json_encoded_text(chat):
    rows = list(csv.DictReader((REAL / "twarc_csv_small_sample.csv").open(encoding="utf-8")))
    result = load(chat, "twarc_csv_small_sample.csv")
    assert (result.file_format, result.posts_added) == ("twarc-csv", 4)
    posts = stored(chat)
    for row in rows:
        refs = {r["type"]: r["id"] for r in json.loads(row["referenced_tweets"] or "[]")}
        urls = json.loads(row["entities.urls"] or "[]")
        check(
            posts[row["id"]],
            post_id=row["id"],
            platform="x",
            author_handle=row["author.username"],
            author_name=row["author.name"],
            created_at=iso(row["created_at"]),
            text=unescape(json.loads(row["text"])),
            permalink=f"https://x.com/{row['author.username']}/status/{row['id']}",
            is_quote="quoted" in refs,
            quote_of_id=refs.get("quoted", ""),
            reply_to_id=refs.get("replied_to", ""),
            language=row["lang"],
            links=[
                {"url": u["url"], "expanded": u["expanded_url"], "display": u["display_url"]}
                for u in urls
            ],
        )
    first = posts[rows[0]["id"]]
    assert "can’t wait" in first.text and "\n@AlphaXsc2" in first.text
    assert not first.text.startswith('"')


def twarc_07_rows(name):
    """Rows of a twarc-csv 0.7 file; with --json-encode-text every string cell is a literal."""
    rows = list(csv.DictReader((REAL / name).open(encoding="utf-8")))
    if name.endswith("json_encode_text.csv"):
        rows = [{k: json.loads(v) if v.startswith('"') else v for k, v in r.items()} for r in rows]
    return rows


@pytest.mark.parametrize(
    "name", ["twarc_csv_0.7_brexit.csv", "twarc_csv_0.7_brexit_json_encode_text.csv"]
)
def test_twarc_csv_07_processed_entities_and_json_encoded_cells(chat, name):
    """twarc-csv 0.7.2's own output (default options, and --json-encode-text, which writes
    every string cell, id and handle included, as a JSON literal): both were refused or
    lost every link before."""
    rows = twarc_07_rows(name)
    result = load(chat, name)
    assert (result.file_format, result.posts_added) == ("twarc-csv", len(rows)) == ("twarc-csv", 30)
    posts = stored(chat)
    chosen = rows[:3] + [rows[6], rows[25], rows[28]]  # a GIF reply, a quote, a reply
    for row in chosen:
        text = row["text"] if "encode" in name else row["text"].replace("\\n", "\n")
        # --process-entities keeps only the expanded URLs, in the order of the text's t.co.
        expanded = json.loads(row["entities.urls"] or "[]")
        short = re.findall(r"https://t\.co/\w+", row["text"])
        check(
            posts[row["id"]],
            post_id=row["id"],
            platform="x",
            author_handle=row["author.username"],
            author_name=row["author.name"],
            created_at=iso(row["created_at"]),
            text=unescape(text),
            permalink=f"https://x.com/{row['author.username']}/status/{row['id']}",
            reply_to_id=row["referenced_tweets.replied_to.id"],
            is_repost=bool(row["referenced_tweets.retweeted.id"]),
            repost_of_id=row["referenced_tweets.retweeted.id"],
            is_quote=bool(row["referenced_tweets.quoted.id"]),
            quote_of_id=row["referenced_tweets.quoted.id"],
            language=row["lang"],
            links=[
                {"url": s, "expanded": u, "display": u}
                for s, u in zip(short, expanded, strict=True)
            ],
            media=[
                {"url": m["preview_image_url"], "type": "gif", "alt": ""}
                for m in json.loads(row["attachments.media"] or "[]")
                if m.get("type") == "animated_gif"
            ],
        )
    gif_reply = posts[rows[6]["id"]]
    assert gif_reply.media and gif_reply.links[0]["url"].startswith("https://t.co/")
    assert "\n" in posts[rows[1]["id"]].text and "\\n" not in posts[rows[1]["id"]].text
    assert "& owned" in posts[rows[2]["id"]].text


# Grailbird


def grailbird_tweets():
    text = (REAL / "grailbird_congressedits_2014_07.js").read_text("utf-8")
    return json.loads(text[text.index("[") :])


def check_grailbird(post, tweet, name="congress-edits"):
    check(
        post,
        post_id=tweet["id_str"],
        platform="x",
        author_handle=tweet["user"]["screen_name"],
        author_name=name,
        created_at=datetime.strptime(tweet["created_at"], "%Y-%m-%d %H:%M:%S %z"),
        text=unescape(tweet["text"]),
        permalink=f"https://x.com/congressedits/status/{tweet['id_str']}",
        links=[
            {"url": u["url"], "expanded": u["expanded_url"], "display": u["display_url"]}
            for u in tweet["entities"]["urls"]
        ],
    )


def test_grailbird_month_file(chat):
    tweets = grailbird_tweets()
    result = load(chat, "grailbird_congressedits_2014_07.js")
    assert (
        (result.file_format, result.posts_added)
        == ("twitter-js", len(tweets))
        == (
            "twitter-js",
            20,
        )
    )
    posts = stored(chat)
    for tweet in tweets[:3]:
        check_grailbird(posts[tweet["id_str"]], tweet)


def test_grailbird_zip_reads_months_and_the_name_from_user_details(chat):
    tweets = grailbird_tweets()
    result = load(chat, "grailbird_congressedits.zip")
    assert (result.file_format, result.posts_added) == ("twitter-js", 20)
    for tweet in tweets[:3]:
        check_grailbird(stored(chat)[tweet["id_str"]], tweet)


def test_grailbird_tweets_csv(chat):
    rows = list(
        csv.DictReader((REAL / "grailbird_congressedits_tweets.csv").open(encoding="utf-8"))
    )
    with pytest.raises(ArchiveFileError, match="row 2.*give the account's handle"):
        load(chat, "grailbird_congressedits_tweets.csv")
    result = load(chat, "grailbird_congressedits_tweets.csv", account_handle="congressedits")
    assert (result.file_format, result.posts_added) == ("grailbird-csv", 20)
    posts = stored(chat)
    for row in rows[:3]:
        check(
            posts[row["tweet_id"]],
            post_id=row["tweet_id"],
            platform="x",
            author_handle="congressedits",
            created_at=datetime.strptime(row["timestamp"], "%Y-%m-%d %H:%M:%S %z"),
            text=unescape(row["text"]),
            permalink=f"https://x.com/congressedits/status/{row['tweet_id']}",
            links=[
                {"url": u, "expanded": u, "display": u} for u in row["expanded_urls"].split(",")
            ],
        )


def test_grailbird_zip_with_only_tweets_csv(chat):
    source = zipfile.ZipFile(REAL / "grailbird_congressedits.zip")
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as out:
        for name in ("data/js/user_details.js", "tweets.csv"):
            out.writestr(name, source.read(name))
    result = load(chat, "tweets-only.zip", data.getvalue())
    assert (result.file_format, result.posts_added) == ("grailbird-csv", 20)
    assert {p.author_name for p in stored(chat).values()} == {"congress-edits"}


# X/Twitter account archive (tweets.js)

X_TWEETS = "x_tweets_js_exgenesis_2023.js"


def x_tweets():
    text = (REAL / X_TWEETS).read_text("utf-8")
    return [item["tweet"] for item in json.loads(text[text.index("[") :])]


def check_x(post, tweet, name=""):
    entities = tweet["entities"]
    links = {}
    for u in entities["urls"] + entities.get("media", []):
        links.setdefault(
            u["url"], {"url": u["url"], "expanded": u["expanded_url"], "display": u["display_url"]}
        )
    check(
        post,
        post_id=tweet["id_str"],
        platform="x",
        author_handle="exGenesis",
        author_name=name,
        created_at=twitter_date(tweet["created_at"]),
        text=unescape(tweet["full_text"]),
        permalink=f"https://x.com/exGenesis/status/{tweet['id_str']}",
        reply_to_id=tweet.get("in_reply_to_status_id_str", ""),
        language=tweet["lang"],
        media=[
            {"url": m["media_url_https"], "type": m["type"], "alt": ""}
            for m in tweet.get("extended_entities", {}).get("media", [])
        ],
        links=list(links.values()),
    )


def test_x_tweets_js_needs_the_handle_and_keeps_every_photo(chat):
    tweets = x_tweets()
    with pytest.raises(ArchiveFileError, match="row 1, field “user”: .*give the account's handle"):
        load(chat, X_TWEETS)
    result = load(chat, X_TWEETS, account_handle="@exGenesis")
    assert (
        (result.file_format, result.posts_added)
        == ("twitter-js", len(tweets))
        == (
            "twitter-js",
            7,
        )
    )
    posts = stored(chat)
    for tweet in tweets[:4]:
        check_x(posts[tweet["id_str"]], tweet)
    photos = posts[tweets[1]["id_str"]]
    # entities.media names the first photo only; extended_entities has all four.
    assert (len(tweets[1]["entities"]["media"]), len(photos.media)) == (1, 4)


def test_x_photo_link_reads_as_pic_twitter_not_t_co(chat):
    """The photos' t.co link at the end of the text is shown as its entity says."""
    load(chat, X_TWEETS, account_handle="exGenesis")
    tweet = x_tweets()[1]
    media = tweet["entities"]["media"][0]
    html = linkify(
        stored(chat)[tweet["id_str"]].text, "/search/", stored(chat)[tweet["id_str"]].links
    )
    assert f'href="{media["expanded_url"]}"' in html
    assert f">{media['display_url']}</a>" in html
    assert f">{media['url']}</a>" not in html


def test_x_archive_zip_takes_the_handle_and_name_from_account_js(chat):
    tweets = x_tweets()
    with zipfile.ZipFile(REAL / "x_archive_exgenesis_2023.zip") as archive:
        account_js = archive.read("data/account.js").decode("utf-8")
        assert archive.read("data/tweets.js") == (REAL / X_TWEETS).read_bytes()
    account = json.loads(account_js[account_js.index("[") :])[0]["account"]
    assert account["username"] == "exGenesis"
    result = load(chat, "x_archive_exgenesis_2023.zip")
    assert (result.file_format, result.posts_added) == ("twitter-js", 7)
    posts = stored(chat)
    for tweet in tweets:
        check_x(posts[tweet["id_str"]], tweet, name=account["accountDisplayName"])


# Mastodon


def test_mastodon_api_hashtag_timeline(chat):
    statuses = json.loads((REAL / "mastodon_api_hashtag_timeline_mastodonpy.json").read_text())
    result = load(chat, "mastodon_api_hashtag_timeline_mastodonpy.json")
    assert (
        (result.file_format, result.posts_added)
        == ("mastodon-json", len(statuses))
        == (
            "mastodon-json",
            10,
        )
    )
    posts = stored(chat)
    for status in statuses[:3]:
        account = status["account"]
        check(
            posts[status["id"]],
            post_id=status["id"],
            platform="mastodon",
            # A local account's acct has no server: the handle gets it from the account URL.
            author_handle=f"{account['acct']}@localhost",
            author_name=account["display_name"],
            created_at=iso(status["created_at"]),
            text=unescape(re.sub(r"<[^>]+>", "", status["content"])),
            permalink=status["url"],
            language=status["language"],
        )


def test_mastodon_api_statuses_media_quote_and_reblog(chat):
    statuses = {
        s["id"]: s for s in json.loads((REAL / "mastodon_api_statuses_mastodonpy.json").read_text())
    }
    result = load(chat, "mastodon_api_statuses_mastodonpy.json")
    assert result.posts_added == len(statuses) == 7
    posts = stored(chat)
    kinds = {"image": "photo", "gifv": "gif", "video": "video", "audio": "audio"}
    for status_id in ("110446223051565765", "110447003454258227", "110447001287656894"):
        status = statuses[status_id]
        post = posts[status_id]
        assert post.media == [
            {"url": m["url"], "type": kinds[m["type"]], "alt": m["description"] or ""}
            for m in status["media_attachments"]
        ]
        assert post.created_at == iso(status["created_at"])
        assert post.permalink == status["url"]
        assert post.language == status["language"]
    # halcy on mastodon.social is local there: acct has no server, the account URL does.
    assert posts["110447003454258227"].author_handle == "halcy@mastodon.social"
    assert posts["110446223051565765"].author_handle == "halcy@icosahedron.website"
    assert posts["110446223051565765"].text.startswith(
        statuses["110446223051565765"]["spoiler_text"]
    )
    quote = statuses["115044073088181107"]
    assert posts[quote["id"]].is_quote
    assert posts[quote["id"]].quote_of_id == quote["quote"]["quoted_status"]["id"]
    reblog = statuses["117020586027094262"]
    boost = posts[reblog["id"]]
    assert (boost.is_repost, boost.repost_of_id, boost.author_handle) == (
        True,
        reblog["reblog"]["id"],
        "mastodonpy_test@localhost",
    )
    assert boost.permalink == reblog["reblog"]["url"]  # the original, not the boost


def outbox():
    return json.loads((REAL / "mastodon_outbox_leask_2022.json").read_text("utf-8"))


def check_outbox(posts, name=""):
    items = outbox()["orderedItems"]
    creates = [a for a in items if a["type"] == "Create"]
    for activity in creates[:3] + [a for a in creates if "bbc.com" in a["object"]["content"]]:
        note = activity["object"]
        post = posts[note["id"]]
        assert post.author_handle == "Leask@mastodon.world"
        assert post.author_name == name
        assert post.created_at == iso(activity["published"])
        assert post.permalink == note["url"]
        assert post.reply_to_id == (note["inReplyTo"] or "")
        assert post.language == next(iter(note["contentMap"]))
        assert post.platform == "mastodon"
    link = posts["https://mastodon.world/users/Leask/statuses/109579160439902124"]
    assert link.text == (
        "https://www.bbc.com/news/science-environment-64051171 James Webb telescope: "
        "Amazing images show the Universe as never before"
    )
    assert link.links == [
        {
            "url": "https://www.bbc.com/news/science-environment-64051171",
            "expanded": "https://www.bbc.com/news/science-environment-64051171",
            "display": "https://www.bbc.com/news/science-environment-64051171",
        }
    ]
    announce = next(a for a in items if a["type"] == "Announce")
    boost = posts[announce["id"]]
    assert (boost.is_repost, boost.repost_of_id, boost.permalink) == (
        True,
        announce["object"],
        announce["object"],
    )
    # Mentions are the server's profile pages, not links the author posted.
    assert posts[creates[2]["object"]["id"]].links == []


def test_mastodon_outbox_2022(chat):
    count = len(outbox()["orderedItems"])
    result = load(chat, "mastodon_outbox_leask_2022.json")
    assert (
        (result.file_format, result.posts_added)
        == ("mastodon-json", count)
        == (
            "mastodon-json",
            18,
        )
    )
    check_outbox(stored(chat))


def lmorchard_outbox():
    return json.loads((REAL / "mastodon_outbox_lmorchard_2022.json").read_text("utf-8"))


def note_text(content):
    """A note's HTML as plain text: paragraphs apart, line breaks kept, tags gone."""
    content = re.sub(r"<br\s*/?>", "\n", content.replace("</p><p>", "\n\n"))
    return unescape(re.sub(r"<[^>]+>", "", content))


def note_links(content):
    """The links the author wrote: anchors that are not a mention or a hashtag."""
    hrefs = re.findall(r'<a href="([^"]+)"(?![^>]*class="[^"]*mention)[^>]*>', content)
    return [
        {"url": h, "expanded": h, "display": h} for h in dict.fromkeys(unescape(h) for h in hrefs)
    ]


def test_mastodon_outbox_2016_2017_posts_exported_in_2022(chat):
    """mastodon.social's export of an account from 2016: short status ids, `tag:` URIs,
    signed activities, a boost of an OStatus post named only by its `tag:` URI."""
    items = lmorchard_outbox()["orderedItems"]
    result = load(chat, "mastodon_outbox_lmorchard_2022.json")
    assert (
        (result.file_format, result.posts_added)
        == ("mastodon-json", len(items))
        == (
            "mastodon-json",
            32,
        )
    )
    posts = stored(chat)
    notes = [a for a in items if a["type"] == "Create" and not a["object"]["attachment"]]
    assert len(notes) == 25
    for activity in notes:
        note = activity["object"]
        check(
            posts[note["id"]],
            post_id=note["id"],
            platform="mastodon",
            author_handle="lmorchard@mastodon.social",
            created_at=iso(activity["published"]),
            # a content warning (one note has one) comes first, as readers met it
            text="\n\n".join(filter(None, [note["summary"], note_text(note["content"])])),
            permalink=note["url"],
            reply_to_id=note["inReplyTo"] or "",
            language=next(iter(note["contentMap"])),
            links=note_links(note["content"]),
        )
    boosts = [a for a in items if a["type"] == "Announce"]
    assert len(boosts) == 6
    for announce in boosts:
        boost = posts[announce["id"]]
        assert boost.is_repost and boost.author_handle == "lmorchard@mastodon.social"
        assert boost.created_at == iso(announce["published"])
        if announce["object"].startswith("https://"):
            assert boost.repost_of_id == boost.permalink == announce["object"]
        else:  # tag:icosahedron.website,2017-03-31:...: no address to link to
            assert announce["object"].startswith("tag:")
            assert (boost.repost_of_id, boost.permalink) == ("", "")


def test_mastodon_export_zip_takes_the_name_from_actor_json(chat):
    result = load(chat, "mastodon_export_leask_2022.zip")
    assert result.posts_added == 18
    check_outbox(stored(chat), name="Leask Wong")


def test_mastodon_outbox_with_the_placeholder_list_first(chat):
    """Mastodon's backup (2024, indieweb.social) writes `"orderedItems":[]` before the real
    list under the same key; json.load keeps the last. Rebuilt here from the real outbox."""
    text = (REAL / "mastodon_outbox_leask_2022.json").read_text("utf-8")
    placeholder = text.replace('"orderedItems":[', '"orderedItems":[],"orderedItems":[', 1)
    assert len(json.loads(placeholder)["orderedItems"]) == 18
    result = load(chat, "outbox.json", placeholder.encode())
    assert result.posts_added == 18


def test_mastodon_export_zip_with_the_placeholder_list_first(chat):
    """The same backup as the export zip (issue 15 met it both ways: "holds no posts")."""
    data = _damage_member(
        (REAL / "mastodon_export_leask_2022.zip").read_bytes(),
        "outbox.json",
        lambda body: body.replace(b'"orderedItems":[', b'"orderedItems":[],"orderedItems":[', 1),
    )
    assert load(chat, "export.zip", data).posts_added == 18
    check_outbox(stored(chat), name="Leask Wong")


def test_mastodon_outbox_with_numeric_actors_uses_the_notes_urls(chat):
    """Mastodon 4.4+ (the 2026 mastodon.social export) names actors /ap/users/<number>;
    the handle is in each note's url (https://host/@user/id). Rebuilt from the real outbox."""
    text = (REAL / "mastodon_outbox_leask_2022.json").read_text("utf-8")
    numeric = text.replace(
        "https://mastodon.world/users/Leask", "https://mastodon.world/ap/users/109577"
    )
    data = json.loads(numeric)
    announce_first = {**data, "orderedItems": data["orderedItems"][:12]}
    load(chat, "outbox.json", json.dumps(announce_first).encode())
    assert {p.author_handle for p in stored(chat).values()} == {"Leask@mastodon.world"}


# A Mastodon export with its photos: the zip Mastodon writes since 4.2 and the .tar.gz
# it wrote before, both cut from @lmorchard's mastodon.social export (see SOURCES.md).

EXPORTS = ["mastodon_export_lmorchard_2022.zip", "mastodon_export_lmorchard_2022.tar.gz"]


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def members(name, data=None):
    """{member name: bytes} of a real export, read with zipfile/tarfile only."""
    data = data if data is not None else (REAL / name).read_bytes()
    if name.endswith(".zip"):
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return {info.filename: archive.read(info) for info in archive.infolist()}
    with tarfile.open(fileobj=io.BytesIO(data)) as archive:
        return {info.name: archive.extractfile(info).read() for info in archive.getmembers()}


def the_photo():
    """(the note with the export's one photo, its attachment, the member holding it)."""
    notes = [a["object"] for a in lmorchard_outbox()["orderedItems"] if a["type"] == "Create"]
    note = next(n for n in notes if n["attachment"])
    attachment = note["attachment"][0]
    return note, attachment, attachment["url"].lstrip("/")


def stored_files(root):
    return sorted(p.name for p in Path(root).rglob("*") if p.is_file())


def transcript(client, chat):
    bump_content_version()
    response = client.get(chat.url + "transcript/")
    assert response.status_code == 200
    return response.content.decode()


def third_party_assets(html):
    """Addresses on another host that the page would load (src, srcset, poster, a link
    element's href): the hub serves its pages and files from its own paths and host."""
    loaded = re.findall(r'\b(?:src|srcset|poster)="([^"]+)"', html)
    loaded += re.findall(r'<link[^>]+href="([^"]+)"', html)
    return [
        url
        for url in loaded
        if re.match(r"(?:[a-z]+:)?//", url) and not re.match(r"(?:https?:)?//testserver/", url)
    ]


@pytest.mark.parametrize("name", EXPORTS)
def test_mastodon_export_keeps_the_photo_it_carries(client, chat, media_root, name):
    """The outbox's attachment is a path on the account's server; the export holds the file.
    It is kept from the upload itself and the transcript shows the hub's copy."""
    note, attachment, member = the_photo()
    assert (attachment["mediaType"], member) == (
        "image/jpeg",
        "media_attachments/files/000/146/459/original/f59eb11efe5d8172.jpg",
    )
    original = members(name)[member]
    result = load(chat, name)
    assert result.posts_added == len(lmorchard_outbox()["orderedItems"]) == 32
    post = stored(chat)[note["id"]]
    address = "https://mastodon.social" + attachment["url"]
    assert post.media == [{"url": address, "type": "photo", "alt": ""}]
    kept = KeptMedia.objects.get()
    with Image.open(io.BytesIO(original)) as image:
        size = image.size
    assert size == (1280, 720)
    assert (kept.post, kept.index, kept.content_type, (kept.width, kept.height)) == (
        post,
        0,
        "image/jpeg",
        size,
    )
    assert (kept.size, kept.source_url) == (len(original), address)
    assert kept.file.read() == original
    copy = result.media_copy
    assert (copy.total, copy.copied, copy.failures, copy.started_by) == (1, 1, [], None)
    html = transcript(client, chat)
    assert f'<img src="{kept.file.url}"' in html
    assert third_party_assets(html) == []
    # The same file again: no post and no copy twice.
    again = load(chat, name)
    assert (again.posts_added, again.media_copy) == (0, None)
    assert KeptMedia.objects.count() == 1 and len(stored_files(media_root)) == 1


def _in_tar(data, member, change):
    """The .tar.gz with one member changed, every header otherwise as written."""
    out = io.BytesIO()
    with (
        tarfile.open(fileobj=io.BytesIO(data)) as source,
        tarfile.open(fileobj=out, mode="w:gz", format=source.format) as target,
    ):
        for info in source.getmembers():
            body = source.extractfile(info).read()
            body = change(body) if info.name == member else body
            info.size = len(body)
            target.addfile(info, io.BytesIO(body))
    return out.getvalue()


def _cut_short(body):
    """A download or copy interrupted halfway through the file."""
    return body[: len(body) // 2]


def _not_an_image(_body):
    return b"<html><body>Not found</body></html>"


@pytest.mark.parametrize(
    ("name", "damage", "reason"),
    [
        (EXPORTS[0], _cut_short, "not a readable image (OSError)"),
        (EXPORTS[0], _not_an_image, "not a readable image (UnidentifiedImageError)"),
        (EXPORTS[1], _cut_short, "not a readable image (OSError)"),
    ],
)
def test_a_damaged_photo_is_listed_and_the_posts_imported(
    client, chat, media_root, name, damage, reason
):
    note, attachment, member = the_photo()
    data = _damage_member((REAL / name).read_bytes(), member, damage)
    assert members(name, data)[member] != members(name)[member]
    result = load(chat, name, data)
    assert result.posts_added == 32
    assert not KeptMedia.objects.exists() and stored_files(media_root) == []
    post = stored(chat)[note["id"]]
    address = "https://mastodon.social" + attachment["url"]
    assert result.media_copy.failures == [
        {"url": address, "post": post.pk, "reason": f"{name}/{member}: {reason}"}
    ]
    html = transcript(client, chat)
    # Not kept: a link to the photo on the account's server, as for any post's media.
    assert f'<a href="{address}" rel="nofollow noopener ugc">Photo</a>' in html
    assert third_party_assets(html) == []


def test_mastodon_tar_holding_no_outbox_is_refused_naming_what_it_holds(chat):
    out = io.BytesIO()
    with (
        tarfile.open(REAL / EXPORTS[1]) as source,
        tarfile.open(fileobj=out, mode="w:gz") as target,
    ):
        for info in source.getmembers():
            body = source.extractfile(info)
            info.name = info.name.replace("outbox.json", "outbox.json.bak")
            target.addfile(info, body)
    with pytest.raises(ArchiveFileError) as refused:
        load(chat, "export.tar.gz", out.getvalue())
    assert str(refused.value).startswith(
        "export.tar.gz: is a tar file but not a Mastodon export (outbox.json); it holds "
        "actor.json, media_attachments/"
    )
    assert "outbox.json.bak" in str(refused.value)


def test_mastodon_tar_is_judged_on_its_members_unpacked_size(chat, settings):
    """An outbox that unpacks past the import's limit from a file well within it: refused
    by the size in its header, naming the member; nothing is imported."""
    settings.HUB_ARCHIVE_MAX_BYTES = 1 << 20
    data = _in_tar((REAL / EXPORTS[1]).read_bytes(), "outbox.json", lambda b: b + b" " * (5 << 20))
    assert len(data) < 1 << 20
    with pytest.raises(ArchiveFileError) as refused:
        load(chat, "export.tar.gz", data)
    assert str(refused.value) == (
        "export.tar.gz/outbox.json: is 5 MB unpacked; the whole file unpacks to 5 MB and the "
        "limit is 1 MB"
    )
    assert not ArchivedPost.objects.exists()


# An X archive with its photos: data/tweets_media/<tweet id>-<file name of the media's
# address>. The real tweets.js and account.js above, with a public-domain photo under each
# name X gives the tweet's four photos (no licensed archive with its tweets_media/ was
# found; see SOURCES.md).

X_MEDIA_ZIP = "x_archive_exgenesis_2023_media.zip"


def x_photos():
    """(the tweet with four photos, [(each photo's address, the member holding it)])."""
    tweet = x_tweets()[1]
    photos = [
        (url, f"data/tweets_media/{tweet['id_str']}-{url.rsplit('/', 1)[1]}")
        for url in (m["media_url_https"] for m in tweet["extended_entities"]["media"])
    ]
    return tweet, photos


def x_zip_with_tweets(tweets, extra=None, tweets_member="data/tweets.js"):
    """The archive above with its tweets.js rewritten (as X writes it, after its
    `window.YTD` prefix) and members added."""
    tweets_js = "window.YTD.tweets.part0 = " + json.dumps([{"tweet": t} for t in tweets], indent=2)
    out = io.BytesIO()
    with (
        zipfile.ZipFile(REAL / X_MEDIA_ZIP) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            if info.filename == "data/tweets.js":
                target.writestr(tweets_member, tweets_js.encode())
            else:
                target.writestr(info.filename, source.read(info))
        for name, body in (extra or {}).items():
            target.writestr(name, body)
    return out.getvalue()


def test_x_archive_keeps_every_photo_it_carries(client, chat, media_root):
    """Each photo of the tweet is kept from the zip's tweets_media/ and the transcript
    shows the hub's copies, not pbs.twimg.com (dead, or a request to another site)."""
    tweet, photos = x_photos()
    files = members(X_MEDIA_ZIP)
    assert files["data/tweets.js"] == (REAL / X_TWEETS).read_bytes()
    result = load(chat, X_MEDIA_ZIP)
    assert result.posts_added == 7
    post = stored(chat)[tweet["id_str"]]
    assert [item["url"] for item in post.media] == [url for url, _member in photos]
    kept = {k.index: k for k in KeptMedia.objects.filter(post=post)}
    assert sorted(kept) == [0, 1, 2, 3] and KeptMedia.objects.count() == 4
    for index, (url, member) in enumerate(photos):
        with Image.open(io.BytesIO(files[member])) as image:
            size = image.size
        copy = kept[index]
        assert (copy.source_url, copy.content_type, copy.size, (copy.width, copy.height)) == (
            url,
            "image/jpeg",
            len(files[member]),
            size,
        )
        assert copy.file.read() == files[member]
    assert (result.media_copy.total, result.media_copy.copied, result.media_copy.failures) == (
        4,
        4,
        [],
    )
    html = transcript(client, chat)
    # Four photos without alt text, told apart for a screen reader, not named alike.
    for number, copy in enumerate(sorted(kept.values(), key=lambda c: c.index), start=1):
        alt = f"Photo {number} of 4, without a description"
        assert f'<img src="{copy.file.url}" alt="{alt}"' in html
    assert "pbs.twimg.com" not in html
    assert third_party_assets(html) == []
    # The same archive again: no post and no photo twice.
    again = load(chat, X_MEDIA_ZIP)
    assert (again.posts_added, again.media_copy) == (0, None)
    assert KeptMedia.objects.count() == 4 and len(stored_files(media_root)) == 4


def test_x_archive_photo_keeps_its_alt_text(client, chat, media_root):
    """X writes a photo's description as ext_alt_text; the kept copy carries it."""
    tweets = x_tweets()
    alt = 'Доска с «кластерами» & notes: "trash"'
    tweets[1]["extended_entities"]["media"][2]["ext_alt_text"] = alt
    load(chat, X_MEDIA_ZIP, x_zip_with_tweets(tweets))
    post = stored(chat)[tweets[1]["id_str"]]
    assert post.media[2]["alt"] == alt
    copy = KeptMedia.objects.get(post=post, index=2)
    html = transcript(client, chat)
    assert (
        f'<img src="{copy.file.url}" alt="Доска с «кластерами» &amp; notes: &quot;trash&quot;"'
        in html
    )


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (_cut_short, "not a readable image (OSError)"),
        (_not_an_image, "not a readable image (UnidentifiedImageError)"),
    ],
)
def test_x_archive_damaged_photo_is_refused_naming_the_member(
    admin_client, chat, media_root, damage, reason
):
    """The other photos are kept, the posts imported; the Keep media page says which
    member was refused and why."""
    tweet, photos = x_photos()
    url, member = photos[0]
    result = load(
        chat, X_MEDIA_ZIP, _damage_member((REAL / X_MEDIA_ZIP).read_bytes(), member, damage)
    )
    assert result.posts_added == 7
    post = stored(chat)[tweet["id_str"]]
    message = f"{X_MEDIA_ZIP}/{member}: {reason}"
    assert result.media_copy.failures == [{"url": url, "post": post.pk, "reason": message}]
    assert sorted(KeptMedia.objects.values_list("index", flat=True)) == [1, 2, 3]
    assert len(stored_files(media_root)) == 3
    page = admin_client.get(reverse("chat_archive_keep_media", args=[chat.pk])).content.decode()
    assert f"<td>{url}</td><td>{message}</td>" in page
    html = transcript(admin_client, chat)
    # Not kept: a link to the photo's address, as for any post's media; nothing loaded.
    assert f'<a href="{url}" rel="nofollow noopener ugc">Photo</a>' in html
    assert html.count("<img src=") == 3
    assert third_party_assets(html) == []


def test_x_archive_keeps_no_media_of_tweets_outside_the_window(chat, media_root):
    """An account archive spans years; the chat is one day. The photos of a tweet left
    out by the window are not kept; importing the tweet later keeps them."""
    tweet, photos = x_photos()
    assert tweet["created_at"] == "Sat Feb 18 18:58:34 +0000 2023"
    result = load(chat, X_MEDIA_ZIP, until=datetime(2023, 2, 18, 18, tzinfo=UTC))
    assert result.posts_added == 5 and tweet["id_str"] not in stored(chat)
    assert result.media_copy is None
    assert not KeptMedia.objects.exists() and stored_files(media_root) == []
    wider = load(chat, X_MEDIA_ZIP)
    assert (wider.posts_added, wider.media_copy.copied) == (2, 4)


X_VIDEO = {
    "type": "video",
    "media_url_https": "https://pbs.twimg.com/ext_tw_video_thumb/1627031500000000000/pu/img/poster.jpg",
    "ext_alt_text": "A walk through the clusters",
    # As an archive writes them: numbers as text, the playlist without a bitrate.
    "video_info": {
        "variants": [
            {
                "bitrate": "832000",
                "content_type": "video/mp4",
                "url": "https://video.twimg.com/ext_tw_video/1627031500000000000/pu/vid/540x360/low.mp4?tag=12",
            },
            {
                "bitrate": "2176000",
                "content_type": "video/mp4",
                "url": "https://video.twimg.com/ext_tw_video/1627031500000000000/pu/vid/1080x720/high.mp4?tag=12",
            },
            {
                "content_type": "application/x-mpegURL",
                "url": "https://video.twimg.com/ext_tw_video/1627031500000000000/pu/pl/list.m3u8?tag=12",
            },
        ]
    },
}


@pytest.mark.parametrize(
    ("tweets_member", "folder"),
    [("data/tweets.js", "data/tweets_media"), ("data/tweet.js", "data/tweet_media")],
)
def test_x_archive_keeps_a_video_named_after_its_highest_bitrate(
    client, chat, media_root, tweets_member, folder
):
    """An archive holds a video as the file of its highest-bitrate MP4, whose bitrate it
    writes as text ("2176000" sorts before "832000"); archives with data/tweet.js call
    the folder tweet_media/. Rebuilt on the real first tweet: the real one has no video."""
    tweets = x_tweets()
    tweets[0]["extended_entities"] = {"media": [X_VIDEO]}
    video = (Path(__file__).parent / "media_samples" / "small.mp4").read_bytes()
    data = x_zip_with_tweets(
        tweets, {f"{folder}/{tweets[0]['id_str']}-high.mp4": video}, tweets_member
    )
    result = load(chat, X_MEDIA_ZIP, data)
    post = stored(chat)[tweets[0]["id_str"]]
    high = X_VIDEO["video_info"]["variants"][1]["url"]
    assert post.media == [{"url": high, "type": "video", "alt": "A walk through the clusters"}]
    assert result.media_copy.failures == []
    copy = KeptMedia.objects.get(post=post)
    assert (copy.content_type, copy.source_url, copy.file.read()) == ("video/mp4", high, video)
    html = transcript(client, chat)
    assert f'<video controls preload="none" src="{copy.file.url}">' in html
    assert "video.twimg.com" not in html and third_party_assets(html) == []


# Bluesky


def bluesky_view(post):
    record = post["record"]
    embed = post.get("embed") or {}
    return {
        "author_handle": post["author"]["handle"],
        "author_name": post["author"].get("displayName", ""),
        "text": record["text"],
        "created_at": iso(record["createdAt"]),
        "reply_to_id": record.get("reply", {}).get("parent", {}).get("uri", ""),
        "language": (record.get("langs") or [""])[0],
        "media": [
            {"url": i["fullsize"], "type": "photo", "alt": i["alt"]}
            for i in embed.get("images", []) + embed.get("media", {}).get("images", [])
        ],
        "permalink": f"https://bsky.app/profile/{post['author']['handle']}/post/"
        + post["uri"].rsplit("/", 1)[1],
    }


def test_bluesky_get_author_feed_credits_reposts_to_the_reposter(chat):
    feed = json.loads((REAL / "bluesky_getauthorfeed_atprotodart.json").read_text())["feed"]
    result = load(chat, "bluesky_getauthorfeed_atprotodart.json")
    assert (
        (result.file_format, result.posts_added)
        == ("bluesky-json", len(feed))
        == (
            "bluesky-json",
            25,
        )
    )
    posts = stored(chat)
    for item in feed[1:4]:
        view = item["post"]
        check(posts[view["uri"]], post_id=view["uri"], platform="bluesky", **bluesky_view(view))
    repost = feed[0]
    original = repost["post"]
    by = repost["reason"]["by"]
    post = posts[f"{original['uri']}#repost:{by['did']}"]
    check(
        post,
        post_id=f"{original['uri']}#repost:{by['did']}",
        platform="bluesky",
        **{
            **bluesky_view(original),
            "author_handle": by["handle"],
            "author_name": by["displayName"],
            "created_at": iso(repost["reason"]["indexedAt"]),
        },
        is_repost=True,
        repost_of_id=original["uri"],
    )
    card = next(i["post"] for i in feed if i["post"].get("embed", {}).get("external"))
    external = card["embed"]["external"]
    assert external["uri"] in [link["expanded"] for link in posts[card["uri"]].links]


def test_bluesky_search_posts(chat):
    found = json.loads((REAL / "bluesky_searchposts_atprotodart.json").read_text())["posts"]
    assert load(chat, "bluesky_searchposts_atprotodart.json").posts_added == len(found) == 1
    check(
        stored(chat)[found[0]["uri"]],
        post_id=found[0]["uri"],
        platform="bluesky",
        **bluesky_view(found[0]),
    )


def test_bluesky_bare_list_of_feed_items(chat):
    items = json.loads((REAL / "bluesky_feed_items_bare_list_atprotodart.json").read_text())
    result = load(chat, "bluesky_feed_items_bare_list_atprotodart.json")
    assert (
        (result.file_format, result.posts_added)
        == ("bluesky-json", len(items))
        == (
            "bluesky-json",
            22,
        )
    )
    posts = stored(chat)
    for item in items[:3]:
        view = item["post"]
        check(posts[view["uri"]], post_id=view["uri"], platform="bluesky", **bluesky_view(view))
    repost = next(item for item in items if item.get("reason"))
    reposts = [p for p in posts.values() if p.is_repost]
    assert [(p.author_handle, p.repost_of_id) for p in reposts] == [
        (repost["reason"]["by"]["handle"], repost["post"]["uri"])
    ]


def test_bluesky_quote_with_media(chat):
    view = json.loads((REAL / "bluesky_getposts_recordwithmedia_marshalx.json").read_text())[
        "posts"
    ][0]
    assert load(chat, "bluesky_getposts_recordwithmedia_marshalx.json").posts_added == 1
    check(
        stored(chat)[view["uri"]],
        post_id=view["uri"],
        platform="bluesky",
        **bluesky_view(view),
        is_quote=True,
        quote_of_id=view["embed"]["record"]["record"]["uri"],
    )


# Damaged copies: refused, naming file, member, row and field; nothing left behind.


def _truncate(data):
    """Cut inside a record, as an interrupted download or copy leaves a file."""
    return data[: len(data) * 2 // 3]


def _flip(data, text):
    """One letter of `text` in another case, where the file holds it."""
    at = data.index(text)
    return data[:at] + bytes([data[at] ^ 0x20]) + data[at + 1 :]


def _damage_json(data, index, *path):
    """Record `index`'s field at `path` as a number: a wrong type in one field."""
    text = data.decode("utf-8")
    start = text.index("[") if text.lstrip().startswith(("G", "w")) else 0
    document = json.loads(text[start:])
    items = (
        document
        if isinstance(document, list)
        else next(
            value for key, value in document.items() if key in ("feed", "posts", "orderedItems")
        )
    )
    target = items[index]
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = 12345
    return (text[:start] + json.dumps(document)).encode()


def _damage_csv(data, index, column):
    """Data row `index` (0 is the first under the header) with a date that is no date."""
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    rows[index + 1][rows[0].index(column)] = "yesterday"
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode()


def _damage_xlsx(data, index, column):
    book = load_workbook(io.BytesIO(data))
    sheet = book.active
    header = [c.value for c in sheet[1]]
    sheet.cell(row=index + 2, column=header.index(column) + 1, value="yesterday")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _damage_member(data, member, change):
    """The zip (or .tar.gz) with one member changed (damaged or cut short), the others as
    they were."""
    if data.startswith(b"\x1f\x8b"):
        return _in_tar(data, member, change)
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            body = source.read(info)
            target.writestr(info.filename, change(body) if info.filename == member else body)
    return out.getvalue()


GRAILBIRD_MONTH = "data/js/tweets/2014_07.js"
# (file, a wrong type in one field, where the error must point, options)
DAMAGED = [
    (
        "tags_tidytags_sample_data.csv",
        lambda d: _damage_csv(d, 1, "created_at"),
        "row 3, field “created_at”",
        {},
    ),
    (
        "tags_tidytags_sample_tweet.csv",
        lambda d: _damage_csv(d, 0, "created_at"),
        "row 2, field “created_at”",
        {},
    ),
    (
        "tags_tidytags_sample_data.xlsx",
        lambda d: _damage_xlsx(d, 1, "created_at"),
        "row 3, field “created_at”",
        {},
    ),
    (
        "twarc_csv_small_sample.csv",
        lambda d: _damage_csv(d, 1, "created_at"),
        "row 3, field “created_at”",
        {},
    ),
    (
        "twarc_csv_0.7_brexit.csv",
        lambda d: _damage_csv(d, 1, "created_at"),
        "row 3, field “created_at”",
        {},
    ),
    (
        "twarc_csv_0.7_brexit_json_encode_text.csv",
        lambda d: _damage_csv(d, 1, "created_at"),
        "row 3, field “created_at”",
        {},
    ),
    (
        "grailbird_congressedits_2014_07.js",
        lambda d: _damage_json(d, 1, "created_at"),
        "row 2, field “created_at”",
        {},
    ),
    (
        "grailbird_congressedits_tweets.csv",
        lambda d: _damage_csv(d, 1, "timestamp"),
        "row 3, field “timestamp”",
        {"account_handle": "congressedits"},
    ),
    (
        "grailbird_congressedits.zip",
        lambda d: _damage_member(d, GRAILBIRD_MONTH, lambda m: _damage_json(m, 1, "created_at")),
        f"grailbird_congressedits.zip/{GRAILBIRD_MONTH}, row 2, field “created_at”",
        {},
    ),
    (
        X_TWEETS,
        lambda d: _damage_json(d, 1, "tweet", "created_at"),
        "row 2, field “created_at”",
        {"account_handle": "exGenesis"},
    ),
    (
        "x_archive_exgenesis_2023.zip",
        lambda d: _damage_member(
            d, "data/tweets.js", lambda m: _damage_json(m, 1, "tweet", "created_at")
        ),
        "x_archive_exgenesis_2023.zip/data/tweets.js, row 2, field “created_at”",
        {},
    ),
    (
        X_MEDIA_ZIP,
        lambda d: _damage_member(
            d, "data/tweets.js", lambda m: _damage_json(m, 1, "tweet", "created_at")
        ),
        f"{X_MEDIA_ZIP}/data/tweets.js, row 2, field “created_at”",
        {},
    ),
    (
        "mastodon_api_hashtag_timeline_mastodonpy.json",
        lambda d: _damage_json(d, 1, "created_at"),
        "row 2, field “created_at”",
        {},
    ),
    (
        "mastodon_api_statuses_mastodonpy.json",
        lambda d: _damage_json(d, 1, "created_at"),
        "row 2, field “created_at”",
        {},
    ),
    (
        "mastodon_outbox_leask_2022.json",
        lambda d: _damage_json(d, 1, "published"),
        "row 2, field “published”",
        {},
    ),
    (
        "mastodon_outbox_lmorchard_2022.json",
        lambda d: _damage_json(d, 1, "published"),
        "row 2, field “published”",
        {},
    ),
    (
        "mastodon_export_leask_2022.zip",
        lambda d: _damage_member(d, "outbox.json", lambda m: _damage_json(m, 1, "published")),
        "mastodon_export_leask_2022.zip/outbox.json, row 2, field “published”",
        {},
    ),
    *[
        (
            name,
            lambda d: _damage_member(d, "outbox.json", lambda m: _damage_json(m, 1, "published")),
            f"{name}/outbox.json, row 2, field “published”",
            {},
        )
        for name in EXPORTS
    ],
    (
        "bluesky_getauthorfeed_atprotodart.json",
        lambda d: _damage_json(d, 1, "post", "record", "createdAt"),
        "row 2, field “record.createdAt”",
        {},
    ),
    (
        "bluesky_searchposts_atprotodart.json",
        lambda d: _damage_json(d, 0, "record", "createdAt"),
        "row 1, field “record.createdAt”",
        {},
    ),
    (
        "bluesky_feed_items_bare_list_atprotodart.json",
        lambda d: _damage_json(d, 1, "post", "record", "createdAt"),
        "row 2, field “record.createdAt”",
        {},
    ),
    (
        "bluesky_getposts_recordwithmedia_marshalx.json",
        lambda d: _damage_json(d, 0, "record", "createdAt"),
        "row 1, field “record.createdAt”",
        {},
    ),
    # A repo.car's row is the post's record key; one letter changed, its CID no longer matches.
    *[
        (name, lambda d, t=text: _flip(d, t), f"row {rkey}, field “record”", {})
        for name, text, rkey in (
            ("bluesky_repo_car_firstpost_dnproto.car", b"doing a quick", "3malwzvfmmk2t"),
            ("bluesky_repo_car_firstlike_dnproto.car", b"doing a quick", "3malwzvfmmk2t"),
            ("bluesky_repo_car_reply_dnproto.car", b"and a quick reply", "3malx3qc2es2t"),
        )
    ],
]
# A truncated copy: the file cut short, or for a zip its posts' member cut short.
TRUNCATED_MEMBER = {
    "grailbird_congressedits.zip": GRAILBIRD_MONTH,
    "mastodon_export_leask_2022.zip": "outbox.json",
    "x_archive_exgenesis_2023.zip": "data/tweets.js",
    X_MEDIA_ZIP: "data/tweets.js",
    **dict.fromkeys(EXPORTS, "outbox.json"),
}


def test_every_real_file_has_a_damaged_copy():
    files = {p.name for p in REAL.iterdir() if p.name != "SOURCES.md"}
    assert files == {name for name, *_ in DAMAGED}


def assert_refused_leaving_nothing(chat, name, data, where, **options):
    with pytest.raises(ArchiveFileError) as refused:
        load(chat, name, data, **options)
    assert str(refused.value).startswith(name) and where in str(refused.value)
    assert not ChatArchive.objects.exists() and not ArchiveImport.objects.exists()
    assert not ArchivedPost.objects.exists()
    return str(refused.value)


@pytest.mark.parametrize(
    ("name", "damage", "where", "options"), DAMAGED, ids=[d[0] for d in DAMAGED]
)
def test_damaged_copies_are_refused_and_leave_nothing(chat, name, damage, where, options):
    data = (REAL / name).read_bytes()
    assert_refused_leaving_nothing(chat, name, damage(data), where, **options)
    member = TRUNCATED_MEMBER.get(name)
    if member:
        cut = _damage_member(data, member, _truncate)
        where = rf"^{re.escape(name)}/{re.escape(member)}, row \d+: is not valid JSON"
    elif name.endswith(".xlsx"):
        # A workbook is a zip whose directory is at its end: cut short, no row can be read.
        cut, where = _truncate(data), rf"^{re.escape(name)}: is not a readable zip file"
    elif name.endswith(".car"):
        # A CAR file is framed block by block: cut short, its last block runs past the end.
        cut, where = _truncate(data), rf"^{re.escape(name)}: is cut short or damaged at byte"
    else:
        cut, where = _truncate(data), rf"^{re.escape(name)}, row \d+: "
    assert re.match(where, assert_refused_leaving_nothing(chat, name, cut, "", **options))
