"""Content shared by a module's tests (tests/module_content.py): built once, and what
one test writes, caches or changes in memory is gone for the next."""

from django.core.cache import cache

from events.models import EventPage
from tests.factories import make_event, make_event_index, make_site
from tests.module_content import module_content

BUILDS = []


@module_content
def chats():
    """An event index with one chat."""
    BUILDS.append("chats")
    index = make_event_index(make_site())
    return {"index": index, "chat": make_event(index, "Museum tweetups", start="2013-04-23T12:00")}


def test_a_test_writes_caches_and_changes_objects_in_memory(client, chats):
    chat = chats["chat"]
    chat.title = "Renamed"
    chat.save_revision().publish()
    make_event(chats["index"], "Another chat", start="2013-05-01T12:00")
    cache.set("left-by-the-first-test", 1)
    chats["index"].title = "Changed in memory only"
    assert client.get(chat.url).context["page"].title == "Renamed"


def test_the_next_test_finds_the_content_as_built(client, chats):
    assert BUILDS == ["chats"]
    assert list(EventPage.objects.values_list("title", flat=True)) == ["Museum tweetups"]
    assert chats["index"].title == "Chats and events"
    assert cache.get("left-by-the-first-test") is None
    assert client.get(chats["chat"].url).context["page"].title == "Museum tweetups"


def test_a_test_without_the_content_runs_before_it(db):
    """Written last, run first (tests/conftest.py orders the module's tests)."""
    assert BUILDS == []
    assert not EventPage.objects.exists()
