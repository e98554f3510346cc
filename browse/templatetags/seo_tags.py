"""What base.html says about a page to search engines, link previews and feed readers."""

from django import template
from django.utils.html import strip_tags
from django.utils.text import Truncator
from wagtail.models import Page

from browse import follow
from browse.links import feed_links
from events.models import EventIndexPage, EventPage
from hub.cache import cached
from hub.i18n import locale_id_for

register = template.Library()

DESCRIPTION_CHARS = 300


def _description(page):
    text = page.search_description or strip_tags(getattr(page, "intro", "") or "")
    return Truncator(" ".join(text.split())).chars(DESCRIPTION_CHARS)


def _page_number(request):
    number = request.GET.get("page", "")
    return int(number) if number.isdigit() and int(number) > 1 else None


@register.simple_tag(takes_context=True)
def page_meta(context):
    """{"title", "description", "url"} for the canonical link, Open Graph and Twitter cards.

    Wagtail pages speak for themselves (SEO title or title; search description or
    intro); other views put `meta_title`, `meta_description` and `canonical_path`
    in their context. The canonical URL keeps only the page number of a listing,
    never its filters, and is absolute and percent-encoded.
    """
    request = context.get("request")
    page = context.get("page")
    page = page if isinstance(page, Page) else None
    title = context.get("meta_title") or (page and (page.seo_title or page.title)) or ""
    description = context.get("meta_description") or (page and _description(page)) or ""
    url = ""
    if request is not None:
        path = context.get("canonical_path")
        if path is None and page is not None:
            path = page.get_url(request)
            number = _page_number(request)
            if path and number:
                path = f"{path}?page={number}"
        if path:
            url = request.build_absolute_uri(path)
    return {"title": str(title), "description": str(description), "url": url}


@register.simple_tag(takes_context=True)
def page_feeds(context):
    """The feeds to announce with <link rel="alternate">: the view's own, else the site's
    (and a followed page's own Atom feed and calendar, `browse.follow`)."""

    if context.get("feeds"):
        return context["feeds"]
    page = context.get("page")
    page = page if isinstance(page, Page) else None
    return feed_links(
        follow=follow.for_page(page) if page else None,
        events=isinstance(page, EventIndexPage | EventPage),
    )


@register.simple_tag
def follow_links(page):
    """What the "Subscribe" control offers for a page readers can follow, or None."""
    return follow.for_page(page)


@register.simple_tag
def follow_links_of(kind, key):
    """The "Subscribe" control's links for a subject that is not a page (a person), or None."""
    locale_id = locale_id_for()

    def build():
        subject = follow.FOLLOWABLE[kind].find(key, locale_id)
        return follow.subscribe_links(kind, subject) if subject else None

    return cached(f"follow-links:{kind}:{key}:{locale_id}", build)
