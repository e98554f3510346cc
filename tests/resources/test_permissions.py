"""Who may do what: a matrix of roles against pages, through Wagtail's own permission checks."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser, Group
from django.core.management import call_command

from hub.roles import ensure_roles
from tests.factories import make_event, make_event_index, make_site
from tests.module_content import module_content
from tests.resources.factories import make_conference


@module_content
def world():
    """Users of each role, two conferences with an organiser each, and an event."""
    home = make_site()
    event_index = make_event_index(home)
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


def test_two_conferences_with_one_title_have_separate_organiser_groups(world):
    from hub.roles import grant_conference_organiser
    from resources.models import ConferenceResourcePage

    users, pages = world
    first = pages["conference_b"]
    next_year = ConferenceResourcePage(title=first.title, slug="mcn-2012-copy", conference_name="x")
    first.get_parent().add_child(instance=next_year)
    grant_conference_organiser(users["organiser_a"], next_year)
    group_first = grant_conference_organiser(users["organiser_b"], first)
    assert group_first.name == f"Conference organisers #{first.pk}: MCN 2012"
    assert not first.permissions_for_user(users["organiser_a"]).can_edit()
    assert not next_year.permissions_for_user(users["organiser_b"]).can_edit()
    assert next_year.permissions_for_user(users["organiser_a"]).can_edit()


def test_the_command_refuses_an_ambiguous_slug_and_takes_a_page_id(
    world, django_capture_on_commit_callbacks
):
    from django.core.management.base import CommandError
    from wagtail.models import Locale

    from hub.translation import translate_with_po

    users, pages = world
    conference = pages["conference_b"]
    ru = Locale.objects.get(language_code="ru")
    with django_capture_on_commit_callbacks(execute=True):
        for page in (conference.get_parent().get_parent(), conference.get_parent(), conference):
            translate_with_po(page.specific, ru, {})
    # The Russian translation keeps the slug: two pages answer to "mcn-2012".
    with pytest.raises(CommandError, match=r"2 conference pages have the slug 'mcn-2012'"):
        call_command("grant_conference_organiser", "organiser_a", "mcn-2012")
    assert not conference.permissions_for_user(users["organiser_a"]).can_edit()
    call_command("grant_conference_organiser", "organiser_a", str(conference.pk), verbosity=0)
    organiser = get_user_model().objects.get(username="organiser_a")  # no cached permissions
    assert conference.permissions_for_user(organiser).can_edit()


def test_existing_title_named_groups_are_keyed_by_page(world):
    """The data migration: a group shared by two same-titled conferences is split."""
    import importlib

    from django.apps import apps
    from wagtail.models import GroupPagePermission

    from hub.roles import _grant_pages
    from resources.models import ConferenceResourcePage

    users, pages = world
    first = pages["conference_b"]
    copy = ConferenceResourcePage(title=first.title, slug="mcn-2012-copy", conference_name="x")
    first.get_parent().add_child(instance=copy)
    old = Group.objects.create(name="Conference organisers: MCN 2012")
    _grant_pages(old, first, ("add", "change"))
    _grant_pages(old, copy, ("add", "change"))
    old.user_set.add(users["organiser_a"])
    migration = importlib.import_module("hub.migrations.0002_organiser_groups_by_page")
    migration.key_groups_by_page(apps, None)
    for page in (first, copy):
        group = Group.objects.get(name=f"Conference organisers #{page.pk}: MCN 2012")
        assert set(
            GroupPagePermission.objects.filter(group=group).values_list("page_id", flat=True)
        ) == {page.pk}
        assert users["organiser_a"] in group.user_set.all()
    assert not Group.objects.filter(name="Conference organisers: MCN 2012").exists()


def test_editors_grant_organisers_from_the_conference_page(client, world):
    from hub.roles import conference_organisers

    users, pages = world
    conference = pages["conference_b"]
    url = f"/admin/conference-organisers/{conference.pk}/"
    for role in ("organiser_b", "moderator", "translator"):
        client.force_login(users[role])
        # Wagtail turns a refusal into a redirect to the dashboard with a message.
        assert client.get(url).status_code in (302, 403), role
        client.post(url, {"username": role})
        assert conference_organisers(conference) == [users["organiser_b"]]
    client.force_login(users["editor"])
    edit = client.get(f"/admin/pages/{conference.pk}/edit/").content.decode()
    assert url in edit  # the "Organisers" action on the page
    assert client.post(url, {"username": "organiser_a"}).status_code == 302
    User = get_user_model()
    assert conference.permissions_for_user(User.objects.get(username="organiser_a")).can_edit()
    assert "organiser_a" in client.get(url).content.decode()
    client.post(url, {"remove": users["organiser_a"].pk})
    assert not conference.permissions_for_user(User.objects.get(username="organiser_a")).can_edit()
