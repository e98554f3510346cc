"""Honeypot and rate limit for the public forms, each rejection with its reason."""

import logging

from django import forms
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

SUBMISSIONS_PER_HOUR = 5
WINDOW_SECONDS = 60 * 60


class HoneypotMixin(forms.Form):
    """A field people never see; software that fills every field fills it too."""

    website = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def clean_website(self):
        if self.cleaned_data.get("website"):
            raise forms.ValidationError(
                _(
                    "This looked automated: a field that people leave empty was filled in. "
                    "If you are a person, empty the last field and send again."
                )
            )
        return ""


def client_address(request):
    # REMOTE_ADDR is the proxy's address behind a proxy; gunicorn's forwarded_allow_ips
    # and the proxy's own header handling decide what reaches here.
    return request.META.get("REMOTE_ADDR", "unknown")


def within_rate_limit(request, scope, limit=SUBMISSIONS_PER_HOUR):
    """Count one submission from this address; False once it is over the limit.

    Fails open: without a reachable cache (Redis down) the submission is let through and
    a warning logged. The honeypot still applies and nothing is published before a
    moderator has seen it, whereas failing closed would turn every visitor away.
    """
    key = f"hub:rate:{scope}:{client_address(request)}"
    try:
        if cache.add(key, 1, WINDOW_SECONDS):
            return True
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add() and incr(), or never stored
            count = 1 if cache.add(key, 1, WINDOW_SECONDS) else None
    except Exception:
        count = None
    if count is None:  # django-redis answers None when it ignored a connection error
        logger.warning("Rate limit for %s not applied: the cache is unreachable", scope)
        return True
    return count <= limit


RATE_LIMIT_MESSAGE = _(
    "You have sent several submissions in the last hour, which is our limit. "
    "Nothing was lost: please try again in an hour, or write to the editors."
)
