from django.db import migrations, models

from events import slugs


def give_slugs(apps, schema_editor):
    """Every existing person gets a slug from their first version's name; all language
    versions of one person share it, and no two people do."""
    Person = apps.get_model("events", "Person")
    by_key = {}
    for person in Person.objects.order_by("pk"):
        by_key.setdefault(person.translation_key, []).append(person)
    taken = set()
    for versions in by_key.values():
        first = versions[0]
        slug = slugs.unique_slug(first.name, first.x_handle, taken.__contains__)
        taken.add(slug)
        Person.objects.filter(pk__in=[person.pk for person in versions]).update(slug=slug)


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0012_event_questions_tab"),
    ]

    operations = [
        migrations.AddField(
            model_name="person",
            name="slug",
            field=models.CharField(
                blank=True,
                help_text=(
                    "The end of the person's page address, e.g. erin-blasco. Leave empty to "
                    "make it from the name; it is kept when the name changes, so links keep "
                    "working."
                ),
                max_length=120,
            ),
        ),
        migrations.RunPython(give_slugs, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="person",
            constraint=models.UniqueConstraint(
                models.F("slug"),
                models.F("locale"),
                name="unique_person_slug_per_locale",
                violation_error_message="Another person already has this address.",
            ),
        ),
    ]
