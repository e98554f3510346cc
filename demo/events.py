"""Turn demo/data/events.py into snippets and pages; only what is missing is created."""

from datetime import time
from pathlib import Path

from wagtail.models import Locale

from demo.data import events as demo_data
from demo.data.home import EVENT_INDEX, ORGANISATION_INDEX
from demo.pages import child_page, parse_local
from events.archives.importer import import_archive
from events.models import (
    ChatArchive,
    EventHashtag,
    EventIndexPage,
    EventOrganiser,
    EventPage,
    EventPart,
    EventPerson,
    Hashtag,
    OrganisationIndexPage,
    OrganisationPage,
    Person,
    RelatedEvent,
    Venue,
)


def _get_or_create(model, lookup, fields):
    obj = model.objects.filter(**lookup).first()
    if obj is not None:
        return obj, False
    obj = model(**lookup, **fields)
    obj.full_clean()
    obj.save()
    return obj, True


def without_questions(blocks):
    return [(kind, value) for kind, value in blocks if kind != "questions"]


def only_questions(blocks):
    return [(kind, value) for kind, value in blocks if kind == "questions"]


def _body(blocks, people):
    """The demo's (type, value) pairs as StreamField raw data."""

    def stream(child_type, items):
        return [{"type": child_type, "value": item} for item in items]

    raw = []
    for block_type, value in blocks:
        if block_type == "questions":
            value = {
                "intro": value.get("intro", ""),
                "questions": stream(
                    "question",
                    [
                        {
                            "heading": q.get("heading", ""),
                            "question": q["question"],
                            "sub_questions": stream("sub_question", q.get("sub_questions", [])),
                            "notes": q.get("notes", ""),
                        }
                        for q in value["questions"]
                    ],
                ),
            }
        elif block_type == "timetable":
            value = {
                "heading": value.get("heading", ""),
                "items": stream(
                    "slot",
                    [
                        {
                            "time": item["time"],
                            "title": item["title"],
                            "summary": item.get("summary", ""),
                            "speakers": [
                                {"type": kind, "value": people[ref].pk if kind == "person" else ref}
                                for kind, ref in item.get("speakers", [])
                            ],
                        }
                        for item in value["items"]
                    ],
                ),
            }
        elif block_type == "reading_list":
            value = {
                "heading": value.get("heading", ""),
                "items": stream("reading", value["items"]),
            }
        elif block_type == "archive_links":
            value = {"heading": value.get("heading", ""), "links": stream("link", value["links"])}
        raw.append({"type": block_type, "value": value})
    return raw


def load_snippets(locale, organisations):
    created = {"people": 0, "venues": 0, "hashtags": 0}
    people, venues = {}, {}
    for data in demo_data.PEOPLE:
        fields = {k: v for k, v in data.items() if k not in ("key", "name", "organisation")}
        fields["organisation"] = organisations.get(data.get("organisation"))
        people[data["key"]], made = _get_or_create(
            Person, {"name": data["name"], "locale": locale}, fields
        )
        created["people"] += made
    for data in demo_data.VENUES:
        fields = {k: v for k, v in data.items() if k not in ("key", "name", "room")}
        fields["organisation"] = organisations.get(data.get("organisation"))
        venues[data["key"]], made = _get_or_create(
            Venue, {"name": data["name"], "room": data.get("room", ""), "locale": locale}, fields
        )
        created["venues"] += made
    hashtags = {}
    for data in demo_data.HASHTAGS:
        hashtags[data["text"]], made = _get_or_create(
            Hashtag,
            {"text": data["text"], "locale": locale},
            {"description": data.get("description", "")},
        )
        created["hashtags"] += made
    return people, venues, hashtags, created


def load_organisations(home):
    index, _made = child_page(
        home,
        OrganisationIndexPage,
        ORGANISATION_INDEX["slug"],
        title=ORGANISATION_INDEX["title"],
        intro=ORGANISATION_INDEX["intro"],
        show_in_menus=True,
    )
    organisations, count = {}, 0
    for data in demo_data.ORGANISATIONS:
        fields = {k: v for k, v in data.items() if k != "slug"}
        organisations[data["slug"]], made = child_page(
            index, OrganisationPage, data["slug"], **fields
        )
        count += made
    return organisations, count


def load_events(home):
    locale = Locale.get_default()
    organisations, org_count = load_organisations(home)
    people, venues, hashtags, created = load_snippets(locale, organisations)
    created["organisations"] = org_count
    index, _made = child_page(
        home,
        EventIndexPage,
        EVENT_INDEX["slug"],
        title=EVENT_INDEX["title"],
        intro=EVENT_INDEX["intro"],
        show_in_menus=True,
    )
    pages, new_pages = {}, []
    for data in demo_data.EVENTS:
        existing = index.get_children().filter(slug=data["slug"]).specific().first()
        if existing is not None:
            pages[data["slug"]] = existing
            continue
        zone = data["time_zone"]
        event = EventPage(
            slug=data["slug"],
            title=data["title"],
            kind=data["kind"],
            intro=data.get("intro", ""),
            time_zone=zone,
            date_precision=data["date_precision"],
            start=parse_local(data.get("start"), zone),
            end=parse_local(data.get("end"), zone),
            platform=data.get("platform", ""),
            online_url=data.get("online_url", ""),
            venue=venues.get(data.get("venue")),
            how_to_take_part=data.get("how_to_take_part", ""),
            body=_body(without_questions(data.get("body", [])), people),
            # The question lists have a field (and admin tab) of their own.
            questions=_body(only_questions(data.get("body", [])), people),
        )
        event.parts = [
            EventPart(
                title=part["title"],
                # Real time objects: a string here makes Wagtail's revision silently drop parts.
                start_time=time.fromisoformat(part["start_time"]),
                end_time=time.fromisoformat(part["end_time"]) if part.get("end_time") else None,
                description=part.get("description", ""),
                sort_order=order,
            )
            for order, part in enumerate(data.get("parts", []))
        ]
        event.hashtag_links = [
            EventHashtag(hashtag=hashtags[text], sort_order=order)
            for order, text in enumerate(data["hashtags"])
        ]
        event.people = [
            EventPerson(person=people[key], role=role, sort_order=order)
            for order, (key, role) in enumerate(data.get("people", []))
        ]
        event.organisers = [
            EventOrganiser(
                organisation=organisations[slug],
                hosts=slug in data.get("hosting_organisers", []),
                sort_order=order,
            )
            for order, slug in enumerate(data.get("organisers", []))
        ]
        event.tags.add(*data.get("tags", []))
        index.add_child(instance=event)
        pages[data["slug"]] = event
        new_pages.append((event, data))
    # Relations need both ends to exist, so they are added once every event is in place.
    for event, data in new_pages:
        event.related_links = [
            RelatedEvent(event=pages[slug], relation=relation, sort_order=order)
            for order, (slug, relation) in enumerate(data.get("related", []))
        ]
        event.save_revision().publish()
    created["events"] = len(new_pages)
    created["archived posts"] = load_sample_archive(locale)
    return created


SAMPLE_ARCHIVE = ("2013-04-23-whats-the-point-of-social-media", "sample-chat-twarc.csv")


def load_sample_archive(locale):
    """A transcript made only of clearly marked sample accounts and sample text."""
    slug, file_name = SAMPLE_ARCHIVE
    event = EventPage.objects.filter(slug=slug, locale=locale).first()
    if event is None or ChatArchive.objects.filter(event=event).exists():
        return 0
    path = Path(__file__).parent / "data" / "archives" / file_name
    with path.open("rb") as handle:
        return import_archive(event, handle, file_name).posts_added
