"""Property-based tests of the public forms: whatever arrives, never a 500, a clear message
on every rejection, and nothing half-saved.

Hypothesis sends a valid submission with some fields replaced by arbitrary text, huge
values, control characters, NUL bytes, mixed scripts, several values for one field or
no value at all. Each example compares the rows before and after: a rejection adds
nothing, an acceptance adds exactly one of each, and every saved text fits its column
(SQLite does not enforce lengths; PostgreSQL would fail with a 500).
"""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import models
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from wagtail.documents import get_document_model

from events.models import ChatProposal, EventPage
from resources.models import ContributedResource
from tests.resources.factories import make_conference

EXAMPLES = hypothesis_settings(
    max_examples=40,
    deadline=None,
    # The fixtures (site, pages, client) are set up once and shared by every example on
    # purpose: each example measures its own effect by counting rows before and after.
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
MISSING = object()

TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=80)
NASTY = st.sampled_from(
    [
        "",
        "   ",
        "\x00",
        "Museum\x00chat",
        "\x0b\x0c\x1b[31m",
        "Tab\tand\r\nnewline",
        "\u202eevil\u202c",
        "\u2066isolate\u2069",
        "Line\nbreak",
        "Bcc: x@example.org\r\nSubject: y",
        "Pacific/Pago_Pago",
        "23:59",
        "\ufeffBOM",
        "<script>alert(1)</script>",
        "'; DROP TABLE events_chatproposal; --",
        "Музей 博物館 متحف מוזיאון 🏛️",
        "%00%ff",
        "javascript:alert(1)",
        "9999-12-31",
        "0000-00-00",
        "2099-02-30",
        "25:61",
        "-1",
        "1e309",
        "Mars/Olympus_Mons",
        "#",
        "##",
        "# tag",
        "a" * 101,
        "x" * 3_000,
        "Ж" * 7_000,
        "q\n" * 40,
        "@" * 300 + "@example.org",
        "a" * 250 + "@example.org",
        "https://example.org/" + "p" * 400,
    ]
)
VALUE = st.one_of(TEXT, NASTY, st.integers().map(str), st.lists(TEXT, min_size=2, max_size=3))


def with_changes(base, fields):
    """The base submission with some fields replaced, multiplied or removed."""
    return st.dictionaries(
        st.sampled_from([*fields, "unexpected"]), st.one_of(VALUE, st.just(MISSING)), max_size=4
    ).map(
        lambda changes: {
            key: value for key, value in {**base, **changes}.items() if value is not MISSING
        }
    )


def assert_fits_its_columns(instance):
    for field in instance._meta.concrete_fields:
        value = getattr(instance, field.attname)
        if isinstance(field, models.CharField) and isinstance(value, str):
            assert len(value) <= field.max_length, (field.name, len(value))
        if isinstance(value, str):
            assert "\x00" not in value, field.name


def assert_rejected_clearly(response):
    assert response.status_code in (400, 429), response.status_code
    assert 'role="alert"' in response.content.decode()


PROPOSAL = {
    "title": "Museum data in digital spaces",
    "date": "2099-05-08",
    "time": "15:00",
    "time_zone": "America/New_York",
    "hosts": "Alli Burnie @alli_burnie",
    "hashtag": "musesocial",
    "summary": "Using collection data online.",
    "questions": "How do you use collection data?",
    "contact_email": "host@example.org",
    "website": "",
}


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def conference(home):
    return make_conference(home, "AAM 2013")


@pytest.fixture
def moderator(django_user_model):
    """Someone to email, so every accepted submission goes through the mail code too."""
    user = django_user_model.objects.create_user("mod", email="mod@example.org", password="x")
    user.groups.add(Group.objects.get_or_create(name="Moderators")[0])
    return user


@EXAMPLES
@given(data=with_changes(PROPOSAL, list(PROPOSAL)))
def test_propose_a_chat_survives_any_input(client, event_index, moderator, data):
    cache.clear()  # the rate limit (5 an hour) would otherwise answer 429 to everything
    before = (ChatProposal.objects.count(), EventPage.objects.count())
    response = client.post("/en/events/propose/", data)
    after = (ChatProposal.objects.count(), EventPage.objects.count())
    if response.status_code == 302:
        assert after == (before[0] + 1, before[1] + 1)
        proposal = ChatProposal.objects.latest("pk")
        assert_fits_its_columns(proposal)
        assert_fits_its_columns(EventPage.objects.get(pk=proposal.event_id))
    else:
        assert_rejected_clearly(response)
        assert after == before


RESOURCE = {
    "title": "Our session slides",
    "kind": "slides",
    "url": "https://slides.example/aam",
    "description": "Slides from our panel.",
    "contributor_name": "Dana",
    "contributor_email": "dana@example.org",
    "website": "",
}
FILE_NAMES = st.one_of(
    st.sampled_from(
        [
            "slides.pdf",
            "page.html",
            "drawing.svg",
            "archive.tar.gz",
            "no-extension",
            ".pdf",
            "../../etc/passwd.pdf",
            "Презентация музея.pptx",
            "n" * 300 + ".pdf",
            "tab\tname.txt",
        ]
    ),
    TEXT.map(lambda name: name + ".pdf"),
)


@EXAMPLES
@given(
    data=with_changes(RESOURCE, list(RESOURCE)),
    upload=st.one_of(st.none(), st.tuples(FILE_NAMES, st.binary(max_size=64))),
)
def test_add_a_resource_survives_any_input(client, conference, media, moderator, data, upload):
    cache.clear()
    if upload is not None:
        data = {**data, "file": SimpleUploadedFile(upload[0], upload[1] or b"x")}
    before = (ContributedResource.objects.count(), get_document_model().objects.count())
    response = client.post(conference.url + "add/", data)
    after = (ContributedResource.objects.count(), get_document_model().objects.count())
    if response.status_code == 302:
        assert after[0] == before[0] + 1
        assert after[1] == before[1] + (1 if upload is not None else 0)
        resource = ContributedResource.objects.latest("pk")
        assert_fits_its_columns(resource)
        if resource.document_id:
            assert_fits_its_columns(resource.document)
    else:
        assert_rejected_clearly(response)
        assert after == before


def test_nul_bytes_are_refused_with_a_message_not_a_500(client, event_index):
    cache.clear()
    response = client.post("/en/events/propose/", {**PROPOSAL, "title": "Museum\x00chat"})
    assert response.status_code == 400
    assert "Null characters are not allowed." in response.content.decode()
    assert not ChatProposal.objects.exists()


def test_control_characters_are_dropped_so_feeds_stay_valid(client, event_index):
    cache.clear()
    response = client.post("/en/events/propose/", {**PROPOSAL, "title": "Museum\x0b data\x1b"})
    assert response.status_code == 302
    assert ChatProposal.objects.get().title == "Museum data"


def test_invalid_utf8_is_read_with_replacement_characters(client, event_index):
    cache.clear()
    body = "&".join(f"{k}={v}" for k, v in PROPOSAL.items() if k != "title")
    response = client.post(
        "/en/events/propose/",
        f"title=%FF%FE%C3%28&{body}",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code in (302, 400)
    if response.status_code == 302:
        assert "\ufffd" in ChatProposal.objects.get().title


def test_a_body_over_the_upload_limit_is_a_400(client, event_index, settings):
    cache.clear()
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000
    response = client.post("/en/events/propose/", {**PROPOSAL, "summary": "x" * 20_000})
    assert response.status_code == 400
    assert not ChatProposal.objects.exists()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("hashtag", "a" * 100, "at most 100 characters"),
        ("contact_email", "a" * 250 + "@example.org", "at most 254 characters"),
    ],
)
def test_values_longer_than_their_column_are_refused(client, event_index, field, value, message):
    # Found by the property test above on PostgreSQL: the form let them through and the
    # database refused them with a 500.
    cache.clear()
    response = client.post("/en/events/propose/", {**PROPOSAL, field: value})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not ChatProposal.objects.exists()


def test_a_resource_link_longer_than_its_column_is_refused(client, home):
    cache.clear()
    conference = make_conference(home, "MW 2012")
    long_url = "https://example.org/" + "p" * 200
    response = client.post(conference.url + "add/", {**RESOURCE, "url": long_url})
    assert response.status_code == 400
    assert "at most 200 characters" in response.content.decode()
    assert not ContributedResource.objects.exists()


@pytest.mark.parametrize("title", ["{", "???", "🏛️🎨"])
def test_a_title_without_letters_still_makes_a_draft(client, event_index, title):
    # Found by the property test: Wagtail could not make a slug from such a title (500).
    cache.clear()
    response = client.post("/en/events/propose/", {**PROPOSAL, "title": title})
    assert response.status_code == 302
    event = EventPage.objects.get()
    assert event.title == title
    assert event.slug.startswith("proposed-chat-")


def test_a_line_break_in_a_title_does_not_break_the_moderators_mail(client, event_index, moderator):
    # Found by a probe: the title went into the mail subject, and a line break there is
    # BadHeaderError (a 500, and the proposal rolled back).
    cache.clear()
    title = "Museum chat\r\nBcc: everyone@example.org"
    response = client.post("/en/events/propose/", {**PROPOSAL, "title": title})
    assert response.status_code == 302
    assert ChatProposal.objects.get().title == "Museum chat Bcc: everyone@example.org"
    (message,) = [m for m in mail.outbox if m.subject.startswith("Chat proposed")]
    assert message.subject == "Chat proposed: Museum chat Bcc: everyone@example.org"
    assert message.bcc == []


def test_an_unreachable_mail_server_does_not_break_the_forms(
    client, event_index, conference, moderator, settings
):
    import socket

    with socket.socket() as s:  # a loopback port where nothing listens
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", port, 2
    cache.clear()
    assert client.post("/en/events/propose/", PROPOSAL).status_code == 302
    assert client.post(conference.url + "add/", RESOURCE).status_code == 302
    assert ChatProposal.objects.count() == ContributedResource.objects.count() == 1


def test_a_far_future_date_west_of_utc_is_refused_with_a_message(client, event_index):
    # Found by a probe: 31 December 9999 at 23:30 in Pago Pago is the year 10000 in UTC
    # (OverflowError, a 500).
    cache.clear()
    data = {**PROPOSAL, "date": "9999-12-31", "time": "23:30", "time_zone": "Pacific/Pago_Pago"}
    response = client.post("/en/events/propose/", data)
    assert_rejected_clearly(response)
    assert "too far in the future" in response.content.decode()
    assert not ChatProposal.objects.exists()


@pytest.mark.parametrize("control", ["\u202e", "\u202d", "\u2066", "\u2067", "\u2068"])
def test_bidi_controls_are_removed_from_one_line_fields(client, conference, control):
    # "Add your stuff" named "gpj.exe" read backwards; a mail subject with them too.
    cache.clear()
    data = {**RESOURCE, "title": f"{control}Slides\u202c", "contributor_name": f"Da{control}na"}
    assert client.post(conference.url + "add/", data).status_code == 302
    resource = ContributedResource.objects.get()
    assert (resource.title, resource.contributor_name) == ("Slides", "Dana")


@pytest.mark.parametrize("control", ["\u202e", "\u202b", "\u2067"])
def test_bidi_controls_are_removed_from_a_proposal_and_its_mail_subject(
    client, event_index, moderator, control
):
    cache.clear()
    # The hosts box has a line per person, and each line names a new person: a one-line
    # name on the people pages once the event is published.
    hosts = f"Dana {control}Jones\u202c\nAl{control}li Burnie @alli_burnie"
    data = {**PROPOSAL, "title": f"Museum {control}gpj.exe\u202c chat", "hosts": hosts}
    assert client.post("/en/events/propose/", data).status_code == 302
    assert ChatProposal.objects.get().title == "Museum gpj.exe chat"
    event = EventPage.objects.get()
    assert event.title == "Museum gpj.exe chat"
    names = sorted(link.person.name for link in event.people.all())
    assert names == ["Alli Burnie", "Dana Jones"]
    (message,) = [m for m in mail.outbox if m.subject.startswith("Chat proposed")]
    assert message.subject == "Chat proposed: Museum gpj.exe chat"
