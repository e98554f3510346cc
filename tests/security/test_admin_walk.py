"""Who can change what the public sees, by every admin URL there is.

The URLs come from the URL resolver (Wagtail's, wagtail-localize's and the hub's), not a
hand-made list. Every one is POSTed to, as a Translator and as a conference organiser,
with the values that would publish (publish actions, "Publish immediately", approved
status...), and the public state (every page's live content and address, the people,
venues and hashtags, contributions, topic names, redirects) must not change. Editors and
Moderators, through the same routes with valid forms, do publish: the payloads are real.
"""

import contextlib
import hashlib
import json
import re
from urllib.parse import quote

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection
from django.forms.models import model_to_dict
from django.test import TestCase
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from events.models import Hashtag, Person, Venue
from hub.models import TagLabel
from hub.roles import ensure_roles
from hub.translation import translate_with_po, translation_for
from resources.models import ContributedResource
from tests.factories import make_event, make_event_index, make_person, make_site, make_venue
from tests.module_content import module_content
from tests.resources.factories import make_conference

NOT_PUBLIC = {
    "latest_revision",
    "has_unpublished_changes",
    "draft_title",
    "locked",
    "locked_at",
    "locked_by",
    "owner",
    "latest_revision_created_at",
}
# Leaving the session would end the walk, not change the site.
SKIP = ("logout",)
# Statements that cannot change what is stored; any other may.
READS = re.compile(r"\s*(SELECT|SAVEPOINT|RELEASE SAVEPOINT)\b", re.IGNORECASE)


def public_state():
    """A digest of everything a visitor can see that the admin can change."""
    rows = []
    for page in Page.objects.order_by("pk").specific():
        data = {k: v for k, v in page.serializable_data().items() if k not in NOT_PUBLIC}
        rows.append(("page", page.pk, data))
    for model in (Person, Venue, Hashtag):
        for obj in model.objects.order_by("pk"):
            data = {k: v for k, v in model_to_dict(obj).items() if k not in NOT_PUBLIC}
            rows.append((model.__name__, obj.pk, data))
    rows.append(list(ContributedResource.objects.order_by("pk").values_list("pk", "status")))
    rows.append(list(TagLabel.objects.order_by("pk").values_list("pk", "name")))
    from wagtail.contrib.redirects.models import Redirect

    rows.append(list(Redirect.objects.values_list("old_path", "redirect_page_id")))
    return hashlib.sha256(json.dumps(rows, default=str, sort_keys=True).encode()).hexdigest()


@contextlib.contextmanager
def statements_that_may_write():
    """The SQL run inside that may have written (a list, empty if only reads ran)."""
    written = []

    def watch(execute, sql, params, many, context):
        if not READS.match(sql):
            written.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(watch):
        yield written


def admin_patterns(resolver=None, prefix="", namespace=""):
    """(route, url name) of every URL pattern under /admin/."""
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            ns = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from admin_patterns(entry, route, ns)
        elif isinstance(entry, URLPattern) and route.startswith("admin/"):
            yield route, f"{namespace}{entry.name or ''}"


@module_content
def world():
    """Users of each role, two conferences, an event translated into Russian with an
    unreviewed title change waiting, and translated snippets."""
    home = make_site()
    event_index = make_event_index(home)
    ensure_roles()
    ru = Locale.objects.get(language_code="ru")
    User = get_user_model()
    users = {}
    for name, group in (
        ("editor", "Editors"),
        ("moderator", "Moderators"),
        ("translator", "Translators"),
        ("organiser", None),
    ):
        users[name] = User.objects.create_user(name, f"{name}@example.org", "pw")
        if group:
            users[name].groups.add(Group.objects.get(name=group))
    conference = make_conference(home, "AAM 2013 Resources")
    other = make_conference(home, "MCN 2012")
    call_command("grant_conference_organiser", "organiser", "aam-2013-resources", verbosity=0)
    event = make_event(event_index, "Museum blogs", start="2012-12-06T14:00")
    person, venue = make_person(), make_venue()
    with TestCase.captureOnCommitCallbacks(execute=True):
        for page in (home, event_index):
            translate_with_po(page, ru, {})
        ru_event = translate_with_po(event, ru, {"Museum blogs": "Музейные блоги"})
    # A translator has typed a new title: any route that publishes would show it.
    translation = translation_for(event, ru)
    segment = StringSegment.objects.get(source=translation.source, context__path="title")
    StringTranslation.objects.filter(translation_of=segment.string, locale=ru).update(
        data="Блоги музеев (не проверено)"
    )
    for obj in (person, venue, Hashtag.objects.first()):
        from wagtail_localize.operations import translate_object

        translate_object(obj, [ru])
    contributions = [
        ContributedResource.objects.create(
            conference=target, title="Slides", url="https://example.org/s", contributor_name="A"
        )
        for target in (conference, other)
    ]
    return {
        "other_contribution": contributions[1],
        "users": users,
        "ru": ru,
        "event": event,
        "ru_event": Page.objects.get(pk=ru_event.pk).specific,
        "conference": conference,
        "other": other,
        "person": person,
        "ru_person": Person.objects.get(locale=ru),
        "translation": translation,
    }


def fill(route, world, role):
    """The route with each parameter set to the object a publish would most change: for a
    translator the Russian event, for an organiser their own conference's page (which they
    edit but may not publish) and the other conference's contribution."""
    ru_event = world["ru_event"]
    page = world["conference"] if role == "organiser" else ru_event
    values = {
        "page_id": page.pk,
        "contribution_id": world["other_contribution"].pk,
        "parent_page_id": page.get_parent().pk,
        "translation_id": world["translation"].pk,
        "translation_source_id": world["translation"].source_id,
        "app_label": "events",
        "model_name": "person",
        "pk": world["ru_person"].pk,
        "object_id": world["ru_person"].pk,
        "revision_id": ru_event.latest_revision_id,
    }

    def sub(match):
        name = match.group(2)
        return quote(str(values.get(name, 1)))

    return "/" + re.sub(r"<(?:(\w+):)?(\w+)>", sub, route).replace("^", "").replace("$", "")


PUBLISHING = {
    "action": "publish",
    "action-publish": "action-publish",
    "publish_translations": "on",
    "status": "approved",
    "include_subtree": "on",
    "include_descendants": "on",
    "title": "Changed by the walk",
    "slug": "changed-by-the-walk",
    "name": "Changed by the walk",
}


@pytest.mark.parametrize("role", ["translator", "organiser"])
def test_no_admin_url_lets_them_publish(client, world, role):
    user = world["users"][role]
    patterns = sorted(set(admin_patterns()))
    names = {name for _route, name in patterns}
    # The walk reaches the routes that publish, or it proves nothing.
    for expected in (
        "wagtailadmin_pages:edit",
        "wagtailadmin_pages:unpublish",
        "wagtail_bulk_action",
        "wagtail_localize:update_translations",
        "wagtail_localize:submit_page_translation",
        "wagtailsnippets_events_person:edit",
        "wagtailsnippets_resources_contributedresource:edit",
        "contribution_decide",
        "conference_organisers",
        "hub_submit_translation",
    ):
        assert expected in names, expected
    publishers = []
    # Nothing but the POSTs changes the site, so the state after one URL is the state
    # before the next, and a URL whose POSTs wrote nothing left it as it was: the state
    # (the walk's main cost) is read again only after a URL that wrote.
    before = public_state()
    for route, name in patterns:
        if any(word in name for word in SKIP):
            continue
        url = fill(route, world, role)
        client.force_login(user)
        data = {**PUBLISHING, "locales": [world["ru"].pk], "id": world["ru_event"].pk}
        with statements_that_may_write() as written:
            # A view that cannot take a generic POST (and raises) changes nothing either.
            with contextlib.suppress(Exception):
                client.post(url, data)
            with contextlib.suppress(Exception):
                client.post(url + "?id=" + str(world["ru_event"].pk), data)
        if not written:
            continue
        after = public_state()
        if after != before:
            publishers.append((name, url))
        before = after
    assert publishers == []


def test_editors_publish_a_translators_work_through_the_same_routes(client, world):
    """The payloads are real: an Editor publishes by the routes a translator may not."""
    client.force_login(world["users"]["editor"])
    ru_event = world["ru_event"]
    before = public_state()
    client.post(
        reverse("wagtail_localize:update_translations", args=[world["translation"].source_id]),
        {"publish_translations": "on"},
    )
    ru_event.refresh_from_db()
    assert ru_event.title == "Блоги музеев (не проверено)"
    assert public_state() != before


def test_a_translators_sync_goes_to_review_and_an_editor_publishes_it(client, world, mailoutbox):
    translator, editor = world["users"]["translator"], world["users"]["editor"]
    client.force_login(translator)
    response = client.post(
        reverse("wagtail_localize:update_translations", args=[world["translation"].source_id]),
        {"publish_translations": "on"},
    )
    assert response.status_code == 302
    ru_event = Page.objects.get(pk=world["ru_event"].pk).specific
    assert ru_event.title == "Музейные блоги"  # still the reviewed text
    state = ru_event.current_workflow_state
    assert state is not None and state.workflow.name == "Translation review"
    assert editor.email in {address for m in mailoutbox for address in m.to}
    # The editor approves in the admin's workflow action: the draft is published.
    client.force_login(editor)
    task_state = state.current_task_state
    response = client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[ru_event.pk, "approve", task_state.pk],
        ),
        {"comment": ""},
    )
    ru_event.refresh_from_db()
    assert ru_event.live and ru_event.title == "Блоги музеев (не проверено)"
    assert not Translation.objects.filter(pk=world["translation"].pk, enabled=False).exists()
