"""Content blocks shared by every page type's body.

Event-specific blocks (question lists, timetables, archive links) live in
events/blocks.py; these are the general ones.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul", "blockquote"]


class RichTextBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        template = "blocks/rich_text.html"
        icon = "pilcrow"
        label = _("Text")
        description = _("Paragraphs with headings, links and lists.")
        preview_value = (
            "<p>#musesocial is an open conversation among museum people about social media."
            " Use the hashtag any time.</p>"
        )


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(help_text=_("Choose or upload the picture."))
    alt_text = blocks.CharBlock(
        max_length=250,
        help_text=_("Describe what the picture shows for people who cannot see it. Required."),
    )
    caption = blocks.CharBlock(
        required=False, max_length=250, help_text=_("Optional caption shown under the picture.")
    )

    class Meta:
        template = "blocks/image.html"
        icon = "image"
        label = _("Image")
        description = _("A picture with its text alternative and an optional caption.")
        preview_value = {
            "alt_text": "Museum staff tweeting during a behind-the-scenes tour",
            "caption": "A mini-tweetup in the galleries",
        }


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(help_text=_("The words quoted, exactly as published."))
    attribution = blocks.CharBlock(
        required=False, max_length=200, help_text=_("Who said or wrote it.")
    )
    source_url = blocks.URLBlock(
        required=False, help_text=_("Where it was published, so readers can check it.")
    )

    class Meta:
        template = "blocks/quote.html"
        icon = "openquote"
        label = _("Quote")
        description = _("A quotation from a published source, with who said it.")
        preview_value = {
            "quote": "Social media is a conversation, not a broadcast.",
            "attribution": "A #musesocial participant",
        }


class EmbedBlock(blocks.StructBlock):
    """A link to a video, slide deck or post, shown as an embed only when it is cached.

    Wagtail's own EmbedBlock fetches oEmbed data while the editor saves and the
    page renders; offline that is an error. This block never fetches: it shows a
    plain link, and the embed only if one is already in Wagtail's embed cache,
    loaded on the reader's click so the page itself makes no third-party request.
    """

    url = blocks.URLBlock(help_text=_("Address of the video, slides or post to show."))
    title = blocks.CharBlock(
        required=False, max_length=200, help_text=_("Link text; the address is used if empty.")
    )
    caption = blocks.CharBlock(
        required=False, max_length=250, help_text=_("Optional caption shown under it.")
    )

    class Meta:
        template = "blocks/embed.html"
        icon = "media"
        label = _("Embed")
        description = _("A video, slide deck or post from another site, shown as a link.")
        preview_value = {
            "url": "https://www.youtube.com/watch?v=example",
            "title": "Recording of the session",
        }


def content_blocks():
    """The general blocks, as (name, block) pairs for a StreamField."""
    return [
        ("text", RichTextBlock()),
        ("image", ImageBlock()),
        ("quote", QuoteBlock()),
        ("embed", EmbedBlock()),
    ]
