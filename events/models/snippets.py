"""The people, places and hashtags events are made of: snippets editors reuse.

Each has a draft state: an edit by someone who may not publish (a translator) is kept
as a revision until an Editor or Moderator publishes it, and a new translation starts
as a draft the public does not see (hub.i18n shows live translations only).
"""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import DraftStateMixin, PreviewableMixin, RevisionMixin, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from events import slugs
from events.hashtags import MAX_LENGTH, hashtag_key, hashtag_text

X_HANDLE = re.compile(r"^[A-Za-z0-9_]{1,15}$")
MASTODON_HANDLE = re.compile(r"^[A-Za-z0-9_.]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
BLUESKY_HANDLE = re.compile(r"^[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")


def _strip_at(value):
    return value.strip().lstrip("@") if value else value


class Person(
    DraftStateMixin, RevisionMixin, TranslatableMixin, PreviewableMixin, index.Indexed, models.Model
):
    """A host, speaker or featured participant, with handles on several platforms."""

    name = models.CharField(max_length=200, help_text=_("Full name, as the person uses it."))
    slug = models.CharField(
        max_length=slugs.MAX_LENGTH,
        blank=True,
        help_text=_(
            "The end of the person's page address, e.g. erin-blasco. Leave empty to make it "
            "from the name; it is kept when the name changes, so links keep working."
        ),
    )
    role = models.CharField(
        max_length=255,
        blank=True,
        help_text=_("Job title or role, e.g. “Social Media Coordinator”."),
    )
    organisation = models.ForeignKey(
        "events.OrganisationPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
        help_text=_("The museum or group they work for, if it has a page here."),
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional portrait, used only with the person's consent."),
    )
    x_handle = models.CharField(
        "X/Twitter handle",
        max_length=15,
        blank=True,
        help_text=_("Without the @, e.g. erinblasco."),
    )
    mastodon_handle = models.CharField(
        max_length=255, blank=True, help_text=_("Full address, e.g. name@mastodon.social.")
    )
    bluesky_handle = models.CharField(
        max_length=255, blank=True, help_text=_("E.g. name.bsky.social, without the @.")
    )
    website = models.URLField(blank=True, help_text=_("Personal site or blog."))

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("role"),
        FieldPanel("organisation"),
        FieldPanel("photo"),
        MultiFieldPanel(
            [
                FieldPanel("x_handle"),
                FieldPanel("mastodon_handle"),
                FieldPanel("bluesky_handle"),
                FieldPanel("website"),
            ],
            heading=_("Handles and links"),
        ),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("x_handle"),
        index.FilterField("locale"),
    ]
    # Names and roles are translated (Анна Михайлова); handles and links are not.
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("role"),
        # One address for every language version: /en/people/x/ and /ru/people/x/.
        SynchronizedField("slug", overridable=False),
        SynchronizedField("organisation"),
        SynchronizedField("photo"),
        SynchronizedField("x_handle"),
        SynchronizedField("mastodon_handle"),
        SynchronizedField("bluesky_handle"),
        SynchronizedField("website"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("person")
        verbose_name_plural = _("people")
        constraints = [
            # Language versions share their slug; two people never do.
            models.UniqueConstraint(
                "slug",
                "locale",
                name="unique_person_slug_per_locale",
                violation_error_message=_("Another person already has this address."),
            )
        ]

    def __str__(self):
        return f"{self.name} (@{self.x_handle})" if self.x_handle else self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugs.unique_slug(self.name, self.x_handle, self._slug_taken)
        super().save(*args, **kwargs)

    def _slug_taken(self, slug):
        """Whether someone else (not a language version of this person) has `slug`."""
        return (
            Person.objects.filter(slug=slug).exclude(translation_key=self.translation_key).exists()
        )

    @property
    def url(self):
        """The person's page in the active language (events.views.person_page)."""
        return reverse("person", args=[self.slug]) if self.slug else ""

    def clean(self):
        errors = {}
        if self.slug:
            self.slug = slugify(self.slug, allow_unicode=True)
            if not self.slug:
                errors["slug"] = _("Use letters, digits and hyphens.")
            elif self._slug_taken(self.slug):
                errors["slug"] = _("Another person already has this address.")
        self.x_handle = _strip_at(self.x_handle)
        self.mastodon_handle = _strip_at(self.mastodon_handle)
        self.bluesky_handle = _strip_at(self.bluesky_handle)
        if self.x_handle and not X_HANDLE.match(self.x_handle):
            errors["x_handle"] = _("An X handle is 1 to 15 letters, digits or underscores.")
        if self.mastodon_handle and not MASTODON_HANDLE.match(self.mastodon_handle):
            errors["mastodon_handle"] = _("Use the full address: name@server.example.")
        if self.bluesky_handle and not BLUESKY_HANDLE.match(self.bluesky_handle):
            errors["bluesky_handle"] = _("A Bluesky handle is a domain, e.g. name.bsky.social.")
        if errors:
            raise ValidationError(errors)

    @property
    def x_url(self):
        return f"https://x.com/{self.x_handle}" if self.x_handle else ""

    @property
    def mastodon_url(self):
        if not self.mastodon_handle:
            return ""
        user, server = self.mastodon_handle.split("@", 1)
        return f"https://{server}/@{user}"

    @property
    def bluesky_url(self):
        return f"https://bsky.app/profile/{self.bluesky_handle}" if self.bluesky_handle else ""

    def get_preview_template(self, request, mode_name):
        return "previews/person.html"


class Venue(
    DraftStateMixin, RevisionMixin, TranslatableMixin, PreviewableMixin, index.Indexed, models.Model
):
    """Where an in-person event happens. The map link is a plain link: no embedded map."""

    name = models.CharField(max_length=200, help_text=_("E.g. “Tate Britain”."))
    room = models.CharField(
        max_length=200, blank=True, help_text=_("Room, floor or bar, e.g. “Clore Auditorium”.")
    )
    street_address = models.CharField(
        max_length=255, blank=True, help_text=_("Street and number, e.g. “Millbank”.")
    )
    city = models.CharField(max_length=100, help_text=_("City or town."))
    region = models.CharField(
        max_length=100, blank=True, help_text=_("State or region, e.g. “DC”, if used.")
    )
    postal_code = models.CharField(max_length=20, blank=True, help_text=_("Post or ZIP code."))
    country = models.CharField(max_length=100, help_text=_("Country name, e.g. “United Kingdom”."))
    transit_hint = models.CharField(
        max_length=255,
        blank=True,
        help_text=_("How to get there, e.g. “Metro: Union Station”."),
    )
    map_url = models.URLField(
        blank=True, help_text=_("Link to a map of the venue; shown as a plain link.")
    )
    organisation = models.ForeignKey(
        "events.OrganisationPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="venues",
        help_text=_(
            "The museum or group whose building this is, if it has a page here: its page "
            "then lists the events held here."
        ),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("room"),
        MultiFieldPanel(
            [
                FieldPanel("street_address"),
                FieldPanel("city"),
                FieldPanel("region"),
                FieldPanel("postal_code"),
                FieldPanel("country"),
            ],
            heading=_("Address"),
        ),
        FieldPanel("transit_hint"),
        FieldPanel("map_url"),
        FieldPanel("organisation"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("city"),
        index.FilterField("locale"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("room"),
        TranslatableField("street_address"),
        TranslatableField("city"),
        TranslatableField("region"),
        SynchronizedField("postal_code"),
        TranslatableField("country"),
        TranslatableField("transit_hint"),
        SynchronizedField("map_url"),
        SynchronizedField("organisation"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("venue")

    def __str__(self):
        return f"{self.name}, {self.city}"

    @property
    def address_lines(self):
        locality = " ".join(part for part in (self.region, self.postal_code) if part)
        city_line = ", ".join(part for part in (self.city, locality) if part)
        return [line for line in (self.street_address, city_line, self.country) if line]

    def get_preview_template(self, request, mode_name):
        return "previews/venue.html"


class Hashtag(DraftStateMixin, RevisionMixin, TranslatableMixin, index.Indexed, models.Model):
    """A hashtag such as #musesocial or #музейнаягостиная. The text is never translated."""

    text = models.CharField(
        max_length=MAX_LENGTH,
        help_text=_(
            "The hashtag with its #, in any script, e.g. #musesocial or #музейнаягостиная."
        ),
    )
    key = models.CharField(
        max_length=MAX_LENGTH,
        editable=False,
        db_index=True,
        help_text=_("The text without its #, case folded: how the hub finds the hashtag."),
    )
    description = models.TextField(
        blank=True, help_text=_("What the hashtag is used for, in a sentence or two.")
    )

    panels = [FieldPanel("text"), FieldPanel("description")]
    search_fields = [
        index.SearchField("text"),
        index.AutocompleteField("text"),
        index.FilterField("locale"),
    ]
    translatable_fields = [SynchronizedField("text"), TranslatableField("description")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["text"]
        verbose_name = _("hashtag")
        constraints = [
            # #MuseSocial and #musesocial are the same hashtag.
            models.UniqueConstraint(
                "key",
                "locale",
                name="unique_hashtag_per_locale",
                violation_error_message=_("This hashtag already exists in this language."),
            )
        ]

    def __str__(self):
        return self.text

    def save(self, *args, **kwargs):
        self.key = hashtag_key(self.text)
        super().save(*args, **kwargs)

    @property
    def name(self):
        """The text without its #, as used in URLs and searches."""
        return self.text.lstrip("#")

    def clean(self):
        try:
            self.text = hashtag_text(self.text)
        except ValidationError as error:
            raise ValidationError({"text": error.messages}) from error
        self.key = hashtag_key(self.text)
        # The unique constraint is on `key`, which no form shows, so forms would not check it.
        same = Hashtag.objects.filter(key=self.key, locale_id=self.locale_id).exclude(pk=self.pk)
        if self.locale_id and same.exists():
            raise ValidationError({"text": _("This hashtag already exists in this language.")})
