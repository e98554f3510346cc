"""Turn demo/data/resources.py into conference and talk pages; only what is missing."""

from demo.data import events as event_data
from demo.data import resources as demo_data
from demo.pages import child_page
from events.models import EventPage, Hashtag, OrganisationPage, Person
from resources.models import (
    BestPracticeTalkPage,
    ConferenceIndexPage,
    ConferenceResourcePage,
    TalkIndexPage,
    TalkRelatedEvent,
    TalkSpeaker,
)


def _session(data, people, locale):
    speakers = [{"type": "person", "value": people[key].pk} for key in data.get("speakers", [])]
    event = (
        EventPage.objects.get(slug=data["event"], locale=locale).pk if data.get("event") else None
    )
    return {
        "type": "session",
        "value": {
            "title": data["title"],
            "slot": data.get("slot", ""),
            "speakers": speakers,
            "abstract": data.get("abstract", ""),
            "slides_url": "",
            "video_url": "",
            "paper_url": "",
            "write_up_url": "",
            "event": event,
            "relation": data.get("relation", "describes"),
        },
    }


def load_resources(home):
    people = {
        p["key"]: Person.objects.get(name=p["name"], locale=home.locale) for p in event_data.PEOPLE
    }
    orgs = {org.slug: org for org in OrganisationPage.objects.filter(locale=home.locale)}
    created = {"conferences": 0, "talks": 0}
    index, _made = child_page(
        home,
        ConferenceIndexPage,
        demo_data.CONFERENCE_INDEX["slug"],
        title=demo_data.CONFERENCE_INDEX["title"],
        intro=demo_data.CONFERENCE_INDEX["intro"],
        show_in_menus=True,
    )
    conferences = {}
    for data in demo_data.CONFERENCES:
        hashtag = (
            Hashtag.objects.filter(text=data["hashtag"], locale=home.locale).first()
            if data.get("hashtag")
            else None
        )
        page, made = child_page(
            index,
            ConferenceResourcePage,
            data["slug"],
            title=data["title"],
            conference_name=data["conference_name"],
            year=data["year"],
            organiser=orgs.get(data["organiser"]),
            hashtag=hashtag,
            intro=data["intro"],
            sessions=[_session(session, people, home.locale) for session in data["sessions"]],
        )
        if made:
            page.tags.add(*data["tags"])
            page.save_revision().publish()
        conferences[data["slug"]] = page
        created["conferences"] += made

    talks, _made = child_page(
        home,
        TalkIndexPage,
        demo_data.TALK_INDEX["slug"],
        title=demo_data.TALK_INDEX["title"],
        intro=demo_data.TALK_INDEX["intro"],
        show_in_menus=True,
    )
    data = demo_data.TALK
    if not talks.get_children().filter(slug=data["slug"]).exists():
        talk = BestPracticeTalkPage(
            slug=data["slug"],
            title=data["title"],
            organisation=orgs[data["organisation"]],
            country=data["country"],
            session_kind=data["session_kind"],
            conference=conferences[data["conference"]],
            abstract=data["abstract"],
            body=[{"type": "text", "value": f"<p>{paragraph}</p>"} for paragraph in data["body"]],
            outcomes=[{"type": "outcome", "value": outcome} for outcome in data["outcomes"]],
        )
        talk.speakers = [TalkSpeaker(person=people[data["speaker"]])]
        talk.related_events = [
            TalkRelatedEvent(event=EventPage.objects.get(slug=slug, locale=home.locale))
            for slug in data["related"]
        ]
        talk.tags.add(*data["tags"])
        talks.add_child(instance=talk)
        talk.save_revision().publish()
        created["talks"] += 1
    return created
