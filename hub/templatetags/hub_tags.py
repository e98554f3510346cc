import json

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from hub.cache import cached
from hub.i18n import page_versions

register = template.Library()

# The characters that could end a <script> element or start a comment inside it.
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def page_translations(context, page):
    """The languages this page exists in, computed once per request."""
    request = context.get("request")
    cache = getattr(request, "_hub_page_versions", {}) if request is not None else {}
    if request is not None:
        request._hub_page_versions = cache
    if page.pk not in cache:
        # Cached across requests too: a translation's publish bumps the content version.
        cache[page.pk] = cached(
            f"versions:{page.pk}",
            lambda: [
                {k: v for k, v in version.items() if k != "page"}
                for version in page_versions(page, request)
            ],
        )
    return cache[page.pk]


@register.filter
def json_ld(data):
    """Render a dict as a schema.org JSON-LD script element, safe against </script>."""
    if not data:
        return ""
    payload = json.dumps(data, ensure_ascii=False, sort_keys=True).translate(_JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308


@register.simple_tag
def cached_embed(url):
    """The embed Wagtail has already fetched for this URL, if any; never fetches."""
    from wagtail.embeds.models import Embed

    return Embed.objects.filter(url=url).order_by("-last_updated").first()


@register.simple_tag(takes_context=True)
def main_navigation(context):
    from hub.navigation import main_navigation as build

    request = context.get("request")
    return build(request) if request is not None else []


@register.simple_tag(takes_context=True)
def community_settings(context):
    """The site's CommunitySettings, cached until they or the content change."""
    from wagtail.models import Site

    from home.models import CommunitySettings
    from hub.cache import cached

    site = Site.find_for_request(context["request"])
    if site is None:
        return None
    return cached(f"community:{site.pk}", lambda: CommunitySettings.for_site(site))
