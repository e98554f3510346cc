"""What conference and talk pages show, fetched in a fixed number of queries."""

from itertools import groupby

from django.db.models import F
from django.utils.translation import get_language

from hub.cache import cached_for_page
from hub.i18n import localize_objects
from hub.pages import children_of_versions, live_public, reader_versions
from resources.models import (
    BestPracticeTalkPage,
    ConferenceResourcePage,
    ContributedResource,
    SubmissionStatus,
)


def conferences_by_year(index):
    """[(year or None, [conference, ...])], newest year first, unknown years last."""
    conferences = (
        reader_versions(
            children_of_versions(live_public(ConferenceResourcePage.objects.all()), index),
            index.locale_id,
        )
        .defer_streamfields()
        .order_by(F("year").desc(nulls_last=True), "title")
    )
    return [(year, list(group)) for year, group in groupby(conferences, key=lambda c: c.year)]


def approved_contributions(conference):
    """Approved public contributions to any language version of the conference page."""
    return list(
        ContributedResource.objects.filter(
            conference__translation_key=conference.translation_key,
            status=SubmissionStatus.APPROVED,
        )
        .select_related("document")
        .order_by("submitted_at")
    )


def conference_context(conference, request):
    """The conference's organiser, hashtag, contributions and talks; cached until content
    changes (contributions' saves move the content version too)."""
    return cached_for_page(
        request,
        f"conference-detail:{conference.pk}:{get_language()}",
        lambda: conference_data(conference),
    )


def conference_data(conference):
    (organiser,) = localize_objects([conference.organiser])
    talks = BestPracticeTalkPage.objects.filter(
        conference__translation_key=conference.translation_key
    )
    talks = list(reader_versions(live_public(talks), conference.locale_id).defer_streamfields())
    return {
        "organiser": organiser,
        "hashtag": conference.hashtag,
        "contributions": approved_contributions(conference),
        "conference_talks": talks,
    }


def listed_talks(locale_id):
    return list(
        reader_versions(live_public(BestPracticeTalkPage.objects.all()), locale_id)
        .defer_streamfields()
        .order_by(F("talk_date").desc(nulls_last=True), "title")
    )


def talk_context(talk, request):
    """The talk's people, places and links; cached until content changes."""
    return cached_for_page(
        request, f"talk-detail:{talk.pk}:{get_language()}", lambda: talk_data(talk)
    )


def talk_data(talk):
    speakers = localize_objects(
        [link.person for link in talk.speakers.select_related("person").order_by("sort_order")]
    )
    related = localize_objects(
        [
            link.event
            for link in talk.related_events.select_related("event").filter(event__live=True)
        ]
    )
    organisation, conference = localize_objects([talk.organisation, talk.conference])
    return {
        "speakers": speakers,
        "organisation": organisation,
        "conference": conference,
        "related_events": related,
        "talk_tags": list(talk.tags.all()),
    }
