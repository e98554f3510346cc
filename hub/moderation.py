"""Telling moderators that something waits for them."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail

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
    """Email every active moderator; returns how many were told."""
    recipients = moderator_emails()
    if recipients:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients, fail_silently=True)
    return len(recipients)
