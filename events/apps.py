from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _
from wagtail.signals import page_published

from hub.cache import shown_on_pages


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = "Events, people, venues and organisations"

    def ready(self):
        # Here, not at the top: these import models, which exist only once apps are loaded.
        from events.archives.downloads import mark_archive_changed
        from events.archives.purge import purge_after_post_change
        from events.archives.uploads import delete_upload_file
        from events.models import ArchivedPost, ArchiveUpload, EventPage
        from events.proposals import publish_proposed_snippets
        from hub.browsable import BrowsableType, register

        shown_on_pages("events.person", "events.venue", "events.hashtag", "events.archivedpost")
        register(
            BrowsableType(
                "events.EventPage",
                tags="events.EventPageTag",
                hashtags="hashtag_links__hashtag",
                date_field="start",
                select_related=("venue",),
                cards="events.listing.event_cards",
                card_template="components/event_card.html",
                plural=_("events"),
            )
        )
        register(
            BrowsableType(
                "events.OrganisationPage",
                date_field=None,
                summary_field="description",
                plural=_("organisations"),
            )
        )

        # A deleted event takes its uploads with it (cascade): their files go too.
        post_delete.connect(delete_upload_file, sender=ArchiveUpload)
        # An editor hides a post (a takedown): a CDN must drop the transcript at once.
        post_save.connect(purge_after_post_change, sender=ArchivedPost)
        post_delete.connect(purge_after_post_change, sender=ArchivedPost)
        # ...and its downloads are built again (events.archives.downloads).
        post_save.connect(mark_archive_changed, sender=ArchivedPost)
        post_delete.connect(mark_archive_changed, sender=ArchivedPost)

        # An approved proposal's new hosts and hashtag go live with its event.
        page_published.connect(
            publish_proposed_snippets, sender=EventPage, dispatch_uid="events-proposed-snippets"
        )
