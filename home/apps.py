from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Home and content pages"

    def ready(self):
        from hub.cache import shown_on_pages

        shown_on_pages("home.communitysettings", after_creation=True)
