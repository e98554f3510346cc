"""The public forms end to end: accepted into moderation, or rejected with the reason."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from wagtail.models import WorkflowState

from events.models import ChatProposal, EventPage
from hub.roles import ensure_roles
from resources.models import ContributedResource, SubmissionStatus
from tests.resources.factories import make_conference


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()


@pytest.fixture
def moderator(db):
    ensure_roles()
    user = get_user_model().objects.create_user("mod", "moderator@example.org", "pw")
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


def proposal(**overrides):
    soon = timezone.now() + timedelta(days=10)
    data = {
        "title": "#musedata: museum data in digital spaces",
        "date": soon.date().isoformat(),
        "time": "15:00",
        "time_zone": "America/New_York",
        "hosts": "Alli Burnie @alli_burnie\nAsh Martin @ashgmartin",
        "hashtag": "musesocial",
        "summary": "Using collection data and audience research online.",
        "questions": "How do you use collection data?\n\nWhat audience research helps?",
        "contact_email": "host@example.org",
        "website": "",
    }
    data.update(overrides)
    return data


def test_proposed_chat_becomes_a_draft_event_in_moderation(client, event_index, moderator):
    response = client.post("/en/events/propose/", proposal())
    assert response.status_code == 302
    assert "Thank you" in client.get(response["Location"]).content.decode()
    saved = ChatProposal.objects.get()
    assert saved.hosts.startswith("Alli Burnie @alli_burnie")
    event = EventPage.objects.get(pk=saved.event_id)
    assert not event.live
    assert event.get_parent().pk == event_index.pk
    assert event.start.hour == 20 or event.start.hour == 19  # 15:00 New York in UTC
    state = WorkflowState.objects.get(object_id=str(event.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert any("moderator@example.org" in message.to for message in mail.outbox)
    # Not public until approved.
    assert client.get(f"/en/events/{event.slug}/").status_code == 404
    html = client.get(f"/admin/pages/{event.pk}/edit/").status_code
    assert html == 302  # anonymous: sent to the login page


def test_questions_become_a_question_list_and_hosts_people_shown_escaped(
    client, event_index, moderator
):
    hosts = "<script>alert(1)</script> @x\nAnn Lee @ann@museum.social"
    client.post("/en/events/propose/", proposal(hosts=hosts, platform="bluesky"))
    event = EventPage.objects.get()
    assert event.platform == "bluesky"
    assert list(event.body) == []  # no hosts in the body, the questions in their own field
    assert [q.value["question"] for q in event.questions[0].value["questions"]] == [
        "How do you use collection data?",
        "What audience research helps?",
    ]
    people = [link.person for link in event.people.all()]
    assert [(p.name, p.mastodon_handle) for p in people] == [
        ("<script>alert(1)</script>", ""),  # stored as typed, "@x" is no Bluesky handle
        ("Ann Lee", "ann@museum.social"),
    ]
    event.get_latest_revision().publish(user=moderator)
    html = client.get(event.url).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "How do you use collection data?" in html


def test_a_form_sent_without_the_network_proposes_a_mastodon_chat(client, event_index, moderator):
    data = proposal()
    assert "platform" not in data  # as from a page opened before the field existed
    assert client.post("/en/events/propose/", data).status_code == 302
    assert ChatProposal.objects.get().platform == "mastodon"
    assert EventPage.objects.get().platform == "mastodon"


def test_a_past_date_is_rejected_with_the_reason_and_nothing_saved(client, event_index):
    response = client.post("/en/events/propose/", proposal(date="2012-05-08"))
    assert response.status_code == 400
    assert "That time has already passed" in response.content.decode()
    assert ChatProposal.objects.count() == 0
    assert EventPage.objects.count() == 0


def test_rejection_is_in_the_visitors_language(client, event_index):
    # /ru/ falls back to the English pages until they are translated; the interface is Russian.
    response = client.post("/ru/events/propose/", proposal(title="", date="2012-05-08"))
    assert response.status_code == 400
    html = response.content.decode()
    # Django's and Wagtail's Russian catalogues word "required" differently; either will do.
    assert "This field is required." not in html
    assert "Требуется заполнить это поле." in html or "Обязательное поле." in html
    assert "Это время уже прошло" in html
    assert ChatProposal.objects.count() == 0


def test_honeypot_rejects_with_an_explanation(client, event_index):
    response = client.post("/en/events/propose/", proposal(website="http://spam.example"))
    assert response.status_code == 400
    assert "This looked automated" in response.content.decode()
    assert ChatProposal.objects.count() == 0


def test_rate_limit_stops_the_sixth_submission_with_a_clear_message(client, event_index, moderator):
    for _ in range(5):
        assert client.post("/en/events/propose/", proposal()).status_code == 302
    response = client.post("/en/events/propose/", proposal())
    assert response.status_code == 429
    assert "which is our limit" in response.content.decode()
    assert ChatProposal.objects.count() == 5


def test_added_resource_waits_for_approval_then_appears(client, home, moderator):
    conference = make_conference(home, "AAM 2013 Resources")
    response = client.post(
        conference.url + "add/",
        {
            "title": "Our session slides",
            "kind": "slides",
            "url": "https://slides.example/aam",
            "description": "Slides from our panel.",
            "contributor_name": "Dana",
            "website": "",
        },
    )
    assert response.status_code == 302
    resource = ContributedResource.objects.get()
    assert resource.status == SubmissionStatus.PENDING
    assert "Our session slides" not in client.get(conference.url).content.decode()
    assert any("moderator@example.org" in message.to for message in mail.outbox)
    resource.status = SubmissionStatus.APPROVED
    resource.save()
    html = client.get(conference.url).content.decode()
    assert "Our session slides" in html
    assert "Shared by Dana" in html


def test_uploaded_file_of_a_refused_type_is_named_in_the_error(client, home):
    conference = make_conference(home, "AAM 2013 Resources")
    upload = SimpleUploadedFile("notes.exe", b"MZ...", content_type="application/octet-stream")
    response = client.post(
        conference.url + "add/",
        {
            "title": "Notes",
            "kind": "document",
            "file": upload,
            "contributor_name": "Dana",
            "website": "",
        },
    )
    assert response.status_code == 400
    assert "File extension “exe” is not allowed" in response.content.decode()
    assert ContributedResource.objects.count() == 0


def test_uploaded_document_is_kept_for_moderation(client, home):
    conference = make_conference(home, "AAM 2013 Resources")
    upload = SimpleUploadedFile("notes.pdf", b"%PDF-1.4 notes", content_type="application/pdf")
    response = client.post(
        conference.url + "add/",
        {
            "title": "Notes",
            "kind": "document",
            "file": upload,
            "contributor_name": "Dana",
            "website": "",
        },
    )
    assert response.status_code == 302
    resource = ContributedResource.objects.get()
    assert resource.document.collection.name == "Public submissions"
    assert resource.document.file.read() == b"%PDF-1.4 notes"


def test_link_or_file_is_required(client, home):
    conference = make_conference(home, "AAM 2013 Resources")
    response = client.post(
        conference.url + "add/",
        {"title": "Notes", "kind": "link", "contributor_name": "Dana", "website": ""},
    )
    assert response.status_code == 400
    assert "Give a link to the resource or attach its file." in response.content.decode()


@pytest.mark.parametrize(("sent", "kept"), [("bluesky", "bluesky"), ("mastodon", "mastodon")])
def test_a_chat_is_proposed_on_mastodon_or_bluesky(client, event_index, moderator, sent, kept):
    form = client.get("/en/events/propose/").content.decode()
    assert "Mastodon" in form and "Bluesky" in form and "X/Twitter" in form
    client.post("/en/events/propose/", proposal(platform=sent))
    saved = ChatProposal.objects.get()
    assert saved.platform == kept
    assert saved.event.platform == kept


def test_a_proposal_without_a_network_is_on_mastodon(client, event_index, moderator):
    client.post("/en/events/propose/", proposal())  # a page opened before the field existed
    assert ChatProposal.objects.get().platform == "mastodon"


def test_an_unknown_network_is_refused(client, event_index, moderator):
    response = client.post("/en/events/propose/", proposal(platform="myspace"))
    assert "not one of the available choices" in response.content.decode()
    assert not ChatProposal.objects.exists()
