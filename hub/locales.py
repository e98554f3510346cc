"""Content languages: one Wagtail Locale per language in settings.HUB_LANGUAGES.

Adding a language is configuration: list it in HUB_LANGUAGES, run migrate
(which calls ensure_locales) and `manage.py sync_locale_trees`.
"""

from django.conf import settings
from wagtail.models import Locale


def ensure_locales():
    """Create the missing Locale rows; return the codes that were added."""

    existing = set(Locale.objects.values_list("language_code", flat=True))
    added = [code for code in settings.HUB_LANGUAGES if code not in existing]
    Locale.objects.bulk_create([Locale(language_code=code) for code in added])
    return added


def ensure_locales_after_migrate(sender, using="default", **kwargs):
    # post_migrate is sent per app with models; Wagtail's core app owns Locale.
    if sender.label == "wagtailcore" and using == "default":
        ensure_locales()
