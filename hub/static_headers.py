"""Security headers on static files (WhiteNoise's WHITENOISE_ADD_HEADERS_FUNCTION).

WhiteNoise answers /static/ before the middleware that adds the CSP, Permissions-Policy
and X-Frame-Options (SecurityMiddleware, outside it, still adds nosniff, Referrer-Policy,
Cross-Origin-Opener-Policy and HSTS). A stylesheet or script needs none of them to work,
but a file opened directly (a JSON, an SVG someone managed to collect) is a document too.
Settings import this module: it imports nothing that needs them loaded first.
"""

from csp.utils import build_policy
from django.conf import settings


def add_security_headers(headers, path, url):
    headers["Content-Security-Policy"] = build_policy()
    headers["X-Frame-Options"] = settings.X_FRAME_OPTIONS
    policy = ", ".join(
        f"{feature}=({' '.join(allow)})"
        for feature, allow in getattr(settings, "PERMISSIONS_POLICY", {}).items()
    )
    if policy:
        headers["Permissions-Policy"] = policy
