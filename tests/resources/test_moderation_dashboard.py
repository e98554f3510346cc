"""Moderation in one place: the dashboard lists what waits for each role, and a
contribution is approved or rejected there in one action, with a note mailed to its sender."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command

from hub.roles import ensure_roles
from resources.models import ContributedResource, SubmissionStatus
from tests.resources.factories import make_conference


@pytest.fixture
def world(db, home):
    ensure_roles()
    User = get_user_model()
    users = {
        name: User.objects.create_user(name, f"{name}@example.org", "pw")
        for name in ("moderator", "translator", "organiser")
    }
    users["moderator"].groups.add(Group.objects.get(name="Moderators"))
    users["translator"].groups.add(Group.objects.get(name="Translators"))
    ours, theirs = make_conference(home, "AAM 2013 Resources"), make_conference(home, "MCN 2012")
    call_command("grant_conference_organiser", "organiser", str(ours.pk), verbosity=0)
    contributions = {
        name: ContributedResource.objects.create(
            conference=conference,
            title=f"Slides for {conference.title}",
            url="https://example.org/slides",
            contributor_name="Ada",
            contributor_email="ada@example.org",
        )
        for name, conference in (("ours", ours), ("theirs", theirs))
    }
    return users, contributions


def test_moderator_approves_from_the_dashboard_with_a_note_to_the_sender(client, world, mailoutbox):
    users, contributions = world
    client.force_login(users["moderator"])
    dashboard = client.get("/admin/").content.decode()
    assert "Waiting for you" in dashboard
    assert "Slides for AAM 2013 Resources" in dashboard and "Slides for MCN 2012" in dashboard
    contribution = contributions["theirs"]
    response = client.post(
        f"/admin/contributions/{contribution.pk}/decide/",
        {"decision": "approve", "note": "Thanks, added to the top."},
    )
    assert response.status_code == 302
    contribution.refresh_from_db()
    assert contribution.status == SubmissionStatus.APPROVED
    assert contribution.moderation_note == "Thanks, added to the top."
    [mail] = mailoutbox
    assert mail.to == ["ada@example.org"]
    assert "Thanks, added to the top." in mail.body
    assert f'data-contribution="{contribution.pk}"' not in client.get("/admin/").content.decode()


def test_organisers_moderate_their_own_conference_only(client, world):
    users, contributions = world
    client.force_login(users["organiser"])
    dashboard = client.get("/admin/").content.decode()
    assert "Slides for AAM 2013 Resources" in dashboard
    assert "Slides for MCN 2012" not in dashboard
    theirs = contributions["theirs"]
    response = client.post(f"/admin/contributions/{theirs.pk}/decide/", {"decision": "approve"})
    assert response.status_code in (302, 403)  # Wagtail redirects a refusal to the dashboard
    theirs.refresh_from_db()
    assert theirs.status == SubmissionStatus.PENDING
    ours = contributions["ours"]
    client.post(f"/admin/contributions/{ours.pk}/decide/", {"decision": "reject", "note": ""})
    ours.refresh_from_db()
    assert ours.status == SubmissionStatus.REJECTED


def test_translators_have_nothing_to_moderate(client, world):
    users, contributions = world
    client.force_login(users["translator"])
    dashboard = client.get("/admin/").content.decode()
    assert "Nothing waits for you." in dashboard
    ours = contributions["ours"]
    client.post(f"/admin/contributions/{ours.pk}/decide/", {"decision": "approve"})
    ours.refresh_from_db()
    assert ours.status == SubmissionStatus.PENDING
