"""Museums, networks and groups that organise events and employ the people in them."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from hub.blocks import RICH_TEXT_FEATURES
from hub.models import IndexPage
from hub.pages import children_of_versions, live_public, reader_versions


class OrganisationKind(models.TextChoices):
    MUSEUM = "museum", _("Museum")
    NETWORK = "network", _("Network")
    GROUP = "group", _("Group")
    UNIVERSITY = "university", _("University")
    PUBLICATION = "publication", _("Publication")
    ASSOCIATION = "association", _("Professional association")
    OTHER = "other", _("Other")


class OrganisationIndexPage(IndexPage):
    """Every museum, network and group, by name."""

    subpage_types = ["events.OrganisationPage"]
    template = "pages/organisation_index_page.html"

    class Meta:
        verbose_name = _("organisation index")

    def listing(self, request):
        # Every organisation, in the reader's language where translated (else the original).
        organisations = children_of_versions(live_public(OrganisationPage.objects.all()), self)
        return {"organisations": reader_versions(organisations, self.locale_id).order_by("title")}


class OrganisationPage(Page):
    """One museum, network or group; lists its events (organised, or held at its venues),
    the conferences it runs, its talks and its people, from their own pages."""

    kind = models.CharField(
        max_length=20,
        choices=OrganisationKind.choices,
        default=OrganisationKind.MUSEUM,
        help_text=_("What sort of organisation this is."),
    )
    short_name = models.CharField(
        max_length=50, blank=True, help_text=_("Abbreviation people use, e.g. OMCA or LMG.")
    )
    city = models.CharField(max_length=100, blank=True, help_text=_("City it is based in."))
    country = models.CharField(max_length=100, blank=True, help_text=_("Country it is based in."))
    website = models.URLField(blank=True, help_text=_("Its own website."))
    x_handle = models.CharField(
        "X/Twitter handle", max_length=15, blank=True, help_text=_("Without the @.")
    )
    mastodon_url = models.URLField(blank=True, help_text=_("Its Mastodon profile address."))
    bluesky_handle = models.CharField(
        max_length=255, blank=True, help_text=_("E.g. museum.bsky.social.")
    )
    description = RichTextField(
        features=RICH_TEXT_FEATURES, blank=True, help_text=_("Who they are and what they do.")
    )
    membership_terms = RichTextField(
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Who can join and what it costs, for networks and groups."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("kind"),
        FieldPanel("short_name"),
        MultiFieldPanel([FieldPanel("city"), FieldPanel("country")], heading=_("Where")),
        MultiFieldPanel(
            [
                FieldPanel("website"),
                FieldPanel("x_handle"),
                FieldPanel("mastodon_url"),
                FieldPanel("bluesky_handle"),
            ],
            heading=_("Website and accounts"),
        ),
        FieldPanel("description"),
        FieldPanel("membership_terms"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("short_name"),
        index.SearchField("description"),
        index.FilterField("kind"),
    ]
    parent_page_types = ["events.OrganisationIndexPage"]
    subpage_types = []
    template = "pages/organisation_page.html"

    class Meta:
        verbose_name = _("organisation")

    def get_context(self, request, *args, **kwargs):
        # Imported here: that module imports these models (the app must load them first).
        from events.queries import organisation_context

        context = super().get_context(request, *args, **kwargs)
        context.update(organisation_context(self, request))
        return context
