from django import template

from browse.links import browse_links as build_browse_links
from hub.i18n import locale_id_for

register = template.Library()


@register.simple_tag
def browse_links(nav_items=()):
    """Topics, hashtags, dates and the section indexes, in the reader's language (cached),
    less those the main navigation already lists: the phone's menu shows both."""
    shown = {item["url"] for item in nav_items}
    return [link for link in build_browse_links(locale_id_for()) if link["url"] not in shown]
