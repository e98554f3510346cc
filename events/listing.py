"""The event index: filters, upcoming and past lists, pagination."""

from django import forms
from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy as _

from events import queries
from events.models import EventKind, EventPage, Hashtag, OrganisationPage
from events.when import describe_event
from hub.i18n import localize_objects

PAST_PER_PAGE = 20
UPCOMING_SHOWN = 6


class EventFilterForm(forms.Form):
    kind = forms.ChoiceField(
        required=False, choices=[("", _("All kinds")), *EventKind.choices], label=_("Kind")
    )
    year = forms.TypedChoiceField(required=False, coerce=int, empty_value=None, label=_("Year"))
    hashtag = forms.ChoiceField(required=False, label=_("Hashtag"))
    organisation = forms.ChoiceField(required=False, label=_("Organisation"))
    tag = forms.CharField(required=False, max_length=100, widget=forms.HiddenInput)

    def __init__(self, data, *, years, hashtags, organisations):
        super().__init__(data)
        self.fields["year"].choices = [("", _("All years"))] + [(y, y) for y in years]
        self.fields["hashtag"].choices = [("", _("All hashtags"))] + [
            (h.name, h.text) for h in hashtags
        ]
        self.fields["organisation"].choices = [("", _("All organisations"))] + [
            (o.slug, o.title) for o in organisations
        ]


def filter_events(queryset, data):
    """Apply the cleaned filter values to a queryset of events."""
    if data.get("kind"):
        queryset = queryset.filter(kind=data["kind"])
    if data.get("year"):
        queryset = queryset.filter(start__year=data["year"])
    if data.get("hashtag"):
        queryset = queryset.filter(hashtag_links__hashtag__text__iexact="#" + data["hashtag"])
    if data.get("organisation"):
        queryset = queryset.filter(organisers__organisation__slug=data["organisation"])
    if data.get("tag"):
        queryset = queryset.filter(tags__slug=data["tag"])
    return queryset.distinct()


def _filter_options(index):
    events = EventPage.objects.live().public().child_of(index)
    years = sorted({d.year for d in events.dates("start", "year")}, reverse=True)
    hashtags = Hashtag.objects.filter(event_links__page__in=events).distinct().order_by("text")
    organisations = (
        OrganisationPage.objects.filter(event_links__page__in=events)
        .distinct()
        .order_by("title")
        .only("title", "slug")
    )
    return years, list(hashtags), list(organisations)


def event_cards(events):
    events = list(events)
    venues = localize_objects([event.venue for event in events])
    return [
        {"page": event, "when": describe_event(event), "venue": venue}
        for event, venue in zip(events, venues, strict=True)
    ]


def event_listing_context(index, request):
    years, hashtags, organisations = _filter_options(index)
    form = EventFilterForm(
        request.GET or None, years=years, hashtags=hashtags, organisations=organisations
    )
    filters = form.cleaned_data if form.is_valid() else {}
    events = filter_events(queries.listed_events(index.locale).child_of(index), filters)

    when = request.GET.get("when")
    upcoming = queries.upcoming(events)
    past_events = queries.past(events)
    query = request.GET.copy()
    query.pop("page", None)
    if when == "upcoming":
        page_obj = Paginator(upcoming, PAST_PER_PAGE).get_page(request.GET.get("page"))
        return {
            "filter_form": form,
            "when": "upcoming",
            "upcoming": event_cards(page_obj),
            "page_obj": page_obj,
            "query": query.urlencode(),
            "is_filtered": bool(filters and any(filters.values())),
        }
    page_obj = Paginator(past_events, PAST_PER_PAGE).get_page(request.GET.get("page"))
    upcoming_shown = list(upcoming[: UPCOMING_SHOWN + 1])
    return {
        "filter_form": form,
        "when": "all",
        "upcoming": event_cards(upcoming_shown[:UPCOMING_SHOWN]),
        "more_upcoming": len(upcoming_shown) > UPCOMING_SHOWN,
        "past": event_cards(page_obj),
        "page_obj": page_obj,
        "query": query.urlencode(),
        "is_filtered": bool(filters and any(filters.values())),
    }
