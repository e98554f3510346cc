"""Conference resource pages, best-practice talks, and resources the public contributes."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from hub.blocks import content_blocks
from hub.models import IndexPage
from resources.blocks import RESOURCE_KINDS, OutcomeBlock, ResourceListBlock, SessionBlock


class ConferenceIndexPage(IndexPage):
    """Every conference with resources, newest year first."""

    subpage_types = ["resources.ConferenceResourcePage"]
    template = "pages/conference_index_page.html"

    class Meta:
        verbose_name = _("conference index")

    def listing(self, request):
        # resources.queries imports these models, so it is imported once they are loaded.
        from resources.queries import conferences_by_year

        return {"years": conferences_by_year(self)}


class ConferenceResourcePage(RoutablePageMixin, Page):
    """One conference: its sessions and the resources organisers and the public share."""

    conference_name = models.CharField(
        max_length=200,
        help_text=_(
            "The conference's full name, e.g. “American Alliance of Museums Annual Meeting”."
        ),
    )
    year = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text=_("The year it took place; empty if unknown.")
    )
    organiser = models.ForeignKey(
        "events.OrganisationPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="conferences",
        help_text=_("The organisation that runs the conference."),
    )
    city = models.CharField(max_length=100, blank=True, help_text=_("Where it took place."))
    country = models.CharField(max_length=100, blank=True, help_text=_("Country it took place in."))
    start_date = models.DateField(null=True, blank=True, help_text=_("First day, if known."))
    end_date = models.DateField(null=True, blank=True, help_text=_("Last day, if known."))
    hashtag = models.ForeignKey(
        "events.Hashtag",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="conferences",
        help_text=_("The conference's hashtag, e.g. #mcn2012."),
    )
    website = models.URLField(blank=True, help_text=_("The conference's own website."))
    intro = models.TextField(blank=True, help_text=_("A sentence or two about the conference."))
    sessions = StreamField(
        [("session", SessionBlock())],
        blank=True,
        help_text=_("Sessions connected to #musesocial, with their speakers and links."),
    )
    body = StreamField(
        [*content_blocks(), ("resources", ResourceListBlock())],
        blank=True,
        help_text=_("Resources the organisers share, and anything else about the conference."),
    )
    accepts_contributions = models.BooleanField(
        default=True,
        help_text=_("Show the public “Add your stuff here!” form on this page."),
    )
    tags = ClusterTaggableManager(
        through="resources.ConferencePageTag", blank=True, help_text=_("Topics, shared site-wide.")
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("conference_name"),
                FieldPanel("year"),
                FieldPanel("organiser"),
                FieldRowPanel([FieldPanel("city"), FieldPanel("country")]),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("hashtag"),
                FieldPanel("website"),
            ],
            heading=_("The conference"),
        ),
        FieldPanel("intro"),
        FieldPanel("sessions"),
        FieldPanel("body"),
        FieldPanel("accepts_contributions"),
        FieldPanel("tags"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("conference_name"),
        index.SearchField("intro"),
        index.SearchField("sessions"),
        index.FilterField("year"),
    ]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("conference_name"),
        TranslatableField("city"),
        TranslatableField("country"),
        TranslatableField("intro"),
        TranslatableField("sessions"),
        TranslatableField("body"),
        SynchronizedField("year"),
        SynchronizedField("organiser"),
        SynchronizedField("start_date"),
        SynchronizedField("end_date"),
        SynchronizedField("hashtag"),
        SynchronizedField("website"),
        SynchronizedField("accepts_contributions"),
        SynchronizedField("tagged_items"),
    ]
    parent_page_types = ["resources.ConferenceIndexPage"]
    # What an organiser may add under their own conference.
    subpage_types = ["resources.BestPracticeTalkPage"]
    template = "pages/conference_resource_page.html"

    class Meta:
        verbose_name = _("conference resources")
        verbose_name_plural = _("conference resources")

    def get_context(self, request, *args, **kwargs):
        # Imported here: that module imports these models (the app must load them first).
        from resources.queries import conference_context

        context = super().get_context(request, *args, **kwargs)
        context.update(conference_context(self, request))
        return context

    @path("add/", name="add_resource")
    def add_resource(self, request):
        # Imported here: that module imports these models (the app must load them first).
        from resources.views import add_resource

        return add_resource(request, self)


class SubmissionStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for moderation")
    APPROVED = "approved", _("Approved: shown on the page")
    REJECTED = "rejected", _("Rejected")


class ContributedResource(models.Model):
    """A resource the public added to a conference page; shown only once approved."""

    conference = models.ForeignKey(
        ConferenceResourcePage,
        on_delete=models.CASCADE,
        related_name="contributed_resources",
        help_text=_("The conference page it was added to."),
    )
    title = models.CharField(max_length=250, help_text=_("What the resource is called."))
    kind = models.CharField(
        max_length=20, choices=RESOURCE_KINDS, default="link", help_text=_("What sort of resource.")
    )
    url = models.URLField(blank=True, help_text=_("Where it is online."))
    document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The uploaded file, if one was sent."),
    )
    description = models.TextField(
        blank=True, help_text=_("What it offers, in the sender's words.")
    )
    contributor_name = models.CharField(
        max_length=200, help_text=_("Who shared it, as they want to be credited.")
    )
    contributor_email = models.EmailField(
        blank=True, help_text=_("For moderators' questions only; never shown on the site.")
    )
    status = models.CharField(
        max_length=10,
        choices=SubmissionStatus.choices,
        default=SubmissionStatus.PENDING,
        help_text=_("Only approved resources appear on the conference page."),
    )
    moderation_note = models.TextField(
        blank=True, help_text=_("Why it was rejected or changed; kept for the record.")
    )
    submitted_at = models.DateTimeField(auto_now_add=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Who approved or rejected it (resources.moderation)."),
    )
    moderated_at = models.DateTimeField(
        null=True, blank=True, editable=False, help_text=_("When it was approved or rejected.")
    )

    panels = [
        FieldPanel(
            "status",
            help_text=_(
                "Approving makes an attached file public; rejecting deletes the file. "
                "Until then only Editors and Moderators can download it."
            ),
        ),
        FieldPanel("moderation_note"),
        FieldPanel("conference"),
        FieldPanel("title"),
        FieldPanel("kind"),
        FieldPanel("url"),
        FieldPanel("document"),
        FieldPanel("description"),
        FieldPanel("contributor_name"),
        FieldPanel("contributor_email"),
    ]

    class Meta:
        ordering = ["-submitted_at"]
        verbose_name = _("contributed resource")

    def __str__(self):
        return self.title


class ConferencePageTag(TaggedItemBase):
    content_object = ParentalKey(
        ConferenceResourcePage, on_delete=models.CASCADE, related_name="tagged_items"
    )


class SessionKind(models.TextChoices):
    LIGHTNING = "lightning", _("Lightning talk")
    BEST_PRACTICE = "best_practice", _("Best-practice session")
    KEYNOTE = "keynote", _("Keynote")
    PANEL = "panel", _("Panel")
    PAPER = "paper", _("Paper")
    WORKSHOP = "workshop", _("Workshop")


class TalkIndexPage(IndexPage):
    """Best-practice talks, newest first."""

    subpage_types = ["resources.BestPracticeTalkPage"]
    template = "pages/talk_index_page.html"

    class Meta:
        verbose_name = _("talk index")

    def listing(self, request):
        # resources.queries imports these models, so it is imported once they are loaded.
        from resources.queries import listed_talks

        return {"talks": listed_talks(self.locale_id)}


class BestPracticeTalkPage(Page):
    """A talk such as the #museumsalon lightning talk: who, where, what came of it."""

    organisation = models.ForeignKey(
        "events.OrganisationPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="talks",
        help_text=_("The speakers' organisation."),
    )
    country = models.CharField(max_length=100, blank=True, help_text=_("The speakers' country."))
    session_kind = models.CharField(
        max_length=20,
        choices=SessionKind.choices,
        default=SessionKind.LIGHTNING,
        help_text=_("What sort of session the talk was given in."),
    )
    conference = models.ForeignKey(
        ConferenceResourcePage,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="talks",
        help_text=_("The conference it was given at, if it has a page here."),
    )
    talk_date = models.DateField(null=True, blank=True, help_text=_("When it was given, if known."))
    abstract = models.TextField(help_text=_("What the talk is about, in a paragraph."))
    body = StreamField(content_blocks(), blank=True, help_text=_("The talk's story in full."))
    outcomes = StreamField(
        [("outcome", OutcomeBlock())],
        blank=True,
        help_text=_("Results with figures, e.g. 63,000 Twitter followers."),
    )
    slides_url = models.URLField(blank=True, help_text=_("Link to the slides."))
    video_url = models.URLField(blank=True, help_text=_("Link to a recording."))
    tags = ClusterTaggableManager(
        through="resources.TalkPageTag", blank=True, help_text=_("Topics, shared site-wide.")
    )

    content_panels = [
        *Page.content_panels,
        InlinePanel("speakers", label=_("Speakers"), min_num=1),
        MultiFieldPanel(
            [
                FieldPanel("organisation"),
                FieldPanel("country"),
                FieldPanel("session_kind"),
                FieldPanel("conference"),
                FieldPanel("talk_date"),
            ],
            heading=_("The talk"),
        ),
        FieldPanel("abstract"),
        FieldPanel("body"),
        FieldPanel("outcomes"),
        MultiFieldPanel([FieldPanel("slides_url"), FieldPanel("video_url")], heading=_("Media")),
        InlinePanel("related_events", label=_("Related events")),
        FieldPanel("tags"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("abstract"),
        index.SearchField("body"),
        index.FilterField("session_kind"),
    ]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("country"),
        TranslatableField("abstract"),
        TranslatableField("body"),
        TranslatableField("outcomes"),
        SynchronizedField("organisation"),
        SynchronizedField("session_kind"),
        SynchronizedField("conference"),
        SynchronizedField("talk_date"),
        SynchronizedField("slides_url"),
        SynchronizedField("video_url"),
        SynchronizedField("speakers"),
        SynchronizedField("related_events"),
        SynchronizedField("tagged_items"),
    ]
    parent_page_types = ["resources.TalkIndexPage", "resources.ConferenceResourcePage"]
    subpage_types = []
    template = "pages/best_practice_talk_page.html"

    class Meta:
        verbose_name = _("best-practice talk")

    def get_context(self, request, *args, **kwargs):
        # Imported here: that module imports these models (the app must load them first).
        from resources.queries import talk_context

        context = super().get_context(request, *args, **kwargs)
        context.update(talk_context(self, request))
        return context


class TalkSpeaker(Orderable):
    page = ParentalKey(BestPracticeTalkPage, on_delete=models.CASCADE, related_name="speakers")
    person = models.ForeignKey(
        "events.Person",
        on_delete=models.CASCADE,
        related_name="talk_links",
        help_text=_("Choose or add the speaker."),
    )

    panels = [FieldPanel("person")]


class TalkRelatedEvent(Orderable):
    page = ParentalKey(
        BestPracticeTalkPage, on_delete=models.CASCADE, related_name="related_events"
    )
    event = models.ForeignKey(
        "events.EventPage",
        on_delete=models.CASCADE,
        related_name="talk_links",
        help_text=_("An event the talk presents or grew out of."),
    )

    panels = [FieldPanel("event")]


class TalkPageTag(TaggedItemBase):
    content_object = ParentalKey(
        BestPracticeTalkPage, on_delete=models.CASCADE, related_name="tagged_items"
    )
