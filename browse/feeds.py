"""Atom and RSS feeds (Django's syndication framework): new and updated pages, events,
and the Atom feed and calendar of anything a reader follows (`browse.follow`).

Each feed is per language (it lives under /<lang>/) and costs a fixed number of
queries: one per page type for the newest pages (bodies deferred), one per page
type for their tags.
"""

from datetime import UTC, datetime

from django.contrib.syndication.views import Feed
from django.db.models import F
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from browse.follow import followed_events, reader_pages, subject_for, subject_url
from browse.links import events_index_urls
from browse.tags import tags_for
from events.views import calendar_response
from hub.browsable import browsable_types, type_for_key, type_for_page
from hub.i18n import locale_id_for
from hub.pages import page_public_url, public_url

FEED_SIZE = 30
_NEVER = datetime.min.replace(tzinfo=UTC)


def newest_pages(querysets, limit=FEED_SIZE):
    """The most recently published pages of several types, newest first."""
    pages = []
    for queryset in querysets:
        newest = F("last_published_at").desc(nulls_last=True)
        pages.extend(queryset.order_by(newest, "-pk")[:limit])
    # Pages made live before Wagtail recorded publication times have none: last.
    pages.sort(key=lambda page: (page.last_published_at or _NEVER, page.pk), reverse=True)
    return pages[:limit]


class PageFeed(Feed):
    """New and updated pages of every browsable type, in the reader's language."""

    feed_type = Atom1Feed
    url_name = "feed_latest"

    def get_object(self, request, *args, **kwargs):
        return {"request": request, "locale_id": locale_id_for(), "language": get_language()}

    def querysets(self, obj):
        return [page_type.pages(obj["locale_id"]) for page_type in browsable_types()]

    def title(self, obj):
        return _("musesocial hub: new and updated pages")

    def description(self, obj):
        return _("Chats, events and resources as they are published on the musesocial hub.")

    def subtitle(self, obj):
        return self.description(obj)

    def link(self, obj):
        return public_url(f"/{obj['language']}/")

    def feed_url(self, obj):
        return public_url(reverse(self.url_name))

    def items(self, obj):
        pages = newest_pages(self.querysets(obj))
        tags = tags_for(pages)
        for page in pages:
            page_type = type_for_page(page)
            page.feed_summary = page_type.summary(page) if page_type else page.search_description
            page.feed_categories = [tag.name for tag in tags.get(page.pk, [])]
            # On the public base URL, never the Site record's host (often localhost).
            page.feed_link = page_public_url(page, obj["request"])
        return pages

    def item_title(self, item):
        return item.seo_title or item.title

    def item_description(self, item):
        return item.feed_summary

    def item_link(self, item):
        return item.feed_link

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return item.feed_categories


class EventFeed(PageFeed):
    url_name = "feed_events"

    def querysets(self, obj):
        return [type_for_key("eventpage").pages(obj["locale_id"])]

    def title(self, obj):
        return _("musesocial hub: events")

    def description(self, obj):
        return _("Chats, tweetups, meetups and sessions as they are announced and updated.")

    def link(self, obj):
        return public_url(events_index_urls(obj["locale_id"])["index"] or f"/{obj['language']}/")


class FollowFeed(PageFeed):
    """The pages of one thing a reader follows: a topic, a hashtag, an organisation, a
    conference (`browse.follow`)."""

    url_name = "follow_atom"

    def get_object(self, request, kind, key):
        obj = super().get_object(request)
        obj["followable"], obj["subject"] = subject_for(kind, key, obj["locale_id"])
        return obj

    def querysets(self, obj):
        return reader_pages(obj["followable"], obj["subject"], obj["locale_id"])

    def title(self, obj):
        return _("musesocial hub: %(name)s") % {"name": obj["subject"].name}

    def description(self, obj):
        return _("New and updated pages about %(name)s.") % {"name": obj["subject"].name}

    def link(self, obj):
        return subject_url(obj["subject"], obj["request"])

    def feed_url(self, obj):
        return public_url(reverse(self.url_name, args=[obj["followable"].kind, obj["subject"].key]))


def follow_calendar(request, kind, key):
    """The calendar of one thing a reader follows: its upcoming and recent events."""
    locale_id = locale_id_for()
    followable, subject = subject_for(kind, key, locale_id)
    events = followed_events(reader_pages(followable, subject, locale_id))
    name = _("musesocial hub: %(name)s") % {"name": subject.name}
    return calendar_response(request, events, name, f"{kind}.ics")


def tag_feed_moved(request, slug):
    """A topic's feeds are its follow feed now: old subscriptions (Atom or RSS) move there."""
    return redirect(reverse("follow_atom", args=["tag", slug]), permanent=True)


class PageRssFeed(PageFeed):
    feed_type = Rss201rev2Feed
    url_name = "feed_latest_rss"


class EventRssFeed(EventFeed):
    feed_type = Rss201rev2Feed
    url_name = "feed_events_rss"
