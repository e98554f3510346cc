"""Who may do what: a matrix of roles against pages, through Wagtail's own permission checks."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser, Group
from django.core.management import call_command

from hub.roles import ensure_roles
from tests.factories import make_event
from tests.resources.factories import make_conference


@pytest.fixture
def world(db, home, event_index):
    ensure_roles()
    users = {}
    for name in ("editor", "moderator", "translator", "organiser_a", "organiser_b"):
        users[name] = get_user_model().objects.create_user(name, f"{name}@example.org", "pw")
    users["editor"].groups.add(Group.objects.get(name="Editors"))
    users["moderator"].groups.add(Group.objects.get(name="Moderators"))
    users["translator"].groups.add(Group.objects.get(name="Translators"))
    pages = {
        "conference_a": make_conference(home, "AAM 2013 Resources"),
        "conference_b": make_conference(home, "MCN 2012"),
        "event": make_event(event_index, "Museum blogs", start="2012-12-06T14:00"),
    }
    call_command("grant_conference_organiser", "organiser_a", "aam-2013-resources", verbosity=0)
    call_command("grant_conference_organiser", "organiser_b", "mcn-2012", verbosity=0)
    return users, pages


ALL = {"edit": True, "publish": True, "add": True, "draft": True}
NONE = {"edit": False, "publish": False, "add": False, "draft": False}
NO_PUBLISH = {"edit": True, "publish": False, "add": True, "draft": True}

EXPECTED = {
    "anonymous": {"conference_a": NONE, "conference_b": NONE, "event": NONE},
    "editor": {"conference_a": ALL, "conference_b": ALL, "event": ALL},
    "moderator": {"conference_a": ALL, "conference_b": ALL, "event": ALL},
    "translator": {"conference_a": NO_PUBLISH, "conference_b": NO_PUBLISH, "event": NO_PUBLISH},
    "organiser_a": {"conference_a": NO_PUBLISH, "conference_b": NONE, "event": NONE},
    "organiser_b": {"conference_a": NONE, "conference_b": NO_PUBLISH, "event": NONE},
}


@pytest.mark.parametrize("role", list(EXPECTED))
def test_permission_matrix(client, world, role):
    users, pages = world
    user = users.get(role, AnonymousUser())
    if role != "anonymous":
        client.force_login(user)
    actual = {}
    for name, page in pages.items():
        tester = page.permissions_for_user(user)
        # Events take no children; "add" there means adding a sibling under the index.
        target = page.get_parent().permissions_for_user(user) if name == "event" else tester
        draft = client.get(f"/admin/pages/{page.pk}/view_draft/")
        actual[name] = {
            "edit": tester.can_edit(),
            "publish": tester.can_publish(),
            "add": target.can_add_subpage(),
            "draft": draft.status_code == 200,
        }
    assert actual == EXPECTED[role]


def test_organiser_can_only_add_what_belongs_under_a_conference(world):
    users, pages = world
    from resources.models import BestPracticeTalkPage, ConferenceResourcePage

    conference = pages["conference_a"]
    assert conference.specific_class.allowed_subpage_models() == [BestPracticeTalkPage]
    assert not ConferenceResourcePage.can_create_at(conference)


def test_granting_an_unknown_conference_names_the_problem(world):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="No conference page with the slug 'nope'"):
        call_command("grant_conference_organiser", "organiser_a", "nope")
