"""How many SQL queries one request costs: the number the flat-query tests pin."""

from django.db import connection


def count_queries(client, url):
    """The queries a GET of `url` runs; it must answer 200."""
    executed = []

    def record(execute, sql, params, many, context):
        executed.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return len(executed)
