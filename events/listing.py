"""The event index: filters, upcoming and past lists, pagination."""

from django import forms
from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy as _

from events import queries
from events.hashtags import hashtag_key
from events.models import (
    EventHashtag,
    EventKind,
    EventOrganiser,
    EventPageTag,
    Hashtag,
    OrganisationPage,
)
from events.when import describe_event
from hub.cache import cached
from hub.i18n import localize_objects
from hub.page_cache import uses_query

PER_PAGE = 20
UPCOMING_SHOWN = 6


class EventFilterForm(forms.Form):
    kind = forms.ChoiceField(
        required=False, choices=[("", _("All kinds")), *EventKind.choices], label=_("Kind")
    )
    year = forms.TypedChoiceField(required=False, coerce=int, empty_value=None, label=_("Year"))
    hashtag = forms.ChoiceField(required=False, label=_("Hashtag"))
    organisation = forms.ChoiceField(required=False, label=_("Organisation"))
    tag = forms.CharField(required=False, max_length=100, widget=forms.HiddenInput)

    def __init__(self, data, *, options):
        if data and data.get("hashtag"):
            # ?hashtag=МузейнаяГостиная, #MCNPro...: any case, with or without the #.
            data = data.copy()
            data["hashtag"] = hashtag_key(data["hashtag"])
        super().__init__(data)
        self.fields["year"].choices = [("", _("All years"))] + [(y, y) for y in options["years"]]
        self.fields["hashtag"].choices = [("", _("All hashtags")), *options["hashtags"]]
        self.fields["organisation"].choices = [
            ("", _("All organisations")),
            *options["organisations"],
        ]


def filter_events(queryset, data):
    """Apply the cleaned filter values to a queryset of events.

    Filters on related rows are `pk IN (subquery)`, not joins: no duplicate rows, so no
    DISTINCT over whole page rows (most of the event index's SQL time at 10,000 events).
    """
    if data.get("kind"):
        queryset = queryset.filter(kind=data["kind"])
    if data.get("year"):
        queryset = queryset.filter(start__year=data["year"])
    if data.get("hashtag"):
        tagged = EventHashtag.objects.filter(hashtag__key=hashtag_key(data["hashtag"]))
        queryset = queryset.filter(pk__in=tagged.values("page_id"))
    if data.get("organisation"):
        # Any language's version of the organisation: events link the one they were made with.
        versions = OrganisationPage.objects.filter(slug=data["organisation"])
        organised = EventOrganiser.objects.filter(
            organisation__translation_key__in=versions.values("translation_key")
        )
        queryset = queryset.filter(pk__in=organised.values("page_id"))
    if data.get("tag"):
        topics = EventPageTag.objects.filter(tag__slug=data["tag"])
        queryset = queryset.filter(pk__in=topics.values("content_object_id"))
    return queryset


def filter_options(index):
    """Years, hashtags and organisations that the index's events actually have."""
    events = queries.index_events(index).order_by()
    hashtags = Hashtag.objects.filter(event_links__page__in=events).distinct().order_by("text")
    linked = OrganisationPage.objects.filter(event_links__page__in=events).distinct()
    # Events link an organisation in the language they were made in: show each once, by
    # its name in the index's language where translated.
    by_key = {}
    for organisation in localize_objects(linked, locale=index.locale):
        by_key.setdefault(organisation.translation_key, organisation)
    organisations = sorted(by_key.values(), key=lambda o: o.title.casefold())
    return {
        "years": sorted({d.year for d in events.dates("start", "year")}, reverse=True),
        # Each language has its own row of a hashtag: one option per key.
        "hashtags": list({h.key: h.text for h in hashtags}.items()),
        "organisations": [(o.slug, o.title) for o in organisations],
    }


def event_cards(events):
    """What a card shows for each event: the event, how its date reads, its venue."""
    events = list(events)
    queries.prefetch_cards(events)
    venues = localize_objects([event.venue for event in events])
    return [
        {"page": event, "when": describe_event(event), "venue": venue}
        for event, venue in zip(events, venues, strict=True)
    ]


def event_listing_context(index, request):
    options = cached(f"event-filters:{index.pk}", lambda: filter_options(index))
    uses_query(request, *EventFilterForm.base_fields, "when", "page")
    form = EventFilterForm(request.GET or None, options=options)
    filters = form.cleaned_data if form.is_valid() else {}
    events = filter_events(queries.index_events(index), filters)
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "filter_form": form,
        "query": query.urlencode(),
        "is_filtered": any(filters.values()),
    }
    if request.GET.get("when") == "upcoming":
        page_obj = Paginator(queries.upcoming(events), PER_PAGE).get_page(request.GET.get("page"))
        context.update(when="upcoming", upcoming=event_cards(page_obj), page_obj=page_obj)
        return context
    page_obj = Paginator(queries.past(events), PER_PAGE).get_page(request.GET.get("page"))
    upcoming = list(queries.upcoming(events)[: UPCOMING_SHOWN + 1])
    cards = event_cards(upcoming[:UPCOMING_SHOWN] + list(page_obj))
    context.update(
        when="all",
        upcoming=cards[: min(len(upcoming), UPCOMING_SHOWN)],
        more_upcoming=len(upcoming) > UPCOMING_SHOWN,
        past=cards[min(len(upcoming), UPCOMING_SHOWN) :],
        page_obj=page_obj,
    )
    return context
