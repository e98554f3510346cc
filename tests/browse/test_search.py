"""Site search: filters, highlighted excerpts, the empty state, and the backend setting."""

import re

import pytest
from django.core.exceptions import ImproperlyConfigured

from browse.search import highlight
from hub.search_backends import search_backends
from tests.browse.conftest import make_private, translate, translate_the_site
from tests.factories import make_event, make_event_index, make_organisation, make_site
from tests.module_content import module_content


def result_titles(html):
    return re.findall(r'class="card__title"><a href="[^"]+"[^>]*>([^<]+)</a>', html)


@module_content
def content():
    """Public, draft and private museum pages, one translated into Russian."""
    home = make_site()
    event_index = make_event_index(home)
    translate_the_site(home, event_index)
    events = {
        "2012": make_event(
            event_index,
            "Museum blogs",
            start="2012-12-06T14:00",
            tags=["blogging"],
            intro="Why museum bloggers write, and who reads museum blogs.",
        ),
        "2013": make_event(
            event_index,
            "Museum metrics",
            start="2013-04-23T12:00",
            tags=["evaluation"],
            intro="Counting museum visitors online.",
        ),
    }
    make_organisation(home, "Museum of London")
    make_event(event_index, "Museum draft", start="2013-06-01T12:00", live=False)
    make_private(make_event(event_index, "Museum members", start="2013-01-01T12:00"))
    translate(events["2013"], {"Museum metrics": "Музейные метрики"})
    return events


def test_search_finds_live_public_pages_in_the_readers_language(client, content):
    html = client.get("/en/search/?q=museum").content.decode()
    assert sorted(result_titles(html)) == ["Museum blogs", "Museum metrics", "Museum of London"]
    assert "3 results" in html


def test_filter_by_type(client, content):
    html = client.get("/en/search/?q=museum&type=eventpage").content.decode()
    assert sorted(result_titles(html)) == ["Museum blogs", "Museum metrics"]
    html = client.get("/en/search/?q=museum&type=organisationpage").content.decode()
    assert result_titles(html) == ["Museum of London"]
    options = re.search(r'<select name="type".*?</select>', html, re.S).group(0)
    assert re.findall(r'<option value="(\w*)"', options) == ["", "eventpage", "organisationpage"]


def test_filter_by_tag_and_year(client, content):
    html = client.get("/en/search/?q=museum&tag=evaluation").content.decode()
    assert result_titles(html) == ["Museum metrics"]
    html = client.get("/en/search/?q=museum&year=2012").content.decode()
    assert result_titles(html) == ["Museum blogs"]
    html = client.get("/en/search/?q=museum&year=2013&tag=evaluation").content.decode()
    assert result_titles(html) == ["Museum metrics"]
    html = client.get("/en/search/?q=museum&year=2012&tag=evaluation").content.decode()
    assert result_titles(html) == []
    assert "Try removing a filter" in html
    assert 'href="/en/search/?q=museum">Search again without filters</a>' in html


def test_filter_by_language(client, content):
    russian_only = client.get("/en/search/?q=Музейные&language=ru").content.decode()
    assert result_titles(russian_only) == ["Музейные метрики"]
    assert result_titles(client.get("/en/search/?q=Музейные").content.decode()) == []
    everywhere = client.get("/en/search/?q=visitors&language=all").content.decode()
    assert sorted(result_titles(everywhere)) == ["Museum metrics", "Музейные метрики"]
    # A result in another language than the reader's is marked with it.
    assert 'hreflang="ru" lang="ru">Музейные метрики</a>' in everywhere
    assert '<span lang="ru">Русский</span></span>' in everywhere


def test_invalid_filters_are_reported_and_the_search_still_runs(client, content):
    response = client.get("/en/search/?q=blogs&year=1850&type=nope")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Select a valid choice" in html
    assert result_titles(html) == ["Museum blogs"]


def test_excerpts_mark_matched_words(client, content):
    html = client.get("/en/search/?q=bloggers").content.decode()
    assert "Why museum <mark>bloggers</mark> write" in html


def test_highlight_escapes_everything_but_the_marks():
    text = 'Museums <script>alert("x")</script> & museum blogs'
    marked = highlight(text, "museum")
    assert marked == (
        "<mark>Museums</mark> &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; "
        "<mark>museum</mark> blogs"
    )
    assert highlight(text, "<script>") == (
        "Museums &lt;<mark>script</mark>&gt;alert(&quot;x&quot;)&lt;/<mark>script</mark>&gt; "
        "&amp; museum blogs"
    )


def test_highlight_shows_the_part_of_a_long_intro_that_matched():
    text = " ".join(["word"] * 100 + ["Кураторы"] + ["word"] * 100)
    marked = highlight(text, "кураторы")
    assert marked.startswith("… word")
    assert "<mark>Кураторы</mark>" in marked
    assert marked.endswith(" …")
    assert len(marked.split()) < 50


def test_empty_states(client, content):
    html = client.get("/en/search/?q=zzzzqqq").content.decode()
    assert "Nothing matches “zzzzqqq”." in html
    assert "Try fewer or different words, or another language." in html
    html = client.get("/en/search/").content.decode()
    assert "Type a word or two to search" in html
    assert 'class="card__title"' not in html


def test_search_results_are_not_cached_and_not_indexed(client, content):
    response = client.get("/en/search/?q=museum")
    assert response["Cache-Control"] == "private, no-cache"
    assert '<meta name="robots" content="noindex">' in response.content.decode()


def test_search_backend_follows_search_url():
    assert search_backends(None)["default"]["BACKEND"] == "wagtail.search.backends.database"
    config = search_backends("elasticsearch8+https://hub:s3cret@search.example.org:9243/musesocial")
    assert config["default"]["BACKEND"] == "wagtail.search.backends.elasticsearch8"
    assert config["default"]["URLS"] == ["https://hub:s3cret@search.example.org:9243"]
    assert config["default"]["INDEX_PREFIX"] == "musesocial_"
    assert search_backends("opensearch2://127.0.0.1:9200")["default"]["URLS"] == [
        "http://127.0.0.1:9200"
    ]
    with pytest.raises(ImproperlyConfigured, match="SEARCH_URL must start with one of"):
        search_backends("https://search.example.org:9200")


@pytest.mark.parametrize("query", ['"', '"museum metrics"', 'museum"', 'metrics"" "museum'])
def test_a_double_quote_is_searched_past_not_a_500(client, content, query):
    # Found by the fuzz test (tests/security/test_fuzz_views.py): on SQLite each word goes
    # into an FTS5 string unescaped, and a double quote in one was a syntax error (500).
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200
    if query != '"':
        assert "Museum metrics" in result_titles(response.content.decode())
