import dj_database_url
import pytest
from django.db import connections
from django.db.utils import load_backend


def test_healthz_reports_a_reachable_database(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-cache" in response["Cache-Control"]


@pytest.fixture
def unreachable_database(monkeypatch, django_db_blocker):
    """For this test, the default connection is a real PostgreSQL one to an address where
    nothing listens (port 9): connecting fails as it does when the database server is down.

    In this process, not a new one: a Django start costs seconds, a refused connection
    nothing (no timeout is waited for).
    """
    unreachable = dj_database_url.parse("postgres://nobody@127.0.0.1:9/nowhere?connect_timeout=2")
    settings = {**connections["default"].settings_dict, **unreachable}
    wrapper = load_backend(settings["ENGINE"]).DatabaseWrapper(settings, "default")
    monkeypatch.setattr(connections._connections, "default", wrapper)
    with django_db_blocker.unblock():
        yield
    wrapper.close()


def test_healthz_is_503_when_the_database_is_unreachable(unreachable_database, client):
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "unreachable"}
    assert "no-cache" in response["Cache-Control"]
