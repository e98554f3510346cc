"""Person slugs: readable in any script, unique, made once and then kept.

A plain module (no models) so the migration that gives existing people a slug uses the
same rule as a save.
"""

from django.utils.text import slugify

MAX_LENGTH = 120


def base_slug(name, handle=""):
    """`Анна Михайлова` -> `анна-михайлова`, `@danamuses` -> `danamuses`; never empty."""
    slug = slugify(name, allow_unicode=True)[:MAX_LENGTH].strip("-")
    return slug or slugify(handle, allow_unicode=True)[:MAX_LENGTH] or "person"


def unique_slug(name, handle, taken):
    """The first of `base`, `base-2`, `base-3`... that `taken(slug)` says is free."""
    base = base_slug(name, handle)
    slug, number = base, 1
    while taken(slug):
        number += 1
        suffix = f"-{number}"
        slug = base[: MAX_LENGTH - len(suffix)] + suffix
    return slug
