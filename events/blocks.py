"""Blocks that make an event page: questions, timetables, reading lists, archives.

Lists inside blocks are StreamBlocks of one child type rather than ListBlocks,
so every question, heading and note is its own translatable segment.
"""

from urllib.parse import quote

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from hub.blocks import content_blocks


class QuestionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        required=False,
        max_length=120,
        help_text=_("Optional short heading, e.g. “Audience expectations”."),
    )
    question = blocks.TextBlock(help_text=_("The question as it was tweeted."))
    sub_questions = blocks.StreamBlock(
        [("sub_question", blocks.CharBlock(max_length=500, label=_("Sub-question")))],
        required=False,
        help_text=_("Optional follow-up questions, one per item."),
    )
    notes = blocks.TextBlock(
        required=False, help_text=_("Optional hints or notes, e.g. points the hosts raised.")
    )

    class Meta:
        icon = "help"
        label = _("Question")


class QuestionListBlock(blocks.StructBlock):
    """Questions numbered Q1..Qn automatically, in the order given."""

    intro = blocks.CharBlock(
        required=False,
        max_length=250,
        help_text=_("Optional line before the questions, e.g. “We discussed:”."),
    )
    # `required`, not min_num: the admin shows a min_num error as soon as the list is
    # inserted, before the editor has typed anything; this one appears only on saving.
    questions = blocks.StreamBlock(
        [("question", QuestionBlock())],
        required=True,
        help_text=_("Numbered Q1, Q2… automatically; drag to reorder."),
    )

    class Meta:
        template = "blocks/question_list.html"
        icon = "list-ol"
        label = _("Question list")
        description = _("The chat's questions, numbered Q1, Q2… automatically.")
        preview_value = {
            "intro": "We discussed:",
            "questions": [
                (
                    "question",
                    {"heading": "Goals", "question": "What are your goals for social media?"},
                ),
                ("question", {"question": "How do you report social media success?"}),
            ],
        }


class SpeakerBlock(blocks.StreamBlock):
    person = SnippetChooserBlock(
        "events.Person", label=_("Person"), help_text=_("Choose a person with a record here.")
    )
    name = blocks.CharBlock(
        max_length=250,
        label=_("Name typed"),
        help_text=_("Name and role, for someone without a person record."),
    )

    class Meta:
        required = False


class TimetableItemBlock(blocks.StructBlock):
    time = blocks.TimeBlock(help_text=_("Start time, in the event's own time zone."))
    title = blocks.CharBlock(max_length=250, help_text=_("What happens, e.g. “Registration”."))
    speakers = SpeakerBlock(help_text=_("Who speaks, if anyone."))
    summary = blocks.TextBlock(required=False, help_text=_("What the slot covered."))

    class Meta:
        icon = "time"
        label = _("Slot")


class TimetableBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        required=False, max_length=120, help_text=_("Optional heading, e.g. “Timetable”.")
    )
    items = blocks.StreamBlock(
        [("slot", TimetableItemBlock())], min_num=1, help_text=_("The slots, in time order.")
    )

    class Meta:
        template = "blocks/timetable.html"
        icon = "table"
        label = _("Timetable")
        description = _("An in-person programme: times, titles, speakers and summaries.")
        preview_value = {
            "heading": "Timetable",
            "items": [
                ("slot", {"time": "12:30", "title": "Registration"}),
                ("slot", {"time": "13:20", "title": "Open networks", "summary": "A talk."}),
            ],
        }


class ReadingItemBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=300, help_text=_("Title of the post or article."))
    author = blocks.CharBlock(required=False, max_length=200, help_text=_("Who wrote it."))
    source = blocks.CharBlock(
        required=False, max_length=200, help_text=_("Blog, magazine or site it appeared in.")
    )
    url = blocks.URLBlock(required=False, help_text=_("Link to it, if it is online."))

    class Meta:
        icon = "doc-full"
        label = _("Reading")


class ReadingListBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        required=False, max_length=120, help_text=_("Optional heading, e.g. “Read before”.")
    )
    items = blocks.StreamBlock([("reading", ReadingItemBlock())], min_num=1)

    class Meta:
        template = "blocks/reading_list.html"
        icon = "doc-full-inverse"
        label = _("Reading list")
        description = _("Posts and articles to read before or after the chat.")
        preview_value = {
            "heading": "Read before the chat",
            "items": [("reading", {"title": "Tales from the blog", "source": "MCN 2012"})],
        }


ARCHIVE_KINDS = [
    ("transcript", _("Transcript")),
    ("storify", _("Storify")),
    ("wakelet", _("Wakelet")),
    ("spreadsheet", _("Spreadsheet of posts")),
    ("summary", _("Summary post")),
    ("video", _("Video")),
]
# Services that have shut down: their links only work through a web archive copy.
DEAD_SERVICES = {"storify": _("Storify closed in May 2018.")}


class ArchiveLinkValue(blocks.StructValue):
    @property
    def is_dead(self):
        return self.get("kind") in DEAD_SERVICES

    @property
    def dead_note(self):
        return DEAD_SERVICES.get(self.get("kind"), "")

    @property
    def kind_label(self):
        return dict(ARCHIVE_KINDS).get(self.get("kind"), self.get("kind"))

    @property
    def best_url(self):
        """The link a reader can actually open: for a closed service only its archived
        copy, never the dead address (that is shown as text)."""
        if self.is_dead:
            return self.get("wayback_url") or ""
        return self.get("url")


WEB_ARCHIVE_SEARCH = "https://web.archive.org/web/*/"


def web_archive_search_url(url):
    """The Web Archive's list of its copies of `url`, for an editor to open in the browser:
    the hub itself never requests it."""
    return WEB_ARCHIVE_SEARCH + quote(url, safe=":/?&=%@+,;~!$'()*[]#")


def dead_links_without_copy(body):
    """Archive links of a closed service (Storify) that have an address but no archived
    copy yet, in the body's order: [{"title", "kind", "url", "note", "search_url"}]."""
    found = []
    for block in body:
        if block.block_type != "archive_links":
            continue
        for child in block.value["links"]:
            link = child.value
            if link.is_dead and link.get("url") and not link.get("wayback_url"):
                found.append(
                    {
                        "title": link.get("title") or link.kind_label,
                        "kind": link.kind_label,
                        "url": link["url"],
                        "note": link.dead_note,
                        "search_url": web_archive_search_url(link["url"]),
                    }
                )
    return found


class ArchiveLinkBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(choices=ARCHIVE_KINDS, help_text=_("What sort of archive this is."))
    title = blocks.CharBlock(
        required=False, max_length=250, help_text=_("E.g. “Key tweets, by category”.")
    )
    url = blocks.URLBlock(
        required=False,
        help_text=_("The original address, even if the service is gone; empty if it was lost."),
    )
    wayback_url = blocks.URLBlock(
        required=False,
        label=_("Web archive copy"),
        help_text=_("A Wayback Machine copy, for services that have shut down such as Storify."),
    )

    class Meta:
        icon = "folder-open-inverse"
        label = _("Archive link")
        value_class = ArchiveLinkValue


class ArchiveLinksBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        required=False, max_length=120, help_text=_("Optional heading, e.g. “Archives”.")
    )
    links = blocks.StreamBlock([("link", ArchiveLinkBlock())], min_num=1)

    class Meta:
        template = "blocks/archive_links.html"
        icon = "folder-inverse"
        label = _("Archive links")
        description = _("Where the chat was archived: transcripts, Storify, spreadsheets, video.")
        preview_value = {
            "heading": "Archives",
            "links": [
                (
                    "link",
                    {"kind": "storify", "title": "All the tweets", "url": "https://storify.com/x"},
                ),
                ("link", {"kind": "spreadsheet", "title": "Every tweet, as a spreadsheet"}),
            ],
        }


class StorySectionBlock(blocks.StructBlock):
    """A named section of the story: the editors' note, then the posts they chose."""

    title = blocks.CharBlock(
        max_length=200, help_text=_("The section's name, e.g. “Measuring success”.")
    )
    note = blocks.TextBlock(
        required=False,
        max_length=1000,
        help_text=_("Optional short note of your own: what these posts say together."),
    )
    posts = blocks.StreamBlock(
        [
            (
                "post",
                SnippetChooserBlock(
                    "events.ArchivedPost",
                    label=_("Post"),
                    help_text=_("A post of this event's archive; hidden posts are not shown."),
                ),
            )
        ],
        min_num=1,
        help_text=_("The posts, in the order readers should see them; drag to reorder."),
    )

    class Meta:
        icon = "list-ul"
        label = _("Story section")


def story_blocks():
    return [("section", StorySectionBlock())]


def event_question_blocks():
    """The event form's "Questions" tab: question lists, usually one."""
    return [("questions", QuestionListBlock())]


def event_body_blocks():
    # The questions have a field and a tab of their own (`EventPage.questions`).
    return [
        *content_blocks(),
        ("timetable", TimetableBlock()),
        ("reading_list", ReadingListBlock()),
        ("archive_links", ArchiveLinksBlock()),
    ]
