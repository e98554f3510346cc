"""What conference and talk pages show, fetched in a fixed number of queries."""

from itertools import groupby

from django.db.models import F, Q
from django.utils.translation import get_language

from events.models import EventPage, Hashtag
from hub.cache import cached_for_page
from hub.i18n import localize_objects
from hub.pages import children_of_versions, live_public, page_public_url, reader_versions
from resources.models import (
    BestPracticeTalkPage,
    ConferenceResourcePage,
    ContributedResource,
    SubmissionStatus,
)
from resources.structured_data import conference_json_ld, talk_json_ld


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


def conference_context(conference, request=None):
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
        "json_ld": conference_json_ld(
            conference,
            url=page_public_url(conference),
            organiser=organiser,
            talks=[(talk, page_public_url(talk)) for talk in talks],
        ),
    }


def listed_talks(locale_id):
    return list(
        reader_versions(live_public(BestPracticeTalkPage.objects.all()), locale_id)
        .defer_streamfields()
        .order_by(F("talk_date").desc(nulls_last=True), "title")
    )


def talk_context(talk, request):
    """The talk's people, places and links; cached until content changes."""
    data = cached_for_page(
        request, f"talk-detail:{talk.pk}:{get_language()}", lambda: talk_data(talk)
    )
    conference = data["conference"]
    return {
        **data,
        "json_ld": talk_json_ld(
            talk,
            url=page_public_url(talk, request),
            speakers=data["speakers"],
            organisation=data["organisation"],
            conference=conference,
            conference_url=page_public_url(conference, request) if conference else "",
        ),
    }


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


def conference_events(conference):
    """The events of a conference, in any language: those its talks present or grew out
    of (`TalkRelatedEvent`), and those that use its hashtag. Sessions carry no link to an
    event page yet; when they do, their events join here."""
    talks = BestPracticeTalkPage.objects.filter(
        conference__translation_key=conference.translation_key
    )
    linked = Q(talk_links__page__in=talks.values("pk"))
    if conference.hashtag_id:
        hashtag = Hashtag.objects.filter(pk=conference.hashtag_id).values("key")
        linked |= Q(hashtag_links__hashtag__key__in=hashtag)
    return EventPage.objects.filter(pk__in=EventPage.objects.filter(linked).values("pk"))


def conferences_of_event(event):
    """Translation keys of the conferences whose events include `event` (the reverse of
    `conference_events`), in one query."""
    hashtag_keys = event.hashtag_links.values("hashtag__key")
    talks = event.talk_links.values("page__conference__translation_key")
    conferences = ConferenceResourcePage.objects.filter(
        Q(translation_key__in=talks) | Q(hashtag__key__in=hashtag_keys)
    )
    return [str(key) for key in conferences.values_list("translation_key", flat=True).distinct()]
