"""Links between browse pages: feeds to announce, the events index and its calendar."""

from django.apps import apps
from django.urls import reverse
from django.utils.translation import gettext as _

from events.models import EventIndexPage
from hub.cache import cached
from hub.pages import live_public


def events_index_urls(locale_id):
    """{"index", "calendar"}: the events index in this language and its upcoming calendar."""

    def build():
        index = EventIndexPage.objects.live().filter(locale_id=locale_id).first()
        if index is None:
            return {"index": "", "calendar": ""}
        return {"index": index.url, "calendar": index.url + index.reverse_subpage("upcoming_ics")}

    return cached(f"events-index-urls:{locale_id}", build)


def feed_links(follow=None, events=False):
    """The <link rel="alternate"> feeds of a page: always the site's, plus its own (the
    Atom feed and calendar of what it is about, `browse.follow.subscribe_links`)."""
    links = list(follow["feeds"]) if follow else []
    if events:
        links += [
            {
                "type": "application/atom+xml",
                "title": _("Events (Atom)"),
                "url": reverse("feed_events"),
            },
            {
                "type": "application/rss+xml",
                "title": _("Events (RSS)"),
                "url": reverse("feed_events_rss"),
            },
        ]
    links += [
        {
            "type": "application/atom+xml",
            "title": _("New and updated pages (Atom)"),
            "url": reverse("feed_latest"),
        },
        {
            "type": "application/rss+xml",
            "title": _("New and updated pages (RSS)"),
            "url": reverse("feed_latest_rss"),
        },
    ]
    return links


# The section indexes the browse menu lists after topics, hashtags and dates.
BROWSE_INDEXES = (
    "events.OrganisationIndexPage",
    "resources.ConferenceIndexPage",
    "resources.TalkIndexPage",
)


def browse_links(locale_id):
    """[{"title", "url"}]: the ways to browse, for the header's menu, in one language."""

    def build():
        links = [
            {"title": _("Topics"), "url": reverse("tag_index")},
            {"title": _("Hashtags"), "url": reverse("hashtag_index")},
            {"title": _("Dates"), "url": reverse("date_index")},
            {"title": _("People"), "url": reverse("person_index")},
        ]
        for label in BROWSE_INDEXES:
            model = apps.get_model(label)
            index = live_public(model.objects.filter(locale_id=locale_id)).first()
            if index is not None:
                links.append({"title": index.title, "url": index.url})
        links.append({"title": _("Search"), "url": reverse("search")})
        return links

    return cached(f"browse-links:{locale_id}", build)
