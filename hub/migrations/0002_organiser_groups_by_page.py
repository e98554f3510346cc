"""Organiser groups were named after the conference's title, so two conferences with the
same title shared one group. Each group is now keyed by its page's id: a group with
permissions on one page is renamed; a group shared by several pages is split, one group
per page, every member kept in each (nobody loses access; an Editor reviews them)."""

from django.db import migrations

OLD_PREFIX = "Conference organisers: "


def key_groups_by_page(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Page = apps.get_model("wagtailcore", "Page")
    for group in Group.objects.filter(name__startswith=OLD_PREFIX):
        page_ids = sorted(
            set(GroupPagePermission.objects.filter(group=group).values_list("page_id", flat=True))
        )
        if not page_ids:
            continue
        members = list(group.user_set.all())
        permissions = list(group.permissions.all())
        for page_id in page_ids:
            title = Page.objects.get(pk=page_id).title
            key = f"Conference organisers #{page_id}:"
            target = Group.objects.filter(name__startswith=key).first()
            if target is None:
                target = Group.objects.create(name=f"{key} {title}"[:150])
            target.permissions.add(*permissions)
            target.user_set.add(*members)
            for grant in GroupPagePermission.objects.filter(group=group, page_id=page_id):
                GroupPagePermission.objects.get_or_create(
                    group=target, page_id=page_id, permission_id=grant.permission_id
                )
        group.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("hub", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(key_groups_by_page, migrations.RunPython.noop)]
