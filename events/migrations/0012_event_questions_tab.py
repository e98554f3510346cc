"""Events' question lists move from the body to a field (and admin tab) of their own.

Every question-list block of an event's body moves, with its block id, to the new
`questions` field: in the pages, in their revisions (drafts and history), and in
wagtail-localize's stored sources and segment contexts, so translations already made
keep matching their questions. Reversible: the lists go back to the end of the body's
leading text."""

import json
import uuid

import wagtail.fields
from django.db import migrations

QUESTIONS = "questions"
# wagtail_localize.models.TranslationContext._get_path_id
PATH_NAMESPACE = uuid.UUID("fcab004a-2b50-11ea-978f-2e728ce88125")
PROSE = {"text", "image", "quote", "embed"}


def split_questions(body):
    """(body without its question lists, the lists) from a body's raw block list."""
    kept = [block for block in body if block.get("type") != QUESTIONS]
    moved = [block for block in body if block.get("type") == QUESTIONS]
    return kept, moved


def join_questions(body, questions):
    """The reverse: the lists back into the body, after its leading prose."""
    at = 0
    while at < len(body) and body[at].get("type") in PROSE:
        at += 1
    return [*body[:at], *questions, *body[at:]]


def _raw(value):
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return json.loads(value)
    return list(getattr(value, "raw_data", value))


def _move_in_content(content, forward):
    """A serialized page (revision content, localize source): moved in place; the ids
    of the blocks moved."""
    body, questions = _raw(content.get("body")), _raw(content.get(QUESTIONS))
    as_text = isinstance(content.get("body"), str)
    if forward:
        body, moved = split_questions(body)
        questions = [*questions, *moved]
    else:
        moved = questions
        body, questions = join_questions(body, questions), []
    content["body"] = json.dumps(body) if as_text else body
    content[QUESTIONS] = json.dumps(questions) if as_text else questions
    return [block.get("id") for block in moved if block.get("id")]


def _move(apps, forward):
    ContentType = apps.get_model("contenttypes", "ContentType")
    EventPage = apps.get_model("events", "EventPage")
    Revision = apps.get_model("wagtailcore", "Revision")
    try:
        event_type = ContentType.objects.get(app_label="events", model="eventpage")
    except ContentType.DoesNotExist:
        return  # a fresh database: no events yet
    old, new = ("body", QUESTIONS) if forward else (QUESTIONS, "body")
    moved_ids = set()
    for page in EventPage.objects.all():
        content = {"body": _raw(page.body), QUESTIONS: _raw(page.questions)}
        moved_ids.update(_move_in_content(content, forward))
        EventPage.objects.filter(pk=page.pk).update(
            body=content["body"], questions=content[QUESTIONS]
        )
    for revision in Revision.objects.filter(content_type=event_type):
        if "body" in revision.content:
            moved_ids.update(_move_in_content(revision.content, forward))
            revision.save(update_fields=["content"])
    if not apps.is_installed("wagtail_localize"):
        return
    Source = apps.get_model("wagtail_localize", "TranslationSource")
    Context = apps.get_model("wagtail_localize", "TranslationContext")
    for source in Source.objects.filter(specific_content_type=event_type):
        content = json.loads(source.content_json)
        moved_ids.update(_move_in_content(content, forward))
        source.content_json = json.dumps(content)
        source.save(update_fields=["content_json"])
    for block_id in moved_ids:
        for context in Context.objects.filter(path__startswith=f"{old}.{block_id}"):
            context.path = new + context.path[len(old) :]
            context.path_id = uuid.uuid5(PATH_NAMESPACE, context.path)
            if context.field_path.startswith(f"{old}."):
                context.field_path = new + context.field_path[len(old) :]
            context.save(update_fields=["path", "path_id", "field_path"])


def forwards(apps, schema_editor):
    _move(apps, forward=True)


def backwards(apps, schema_editor):
    _move(apps, forward=False)


class Migration(migrations.Migration):

    dependencies = [
        ('events', '0011_snippets_draft_state_question_list_required'),
        ('wagtailcore', '0098_apitoken'),
        ('wagtail_localize', '0016_rename_page_revision_translationlog_revision'),
    ]

    operations = [
        migrations.AddField(
            model_name='eventpage',
            name='questions',
            field=wagtail.fields.StreamField([('questions', 8)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'help_text': 'Optional line before the questions, e.g. “We discussed:”.', 'max_length': 250, 'required': False}), 1: ('wagtail.blocks.CharBlock', (), {'help_text': 'Optional short heading, e.g. “Audience expectations”.', 'max_length': 120, 'required': False}), 2: ('wagtail.blocks.TextBlock', (), {'help_text': 'The question as it was tweeted.'}), 3: ('wagtail.blocks.CharBlock', (), {'label': 'Sub-question', 'max_length': 500}), 4: ('wagtail.blocks.StreamBlock', [[('sub_question', 3)]], {'help_text': 'Optional follow-up questions, one per item.', 'required': False}), 5: ('wagtail.blocks.TextBlock', (), {'help_text': 'Optional hints or notes, e.g. points the hosts raised.', 'required': False}), 6: ('wagtail.blocks.StructBlock', [[('heading', 1), ('question', 2), ('sub_questions', 4), ('notes', 5)]], {}), 7: ('wagtail.blocks.StreamBlock', [[('question', 6)]], {'help_text': 'Numbered Q1, Q2… automatically; drag to reorder.', 'required': True}), 8: ('wagtail.blocks.StructBlock', [[('intro', 0), ('questions', 7)]], {})}, help_text="The chat's questions, numbered Q1, Q2… automatically; shown after the body's opening text.", verbose_name='questions'),
        ),
        migrations.RunPython(forwards, backwards),
        migrations.AlterField(
            model_name='eventpage',
            name='body',
            field=wagtail.fields.StreamField([('text', 0), ('image', 4), ('quote', 8), ('embed', 12), ('timetable', 22), ('reading_list', 30), ('archive_links', 38)], blank=True, block_lookup={0: ('hub.blocks.RichTextBlock', (), {}), 1: ('wagtail.images.blocks.ImageChooserBlock', (), {'help_text': 'Choose or upload the picture.'}), 2: ('wagtail.blocks.CharBlock', (), {'help_text': 'Describe what the picture shows for people who cannot see it. Required.', 'max_length': 250}), 3: ('wagtail.blocks.CharBlock', (), {'help_text': 'Optional caption shown under the picture.', 'max_length': 250, 'required': False}), 4: ('wagtail.blocks.StructBlock', [[('image', 1), ('alt_text', 2), ('caption', 3)]], {}), 5: ('wagtail.blocks.TextBlock', (), {'help_text': 'The words quoted, exactly as published.'}), 6: ('wagtail.blocks.CharBlock', (), {'help_text': 'Who said or wrote it.', 'max_length': 200, 'required': False}), 7: ('wagtail.blocks.URLBlock', (), {'help_text': 'Where it was published, so readers can check it.', 'required': False}), 8: ('wagtail.blocks.StructBlock', [[('quote', 5), ('attribution', 6), ('source_url', 7)]], {}), 9: ('wagtail.blocks.URLBlock', (), {'help_text': 'Address of the video, slides or post to show.'}), 10: ('wagtail.blocks.CharBlock', (), {'help_text': 'Link text; the address is used if empty.', 'max_length': 200, 'required': False}), 11: ('wagtail.blocks.CharBlock', (), {'help_text': 'Optional caption shown under it.', 'max_length': 250, 'required': False}), 12: ('wagtail.blocks.StructBlock', [[('url', 9), ('title', 10), ('caption', 11)]], {}), 13: ('wagtail.blocks.CharBlock', (), {'help_text': 'Optional heading, e.g. “Timetable”.', 'max_length': 120, 'required': False}), 14: ('wagtail.blocks.TimeBlock', (), {'help_text': "Start time, in the event's own time zone."}), 15: ('wagtail.blocks.CharBlock', (), {'help_text': 'What happens, e.g. “Registration”.', 'max_length': 250}), 16: ('wagtail.snippets.blocks.SnippetChooserBlock', ('events.Person',), {'help_text': 'Choose a person with a record here.', 'label': 'Person'}), 17: ('wagtail.blocks.CharBlock', (), {'help_text': 'Name and role, for someone without a person record.', 'label': 'Name typed', 'max_length': 250}), 18: ('wagtail.blocks.StreamBlock', [[('person', 16), ('name', 17)]], {'help_text': 'Who speaks, if anyone.'}), 19: ('wagtail.blocks.TextBlock', (), {'help_text': 'What the slot covered.', 'required': False}), 20: ('wagtail.blocks.StructBlock', [[('time', 14), ('title', 15), ('speakers', 18), ('summary', 19)]], {}), 21: ('wagtail.blocks.StreamBlock', [[('slot', 20)]], {'help_text': 'The slots, in time order.', 'min_num': 1}), 22: ('wagtail.blocks.StructBlock', [[('heading', 13), ('items', 21)]], {}), 23: ('wagtail.blocks.CharBlock', (), {'help_text': 'Optional heading, e.g. “Read before”.', 'max_length': 120, 'required': False}), 24: ('wagtail.blocks.CharBlock', (), {'help_text': 'Title of the post or article.', 'max_length': 300}), 25: ('wagtail.blocks.CharBlock', (), {'help_text': 'Who wrote it.', 'max_length': 200, 'required': False}), 26: ('wagtail.blocks.CharBlock', (), {'help_text': 'Blog, magazine or site it appeared in.', 'max_length': 200, 'required': False}), 27: ('wagtail.blocks.URLBlock', (), {'help_text': 'Link to it, if it is online.', 'required': False}), 28: ('wagtail.blocks.StructBlock', [[('title', 24), ('author', 25), ('source', 26), ('url', 27)]], {}), 29: ('wagtail.blocks.StreamBlock', [[('reading', 28)]], {'min_num': 1}), 30: ('wagtail.blocks.StructBlock', [[('heading', 23), ('items', 29)]], {}), 31: ('wagtail.blocks.CharBlock', (), {'help_text': 'Optional heading, e.g. “Archives”.', 'max_length': 120, 'required': False}), 32: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('transcript', 'Transcript'), ('storify', 'Storify'), ('wakelet', 'Wakelet'), ('spreadsheet', 'Spreadsheet of posts'), ('summary', 'Summary post'), ('video', 'Video')], 'help_text': 'What sort of archive this is.'}), 33: ('wagtail.blocks.CharBlock', (), {'help_text': 'E.g. “Key tweets, by category”.', 'max_length': 250, 'required': False}), 34: ('wagtail.blocks.URLBlock', (), {'help_text': 'The original address, even if the service is gone; empty if it was lost.', 'required': False}), 35: ('wagtail.blocks.URLBlock', (), {'help_text': 'A Wayback Machine copy, for services that have shut down such as Storify.', 'label': 'Web archive copy', 'required': False}), 36: ('wagtail.blocks.StructBlock', [[('kind', 32), ('title', 33), ('url', 34), ('wayback_url', 35)]], {}), 37: ('wagtail.blocks.StreamBlock', [[('link', 36)]], {'min_num': 1}), 38: ('wagtail.blocks.StructBlock', [[('heading', 31), ('links', 37)]], {})}, help_text='Background, timetable, reading list and archives.'),
        ),
    ]
