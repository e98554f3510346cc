"""Passwords of private pages are throttled like logins (django-axes).

Found by a probe: a page's password could be guessed without limit. Now, after
AXES_FAILURE_LIMIT wrong ones from one address, that address gets the lockout page
(429), even with the right password; another address is not affected.
"""

import pytest
from django.urls import reverse
from wagtail.models import PageViewRestriction

from tests.factories import make_event


@pytest.fixture
def private(event_index):
    event = make_event(event_index, "Members only", start="2013-04-04T12:00")
    restriction = PageViewRestriction.objects.create(
        page=event, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, event.pk])
    return event, url


def attempt(client, private, password, address="203.0.113.7"):
    event, url = private
    return client.post(url, {"password": password, "return_url": event.url}, REMOTE_ADDR=address)


def test_the_right_password_opens_the_page(client, private):
    assert attempt(client, private, "secret").status_code == 302
    assert "Members only" in client.get(private[0].url).content.decode()


def test_guessing_is_stopped_after_the_failure_limit(client, private, settings):
    settings.AXES_FAILURE_LIMIT = 3
    for _ in range(2):
        response = attempt(client, private, "guess")
        assert response.status_code == 200  # the form again, with its error
    assert attempt(client, private, "guess").status_code == 429  # the limit: as for logins
    locked = attempt(client, private, "secret")
    assert locked.status_code == 429
    assert "Members only" not in client.get(private[0].url).content.decode().split("<main")[-1]
    # Someone else, elsewhere, is not locked out by the guesser.
    assert attempt(client, private, "secret", address="198.51.100.4").status_code == 302
