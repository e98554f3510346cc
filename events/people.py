"""People: who they are and everything they did, in a fixed number of queries.

Plain functions, no request: the person page (events.views) and anything else that
follows a person (a feed, a calendar) call them. A person is matched across language
versions by `translation_key`, so an event that links the English version of Erin
Blasco is hers on the Russian page too.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Exists, F, OuterRef, Q, Subquery
from django.db.models.functions import Cast
from wagtail.models import Locale, Page, ReferenceIndex

from events.models import EventPerson, Person
from events.queries import listed_events
from hub.i18n import localize_objects
from hub.pages import live_public, reader_versions

# Where a conference page's session names a person or an event: the stream field's
# block path, as Wagtail's reference index records it (resources.blocks.SessionBlock).
SESSION_SPEAKER_PATH = "sessions.session.speakers.person"
SESSION_EVENT_PATH = "sessions.session.event"


def reader_people(queryset, locale_id):
    """One live version of each person: the reader's language's, else the original
    (the first made). One correlated subquery, like hub.pages.reader_versions."""
    preferred = Person.objects.filter(
        translation_key=OuterRef("translation_key"), live=True
    ).exclude(pk=OuterRef("pk"))
    preferred = preferred.filter(Q(locale_id=locale_id) | Q(pk__lt=OuterRef("pk")))
    return queryset.filter(live=True).filter(Q(locale_id=locale_id) | ~Exists(preferred))


def people_index(locale_id):
    """Every live person, in the reader's language where translated, by name."""
    people = list(
        reader_people(Person.objects.all(), locale_id)
        .select_related("organisation")
        .order_by("name", "pk")
    )
    _localize_organisations(people, locale_id)
    return people


def find_person(slug, locale_id):
    """The person with this address, in the reader's language where translated; None
    when nobody (live) has it."""
    person = (
        reader_people(Person.objects.filter(slug=slug), locale_id)
        .select_related("organisation", "photo")
        .first()
    )
    if person is not None:
        _localize_organisations([person], locale_id)
    return person


def _localize_organisations(people, locale_id):
    """Each person's organisation page in the reader's language (one query)."""
    organisations = [person.organisation for person in people]
    for person in people:
        person.shown_organisation = None
    if not any(organisations):
        return
    localized = localize_objects(organisations, locale=Locale(pk=locale_id))
    for person, organisation in zip(people, localized, strict=True):
        if organisation is not None and not organisation.live:
            organisation = None
        person.shown_organisation = organisation


def person_events(person, locale_id):
    """Live public events the person hosted, spoke at or was featured in, newest first
    (to be announced first), each with `person_role`; one query."""
    links = EventPerson.objects.filter(person__translation_key=person.translation_key)
    role = links.filter(page__translation_key=OuterRef("translation_key")).order_by("pk")
    return (
        listed_events(locale_id)
        .filter(translation_key__in=links.values("page__translation_key"))
        .annotate(person_role=Subquery(role.values("role")[:1]))
        .order_by(F("start").desc(nulls_first=True), "-pk")
    )


def person_talks(person, locale_id):
    """Best-practice talks the person gave, newest first; one query.

    Talks live in resources/, which depends on events/: reached through the
    reverse relation, not an import.
    """
    speaker_model = Person._meta.get_field("talk_links").related_model
    talk_model = speaker_model._meta.get_field("page").related_model
    keys = speaker_model.objects.filter(person__translation_key=person.translation_key).values(
        "page__translation_key"
    )
    talks = talk_model.objects.filter(translation_key__in=keys)
    return list(
        reader_versions(live_public(talks), locale_id)
        .defer_streamfields()
        .order_by(F("talk_date").desc(nulls_last=True), "title")
    )


def _references_to(model, translation_key, model_path):
    """Wagtail's reference index rows pointing at any version of a translatable object."""
    versions = model.objects.filter(translation_key=translation_key).annotate(
        key=Cast("pk", output_field=CharField())
    )
    base = Page if issubclass(model, Page) else model
    return ReferenceIndex.objects.filter(
        to_content_type=ContentType.objects.get_for_model(base),
        to_object_id__in=versions.values("key"),
        model_path=model_path,
    )


def _session_blocks(references, locale_id):
    """[(conference page, session value as stored)] for the session blocks the
    references point into, each conference in the reader's language; two queries."""
    references = list(references.values_list("content_type_id", "object_id", "content_path"))
    if not references:
        return []
    block_ids = {path.split(".")[1] for _type, _id, path in references}
    model = ContentType.objects.get_for_id(references[0][0]).model_class()
    keys = Page.objects.filter(pk__in=[int(pk) for _type, pk, _path in references]).values(
        "translation_key"
    )
    conferences = reader_versions(
        live_public(model.objects.filter(translation_key__in=keys)), locale_id
    )
    found = []
    for conference in conferences:
        for block in conference.sessions.raw_data:
            if block.get("id") in block_ids:
                found.append((conference, block["value"]))
    return found


def person_sessions(person, locale_id):
    """[{"conference", "title", "slot"}] of the conference sessions the person spoke at,
    newest conference first; three queries however many."""
    references = _references_to(Person, person.translation_key, SESSION_SPEAKER_PATH)
    sessions = [
        {"conference": conference, "title": value.get("title", ""), "slot": value.get("slot", "")}
        for conference, value in _session_blocks(references, locale_id)
    ]
    return sorted(
        sessions,
        key=lambda item: (item["conference"].year or 0, item["conference"].title),
        reverse=True,
    )


def event_sessions(event, locale_id):
    """[{"conference", "title", "relation"}]: the conference sessions that point at this
    event (resources.blocks.SessionBlock's `event`), in the reader's language."""
    references = _references_to(Page, event.translation_key, SESSION_EVENT_PATH)
    return [
        {
            "conference": conference,
            "title": value.get("title", ""),
            "relation": value.get("relation") or "describes",
        }
        for conference, value in _session_blocks(references, locale_id)
    ]
