from django.apps import AppConfig
from django.db.models.signals import post_migrate


class HubConfig(AppConfig):
    name = "hub"
    verbose_name = "musesocial hub"

    def ready(self):
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from hub.locales import ensure_locales_after_migrate
        from hub.navigation import clear_navigation

        post_migrate.connect(ensure_locales_after_migrate, sender=self)
        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(clear_navigation, dispatch_uid="hub-clear-navigation")
