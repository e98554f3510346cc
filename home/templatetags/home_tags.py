from django import template
from django.conf import settings
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Site

from browse.links import events_index_urls
from events.models import EventIndexPage
from home.models import CommunitySettings, ContentPage, HomePage
from hub.cache import cached
from hub.i18n import locale_id_for
from hub.pages import live_public

register = template.Library()


@register.simple_tag(takes_context=True)
def community_settings(context):
    """The site's CommunitySettings, cached until they or the content change."""
    site = Site.find_for_request(context["request"])
    if site is None:
        return None
    return cached(f"community:{site.pk}", lambda: CommunitySettings.for_site(site))


@register.simple_tag
def footer_links():
    """What a visitor looks for at the foot of a page, in the reader's language (cached).

    {"about", "join", "propose", "feeds": [{"title", "url"}], "languages": [...]}; a
    missing page (no About page yet) is simply left out.
    """
    locale_id = locale_id_for()

    def build():
        home = live_public(HomePage.objects.filter(locale_id=locale_id)).first()
        about = (
            live_public(ContentPage.objects.filter(locale_id=locale_id)).order_by("path").first()
        )
        index = live_public(EventIndexPage.objects.filter(locale_id=locale_id)).first()
        calendar = events_index_urls(locale_id)["calendar"]
        feeds = [
            {"title": _("New and updated pages (Atom)"), "url": reverse("feed_latest")},
            {"title": _("Events (RSS)"), "url": reverse("feed_events_rss")},
        ]
        if calendar:
            feeds.append({"title": _("Upcoming events (iCalendar)"), "url": calendar})
        return {
            "about": {"title": about.title, "url": about.url} if about else None,
            "join": f"{home.url}#join-heading" if home and home.how_to_join else "",
            "propose": index.url + index.reverse_subpage("propose") if index else "",
            "feeds": feeds,
            "languages": [
                {
                    "code": code,
                    "name": name,
                    "url": f"/{code}/",
                    "is_current": code == get_language(),
                }
                for code, name in settings.LANGUAGES
            ],
        }

    return cached(f"footer-links:{locale_id}", build)
