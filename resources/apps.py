from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResourcesConfig(AppConfig):
    name = "resources"
    verbose_name = "Conference resources and talks"

    def ready(self):
        from hub.browsable import BrowsableType, register
        from hub.cache import shown_on_pages

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
