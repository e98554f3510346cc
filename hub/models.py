"""Models every app shares."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page


class TagLabel(models.Model):
    """A topic tag's name in one language.

    One tag vocabulary serves the whole site, and its slug stays the same in every
    language (so /ru/tags/strategy/ is the Russian view of the same topic);
    wagtail-localize copies tags to translations as they are. A label gives a
    reader the topic's name in their language; without one the tag's own name shows.
    """

    tag = models.ForeignKey(
        "taggit.Tag", on_delete=models.CASCADE, related_name="labels", help_text=_("The topic.")
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale",
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The language of this name."),
    )
    name = models.CharField(max_length=100, help_text=_("The topic's name in that language."))

    panels = [FieldPanel("tag"), FieldPanel("locale"), FieldPanel("name")]

    class Meta:
        verbose_name = _("topic name")
        constraints = [
            models.UniqueConstraint(fields=["tag", "locale"], name="one_label_per_tag_and_locale")
        ]

    def __str__(self):
        return f"{self.tag.name} → {self.name}"


class IndexPage(Page):
    """A section's front page (events, organisations, conferences, talks): one per home
    page, an intro, and whatever `listing(request)` adds to the template's context."""

    intro = models.TextField(blank=True, help_text=_("A sentence shown above the list."))

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.listing(request))
        return context

    def listing(self, request):
        """What the index lists, as template context."""
        return {}
