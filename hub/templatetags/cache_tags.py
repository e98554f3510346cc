"""Keys for {% wagtailcache %} fragments that follow content changes (hub.cache)."""

from django import template
from wagtail.models import Site

from hub.cache import content_version

register = template.Library()


@register.simple_tag(takes_context=True)
def fragment_version(context):
    """The site and the content version: a fragment keyed by it is rebuilt after a publish."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    return f"{site.pk if site else 0}:{content_version()}"


@register.simple_tag(takes_context=True)
def current_nav_url(context, items):
    """The navigation item this request is on, if any: the only per-page part of the menu."""
    request = context.get("request")
    path = request.path if request is not None else ""
    return next((item["url"] for item in items if item["url"] == path), "")
