"""Every query parameter of every public view, fuzzed: never a 500.

Hypothesis sends each view's own parameters (and one it does not know) with NUL,
control and bidi characters, CR/LF, huge numbers, far-future dates, words where numbers
belong and several values at once. Found this way and fixed: `?q=%00` on search and
`?tag=%00` on the calendar feed answered 500 on PostgreSQL.
"""

import pytest
from django.core.cache import cache
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from tests.archives.test_import import load
from tests.factories import make_event

EXAMPLES = hypothesis_settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
HOSTILE = st.sampled_from(
    [
        "",
        "\x00",
        "museum\x00",
        "\x01\x1b[31m\x7f",
        "\u202eevil\u202c",
        "\u2066x\u2069",
        "a\r\nSet-Cookie: x=1",
        "%00",
        "-1",
        "0",
        "99999999999999999999999999",
        "1e309",
        "NaN",
        "9999",
        "9999-12-31",
        "10000-01-01T00:00",
        "x" * 5_000,
        "Музей 博物館 🏛️",
        "<script>alert(1)</script>",
        "' OR 1=1 --",
        "../../etc/passwd",
    ]
)
VALUE = st.one_of(HOSTILE, st.text(st.characters(exclude_categories=("Cs",)), max_size=40))
VIEWS = {
    "search": ("/en/search/", ["q", "type", "tag", "year", "language", "page"]),
    "events": (
        "/en/events/",
        ["kind", "year", "hashtag", "organisation", "tag", "when", "page"],
    ),
    "calendar feed": ("/en/events/calendar/", ["tag"]),
    "event calendar": ("{event}calendar/", []),
    "transcript": ("{event}transcript/", ["page"]),
    "export": ("{event}transcript/export/csv/", []),
    "tag": ("/en/tags/museums/", ["type", "page"]),
    "hashtag": ("/en/hashtags/musesocial/", ["page"]),
    "dates": ("/en/dates/2013/", ["page"]),
    "feed": ("/en/feeds/atom.xml", []),
    "home": ("/en/", []),
    "propose": ("/en/events/propose/", ["sent"]),
}


@pytest.fixture
def event(event_index, settings, tmp_path):
    settings.STORAGES = {
        **settings.STORAGES,
        "archive_uploads": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path)},
        },
    }
    event = make_event(event_index, "Museum tweetups", start="2099-04-04T12:00", tags=("museums",))
    load(event, "twarc.csv")
    return event


def queries(names):
    keys = st.sampled_from([*names, "unexpected"])
    return st.lists(st.tuples(keys, VALUE), max_size=4)


@pytest.mark.parametrize("view", list(VIEWS))
def test_no_query_string_gives_a_500(client, event, view):
    template, names = VIEWS[view]
    url = template.format(event=event.url)

    @EXAMPLES
    @given(query=queries(names))
    def check(query):
        cache.clear()
        response = client.get(url, [(k, v) for k, v in query] if query else {})
        assert response.status_code < 500, (url, query)

    check()


@pytest.mark.parametrize(
    ("url", "parameter"), [("/en/search/", "q"), ("/en/events/calendar/", "tag")]
)
def test_a_nul_in_a_parameter_is_a_400_not_a_500(client, event_index, url, parameter):
    response = client.get(url, {parameter: "\x00"})
    assert response.status_code == 400
