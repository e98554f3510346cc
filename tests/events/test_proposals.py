"""An approved "Propose a chat" arrives whole: hosts as people (matched by handle on the same
platform, created otherwise), questions as a question list, its hashtag and its time; the
network chosen in the form (Mastodon if left out) is the event's and the hosts' bare handles'."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from events.models import EventPage, Hashtag, Person
from events.proposals import parse_host, submit_proposal
from tests.factories import make_person


@pytest.mark.parametrize(
    "line, chat_platform, expected",
    [
        ("Erin Blasco @erinblasco", "x", ("Erin Blasco", "x", "erinblasco")),
        ("Erin Blasco @erinblasco", "mastodon", ("Erin Blasco", "mastodon", "erinblasco")),
        ("Ann Lee @ann@museum.social", "x", ("Ann Lee", "mastodon", "ann@museum.social")),
        ("@ann.bsky.social Ann Lee", "mastodon", ("Ann Lee", "bluesky", "ann.bsky.social")),
        ("Dana Allen", "bluesky", ("Dana Allen", "", "")),
    ],
)
def test_a_host_line_is_a_name_a_platform_and_a_handle(line, chat_platform, expected):
    # A handle's own shape names its network; a bare one is on the chat's.
    assert parse_host(line, chat_platform) == expected


def proposal_data(**overrides):
    data = {
        "title": "Museums and the fediverse",
        "start": timezone.now() + timedelta(days=30),
        "time_zone": "Europe/London",
        "hosts": "Erin Blasco @ErinBlasco\nAnn Lee @ann@museum.social",
        "hashtag": "#museumfedi",
        "platform": "x",
        "summary": "Where museums talk now.",
        "questions": ["Where are your visitors?", "What did you move?"],
        "contact_email": "",
    }
    data.update(overrides)
    return data


def test_an_approved_proposal_has_its_hosts_questions_hashtag_and_time(client, event_index):
    known = make_person("Erin Blasco", x_handle="erinblasco")
    proposal = submit_proposal(event_index, proposal_data())
    event = EventPage.objects.get(pk=proposal.event_id)
    assert event.platform == proposal.platform == "x"
    hosts = [link.person for link in event.people.all()]
    assert hosts[0] == known  # matched by handle on X, whatever its case
    assert (hosts[1].name, hosts[1].mastodon_handle, hosts[1].live) == (
        "Ann Lee",
        "ann@museum.social",
        False,
    )
    assert list(event.body) == []  # the questions have a field of their own
    questions = [q.value["question"] for q in event.questions[0].value["questions"]]
    assert questions == ["Where are your visitors?", "What did you move?"]
    assert [link.hashtag.text for link in event.hashtag_links.all()] == ["#museumfedi"]
    assert not Hashtag.objects.get(text="#museumfedi").live
    assert event.start == proposal.start and event.time_zone == "Europe/London"

    # A moderator approves (publishes) it: the new host and hashtag go live with it.
    editor = get_user_model().objects.create_superuser("mod", "m@example.org", "pw")
    event.get_latest_revision().publish(user=editor)
    assert Person.objects.get(mastodon_handle="ann@museum.social").live
    assert Hashtag.objects.get(text="#museumfedi").live
    html = client.get(event.url).content.decode()
    assert "Erin Blasco" in html and "Ann Lee" in html
    assert "Proposed hosts" not in html
    assert "Where are your visitors?" in html


def test_the_network_chosen_drives_the_event_and_the_hosts_bare_handles(event_index):
    on_x = make_person("Erin Blasco", x_handle="erinblasco")
    on_mastodon = make_person("Erin B.", mastodon_handle="erinblasco@museum.social")
    proposal = submit_proposal(event_index, proposal_data(platform="mastodon"))
    event = EventPage.objects.get(pk=proposal.event_id)
    assert event.platform == proposal.platform == "mastodon"
    hosts = [link.person for link in event.people.all()]
    # "@ErinBlasco" on a Mastodon chat is the one Erin on Mastodon, not the one on X.
    assert hosts[0] == on_mastodon and on_x not in hosts
    assert hosts[1].mastodon_handle == "ann@museum.social"


def test_a_proposal_that_names_no_network_is_on_mastodon(event_index):
    data = proposal_data(hosts="Erin Blasco @erinblasco")
    del data["platform"]
    proposal = submit_proposal(event_index, data)
    event = EventPage.objects.get(pk=proposal.event_id)
    assert event.platform == proposal.platform == "mastodon"
    # A bare name is no Mastodon address and matches no one there: the host is kept by name,
    # and the moderators see the line as typed on the proposal.
    (host,) = [link.person for link in event.people.all()]
    assert (host.name, host.x_handle, host.mastodon_handle) == ("Erin Blasco", "", "")
    assert proposal.hosts == "Erin Blasco @erinblasco"
