"""schema.org Event JSON-LD for an event page."""

from django.utils.translation import get_language

from events.choices import DatePrecision
from events.when import describe_event

ATTENDANCE = {
    "online": "https://schema.org/OnlineEventAttendanceMode",
    "offline": "https://schema.org/OfflineEventAttendanceMode",
    "mixed": "https://schema.org/MixedEventAttendanceMode",
}


def _place(venue):
    address = {"@type": "PostalAddress", "addressLocality": venue.city}
    if venue.street_address:
        address["streetAddress"] = venue.street_address
    if venue.region:
        address["addressRegion"] = venue.region
    if venue.postal_code:
        address["postalCode"] = venue.postal_code
    if venue.country:
        address["addressCountry"] = venue.country
    name = f"{venue.name}, {venue.room}" if venue.room else venue.name
    return {"@type": "Place", "name": name, "address": address}


def person_summary(person):
    """A short schema.org Person (name and accounts), inside an event, talk or conference."""
    data = {"@type": "Person", "name": person.name}
    same_as = [url for url in (person.x_url, person.mastodon_url, person.bluesky_url) if url]
    if same_as:
        data["sameAs"] = same_as
    return data


def organisation_summary(org):
    """A short schema.org Organization (name and website), inside an event or conference."""
    return {
        "@type": "Organization",
        "name": org.title,
        **({"url": org.website} if org.website else {}),
    }


def event_json_ld(event, *, url, venue=None, organisers=(), hosts=()):
    """schema.org Event, or None for an event still to be announced: an Event without
    a start is invalid for every consumer, so nothing is claimed until there is one."""
    when = describe_event(event)
    if not when.start_iso:
        return None
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "url": url,
        "eventAttendanceMode": ATTENDANCE[event.attendance_mode],
        "eventStatus": "https://schema.org/EventScheduled",
        "inLanguage": get_language(),
    }
    if event.intro:
        data["description"] = event.intro
    if when.start_iso:
        data["startDate"] = when.start_iso
    if when.precision == DatePrecision.EXACT and when.end_iso:
        data["endDate"] = when.end_iso
    locations = []
    if venue is not None:
        locations.append(_place(venue))
    if event.platform:
        locations.append({"@type": "VirtualLocation", "url": event.online_url or url})
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations
    if organisers:
        data["organizer"] = [organisation_summary(org) for org in organisers]
    if hosts:
        data["performer"] = [person_summary(person) for person in hosts]
    return data


def person_json_ld(person, *, url, organisation=None, organisation_url=None):
    """schema.org Person: name, role, page, accounts and where they work."""
    data = {"@context": "https://schema.org", **person_summary(person), "url": url}
    same_as = data.get("sameAs", [])
    if person.website:
        same_as.append(person.website)
    if same_as:
        data["sameAs"] = same_as
    if person.role:
        data["jobTitle"] = person.role
    if organisation is not None:
        data["worksFor"] = {
            "@type": "Organization",
            "name": organisation.title,
            **({"url": organisation_url} if organisation_url else {}),
        }
    return data


def organisation_json_ld(organisation, *, url):
    """schema.org Organization: name, page, website, accounts and place."""
    data = {"@context": "https://schema.org", "@type": "Organization", "name": organisation.title}
    data["url"] = url
    if organisation.short_name:
        data["alternateName"] = organisation.short_name
    same_as = [organisation.website] if organisation.website else []
    if organisation.x_handle:
        same_as.append(f"https://x.com/{organisation.x_handle}")
    if organisation.mastodon_url:
        same_as.append(organisation.mastodon_url)
    if organisation.bluesky_handle:
        same_as.append(f"https://bsky.app/profile/{organisation.bluesky_handle}")
    if same_as:
        data["sameAs"] = same_as
    place = ", ".join(part for part in (organisation.city, organisation.country) if part)
    if place:
        data["location"] = place
    return data
