"""Schema changes keep every row: hashtags gain their case-folded lookup key."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("events", "0004_archive_uploads")]
AFTER = [("events", "0005_hashtag_key")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_existing_hashtags_get_their_key_and_keep_their_text():
    apps = migrate(BEFORE)
    Locale = apps.get_model("wagtailcore", "Locale")
    Hashtag = apps.get_model("events", "Hashtag")
    locale = Locale.objects.get_or_create(language_code="en")[0]
    Hashtag.objects.create(text="#МузейнаяГостиная", locale=locale)
    Hashtag.objects.create(text="#MCNPro", locale=locale, description="MCN's chat")
    try:
        apps = migrate(AFTER)
        rows = apps.get_model("events", "Hashtag").objects.order_by("text")
        assert [(tag.text, tag.key, tag.description) for tag in rows] == [
            ("#MCNPro", "mcnpro", "MCN's chat"),
            ("#МузейнаяГостиная", "музейнаягостиная", ""),
        ]
    finally:
        migrate(migrate_to_latest())


def migrate_to_latest():
    executor = MigrationExecutor(connection)
    return executor.loader.graph.leaf_nodes()
