"""schema.org JSON-LD for talks and conferences, in `events.structured_data`'s style.

A conference is an Event whose `subEvent`s are its sessions (from the page's session
blocks) and the talks given there that have pages here. A talk is an Event given at
its conference (`superEvent`). As with events, nothing is claimed as an Event without a
start date: a talk without one is a CreativeWork (the talk as a work, by its speakers),
a conference without one has no JSON-LD. URLs are on the public base URL.
"""

from django.utils.translation import get_language

from events.structured_data import organisation_summary, person_summary


def _speakers(stream):
    """People of a session's speakers block: a Person record, or a name as typed."""
    people = []
    for child in stream:
        if child.block_type == "person" and child.value is not None:
            people.append(person_summary(child.value))
        elif child.block_type == "name" and child.value:
            people.append({"@type": "Person", "name": child.value})
    return people


def talk_json_ld(talk, *, url, speakers=(), organisation=None, conference=None, conference_url=""):
    data = {
        "@context": "https://schema.org",
        "name": talk.title,
        "url": url,
        "description": talk.abstract,
        "inLanguage": get_language(),
    }
    people = [person_summary(person) for person in speakers]
    if talk.talk_date is None:
        data["@type"] = "CreativeWork"
        if people:
            data["author"] = people
        return data
    data.update(
        {
            "@type": "Event",
            "startDate": talk.talk_date.isoformat(),
            "eventStatus": "https://schema.org/EventScheduled",
        }
    )
    if people:
        data["performer"] = people
    if organisation is not None:
        data["organizer"] = organisation_summary(organisation)
    if conference is not None:
        data["superEvent"] = {"@type": "Event", "name": conference.title, "url": conference_url}
    for field, kind in (
        ("slides_url", "PresentationDigitalDocument"),
        ("video_url", "VideoObject"),
    ):
        link = getattr(talk, field)
        if link:
            data.setdefault("workPerformed", []).append({"@type": kind, "url": link})
    return data


def conference_json_ld(conference, *, url, organiser=None, talks=()):
    """talks: [(talk, url)] of the talks given there."""
    if conference.start_date is None:
        return None
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": conference.conference_name or conference.title,
        "url": url,
        "startDate": conference.start_date.isoformat(),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "inLanguage": get_language(),
    }
    if conference.end_date:
        data["endDate"] = conference.end_date.isoformat()
    if conference.intro:
        data["description"] = conference.intro
    if conference.city:
        address = {"@type": "PostalAddress", "addressLocality": conference.city}
        if conference.country:
            address["addressCountry"] = conference.country
        data["location"] = {"@type": "Place", "name": conference.city, "address": address}
    if organiser is not None:
        data["organizer"] = organisation_summary(organiser)
    if conference.website:
        data["sameAs"] = conference.website
    sessions = []
    for block in conference.sessions:
        if block.block_type != "session":
            continue
        session = {"@type": "Event", "name": block.value["title"], "url": url}
        if block.value["abstract"]:
            session["description"] = block.value["abstract"]
        performers = _speakers(block.value["speakers"])
        if performers:
            session["performer"] = performers
        sessions.append(session)
    for talk, talk_url in talks:
        session = {"@type": "Event", "name": talk.title, "url": talk_url}
        if talk.talk_date:
            session["startDate"] = talk.talk_date.isoformat()
        sessions.append(session)
    if sessions:
        data["subEvent"] = sessions
    return data
