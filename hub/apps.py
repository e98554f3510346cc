from django.apps import AppConfig
from django.core.management import call_command
from django.db.models.signals import post_delete, post_migrate, post_save, pre_migrate
from wagtail.signals import page_published, page_unpublished, post_page_move

from hub.cache import bump_content_version


def create_cache_table(using="default", **kwargs):
    """The database cache's table (settings: no REDIS_URL), so `migrate` is the only step."""
    call_command("createcachetable", database=using, verbosity=0)


class HubConfig(AppConfig):
    name = "hub"
    verbose_name = "musesocial hub"

    def ready(self):
        # Here, not at the top: these import models, which exist only once apps are loaded.
        from wagtail.models import Locale

        from hub import checks  # noqa: F401 (registers the deploy checks)
        from hub.i18n import forget_locale_ids
        from hub.locales import ensure_locales_after_migrate
        from hub.translation import keep_unicode_slugs

        keep_unicode_slugs()

        post_migrate.connect(ensure_locales_after_migrate, dispatch_uid="hub-ensure-locales")
        # Before the migrations: the rows they create bump the content version in it.
        pre_migrate.connect(create_cache_table, sender=self, dispatch_uid="hub-cache-table")
        post_migrate.connect(forget_locale_ids, dispatch_uid="hub-forget-locales-migrate")
        post_save.connect(forget_locale_ids, sender=Locale, dispatch_uid="hub-forget-locales")
        post_delete.connect(forget_locale_ids, sender=Locale, dispatch_uid="hub-forget-locales")
        # Cached navigation, filter options and the footer follow every change of content.
        uid = "hub-content-version"
        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(bump_content_version, dispatch_uid=uid)
