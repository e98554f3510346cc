"""One tag vocabulary across page types: usage, the pages with a tag, co-occurring tags.

Every count and list is of live public pages in one language, so a tag page never
shows a draft, a private page or another language's page. Results are cached
until content changes (`hub.cache`), so a warm tag page costs a few queries
whatever the number of pages.
"""

from collections import Counter, defaultdict

from django.db.models import Count
from taggit.models import Tag

from browse import listing
from hub.browsable import tagged_types
from hub.cache import cached

RELATED_SHOWN = 12


def _page_ids(page_type, locale_id):
    return page_type.pages(locale_id).order_by().values("pk")


def _with_tag(page_type, tag_pk):
    return page_type.through.objects.filter(tag_id=tag_pk).values("content_object_id")


def tag_usage(locale_id):
    """Tags used in one language, most used first: [{"pk", "name", "slug", "count"}]."""
    return cached(f"tag-usage:{locale_id}", lambda: _tag_usage(locale_id))


def _tag_usage(locale_id):
    counts = Counter()
    for page_type in tagged_types():
        rows = (
            page_type.through.objects.filter(content_object_id__in=_page_ids(page_type, locale_id))
            .values("tag_id")
            .annotate(uses=Count("content_object_id", distinct=True))
        )
        counts.update({row["tag_id"]: row["uses"] for row in rows})
    tags = Tag.objects.filter(pk__in=list(counts)).values("pk", "name", "slug")
    usage = [{**tag, "count": counts[tag["pk"]]} for tag in tags]
    return sorted(usage, key=lambda tag: (-tag["count"], tag["name"].casefold()))


def find_tag(locale_id, slug):
    """The used tag with this slug in this language, or None."""
    return next((tag for tag in tag_usage(locale_id) if tag["slug"] == slug), None)


def tag_entries(locale_id, tag_pk):
    """Every live public page with the tag in one language, as listing entries, newest first."""

    def build():
        return listing.entries(
            {
                page_type: page_type.pages(locale_id).filter(pk__in=_with_tag(page_type, tag_pk))
                for page_type in tagged_types()
            }
        )

    return cached(f"tag-entries:{locale_id}:{tag_pk}", build)


def related_tags(locale_id, tag_pk, limit=RELATED_SHOWN):
    """Tags on the same pages as this one, most shared first: [{..., "shared"}]."""

    def build():
        shared = Counter()
        for page_type in tagged_types():
            tagged = _page_ids(page_type, locale_id).filter(pk__in=_with_tag(page_type, tag_pk))
            rows = (
                page_type.through.objects.filter(content_object_id__in=tagged)
                .exclude(tag_id=tag_pk)
                .values("tag_id")
                .annotate(shared=Count("content_object_id", distinct=True))
            )
            shared.update({row["tag_id"]: row["shared"] for row in rows})
        known = {tag["pk"]: tag for tag in tag_usage(locale_id)}
        related = [{**known[pk], "shared": n} for pk, n in shared.items() if pk in known]
        related.sort(key=lambda tag: (-tag["shared"], -tag["count"], tag["name"].casefold()))
        return related[:limit]

    return cached(f"related-tags:{locale_id}:{tag_pk}", build)


def tags_for(pages):
    """{page pk: [Tag, ...]} for pages of any tagged type: one query per type present."""
    by_type = defaultdict(list)
    for page in pages:
        for page_type in tagged_types():
            if isinstance(page, page_type.model):
                by_type[page_type].append(page.pk)
                break
    found = defaultdict(list)
    for page_type, pks in by_type.items():
        links = (
            page_type.through.objects.filter(content_object_id__in=pks)
            .select_related("tag")
            .order_by("tag__name")
        )
        for link in links:
            found[link.content_object_id].append(link.tag)
    return found
