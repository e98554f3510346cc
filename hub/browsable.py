"""The page types people browse by tag, hashtag and feed: one line each.

A page type joins tag pages, hashtag pages, feeds and search's year filter when
its app registers it in `AppConfig.ready()`. Only the model is required:

    register(BrowsableType("resources.BestPracticeTalkPage", tags="resources.TalkPageTag"))

The registry lives in the kernel so that feature apps can fill it without
importing `browse/`, which reads it.

- `tags`: its django-taggit through model (a `TaggedItemBase` whose
  `content_object` points at the page), if it has tags.
- `hashtags`: the lookup from the page to `events.Hashtag`, if it uses hashtags.
- `date_field`: what "newest first" sorts by, and what search's year filter reads;
  None for undated pages (organisations), which sort by first publication and
  have no year.
- `summary_field`: the plain-text field feeds and cards use as the summary.
- `select_related` / `cards` / `card_template`: how a listing card is built; by
  default a card shows the title, the type, the date and the summary.
- `plural`: the type's plural name, where the model has no translatable
  `verbose_name_plural` (Django's default adds an English "s").

Models are named by label so this module imports no models (settings-safe,
no import cycles with the apps that own the page types).
"""

from dataclasses import dataclass
from functools import cached_property

from django.apps import apps
from django.utils.html import strip_tags
from django.utils.module_loading import import_string
from django.utils.text import capfirst

from hub.pages import live_public, reader_versions


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: one object per type
class BrowsableType:
    model_label: str
    tags: str | None = None
    hashtags: str | None = None
    date_field: str | None = "first_published_at"
    summary_field: str = "intro"
    select_related: tuple[str, ...] = ()
    cards: str | None = None
    card_template: str = "components/page_card.html"
    plural: str | None = None

    @cached_property
    def model(self):
        return apps.get_model(self.model_label)

    @cached_property
    def through(self):
        return apps.get_model(self.tags) if self.tags else None

    @property
    def key(self):
        """The value of `?type=` in URLs, e.g. "eventpage"."""
        return self.model._meta.model_name

    @property
    def sort_field(self):
        return self.date_field or "first_published_at"

    @property
    def label(self):
        """The type's plural name for readers, e.g. "events"."""
        return self.plural or self.model._meta.verbose_name_plural

    def pages(self, locale_id):
        """Live public pages of this type for a reader of one language, ready for a listing:
        their language's version of each page, else the original (`hub.pages.reader_versions`)."""
        queryset = reader_versions(live_public(self.model.objects.all()), locale_id)
        queryset = queryset.defer_streamfields()
        return queryset.select_related(*self.select_related) if self.select_related else queryset

    def summary(self, page):
        return strip_tags(getattr(page, self.summary_field, "") or page.search_description or "")

    def build_cards(self, pages):
        """One dict per page with at least "page" and "template", in the pages' order."""
        if self.cards:
            items = import_string(self.cards)(pages)
        else:
            items = [{"page": page} for page in pages]
        for item in items:
            item["template"] = self.card_template
            item["type_name"] = str(capfirst(self.model._meta.verbose_name))
            item["summary"] = self.summary(item["page"])
            item["date"] = getattr(item["page"], self.date_field) if self.date_field else None
        return items


# Filled by the feature apps in their `ready()`, in INSTALLED_APPS order.
BROWSABLE_TYPES = []


def register(browsable_type):
    """Add a page type to tag, hashtag and date pages, feeds and search (once)."""
    if all(t.model_label != browsable_type.model_label for t in BROWSABLE_TYPES):
        BROWSABLE_TYPES.append(browsable_type)


def browsable_types():
    return list(BROWSABLE_TYPES)


def tagged_types():
    return [t for t in BROWSABLE_TYPES if t.tags]


def hashtag_types():
    return [t for t in BROWSABLE_TYPES if t.hashtags]


def type_for_key(key):
    return next((t for t in BROWSABLE_TYPES if t.key == key), None)


def type_for_page(page):
    return next((t for t in BROWSABLE_TYPES if isinstance(page, t.model)), None)
