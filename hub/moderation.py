"""Telling moderators that something waits for them."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail

logger = logging.getLogger(__name__)

MODERATORS_GROUP = "Moderators"


def moderator_emails():
    User = get_user_model()
    return sorted(
        set(
            User.objects.filter(groups__name=MODERATORS_GROUP, is_active=True)
            .exclude(email="")
            .values_list("email", flat=True)
        )
    )


def notify_moderators(subject, body):
    """Email every active moderator; returns how many were told.

    Never raises: the submission is saved and waits in the admin whatever the mail
    server says. A subject is one line (a line break in it is BadHeaderError).
    """
    recipients = moderator_emails()
    if not recipients:
        return 0
    subject = " ".join(str(subject).split())
    try:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)
    except Exception:
        logger.exception("Could not email the moderators about %r", subject)
        return 0
    return len(recipients)
