"""Hashtag pages: #musesocial, #MCNPro, #музейнаягостиная... in any case, any script.

Matching is by each hashtag's stored case-folded key (`events.hashtags`).
"""

from django.db.models import Count

from browse import listing
from events.hashtags import hashtag_key
from events.models import Hashtag
from hub.browsable import hashtag_types
from hub.cache import cached
from hub.i18n import localize_objects


def find_hashtags(name):
    """Every Hashtag snippet (each language's row) whose text is #name, ignoring case."""
    wanted = hashtag_key(name)
    return list(Hashtag.objects.filter(key=wanted)) if wanted else []


def for_reader(hashtags, locale_id):
    """The reader's-language row of a hashtag (for its description), else the original."""
    in_locale = [tag for tag in hashtags if tag.locale_id == locale_id]
    if in_locale:
        return in_locale[0]
    return localize_objects(hashtags[:1])[0]


def hashtag_entries(hashtags, locale_id):
    """Like tag pages: the light entry list is cached until content changes, since with
    thousands of events the DISTINCT over the hashtag links is most of the page's cost."""
    pks = sorted(tag.pk for tag in hashtags)
    # The subquery keeps the join out of the outer query, so no DISTINCT over all pages.
    return cached(
        f"hashtag-entries:{locale_id}:{','.join(map(str, pks))}",
        lambda: listing.entries(
            {
                page_type: page_type.pages(locale_id).filter(
                    pk__in=page_type.model.objects.filter(
                        **{f"{page_type.hashtags}__in": pks}
                    ).values("pk")
                )
                for page_type in hashtag_types()
            }
        ),
    )


def hashtag_usage(locale_id):
    """Hashtags on live public pages in one language, most used first.

    [{"text": "#MCNPro", "name": "mcnpro", "count": 3}, ...]
    """
    counts = {}
    texts = {}
    for page_type in hashtag_types():
        text = f"{page_type.hashtags}__text"
        rows = (
            page_type.pages(locale_id)
            .order_by()
            .filter(**{f"{text}__isnull": False})
            .values(text)
            .annotate(uses=Count("pk", distinct=True))
        )
        for row in rows:
            key = hashtag_key(row[text])
            texts.setdefault(key, row[text])
            counts[key] = counts.get(key, 0) + row["uses"]
    usage = [{"text": texts[key], "name": key, "count": n} for key, n in counts.items()]
    return sorted(usage, key=lambda tag: (-tag["count"], tag["name"]))
