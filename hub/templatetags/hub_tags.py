import json
import re

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.embeds.models import Embed

from hub import navigation
from hub.cache import cached
from hub.i18n import language_switch, locale_id_for, other_language, page_versions
from hub.models import TagLabel

register = template.Library()

# The characters that could end a <script> element or start a comment inside it.
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def _page_languages(request, page):
    """A page's live versions and its switcher's links, one cache entry for both (the
    head's hreflang links and the switcher are on every page: one round trip, not two).
    Cached across requests: a translation's publish bumps the content version."""

    def build():
        versions = page_versions(page, request)
        return {"versions": versions, "links": language_switch(page, request, versions)}

    return cached(f"languages:{page.pk}", build)


@register.simple_tag(takes_context=True)
def page_translations(context, page):
    """The languages this page exists in (`hub.i18n.page_versions`)."""
    return _page_languages(context.get("request"), page)["versions"]


@register.simple_tag(takes_context=True)
def page_language_links(context, page):
    """The switcher's links for a page (`hub.i18n.language_switch`)."""
    return _page_languages(context.get("request"), page)["links"]


@register.filter
def json_ld(data):
    """Render a dict as a schema.org JSON-LD script element, safe against </script>."""
    if not data:
        return ""
    payload = json.dumps(data, ensure_ascii=False, sort_keys=True).translate(_JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308


@register.simple_tag
def cached_embed(url):
    """The embed Wagtail has already fetched for this URL, if any; never fetches."""

    return Embed.objects.filter(url=url).order_by("-last_updated").first()


@register.simple_tag(takes_context=True)
def main_navigation(context):
    request = context.get("request")
    return navigation.main_navigation(request) if request is not None else []


def _tag_labels():
    locale_id = locale_id_for()
    return cached(
        f"tag-labels:{locale_id}",
        lambda: dict(TagLabel.objects.filter(locale_id=locale_id).values_list("tag_id", "name")),
    )


@register.filter
def tag_label(tag):
    """A topic tag's name in the reader's language (a Tag or a {"pk", "name"} dict)."""
    pk = tag["pk"] if isinstance(tag, dict) else tag.pk
    name = tag["name"] if isinstance(tag, dict) else tag.name
    return _tag_labels().get(pk, name)


@register.simple_tag(takes_context=True)
def path_translations(context):
    """This URL in every language, for views that are not Wagtail pages (tags, search...)."""

    request = context.get("request")
    match = getattr(request, "resolver_match", None)
    if match is None or match.url_name == "wagtail_serve":
        return []
    current = get_language()
    # A view may name, per language, where to go instead when it has nothing there
    # (a topic no page in that language has): that language's index, with a note.
    fallbacks = context.get("language_fallbacks") or {}
    return [
        {
            "code": code,
            "name": name,
            "url": fallbacks.get(code) or translate_url(request.get_full_path(), code),
            "is_current": code == current,
            "untranslated": code in fallbacks,
        }
        for code, name in settings.LANGUAGES
    ]


_GROUPED_NUMBER = re.compile(r"\d{1,3}(,\d{3})+|\d{4,}")


@register.filter
def figure(value):
    """A figure typed as "63,000" in the reader's locale's grouping ("63 000" in Russian);
    anything else ("1st", "5", "2×") as typed."""
    text = str(value or "").strip()
    if not _GROUPED_NUMBER.fullmatch(text):
        return text
    return number_format(int(text.replace(",", "")), force_grouping=True)


@register.simple_tag
def foreign_language(page):
    """{"code", "name"} when a listed page is not in the reader's language, else None.

    Listings show the original of a page not yet translated (`hub.pages.reader_versions`);
    its link then gets `lang`/`hreflang` and a badge. No query.
    """
    return other_language(getattr(page, "locale_id", None))


@register.inclusion_tag("components/page_link.html", takes_context=True)
def page_link(context, page, title=None):
    """A link to a listed page, marked with its language when not the reader's."""
    request = context.get("request")
    return {
        "url": page.get_url(request),
        "title": title or page.title,
        "lang": foreign_language(page),
    }
