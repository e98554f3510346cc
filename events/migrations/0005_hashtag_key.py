"""Hashtags are found by a stored, case-folded key instead of SQL LOWER(), which SQLite
applies only to ASCII letters (#МузейнаяГостиная did not find #музейнаягостиная)."""

from django.db import migrations, models


def fill_keys(apps, schema_editor):
    Hashtag = apps.get_model("events", "Hashtag")
    seen = {}
    for tag in Hashtag.objects.order_by("pk"):
        tag.key = tag.text.strip().lstrip("#").casefold()
        other = seen.setdefault((tag.key, tag.locale_id), tag)
        if other is not tag:
            raise RuntimeError(
                f"Hashtags {other.text!r} (id {other.pk}) and {tag.text!r} (id {tag.pk}) are "
                "the same hashtag in one language: merge them in the admin, then migrate."
            )
        tag.save(update_fields=["key"])


class Migration(migrations.Migration):
    dependencies = [("events", "0004_archive_uploads")]

    operations = [
        # The shared IndexPage's intro (hub.models).
        migrations.AlterField(
            model_name="eventindexpage",
            name="intro",
            field=models.TextField(blank=True, help_text="A sentence shown above the list."),
        ),
        migrations.AddField(
            model_name="hashtag",
            name="key",
            field=models.CharField(
                db_index=True,
                default="",
                editable=False,
                help_text="The text without its #, case folded: how the hub finds the hashtag.",
                max_length=100,
            ),
            preserve_default=False,
        ),
        migrations.RunPython(fill_keys, migrations.RunPython.noop),
        migrations.RemoveConstraint(model_name="hashtag", name="unique_hashtag_per_locale"),
        migrations.AddConstraint(
            model_name="hashtag",
            constraint=models.UniqueConstraint(
                models.F("key"),
                models.F("locale"),
                name="unique_hashtag_per_locale",
                violation_error_message="This hashtag already exists in this language.",
            ),
        ),
    ]
