"""The existing "Public submissions" collection becomes private (Editors and Moderators
only), and files of contributions approved before now move to a public collection so
they stay downloadable. Files of rejected contributions are kept, now private: deleting
files is left to a person."""

from django.db import migrations

SUBMISSIONS = "Public submissions"
APPROVED = "Contributed resources"
REVIEWERS = ("Editors", "Moderators")


def forwards(apps, schema_editor):
    # The live Collection model: a new child collection needs treebeard's add_child,
    # which historical models do not have.
    from wagtail.models import Collection

    Group = apps.get_model("auth", "Group")
    Restriction = apps.get_model("wagtailcore", "CollectionViewRestriction")
    Document = apps.get_model("wagtaildocs", "Document")
    Contribution = apps.get_model("resources", "ContributedResource")
    root = Collection.get_first_root_node()
    if root is None:
        return
    submissions = root.get_children().filter(name=SUBMISSIONS).first()
    if submissions is None:
        return
    restriction = Restriction.objects.filter(
        collection_id=submissions.pk, restriction_type="groups"
    ).first() or Restriction.objects.create(
        collection_id=submissions.pk, restriction_type="groups", password=""
    )
    restriction.groups.add(*[Group.objects.get_or_create(name=name)[0] for name in REVIEWERS])
    approved_ids = Contribution.objects.filter(
        status="approved", document__collection_id=submissions.pk
    ).values_list("document_id", flat=True)
    if approved_ids:
        public = root.get_children().filter(name=APPROVED).first() or root.add_child(name=APPROVED)
        Document.objects.filter(pk__in=list(approved_ids)).update(collection_id=public.pk)


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0002_contributedresource_moderated"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
