from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from hub.blocks import RICH_TEXT_FEATURES, content_blocks


class HomePage(Page):
    """The front door: what #musesocial is, the next chats, how to join."""

    intro = RichTextField(
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("What #musesocial is, in two or three sentences. Shown at the top."),
    )
    any_time = RichTextField(
        features=RICH_TEXT_FEATURES,
        blank=True,
        verbose_name=_("use the hashtag any time"),
        help_text=_("Invites people to use the hashtag for any conversation, organised or not."),
    )
    how_to_join = RichTextField(
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("How to take part in a chat: follow the hashtag, drop in, propose a topic."),
    )
    body = StreamField(
        content_blocks(),
        blank=True,
        help_text=_("Anything else for the home page, shown after the sections above."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("any_time"),
        FieldPanel("how_to_join"),
        FieldPanel("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.ContentPage",
        "events.EventIndexPage",
        "events.OrganisationIndexPage",
        "resources.ConferenceIndexPage",
        "resources.TalkIndexPage",
    ]
    template = "pages/home_page.html"

    class Meta:
        verbose_name = _("home page")

    @classmethod
    def can_create_at(cls, parent):
        # A singleton: translations of the home page are made by wagtail-localize,
        # never by adding a second home page.
        return super().can_create_at(parent) and not cls.objects.exists()

    def get_context(self, request, *args, **kwargs):
        # Imported here: that module imports these models (the app must load them first).
        from home.sections import home_sections

        context = super().get_context(request, *args, **kwargs)
        context.update(home_sections(self.locale_id))
        return context


class ContentPage(Page):
    """A plain page for About, How to join, Code of conduct and the like."""

    intro = models.TextField(
        blank=True, help_text=_("A one- or two-sentence summary shown under the title.")
    )
    body = StreamField(content_blocks(), blank=True, help_text=_("The page's content."))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["home.ContentPage"]
    template = "pages/content_page.html"

    class Meta:
        verbose_name = _("content page")


@register_setting(icon="site")
class CommunitySettings(BaseSiteSetting):
    """The community's own accounts and hashtag, shown in the header and footer."""

    main_hashtag = models.CharField(
        max_length=100,
        default="#musesocial",
        help_text=_("The community's hashtag, with the #, e.g. #musesocial."),
    )
    x_url = models.URLField(blank=True, help_text=_("The community's X/Twitter profile address."))
    mastodon_url = models.URLField(
        blank=True, help_text=_("The community's Mastodon profile address.")
    )
    bluesky_url = models.URLField(
        blank=True, help_text=_("The community's Bluesky profile address.")
    )
    contact_email = models.EmailField(
        blank=True, help_text=_("Where people write to the organisers; shown in the footer.")
    )

    panels = [
        FieldPanel("main_hashtag"),
        MultiFieldPanel(
            [FieldPanel("x_url"), FieldPanel("mastodon_url"), FieldPanel("bluesky_url")],
            heading=_("Accounts"),
        ),
        FieldPanel("contact_email"),
    ]

    class Meta:
        verbose_name = _("community settings")
