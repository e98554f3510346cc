from django.apps import AppConfig
from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _

from hub.cache import shown_on_pages


class ResourcesConfig(AppConfig):
    name = "resources"
    verbose_name = "Conference resources and talks"

    def ready(self):
        # Here, not at the top: these import models, which exist only once apps are loaded.
        from hub.browsable import BrowsableType, register
        from resources.moderation import sync_on_save

        shown_on_pages("resources.contributedresource")
        register(
            BrowsableType(
                "resources.ConferenceResourcePage",
                tags="resources.ConferencePageTag",
                hashtags="hashtag",
                date_field="start_date",
                plural=_("conference resources"),
            )
        )
        register(
            BrowsableType(
                "resources.BestPracticeTalkPage",
                tags="resources.TalkPageTag",
                date_field="talk_date",
                summary_field="abstract",
                plural=_("best-practice talks"),
            )
        )

        # A status changed in the admin's snippet form moves or deletes the file too.
        post_save.connect(
            sync_on_save,
            sender=self.get_model("ContributedResource"),
            dispatch_uid="resources-sync-document",
        )
