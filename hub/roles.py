"""The hub's roles as Wagtail groups: Editors, Moderators, Translators, Conference organisers.

Editors publish anything; Moderators publish and review what the public sends;
Translators translate but do not publish; a Conference organisers group exists
per conference and may edit that conference's page and add under it, with
publishing left to moderation.
"""

from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Page

EDITORS = "Editors"
MODERATORS = "Moderators"
TRANSLATORS = "Translators"
ORGANISERS_PREFIX = "Conference organisers"

ADMIN_ACCESS = ("wagtailadmin", "access_admin")
SNIPPETS = [("events", model) for model in ("person", "venue", "hashtag")]
MEDIA = [("wagtaildocs", "document"), ("wagtailimages", "image")]
# Importing chat archives, and keeping their posts (questions, key posts, hiding).
ARCHIVES = [
    ("events", "add_archiveupload"),
    ("events", "view_archiveupload"),
    ("events", "view_archivedpost"),
    ("events", "change_archivedpost"),
    # Live capture: settings, start and stop (events/archives/capture/admin_views.py).
    ("events", "view_chatcapture"),
    ("events", "change_chatcapture"),
]


def _perms(pairs):
    """Permission objects from (app_label, codename) pairs; every one must exist."""
    found = []
    for app_label, codename in pairs:
        found.append(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    return found


def _model_perms(models, actions):
    return [(app, f"{action}_{model}") for app, model in models for action in actions]


ROLE_PERMISSIONS = {
    EDITORS: [
        ADMIN_ACCESS,
        *_model_perms(SNIPPETS, ("add", "change", "delete", "publish")),
        *_model_perms(MEDIA, ("add", "change", "choose")),
        *ARCHIVES,
    ],
    MODERATORS: [
        ADMIN_ACCESS,
        *_model_perms(SNIPPETS, ("add", "change", "delete", "publish")),
        *_model_perms(MEDIA, ("add", "change", "choose")),
        *ARCHIVES,
        ("resources", "change_contributedresource"),
        ("resources", "delete_contributedresource"),
        ("events", "change_chatproposal"),
        ("events", "view_chatproposal"),
    ],
    TRANSLATORS: [
        ADMIN_ACCESS,
        ("wagtail_localize", "submit_translation"),
        *_model_perms(SNIPPETS, ("change",)),
        *_model_perms(MEDIA, ("choose",)),
    ],
}
ROLE_PAGE_PERMISSIONS = {
    EDITORS: ("add", "change", "publish"),
    MODERATORS: ("add", "change", "publish", "lock", "unlock"),
    TRANSLATORS: ("add", "change"),
}
ORGANISER_PERMISSIONS = [ADMIN_ACCESS, *_model_perms(MEDIA, ("add", "choose"))]
ORGANISER_PAGE_PERMISSIONS = ("add", "change")


def _grant_pages(group, page, types):
    for permission_type in types:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=page,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=f"{permission_type}_page"
            ),
        )


def ensure_roles():
    """Create or complete the site-wide groups. Safe to run again."""
    root = Page.get_first_root_node()
    groups = {}
    for name, pairs in ROLE_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*_perms(pairs))
        _grant_pages(group, root, ROLE_PAGE_PERMISSIONS[name])
        groups[name] = group
    return groups


def organiser_group_key(page_id):
    """The start of an organiser group's name: the page's id, which no other page shares
    (two conferences may share a title, e.g. next year's copy)."""
    return f"{ORGANISERS_PREFIX} #{page_id}:"


def organiser_group_name(page_id, title):
    return f"{organiser_group_key(page_id)} {title}"[:150]


def find_organiser_group(conference):
    return Group.objects.filter(name__startswith=organiser_group_key(conference.pk)).first()


def organiser_group(conference):
    """The group whose members edit this conference's page and its subtree only."""
    group = find_organiser_group(conference)
    name = organiser_group_name(conference.pk, conference.title)
    if group is None:
        group = Group.objects.create(name=name)
    elif group.name != name:  # the title changed: the name follows, the key stays
        group.name = name
        group.save(update_fields=["name"])
    group.permissions.add(*_perms(ORGANISER_PERMISSIONS))
    _grant_pages(group, conference, ORGANISER_PAGE_PERMISSIONS)
    return group


def grant_conference_organiser(user, conference):
    group = organiser_group(conference)
    user.groups.add(group)
    return group


def revoke_conference_organiser(user, conference):
    group = find_organiser_group(conference)
    if group is not None:
        user.groups.remove(group)


def conference_organisers(conference):
    group = find_organiser_group(conference)
    return list(group.user_set.order_by("username")) if group else []


def organised_page_ids(user):
    """Ids of the conference pages `user` organises (by their organiser groups)."""
    return list(
        GroupPagePermission.objects.filter(
            group__user=user, group__name__startswith=ORGANISERS_PREFIX + " #"
        )
        .values_list("page_id", flat=True)
        .distinct()
    )


def is_editor(user):
    """Editors (and superusers) grant organisers."""
    return user.is_active and (
        user.is_superuser or user.groups.filter(name__in=(EDITORS,)).exists()
    )
