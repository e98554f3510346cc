"""Event pages and their index."""

from django import forms
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from events.blocks import event_body_blocks, event_question_blocks, story_blocks
from events.choices import DatePrecision, Platform
from events.forms import EventPageForm
from events.panels import DeadArchiveLinksPanel
from events.timezones import validate_zone, zone_choices
from hub.blocks import RICH_TEXT_FEATURES
from hub.models import IndexPage


class EventKind(models.TextChoices):
    CHAT = "chat", _("Online chat")
    TWEETUP = "tweetup", _("Tweetup or mini-tweetup")
    IN_PERSON = "in_person", _("In-person event")
    WORKSHOP = "workshop", _("Workshop")
    CONFERENCE_SESSION = "conference_session", _("Conference session")
    MEETUP = "meetup", _("Meetup")
    GLOBAL_DAY = "global_day", _("Global day")
    SERIES = "series", _("Series")


class PersonRole(models.TextChoices):
    HOST = "host", _("Host")
    SPEAKER = "speaker", _("Speaker")
    FEATURED = "featured", _("Featured")


class EventIndexPage(RoutablePageMixin, IndexPage):
    """Upcoming and past events, filterable by kind, tag, hashtag, year and organisation."""

    subpage_types = ["events.EventPage"]
    template = "pages/event_index_page.html"

    class Meta:
        verbose_name = _("event index")

    def listing(self, request):
        # events.listing imports these models, so it is imported once they are loaded.
        from events.listing import event_listing_context

        return event_listing_context(self, request)

    @path("calendar/", name="upcoming_ics")
    def upcoming_ics(self, request):
        # Imported here: that module imports these models (the app must load them first).
        from events.views import upcoming_calendar

        return upcoming_calendar(request, self)

    @path("propose/", name="propose")
    def propose(self, request):
        # Imported here: that module imports these models (the app must load them first).
        from events.views import propose_chat

        return propose_chat(request, self)


class EventPage(RoutablePageMixin, Page):
    """One chat, tweetup, meetup, workshop, session, global day or series."""

    kind = models.CharField(
        max_length=20,
        choices=EventKind.choices,
        default=EventKind.CHAT,
        help_text=_("What sort of event this is."),
    )
    intro = models.TextField(
        blank=True,
        help_text=_("One or two sentences on the topic; used in listings and link previews."),
    )
    time_zone = models.CharField(
        max_length=64,
        default="America/New_York",
        validators=[validate_zone],
        help_text=_("The zone the organisers announced the time in, e.g. America/Los_Angeles."),
    )
    date_precision = models.CharField(
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.EXACT,
        help_text=_(
            "How much of the date is known: “July 2012” is month only; "
            "“stay tuned for details” is to be announced."
        ),
    )
    start = models.DateTimeField(
        null=True,
        blank=True,
        help_text=_(
            "Wall-clock time in the event's time zone. For a month-only date pick any day "
            "in the month; leave empty only when the date is to be announced."
        ),
    )
    end = models.DateTimeField(
        null=True,
        blank=True,
        help_text=_("Wall-clock time in the event's time zone; empty if open-ended."),
    )
    platform = models.CharField(
        max_length=10,
        choices=Platform.choices,
        blank=True,
        help_text=_("Where it happens online, if it does."),
    )
    online_url = models.URLField(
        blank=True,
        help_text=_("Where to follow online, e.g. the hashtag's search page or a stream."),
    )
    venue = models.ForeignKey(
        "events.Venue",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        help_text=_("Where it happens in person, if it does."),
    )
    how_to_take_part = RichTextField(
        features=RICH_TEXT_FEATURES,
        blank=True,
        verbose_name=_("how to take part"),
        help_text=_("RSVP, registration, or how to join the conversation."),
    )
    body = StreamField(
        event_body_blocks(),
        blank=True,
        help_text=_("Background, timetable, reading list and archives."),
    )
    questions = StreamField(
        event_question_blocks(),
        blank=True,
        verbose_name=_("questions"),
        help_text=_(
            "The chat's questions, numbered Q1, Q2… automatically; shown after the body's "
            "opening text."
        ),
    )
    story = StreamField(
        story_blocks(),
        blank=True,
        verbose_name=_("story of the chat"),
        help_text=_(
            "Chosen posts of the chat's archive in named sections, each with a short note: "
            "the “key posts in categories” read, shown beside the full transcript."
        ),
    )
    has_archive = models.BooleanField(
        default=False,
        editable=False,
        help_text=_("Set on save when the body links to an archive of the chat."),
    )
    tags = ClusterTaggableManager(
        through="events.EventPageTag",
        blank=True,
        help_text=_("Topics, e.g. evaluation, blogging, tweetups. Shared by the whole site."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("kind"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("time_zone", widget=forms.Select(choices=zone_choices())),
                FieldPanel("date_precision"),
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                InlinePanel("parts", label=_("Parts with their own times")),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [FieldPanel("platform"), FieldPanel("online_url"), FieldPanel("venue")],
            heading=_("Where"),
        ),
        InlinePanel("hashtag_links", label=_("Hashtags"), min_num=1),
        InlinePanel("people", label=_("Hosts and featured people")),
        InlinePanel("organisers", label=_("Organising organisations")),
        FieldPanel("how_to_take_part"),
        FieldPanel("body"),
        DeadArchiveLinksPanel(),
        FieldPanel("story"),
        InlinePanel("related_links", label=_("Related events")),
        FieldPanel("tags"),
    ]
    # The questions get a tab of their own rather than a block buried in the body.
    questions_panels = [FieldPanel("questions")]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(questions_panels, heading=_("Questions")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("questions"),
        index.FilterField("kind"),
        index.FilterField("start"),
    ]
    # Times, zones, places and links are the same in every language; words are translated.
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("intro"),
        TranslatableField("how_to_take_part"),
        TranslatableField("body"),
        TranslatableField("questions"),
        TranslatableField("story"),
        TranslatableField("parts"),
        SynchronizedField("kind"),
        SynchronizedField("time_zone"),
        SynchronizedField("date_precision"),
        SynchronizedField("start"),
        SynchronizedField("end"),
        SynchronizedField("platform"),
        SynchronizedField("online_url"),
        SynchronizedField("venue"),
        SynchronizedField("hashtag_links"),
        SynchronizedField("people"),
        SynchronizedField("organisers"),
        SynchronizedField("related_links"),
        # Tags are one site-wide vocabulary; their names are translated as TagLabels.
        SynchronizedField("tagged_items"),
    ]
    base_form_class = EventPageForm
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []
    template = "pages/event_page.html"

    class Meta:
        verbose_name = _("event")
        indexes = [models.Index(fields=["start"])]

    def save(self, *args, **kwargs):
        # Stored so listings can find archived chats without reading every body.
        self.has_archive = any(block.block_type == "archive_links" for block in self.body)
        # Reading a raw StreamField value gives its nested blocks their ids, which
        # wagtail-localize's segment paths need (a proposal's questions come raw).
        list(self.questions)
        super().save(*args, **kwargs)

    @property
    def attendance_mode(self):
        """schema.org's attendance mode: online, offline or mixed."""
        if self.venue_id and self.platform:
            return "mixed"
        return "offline" if self.venue_id else "online"

    def get_context(self, request, *args, **kwargs):
        # Imported here: that module imports these models (the app must load them first).
        from events.detail import event_detail_context

        context = super().get_context(request, *args, **kwargs)
        context.update(event_detail_context(self, request))
        return context

    def get_cached_paths(self):
        # What a CDN purge of this page covers (wagtail.contrib.frontend_cache): its
        # sub-routes too, so a publish or a hidden post leaves no stale copy there.
        exports = [self.reverse_subpage("transcript_export", args=[f]) for f in ("csv", "json")]
        return [
            "/",
            self.reverse_subpage("ics"),
            self.reverse_subpage("transcript"),
            self.reverse_subpage("story"),
            *exports,
        ]

    @path("calendar/", name="ics")
    def ics(self, request):
        # Imported here: that module imports these models (the app must load them first).
        from events.views import event_calendar

        return event_calendar(request, self)

    @path("transcript/", name="transcript")
    def transcript(self, request):
        # Imported here: that module imports these models (the app must load them first).
        from events.archives.views import transcript

        return transcript(request, self)

    @path("story/", name="story")
    def story_view(self, request):
        # Imported here: that module imports these models (the app must load them first).
        from events.archives.views import story

        return story(request, self)

    # Editors preview the story as readers will see it, beside the page itself.
    preview_modes = [("", _("Event page")), ("story", _("Story of the chat"))]

    def serve_preview(self, request, mode_name):
        if mode_name == "story":
            # Imported here: that module imports these models (the app must load them first).
            from events.archives.views import story

            return story(request, self)
        return super().serve_preview(request, mode_name)

    @path("transcript/export/<str:file_format>/", name="transcript_export")
    def transcript_export(self, request, file_format):
        # Imported here: that module imports these models (the app must load them first).
        from events.archives.views import export

        if file_format not in ("csv", "json"):
            raise Http404
        return export(request, self, file_format)


class EventPart(TranslatableMixin, Orderable):
    """A part with its own times, e.g. a mini-tweetup 1:00-3:30 PM then a chat to 4:45 PM."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="parts")
    title = models.CharField(max_length=200, help_text=_("E.g. “Mini-tweetup” or “Twitter chat”."))
    day = models.DateField(
        null=True, blank=True, help_text=_("Leave empty if it is on the event's start day.")
    )
    start_time = models.TimeField(help_text=_("Start, in the event's time zone."))
    end_time = models.TimeField(
        null=True, blank=True, help_text=_("End, in the event's time zone.")
    )
    description = models.TextField(blank=True, help_text=_("What happens in this part."))

    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("day"), FieldPanel("start_time"), FieldPanel("end_time")]),
        FieldPanel("description"),
    ]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("description"),
        SynchronizedField("day"),
        SynchronizedField("start_time"),
        SynchronizedField("end_time"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]
        verbose_name = _("part")


class EventHashtag(Orderable):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="hashtag_links")
    hashtag = models.ForeignKey(
        "events.Hashtag",
        on_delete=models.CASCADE,
        related_name="event_links",
        help_text=_("A hashtag the event uses; the first is its main one."),
    )

    panels = [FieldPanel("hashtag")]


class EventPerson(Orderable):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="people")
    person = models.ForeignKey(
        "events.Person",
        on_delete=models.CASCADE,
        related_name="event_links",
        help_text=_("Choose or add the person."),
    )
    role = models.CharField(
        max_length=10,
        choices=PersonRole.choices,
        default=PersonRole.HOST,
        help_text=_("What they do at this event."),
    )

    panels = [FieldPanel("person"), FieldPanel("role")]


class EventOrganiser(Orderable):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="organisers")
    organisation = models.ForeignKey(
        "events.OrganisationPage",
        on_delete=models.CASCADE,
        related_name="event_links",
        help_text=_("A museum or group that organises or hosts the event."),
    )
    hosts = models.BooleanField(
        default=False,
        help_text=_(
            "Tick when the organisation itself hosts the event, e.g. the wiki's "
            "“Hosts: @LonMuseumsGroup”: the page then names it, with its handle, as host."
        ),
    )

    panels = [FieldPanel("organisation"), FieldPanel("hosts")]


class RelatedEvent(Orderable):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="related_links")
    event = models.ForeignKey(
        "events.EventPage",
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The related event."),
    )
    relation = models.CharField(
        max_length=100,
        blank=True,
        help_text=_("How it relates, e.g. “Leads up to” or “Same evening”."),
    )

    panels = [FieldPanel("event"), FieldPanel("relation")]


class EventPageTag(TaggedItemBase):
    content_object = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="tagged_items")
