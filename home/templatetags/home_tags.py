from django import template
from wagtail.models import Site

from home.models import CommunitySettings
from hub.cache import cached

register = template.Library()


@register.simple_tag(takes_context=True)
def community_settings(context):
    """The site's CommunitySettings, cached until they or the content change."""
    site = Site.find_for_request(context["request"])
    if site is None:
        return None
    return cached(f"community:{site.pk}", lambda: CommunitySettings.for_site(site))
