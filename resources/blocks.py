"""Blocks for conference pages and talks: sessions with their links, outcomes with figures."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from events.blocks import SpeakerBlock
from events.sessions import SESSION_RELATIONS


class SessionBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=250, help_text=_("The session's title."))
    slot = blocks.CharBlock(
        required=False,
        max_length=120,
        help_text=_("When it ran, as the programme gives it, e.g. “May 1, 2012, 10:00 AM”."),
    )
    speakers = SpeakerBlock(help_text=_("Who presented."))
    abstract = blocks.TextBlock(required=False, help_text=_("What the session was about."))
    slides_url = blocks.URLBlock(required=False, help_text=_("Link to the slides."))
    video_url = blocks.URLBlock(required=False, help_text=_("Link to a recording."))
    paper_url = blocks.URLBlock(required=False, help_text=_("Link to the paper."))
    write_up_url = blocks.URLBlock(required=False, help_text=_("Link to a write-up or blog post."))
    event = blocks.PageChooserBlock(
        page_type="events.EventPage",
        required=False,
        help_text=_(
            "The event page that goes with this session, if there is one; that page then "
            "names this conference and session."
        ),
    )
    relation = blocks.ChoiceBlock(
        choices=SESSION_RELATIONS,
        default="describes",
        required=False,
        help_text=_("How the event goes with the session."),
    )

    class Meta:
        template = "blocks/session.html"
        icon = "group"
        label = _("Session")
        description = _("A conference session: title, slot, speakers, abstract and its links.")
        preview_value = {
            "title": "Social Media Metrics 101",
            "slot": "May 1, 2012",
            "abstract": "How museums measure social media.",
        }


class OutcomeBlock(blocks.StructBlock):
    figure = blocks.CharBlock(max_length=40, help_text=_("The number, e.g. “63,000” or “5”."))
    label = blocks.CharBlock(
        max_length=120, help_text=_("What it counts, e.g. “Twitter followers”.")
    )
    note = blocks.CharBlock(
        required=False,
        max_length=250,
        help_text=_("Optional context, e.g. “at the time of the talk”."),
    )

    class Meta:
        template = "blocks/outcome.html"
        icon = "pick"
        label = _("Outcome")
        description = _("A result with its figure, e.g. 63,000 Twitter followers.")
        preview_value = {"figure": "63,000", "label": "Twitter followers"}


RESOURCE_KINDS = [
    ("link", _("Link")),
    ("slides", _("Slides")),
    ("document", _("Document")),
    ("video", _("Video")),
    ("paper", _("Paper")),
    ("post", _("Blog post or write-up")),
]


class ResourceItemBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=250, help_text=_("What the resource is called."))
    kind = blocks.ChoiceBlock(choices=RESOURCE_KINDS, help_text=_("What sort of resource."))
    url = blocks.URLBlock(required=False, help_text=_("Where it is online."))
    document = DocumentChooserBlock(required=False, help_text=_("Or an uploaded file."))
    description = blocks.TextBlock(required=False, help_text=_("A sentence on what it offers."))
    contributor = blocks.CharBlock(
        required=False, max_length=200, help_text=_("Who shared it, as they want to be credited.")
    )

    class Meta:
        icon = "link"
        label = _("Resource")


class ResourceListBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        required=False, max_length=120, help_text=_("Optional heading, e.g. “Slides and notes”.")
    )
    items = blocks.StreamBlock([("resource", ResourceItemBlock())], min_num=1)

    class Meta:
        template = "blocks/resource_list.html"
        icon = "list-ul"
        label = _("Resources")
        description = _("Links, slides and documents from the conference, with who shared them.")
        preview_value = {
            "heading": "Resources",
            "items": [("resource", {"title": "Session slides", "kind": "slides"})],
        }
