from django.utils.text import slugify

from resources.models import (
    BestPracticeTalkPage,
    ConferenceIndexPage,
    ConferenceResourcePage,
    TalkIndexPage,
    TalkRelatedEvent,
    TalkSpeaker,
)
from tests.factories import publish


def make_conference(home, title, **fields):
    index = ConferenceIndexPage.objects.child_of(home).first()
    if index is None:
        index = ConferenceIndexPage(title="Conferences", slug="conferences")
        home.add_child(instance=index)
        publish(index)
    page = ConferenceResourcePage(
        title=title,
        slug=slugify(title),
        conference_name=fields.pop("conference_name", title),
        **fields,
    )
    index.add_child(instance=page)
    return publish(page)


def make_talk(home, title, organisation, speaker, conference=None, related_events=(), **fields):
    index = TalkIndexPage.objects.child_of(home).first()
    if index is None:
        index = TalkIndexPage(title="Best-practice talks", slug="talks")
        home.add_child(instance=index)
        publish(index)
    talk = BestPracticeTalkPage(
        title=title,
        slug=title.lower().replace(" ", "-"),
        organisation=organisation,
        conference=conference,
        abstract="How a museum found its audience on Twitter.",
        **fields,
    )
    talk.speakers = [TalkSpeaker(person=speaker)]
    talk.related_events = [TalkRelatedEvent(event=event) for event in related_events]
    index.add_child(instance=talk)
    return publish(talk)
