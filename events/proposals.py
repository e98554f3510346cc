"""The public "Propose a chat" form: a draft event submitted to Wagtail's moderation."""

from datetime import datetime

from django import forms
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from events.choices import DatePrecision, Platform
from events.hashtags import hashtag_key, hashtag_text
from events.models import (
    ChatProposal,
    EventHashtag,
    EventKind,
    EventPage,
    EventPerson,
    Hashtag,
    Person,
    PersonRole,
)
from events.timezones import localize_wall_clock, zone_choices
from hub.antispam import HoneypotMixin
from hub.moderation import notify_moderators
from hub.security import CleanTextInputMixin, single_line

MAX_QUESTIONS = 20
# The network a proposal is on when it does not say (a form from a page opened before the
# field existed, or a call that leaves it out).
DEFAULT_PLATFORM = Platform.MASTODON


class ProposeChatForm(CleanTextInputMixin, HoneypotMixin, forms.Form):
    title = forms.CharField(max_length=200, label=gettext_lazy("Title of the chat"))
    date = forms.DateField(
        label=gettext_lazy("Date"), widget=forms.DateInput(attrs={"type": "date"})
    )
    time = forms.TimeField(
        label=gettext_lazy("Start time"), widget=forms.TimeInput(attrs={"type": "time"})
    )
    time_zone = forms.ChoiceField(
        choices=zone_choices, initial="America/New_York", label=gettext_lazy("Time zone")
    )
    hosts = forms.CharField(
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        label=gettext_lazy("Hosts"),
        help_text=gettext_lazy("One per line: name and handle, e.g. Erin Blasco @erinblasco."),
    )
    hashtag = forms.CharField(max_length=100, initial="#musesocial", label=gettext_lazy("Hashtag"))
    platform = forms.ChoiceField(
        choices=Platform.social(),
        initial=DEFAULT_PLATFORM,
        required=False,
        label=gettext_lazy("Network"),
        help_text=gettext_lazy(
            "Where the chat happens; the hub can archive Mastodon and Bluesky live."
        ),
    )
    summary = forms.CharField(
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 5}),
        label=gettext_lazy("What it is about"),
    )
    questions = forms.CharField(
        required=False,
        max_length=6000,
        widget=forms.Textarea(attrs={"rows": 8}),
        label=gettext_lazy("Questions"),
        help_text=gettext_lazy("One per line; they become Q1, Q2…"),
    )
    contact_email = forms.EmailField(
        required=False,
        max_length=254,  # the column's length; the form's own default (320) would not fit
        label=gettext_lazy("Your email (optional, only for the moderators)"),
    )
    field_order = [
        "title",
        "date",
        "time",
        "time_zone",
        "hosts",
        "hashtag",
        "platform",
        "summary",
        "questions",
        "contact_email",
        "website",
    ]

    def clean_hashtag(self):
        return hashtag_text(self.cleaned_data["hashtag"])

    def clean_platform(self):
        # A form sent without the field (an old page still open) means the default network.
        return self.cleaned_data["platform"] or self.fields["platform"].initial

    def clean_questions(self):
        lines = [line.strip() for line in self.cleaned_data["questions"].splitlines()]
        lines = [line for line in lines if line]
        if len(lines) > MAX_QUESTIONS:
            raise forms.ValidationError(
                _("Please send at most %(max)d questions; you sent %(count)d.")
                % {"max": MAX_QUESTIONS, "count": len(lines)}
            )
        return lines

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("date") and cleaned.get("time") and cleaned.get("time_zone"):
            naive = datetime.combine(cleaned["date"], cleaned["time"])
            try:
                cleaned["start"] = localize_wall_clock(naive, cleaned["time_zone"])
            except forms.ValidationError as error:
                self.add_error("time", error)
                return cleaned
            if cleaned["start"] < timezone.now():
                self.add_error("date", _("That time has already passed; propose a future date."))
        return cleaned


HANDLE_FIELDS = {
    Platform.X: "x_handle",
    Platform.MASTODON: "mastodon_handle",
    Platform.BLUESKY: "bluesky_handle",
}


# How a handle on each network continues after its user name, when given whole.
HANDLE_SEPARATORS = {Platform.MASTODON: "@", Platform.BLUESKY: "."}


def parse_host(line, platform=Platform.X):
    """("Erin Blasco", "x", "erinblasco") from "Erin Blasco @erinblasco" on an X chat.

    A handle names its network where it can: one with a server ("@ann@museum.social") is
    Mastodon's, one with a dot ("@ann.bsky.social") Bluesky's. A bare one ("@erinblasco") is
    on `platform`, the network the chat was proposed on. A line without one is a name only.
    """
    words = line.split()
    handles = [word for word in words if word.startswith("@") and len(word) > 1]
    name = " ".join(word for word in words if word not in handles).strip(" ,;-–—")
    if not handles:
        return name, "", ""
    handle = handles[0].lstrip("@").rstrip(".,;")
    if "@" in handle:
        platform = Platform.MASTODON
    elif "." in handle:
        platform = Platform.BLUESKY
    return name or handle, Platform(platform).value, handle


def matching_person(platform, handle, locale):
    """The person with `handle` on `platform`. A bare user name on a network whose handles
    go on (ann → ann@museum.social, ann.bsky.social) is theirs if only one person has it."""
    field = HANDLE_FIELDS[platform]
    people = Person.objects.filter(locale=locale)
    found = people.filter(**{f"{field}__iexact": handle}).first()
    separator = HANDLE_SEPARATORS.get(platform)
    if found is None and separator and separator not in handle:
        candidates = list(people.filter(**{f"{field}__istartswith": handle + separator})[:2])
        if len(candidates) == 1:
            found = candidates[0]
    return found


def host_people(text, locale, platform=Platform.X):
    """A Person for every line of `text`: the one with that handle on its network (see
    parse_host), else a new draft, published with the event (publish_proposed_snippets)."""
    people = []
    for line in text.splitlines():
        # Each line names a person: a one-line name, so no bidi controls (hub.security).
        line = single_line(line).strip()
        if not line:
            continue
        name, network, handle = parse_host(line, platform)
        existing = None
        if handle:
            existing = matching_person(network, handle, locale)
        elif name:
            existing = Person.objects.filter(name__iexact=name, locale=locale).first()
        if existing is None:
            existing = Person(name=name[:200], locale=locale, live=False)
            if handle:
                setattr(existing, HANDLE_FIELDS[network], handle)
            try:
                existing.full_clean(exclude=["translation_key"])
            except forms.ValidationError:
                # A handle the site would refuse (a bare name on Mastodon) is kept out; the
                # name stays, and the proposal keeps the line as typed for the moderators.
                setattr(existing, HANDLE_FIELDS.get(network, "x_handle"), "")
            existing.save()
        if existing not in people:
            people.append(existing)
    return people


def _draft_questions(data):
    """The proposal's questions as a question list (the hosts are people, not text)."""
    if not data["questions"]:
        return []
    questions = [
        {
            "type": "question",
            "value": {"heading": "", "question": q, "sub_questions": [], "notes": ""},
        }
        for q in data["questions"]
    ]
    return [{"type": "questions", "value": {"intro": "", "questions": questions}}]


def proposal_hashtag(text, locale):
    """The hashtag as sent: the existing one, else a new draft published with the event."""
    existing = Hashtag.objects.filter(key=hashtag_key(text), locale=locale).first()
    return existing or Hashtag.objects.create(text=text, locale=locale, live=False)


def publish_proposed_snippets(sender, instance, **kwargs):
    """When a proposed event is published, its new hosts and hashtag are published too."""
    if not ChatProposal.objects.filter(event_id=instance.pk).exists():
        return
    drafts = [link.person for link in instance.people.all()]
    drafts += [link.hashtag for link in instance.hashtag_links.all()]
    for obj in drafts:
        if not obj.live:
            obj.save_revision().publish()


@transaction.atomic
def submit_proposal(index, data):
    """Keep the proposal, make a draft event under the index and start its moderation.

    The network chosen (`data["platform"]`, Mastodon if left out) is the event's, and the
    one the hosts' bare handles are matched on."""
    platform = data.get("platform") or DEFAULT_PLATFORM
    proposal = ChatProposal.objects.create(
        title=data["title"],
        start=data["start"],
        time_zone=data["time_zone"],
        hosts=data["hosts"],
        hashtag=data["hashtag"],
        platform=platform,
        summary=data["summary"],
        questions="\n".join(data["questions"]),
        contact_email=data.get("contact_email", ""),
        language=get_language() or "",
    )
    event = EventPage(
        title=data["title"],
        kind=EventKind.CHAT,
        live=False,
        intro=data["summary"],
        time_zone=data["time_zone"],
        date_precision=DatePrecision.EXACT,
        start=data["start"],
        platform=platform,
        questions=_draft_questions(data),
    )
    # Wagtail makes the slug from the title, but a title of only symbols or emoji
    # ("???", "🏛️") gives none, and the page could not be saved.
    if not slugify(data["title"], allow_unicode=True):
        event.slug = f"proposed-chat-{proposal.pk}"
    event.hashtag_links = [EventHashtag(hashtag=proposal_hashtag(data["hashtag"], index.locale))]
    event.people = [
        EventPerson(person=person, role=PersonRole.HOST)
        for person in host_people(data["hosts"], index.locale, platform)
    ]
    index.add_child(instance=event)
    revision = event.save_revision()
    workflow = event.get_workflow()
    if workflow is not None:
        workflow.start(event, user=None)
    proposal.event = event
    proposal.save(update_fields=["event"])
    notify_moderators(
        _("Chat proposed: %(title)s") % {"title": data["title"]},
        _(
            "A visitor proposed the chat “%(title)s”. The draft event waits for moderation "
            "in the admin (revision %(revision)s)."
        )
        % {"title": data["title"], "revision": revision.pk},
    )
    return proposal
