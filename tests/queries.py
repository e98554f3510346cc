"""How many SQL queries one request costs: the number the flat-query tests pin."""

from django.db import connection

# The database cache's table (config.settings.base): its statements are cache round trips.
CACHE_TABLES = ("hub_cache",)


def record_queries(client, url):
    """The SQL statements a GET of `url` runs; it must answer 200."""
    executed = []

    def record(execute, sql, params, many, context):
        executed.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return executed


def is_cache_round_trip(sql):
    return any(f'"{table}"' in sql or f" {table} " in sql for table in CACHE_TABLES)


def count_queries(client, url):
    """The queries a GET of `url` runs; it must answer 200."""
    return len(record_queries(client, url))


def count_queries_and_cache(client, url):
    """(content queries, database-cache round trips) for a GET of `url`."""
    executed = record_queries(client, url)
    trips = sum(1 for sql in executed if is_cache_round_trip(sql))
    return len(executed) - trips, trips


def warm_query_counts(client, urls):
    """{url: queries} for each URL requested once before, so derived data is cached."""
    for url in urls:
        client.get(url)
    return {url: count_queries(client, url) for url in urls}
