from django.apps import AppConfig

from hub.cache import shown_on_pages


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Home and content pages"

    def ready(self):
        shown_on_pages("home.communitysettings", after_creation=True)
