"""Site search: live public pages, the reader's language by default, Wagtail's search backend.

Filters: page type, tag, year and language. Type and language are filter fields
every backend indexes (`content_type`, `locale`); tag and year are resolved to
page ids first (from the cached tag listings and one query per dated page type),
so they work the same on the database backend, PostgreSQL full-text search and
Elasticsearch/OpenSearch. Which backend runs is a setting (`SEARCH_URL`, see
`hub.search_backends`).
"""

import re
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from wagtail.models import Page

from browse.tags import tag_entries, tag_usage
from hub.browsable import browsable_types, type_for_key, type_for_page
from hub.cache import cached
from hub.i18n import language_of, locale_id_for
from hub.page_cache import SERVER_SIDE_ONLY, uses_query
from hub.pages import live_public, superseded_ids
from hub.security import without_control_characters
from hub.templatetags.hub_tags import tag_label

RESULTS_PER_PAGE = 20
MAX_QUERY_LENGTH = 200
EXCERPT_WORDS = 40
ALL_LANGUAGES = "all"


class SearchForm(forms.Form):
    q = forms.CharField(
        required=False,
        max_length=MAX_QUERY_LENGTH,
        label=gettext_lazy("Search the hub"),
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    type = forms.ChoiceField(required=False, label=gettext_lazy("Type"))
    tag = forms.ChoiceField(required=False, label=gettext_lazy("Topic"))
    year = forms.TypedChoiceField(
        required=False, coerce=int, empty_value=None, label=gettext_lazy("Year")
    )
    language = forms.ChoiceField(required=False, label=gettext_lazy("Language"))

    def __init__(self, data, *, options):
        super().__init__(data)
        self.fields["type"].choices = [("", _("All types")), *options["types"]]
        self.fields["tag"].choices = [("", _("All topics")), *options["tags"]]
        self.fields["year"].choices = [("", _("All years"))] + [(y, y) for y in options["years"]]
        self.fields["language"].choices = [
            *settings.LANGUAGES,
            (ALL_LANGUAGES, _("All languages")),
        ]


def _locale_ids(language):
    if language == ALL_LANGUAGES:
        return [locale_id_for(code) for code, _name in settings.LANGUAGES]
    return [locale_id_for(language)]


def _pages(locale_ids):
    """Live public pages searched: for one language, the reader's version of each page
    else the original (like every listing, `hub.pages.reader_versions`); for all
    languages, every version. Search backends filter only on indexed fields, so the
    other versions are excluded by id (cached; usually the few translated originals)."""
    pages = live_public(Page.objects.all())
    if len(locale_ids) == 1:
        pages = pages.exclude(id__in=superseded_ids(locale_ids[0]))
    return pages


def filter_options(locale_ids):
    """Types, tags and years that the pages searched in these languages actually have."""

    def build():
        pages = _pages(locale_ids)
        type_ids = set(pages.order_by().values_list("content_type_id", flat=True).distinct())
        types = [
            (page_type.key, str(capfirst(page_type.label)))
            for page_type in browsable_types()
            if ContentType.objects.get_for_model(page_type.model).pk in type_ids
        ]
        tags = {}
        for locale_id in locale_ids:
            for tag in tag_usage(locale_id):
                # The topic's name in the interface language (hub.models.TagLabel).
                tags.setdefault(tag["slug"], tag_label(tag))
        years = set()
        for page_type in filter(lambda t: t.date_field, browsable_types()):
            for locale_id in locale_ids:
                dates = page_type.pages(locale_id).order_by().dates(page_type.date_field, "year")
                years.update(d.year for d in dates)
        return {
            "types": sorted(types, key=lambda choice: str(choice[1])),
            "tags": sorted(tags.items(), key=lambda choice: choice[1].casefold()),
            "years": sorted(years, reverse=True),
        }

    key = ",".join(str(pk) for pk in sorted(locale_ids))
    return cached(f"search-options:{get_language()}:{key}", build)


def filtered_pages(filters, locale_ids):
    """The pages searched in these languages (`_pages`), narrowed by type, tag and year."""
    pages = _pages(locale_ids)
    page_type = type_for_key(filters.get("type"))
    if page_type is not None:
        pages = pages.filter(content_type=ContentType.objects.get_for_model(page_type.model))
    if filters.get("tag"):
        ids = set()
        for locale_id in locale_ids:
            tag = next((t for t in tag_usage(locale_id) if t["slug"] == filters["tag"]), None)
            if tag is not None:
                ids.update(entry.pk for entry in tag_entries(locale_id, tag["pk"]))
        pages = pages.filter(id__in=sorted(ids))
    if filters.get("year"):
        ids = set()
        for page_type in filter(lambda t: t.date_field, browsable_types()):
            dated = page_type.model.objects.filter(
                **{f"{page_type.date_field}__year": filters["year"]}
            )
            ids.update(dated.values_list("pk", flat=True))
        pages = pages.filter(id__in=sorted(ids))
    return pages


def search_terms(query):
    """The words of a query worth marking: no operators, no one-letter words."""
    words = re.findall(r"\w+", query)
    return [word for word in words if len(word) > 1 and word.lower() not in {"and", "or", "not"}]


def highlight(text, query, words=EXCERPT_WORDS):
    """An excerpt of plain `text` around the first match, each matched word in <mark>.

    Everything else is escaped. A word matches from its start, so "museum" marks
    "Museums" too (the backends stem; this is close enough to show why it matched).
    """
    terms = search_terms(query)
    if not text:
        return ""
    tokens = text.split()
    if not terms:
        return escape(" ".join(tokens[:words]) + (" …" if len(tokens) > words else ""))
    pattern = re.compile(
        r"(?<!\w)(" + "|".join(re.escape(term) for term in terms) + r")\w*", re.IGNORECASE
    )
    first = next((i for i, token in enumerate(tokens) if pattern.search(token)), 0)
    start = max(0, min(first - words // 4, len(tokens) - words))
    excerpt = " ".join(tokens[start : start + words])
    parts = []
    position = 0
    for match in pattern.finditer(excerpt):
        parts.append(escape(excerpt[position : match.start()]))
        parts.append(f"<mark>{escape(match.group(0))}</mark>")
        position = match.end()
    parts.append(escape(excerpt[position:]))
    prefix = "… " if start > 0 else ""
    suffix = " …" if start + words < len(tokens) else ""
    return mark_safe(prefix + "".join(parts) + suffix)  # noqa: S308 - every piece is escaped


def result_summary(page):
    page_type = type_for_page(page)
    if page_type is not None:
        return page_type.summary(page)
    return strip_tags(page.search_description or getattr(page, "intro", "") or "")


def search(request):
    uses_query(request, *SearchForm.base_fields, "page")
    data = request.GET.copy()
    data.setdefault("language", get_language())
    language = data.get("language")
    if language not in {code for code, _name in settings.LANGUAGES} | {ALL_LANGUAGES}:
        language = get_language()
    locale_ids = _locale_ids(language)
    form = SearchForm(data, options=filter_options(locale_ids))
    form.is_valid()  # invalid filters are dropped one by one, with their message shown
    filters = form.cleaned_data
    # The form refuses a NUL (and says so); the query itself must not keep one either:
    # PostgreSQL refuses it with an error (a 500).
    typed = filters.get("q") or request.GET.get("q", "").replace("\x00", "")
    query = without_control_characters(typed).strip()[:MAX_QUERY_LENGTH]
    is_filtered = any(filters.get(name) for name in ("type", "tag", "year"))
    page_obj = None
    results = []
    if query:
        pages = filtered_pages(filters, locale_ids).specific().defer_streamfields()
        # SQLite's full-text search (modelsearch) quotes each word without escaping a
        # double quote inside it: a word holding one was an FTS5 syntax error (a 500).
        words = query.replace('"', " ")
        found = pages.search(words, operator="and") if words.strip() else []
        page_obj = Paginator(found, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
        reader_locale_id = locale_id_for()
        results = [
            {
                "page": page,
                "type": capfirst(page._meta.verbose_name),
                "excerpt": highlight(result_summary(page), query),
                # Named when searching every language, or when not in the reader's.
                "language": language_of(page.locale_id)
                if language == ALL_LANGUAGES or page.locale_id != reader_locale_id
                else None,
            }
            for page in page_obj
        ]
    params = {name: value for name, value in filters.items() if value not in ("", None)}
    if params.get("language") == get_language():
        params.pop("language")
    response = render(
        request,
        "pages/search.html",
        {
            "form": form,
            "search_query": query,
            "page_obj": page_obj,
            "results": results,
            "is_filtered": is_filtered,
            "query": urlencode(params),
            "meta_title": _("Search: %(query)s") % {"query": query} if query else _("Search"),
            "canonical_path": request.get_full_path(),
        },
    )
    # Results change with every publish and their URLs are endless: no shared cache could
    # be purged of them. The server's page cache may keep them (keyed by content version).
    response["Cache-Control"] = "private, no-cache"
    setattr(response, SERVER_SIDE_ONLY, True)
    return response
