from django import template

from browse.links import browse_links as build_browse_links
from hub.i18n import locale_id_for

register = template.Library()


@register.simple_tag
def browse_links():
    """Topics, hashtags, dates and the section indexes, in the reader's language (cached)."""
    return build_browse_links(locale_id_for())
