"""Queries of events, shaped for listings: a fixed number of SQL queries per list."""

from django.db.models import F, Prefetch, Q, prefetch_related_objects
from django.utils import timezone
from django.utils.translation import get_language

from events.choices import DatePrecision
from events.models import ChatArchive, EventHashtag, EventOrganiser, EventPage, Person, Venue
from events.structured_data import organisation_json_ld
from events.when import describe_event
from hub.cache import cached_for_page
from hub.pages import children_of_versions, live_public, page_public_url, reader_versions


def listed_events(locale_id):
    """Live public events for a reader of one language (theirs, else the original), with
    what a listing card shows."""
    return (
        reader_versions(live_public(EventPage.objects.all()), locale_id)
        .defer_streamfields()
        .select_related("venue")
    )


def index_events(index):
    """The events an event index lists: children of any of its language versions, one
    version each for the index's readers (theirs, else the original)."""
    return children_of_versions(listed_events(index.locale_id), index)


def prefetch_cards(events):
    """Fetch the hashtags of every listed event in one query, however many lists."""
    prefetch_related_objects(
        events,
        Prefetch(
            "hashtag_links",
            queryset=EventHashtag.objects.select_related("hashtag").order_by("sort_order"),
        ),
    )


def _upcoming_q(now):
    return (
        Q(date_precision=DatePrecision.TBA)
        | Q(start__isnull=True)
        | Q(end__gte=now)
        | Q(end__isnull=True, start__gte=now)
    )


def upcoming(queryset, now=None):
    """Soonest first; events still to be announced come last."""
    now = now or timezone.now()
    return queryset.filter(_upcoming_q(now)).order_by(F("start").asc(nulls_last=True), "pk")


def past(queryset, now=None):
    """Newest first."""
    now = now or timezone.now()
    return queryset.exclude(_upcoming_q(now)).order_by(F("start").desc(nulls_last=True), "-pk")


def organisation_events(organisation):
    """Events an organisation organises or that are held at one of its venues, in the
    organisation's language, newest first."""
    key = organisation.translation_key
    return (
        listed_events(organisation.locale_id)
        .filter(
            # Subqueries, not joins: no duplicates, so no DISTINCT over whole page rows.
            Q(
                translation_key__in=EventOrganiser.objects.filter(
                    organisation__translation_key=key
                ).values("page__translation_key")
            )
            | Q(venue__in=Venue.objects.filter(organisation__translation_key=key).values("pk"))
        )
        .order_by(F("start").desc(nulls_first=True), "-pk")
    )


def organisation_conferences(organisation):
    """Conferences the organisation runs, newest first, in its page's language.

    Conference pages live in resources/, which depends on events/; reached through the
    reverse relation instead of an import.
    """
    model = organisation._meta.get_field("conferences").related_model
    conferences = model.objects.filter(organiser__translation_key=organisation.translation_key)
    return list(
        reader_versions(live_public(conferences), organisation.locale_id)
        .defer_streamfields()
        .order_by(F("year").desc(nulls_last=True), "title")
    )


def organisation_people(organisation):
    """People who work there, each in the organisation page's language where translated."""

    by_person = {}
    candidates = (
        Person.objects.filter(organisation__translation_key=organisation.translation_key, live=True)
        .select_related("organisation")
        .order_by("name")
    )
    for person in candidates:
        current = by_person.get(person.translation_key)
        if current is None or person.locale_id == organisation.locale_id:
            by_person[person.translation_key] = person
    return sorted(by_person.values(), key=lambda person: person.name)


def organisation_talks(organisation):
    """Talks by the organisation, in its page's language where translated.

    Talks live in resources/, which depends on events/; reach them through the
    reverse relation instead of an import.
    """
    talk_model = organisation._meta.get_field("talks").related_model
    talks = talk_model.objects.filter(organisation__translation_key=organisation.translation_key)
    return list(reader_versions(live_public(talks), organisation.locale_id).defer_streamfields())


def archived_q():
    """Events whose chat is archived: links to an archive, or a transcript the hub keeps."""

    kept = ChatArchive.objects.values("event__translation_key")
    return Q(has_archive=True) | Q(translation_key__in=kept)


def organisation_context(organisation, request):
    """What an organisation's page lists, cached until content changes, and its JSON-LD."""

    def build():
        return {
            "events": [
                {"event": event, "when": describe_event(event)}
                for event in organisation_events(organisation)
            ],
            "conferences": organisation_conferences(organisation),
            "people": organisation_people(organisation),
            "talks": organisation_talks(organisation),
        }

    data = cached_for_page(
        request, f"organisation-detail:{organisation.pk}:{get_language()}", build
    )
    url = page_public_url(organisation, request)
    return {**data, "json_ld": organisation_json_ld(organisation, url=url)}
