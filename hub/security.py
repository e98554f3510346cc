"""Security headers, the admin's own Content-Security-Policy, the login lockout page, and
the cleaning of text typed into the public forms.

Django's SecurityMiddleware and XFrameOptionsMiddleware already send HSTS (production),
Referrer-Policy, X-Content-Type-Options, Cross-Origin-Opener-Policy and X-Frame-Options
from settings; this module adds what Django has no setting for. docs/security.md
explains the whole set.
"""

import re
from datetime import timedelta

from csp.constants import SELF
from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django import forms
from django.conf import settings
from django.http import HttpResponseBadRequest
from django.shortcuts import render
from django.utils.translation import gettext as _

from hub.durations import in_words


class PermissionsPolicyMiddleware:
    """Turn off browser features no page of the hub uses (camera, microphone, location...).

    The value comes from settings.PERMISSIONS_POLICY, a dict of feature -> allowlist
    (an empty list means "nobody", rendered as ``feature=()``).
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(
            f"{feature}=({' '.join(allow)})"
            for feature, allow in getattr(settings, "PERMISSIONS_POLICY", {}).items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        if self.header:
            response.headers.setdefault("Permissions-Policy", self.header)
        return response


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with a second, relaxed policy for the Wagtail admin.

    Public pages get settings.CONTENT_SECURITY_POLICY (strict: no inline script or
    style). The admin needs inline scripts and styles (and axe-core's templates need
    eval for the accessibility checker), so paths under ADMIN_CSP_URL_PREFIXES get
    ADMIN_CONTENT_SECURITY_POLICY instead of no policy at all: it still forbids
    plugins, foreign form targets, <base> hijacking and framing by other sites.
    A view that sets its own policy (Wagtail's document serving does) keeps it.

    A preview is a page rendered through the whole middleware stack on a dummy request
    for the page's public path (Wagtail's make_preview_request), so it would get the
    public policy and its `frame-ancestors 'none'`, and the admin's preview panel could
    not frame it. Previews keep the public policy, with framing by the admin's own
    origin allowed.
    """

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only:
            return parts
        if parts.config is None and is_admin_path(request.path_info):
            admin_policy = getattr(settings, "ADMIN_CONTENT_SECURITY_POLICY", None) or {}
            parts.config = default_config(admin_policy.get("DIRECTIVES", {}))
        elif getattr(request, "is_preview", False):
            parts.replace = {**(parts.replace or {}), "frame-ancestors": [SELF]}
        return parts


def is_admin_path(path):
    return path.startswith(tuple(getattr(settings, "ADMIN_CSP_URL_PREFIXES", ("/admin/",))))


def cooloff_text(delta):
    """How long a lockout lasts, in words: "1 hour", "1 hour 30 minutes"; never "0"."""
    return in_words(max(delta, timedelta(minutes=1)))


def lockout_response(request, original_response=None, credentials=None):
    """django-axes' AXES_LOCKOUT_CALLABLE: a page in the site's design saying what happened.

    Status 429 (too many requests), like axes' own default; the page says how long
    the lockout lasts and whom to ask to lift it sooner.
    """
    # axes.helpers reads axes' models: imported once the apps are loaded.
    from axes.helpers import get_client_username, get_cool_off, get_failure_limit

    cool_off = get_cool_off(request)
    context = {
        "failure_limit": get_failure_limit(request, credentials),
        "username": get_client_username(request, credentials) or "",
        "cooloff": cooloff_text(cool_off) if cool_off else "",
    }
    return render(request, "pages/locked_out.html", context, status=429)


# C0 control characters other than tab, newline and carriage return, and DEL: invisible,
# and XML 1.0 cannot hold them, so a published title with one would break every feed.
# NUL is left for Django's own validator, which refuses it with a message.
CONTROL_CHARACTERS = re.compile(r"[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]")


# Bidirectional embedding, override and isolate controls: in a one-line title, name or mail
# subject they make text read differently from what it is ("gpj.exe" shown as "exe.jpg").
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
LINE_BREAKS = re.compile(r"[\r\n\u2028\u2029\x85]+")


def without_control_characters(value):
    return CONTROL_CHARACTERS.sub("", value) if isinstance(value, str) else value


def single_line(value):
    """A one-line field's text: no bidi controls, line breaks become spaces."""
    if not isinstance(value, str):
        return value
    return LINE_BREAKS.sub(" ", BIDI_CONTROLS.sub("", without_control_characters(value)))


class CleanTextInputMixin:
    """For public forms: drop invisible control characters from what visitors type.

    Pasted text (from PDFs, word processors) carries them without the visitor knowing,
    so they are removed rather than refused, before any field is validated. One-line
    fields (anything but a textarea) also lose bidi controls and line breaks.
    """

    def __init__(self, data=None, *args, **kwargs):
        if data is not None:
            multi_line = {
                name
                for name, field in self.base_fields.items()
                if isinstance(field.widget, forms.Textarea)
            }

            def clean(key, value):
                return (
                    without_control_characters(value) if key in multi_line else single_line(value)
                )

            if hasattr(data, "getlist"):  # a QueryDict: keep every value of every key
                data = data.copy()
                for key in list(data):
                    data.setlist(key, [clean(key, v) for v in data.getlist(key)])
            else:
                data = {key: clean(key, v) for key, v in data.items()}
        super().__init__(data, *args, **kwargs)


class RefuseNullCharactersMiddleware:
    """A 400 for a NUL byte in the address (path or query string), for every view at once.

    No page has one, and PostgreSQL refuses a NUL in any text it is sent: a view passing
    one to a query (`?tag=%00`, `/hashtags/%00/`) would answer 500. Forms say it with a
    field message (Django's validator); the address has no field to put it on.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path or "%00" in request.META.get("QUERY_STRING", ""):
            return HttpResponseBadRequest(
                _("Null characters are not allowed in a web address."),
                content_type="text/plain; charset=utf-8",
            )
        return self.get_response(request)
