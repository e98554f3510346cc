"""WAGTAILSEARCH_BACKENDS from one environment variable, SEARCH_URL.

Unset: Wagtail's database backend, which picks the best search the database has
by itself: PostgreSQL full-text search (tsvector, ranked) on PostgreSQL, SQLite
FTS5 on SQLite. Set: an Elasticsearch or OpenSearch cluster, named by the URL's
scheme, with the index prefix as its path:

    SEARCH_URL=elasticsearch8+https://user:password@search.example.org:9200/musesocial
    SEARCH_URL=opensearch2://127.0.0.1:9200/

The scheme names the Wagtail backend module (`wagtail.search.backends.<name>`),
`+https` switches to TLS. The matching client library must be installed
(`pip install "elasticsearch>=8,<9"` or `pip install "opensearch-py>=2,<3"`), and
`manage.py update_index` run once after switching.
"""

from urllib.parse import urlsplit, urlunsplit

from django.core.exceptions import ImproperlyConfigured

DATABASE = {"default": {"BACKEND": "wagtail.search.backends.database"}}
CLUSTER_BACKENDS = {
    "elasticsearch7",
    "elasticsearch8",
    "elasticsearch9",
    "opensearch2",
    "opensearch3",
}
DEFAULT_INDEX_PREFIX = "musesocial_"


def search_backends(url):
    if not url:
        return DATABASE
    parts = urlsplit(url)
    backend, _plus, transport = parts.scheme.partition("+")
    if backend not in CLUSTER_BACKENDS or transport not in {"", "http", "https"}:
        names = ", ".join(sorted(CLUSTER_BACKENDS))
        raise ImproperlyConfigured(
            f"SEARCH_URL must start with one of {names} (optionally +https), "
            f"e.g. elasticsearch8+https://host:9200/musesocial; got {parts.scheme!r}."
        )
    if not parts.hostname:
        raise ImproperlyConfigured("SEARCH_URL must name the search cluster's host.")
    prefix = parts.path.strip("/")
    return {
        "default": {
            "BACKEND": f"wagtail.search.backends.{backend}",
            "URLS": [urlunsplit((transport or "http", parts.netloc, "", "", ""))],
            "INDEX_PREFIX": f"{prefix}_" if prefix else DEFAULT_INDEX_PREFIX,
            "TIMEOUT": 5,
            "OPTIONS": {},
            "INDEX_SETTINGS": {},
        }
    }
