"""Archived posts keep their platform, media with alt text, expanded links and what they
quote or repost. Existing rows: media_links (URLs) become media entries, link URLs become
link entries, and each post takes its archive's platform."""

from django.db import migrations, models
from django.db.models import OuterRef, Subquery


def forwards(apps, schema_editor):
    ArchivedPost = apps.get_model("events", "ArchivedPost")
    ChatArchive = apps.get_model("events", "ChatArchive")
    ArchivedPost.objects.update(
        platform=Subquery(
            ChatArchive.objects.filter(pk=OuterRef("archive_id")).values("platform")[:1]
        )
    )
    posts = ArchivedPost.objects.exclude(media_links=[], links=[]).only(
        "pk", "media_links", "links"
    )
    changed = []
    for post in posts.iterator(chunk_size=1000):
        post.media = [
            {"url": url, "type": "", "alt": ""} for url in post.media_links if isinstance(url, str)
        ]
        post.links = [
            {"url": url, "expanded": url, "display": url} if isinstance(url, str) else url
            for url in post.links
        ]
        changed.append(post)
        if len(changed) >= 1000:
            ArchivedPost.objects.bulk_update(changed, ["media", "links"])
            changed = []
    ArchivedPost.objects.bulk_update(changed, ["media", "links"])


def backwards(apps, schema_editor):
    ArchivedPost = apps.get_model("events", "ArchivedPost")
    for post in ArchivedPost.objects.exclude(media=[], links=[]).iterator(chunk_size=1000):
        post.media_links = [item["url"] for item in post.media if isinstance(item, dict)]
        post.links = [
            item.get("expanded") if isinstance(item, dict) else item for item in post.links
        ]
        post.save(update_fields=["media_links", "links"])


class Migration(migrations.Migration):
    dependencies = [("events", "0004_archive_uploads")]

    operations = [
        migrations.AddField(
            model_name="archivedpost",
            name="platform",
            field=models.CharField(
                blank=True,
                choices=[("x", "X/Twitter"), ("mastodon", "Mastodon"), ("bluesky", "Bluesky")],
                help_text="Where it was posted: one archive may hold a chat held on several.",
                max_length=10,
            ),
        ),
        migrations.AddField(
            model_name="archivedpost",
            name="quote_of_id",
            field=models.CharField(
                blank=True, help_text="The id of the post this one quotes.", max_length=255
            ),
        ),
        migrations.AddField(
            model_name="archivedpost",
            name="repost_of_id",
            field=models.CharField(
                blank=True, help_text="The id of the original post this reposts.", max_length=255
            ),
        ),
        migrations.AddField(
            model_name="archivedpost",
            name="media",
            field=models.JSONField(
                blank=True,
                default=list,
                help_text="Photos, videos and GIFs: a list of {url, type, alt}, as the file gave them.",
            ),
        ),
        migrations.AlterField(
            model_name="archivedpost",
            name="links",
            field=models.JSONField(
                blank=True,
                default=list,
                help_text="Links in the text: a list of {url, expanded, display} (t.co and its target).",
            ),
        ),
        migrations.RunPython(forwards, backwards),
        migrations.RemoveField(model_name="archivedpost", name="media_links"),
    ]
