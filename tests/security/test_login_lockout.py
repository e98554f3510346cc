"""django-axes: repeated wrong passwords lock the admin login for that username and address."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

PASSWORD = "a-long-correct-password-42"
LOGIN = "/admin/login/"


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("editor", "editor@example.org", PASSWORD)


def sign_in(client, password, address="127.0.0.1"):
    return client.post(LOGIN, {"username": "editor", "password": password}, REMOTE_ADDR=address)


def signed_in(client):
    return "_auth_user_id" in client.session


def test_five_failures_lock_the_login_even_for_the_right_password(client, editor, settings):
    assert settings.AXES_FAILURE_LIMIT == 5
    for _attempt in range(4):
        response = sign_in(client, "wrong")
        assert response.status_code == 200  # the login form again, with its error
        assert not signed_in(client)
    sign_in(client, "wrong")  # the fifth failure triggers the lockout

    response = sign_in(client, PASSWORD)
    assert response.status_code == 429
    page = response.content.decode()
    assert "Sign-in paused after too many failed attempts" in page
    assert "5 failed attempts" in page
    assert "1 hour" in page  # how long
    assert "hub administrator" in page  # whom to ask
    assert not signed_in(client)
    # The lockout page keeps the site's strict headers.
    assert response.headers["X-Frame-Options"] == "DENY"

    # Another address is a different pair: a guesser cannot lock the editor out everywhere.
    other = client_class_copy(client)
    assert sign_in(other, PASSWORD, address="10.0.0.2").status_code == 302

    call_command("axes_reset_username", "editor", verbosity=0)
    response = sign_in(client, PASSWORD)
    assert response.status_code == 302
    assert signed_in(client)


def test_axes_reset_lifts_every_lockout(client, editor):
    for _attempt in range(5):
        sign_in(client, "wrong")
    response = client.post(
        LOGIN, {"username": "editor", "password": PASSWORD}, HTTP_ACCEPT_LANGUAGE="ru"
    )
    assert response.status_code == 429
    page = response.content.decode()
    assert "Вход приостановлен" in page  # the page speaks the visitor's language
    assert "через 1 час" in page
    call_command("axes_reset", verbosity=0)
    assert sign_in(client, PASSWORD).status_code == 302


def test_lockout_page_names_the_contact_address_when_the_site_has_one(client, editor, home):
    from home.models import CommunitySettings

    settings_row = CommunitySettings.for_site(home.get_site())
    settings_row.contact_email = "organisers@example.org"
    settings_row.save()
    for _attempt in range(6):
        response = sign_in(client, "wrong")
    assert response.status_code == 429
    assert "mailto:organisers@example.org" in response.content.decode()


def client_class_copy(client):
    """A fresh client (no session) of the same class."""
    return type(client)()
