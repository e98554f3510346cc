"""Tell a CDN in front of the hub (if one is configured) that a transcript changed."""

from django.conf import settings
from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache

from events.models import ChatArchive, EventPage


def purge_transcript(archive_id):
    """Purge every language version of the archive's event, sub-routes included."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return  # no CDN configured (config/settings/base.py)
    key = ChatArchive.objects.filter(pk=archive_id).values_list("event__translation_key")
    purge_pages_from_cache(EventPage.objects.live().filter(translation_key__in=key))


def purge_after_post_change(sender, instance, **kwargs):
    """post_save/post_delete of an ArchivedPost: a hidden post must leave the CDN too."""
    purge_transcript(instance.archive_id)
