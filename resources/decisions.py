"""One action to approve or reject a contribution, with an optional note to its sender.

Who may decide: Editors and Moderators for every conference (the model's change
permission), a conference's organisers for that conference's contributions only.
The file follows the decision (resources.moderation, private until approved).
"""

from django.conf import settings
from django.core.mail import send_mail
from django.utils.translation import gettext as _

from hub.roles import organised_page_ids
from resources import moderation
from resources.models import ContributedResource, SubmissionStatus

APPROVE, REJECT = "approve", "reject"


def can_moderate(user, contribution):
    if not user.is_active:
        return False
    if user.has_perm("resources.change_contributedresource"):
        return True
    return contribution.conference_id in organised_page_ids(user)


def moderatable(user):
    """The pending contributions `user` may decide on, oldest first."""
    pending = ContributedResource.objects.filter(status=SubmissionStatus.PENDING)
    if not user.has_perm("resources.change_contributedresource"):
        pending = pending.filter(conference_id__in=organised_page_ids(user))
    return pending.select_related("conference").order_by("submitted_at")


def decide(contribution, user, decision, note=""):
    """Approve or reject; mail the sender the outcome (and the note) if they left an address."""
    if not can_moderate(user, contribution):
        raise PermissionError(_("You may not moderate this contribution."))
    note = (note or "").strip()
    if decision == APPROVE:
        moderation.approve(contribution, user, note)
        subject = _("Your resource is on %(conference)s")
        body = _("Thank you: “%(title)s” is now shown on %(conference)s.")
    elif decision == REJECT:
        moderation.reject(contribution, user, note)
        subject = _("Your resource for %(conference)s")
        body = _("“%(title)s” will not be shown on %(conference)s.")
    else:
        raise ValueError(f"Unknown decision {decision!r}; use {APPROVE!r} or {REJECT!r}.")
    values = {"title": contribution.title, "conference": contribution.conference.title}
    if contribution.contributor_email:
        text = body % values
        if note:
            text += "\n\n" + _("The moderators' note:") + "\n" + note
        send_mail(
            subject % values,
            text,
            settings.DEFAULT_FROM_EMAIL,
            [contribution.contributor_email],
            fail_silently=True,
        )
    return contribution
