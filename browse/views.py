"""Tag, hashtag and by-date (year and month) pages: plain views under /<lang>/."""

from datetime import date
from urllib.parse import urlencode

from django.conf import settings
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from browse import dates, follow, listing
from browse.hashtags import find_hashtags, for_reader, hashtag_entries, hashtag_usage
from browse.links import feed_links
from browse.tags import find_tag, related_tags, tag_entries, tag_usage
from hub.browsable import type_for_key
from hub.cache import cached
from hub.i18n import UNTRANSLATED_PARAM, locale_id_for
from hub.page_cache import uses_query


def tag_index(request):
    locale_id = locale_id_for()
    return render(
        request,
        "pages/tag_index.html",
        {
            "tags": tag_usage(locale_id),
            "meta_title": _("Topics"),
            "meta_description": _("Every topic on the hub, most used first."),
            "canonical_path": reverse("tag_index"),
        },
    )


def type_choices(counts, selected, base_url):
    """Links to show one page type at a time, each with its count."""
    choices = [
        {
            "label": _("All"),
            "count": sum(counts.values()),
            "url": base_url,
            "current": selected is None,
        }
    ]
    for key, count in sorted(counts.items()):
        page_type = type_for_key(key)
        choices.append(
            {
                "label": page_type.label,
                "count": count,
                "url": f"{base_url}?{urlencode({'type': key})}",
                "current": selected is not None and selected.key == key,
            }
        )
    return choices if len(counts) > 1 or selected is not None else []


def tag_page(request, slug):
    locale_id = locale_id_for()
    tag = find_tag(locale_id, slug)
    if tag is None:
        raise Http404(_("No page in this language has that topic."))
    found = tag_entries(locale_id, tag["pk"])
    counts = listing.counts_by_type(found)
    uses_query(request, "type", "page")
    key = request.GET.get("type", "")
    selected = type_for_key(key) if key in counts else None
    shown = [entry for entry in found if entry.type_key == key] if selected else found
    page_obj = listing.paginate(shown, request.GET.get("page"))
    url = reverse("tag", args=[tag["slug"]])
    follow_links = follow.subscribe_links("tag", follow.tag_subject(tag))
    return render(
        request,
        "pages/tag_page.html",
        {
            "tag": tag,
            "page_obj": page_obj,
            "cards": listing.cards_for(page_obj.object_list, locale_id),
            "type_choices": type_choices(counts, selected, url),
            "selected_type": selected,
            "query": urlencode({"type": selected.key}) if selected else "",
            "related_tags": related_tags(locale_id, tag["pk"]),
            "follow": follow_links,
            "feeds": feed_links(follow=follow_links),
            "meta_title": _("Topic: %(tag)s") % {"tag": tag["name"]},
            "meta_description": _("Chats, events and resources about %(tag)s.")
            % {"tag": tag["name"]},
            # A type's own listing is a page of its own; its page numbers follow it.
            "canonical_path": _with_page(url, page_obj, type=selected.key if selected else None),
            "language_fallbacks": _tag_fallbacks(tag["slug"]),
        },
    )


def _tag_fallbacks(slug):
    """{language: URL} of the topic index, for languages where no page has this topic
    (a translation that dropped it), so the language switcher never leads to a 404."""
    fallbacks = {}
    for code, _name in settings.LANGUAGES:
        if find_tag(locale_id_for(code), slug) is None:
            with translation.override(code):
                fallbacks[code] = f"{reverse('tag_index')}?{UNTRANSLATED_PARAM}=1"
    return fallbacks


def hashtag_index(request):
    locale_id = locale_id_for()
    return render(
        request,
        "pages/hashtag_index.html",
        {
            "hashtags": cached(f"hashtag-usage:{locale_id}", lambda: hashtag_usage(locale_id)),
            "meta_title": _("Hashtags"),
            "meta_description": _("The hashtags of the hub's chats and events."),
            "canonical_path": reverse("hashtag_index"),
        },
    )


def hashtag_page(request, name):
    locale_id = locale_id_for()
    hashtags = find_hashtags(name)
    if not hashtags:
        raise Http404(_("The hub does not know that hashtag."))
    hashtag = for_reader(hashtags, locale_id)
    uses_query(request, "page")
    page_obj = listing.paginate(hashtag_entries(hashtags, locale_id), request.GET.get("page"))
    url = reverse("hashtag", args=[hashtag.name.lower()])
    follow_links = follow.subscribe_links("hashtag", follow.hashtag_subject(hashtags, locale_id))
    return render(
        request,
        "pages/hashtag_page.html",
        {
            "hashtag": hashtag,
            "follow": follow_links,
            "feeds": feed_links(follow=follow_links),
            "page_obj": page_obj,
            "cards": listing.cards_for(page_obj.object_list, locale_id),
            "query": "",
            "meta_title": hashtag.text,
            "meta_description": hashtag.description
            or _("Chats and events that use %(hashtag)s.") % {"hashtag": hashtag.text},
            "canonical_path": _with_page(url, page_obj),
        },
    )


def date_index(request):
    locale_id = locale_id_for()
    return render(
        request,
        "pages/date_index.html",
        {
            "years": dates.years_with_pages(locale_id),
            "meta_title": _("By date"),
            "meta_description": _("Every chat and event on the hub, by year and month."),
            "canonical_path": reverse("date_index"),
        },
    )


def date_period(request, year, month=None):
    locale_id = locale_id_for()
    months = dates.months_with_pages(locale_id).get(year, {})
    if not months or (month is not None and month not in months):
        raise Http404(_("Nothing on the hub is dated then."))
    uses_query(request, "page")
    page_obj = listing.paginate(
        dates.dated_entries(locale_id, year, month), request.GET.get("page")
    )
    if month is None:
        url = reverse("date_year", args=[year])
        title = str(year)
    else:
        url = reverse("date_month", args=[year, month])
        title = date_format(date(year, month, 1), "YEAR_MONTH_FORMAT")
    return render(
        request,
        "pages/date_period.html",
        {
            "year": year,
            "month": date(year, month, 1) if month else None,
            "months": [
                {"month": date(year, number, 1), "count": count}
                for number, count in sorted(months.items())
            ],
            "page_obj": page_obj,
            "cards": listing.cards_for(page_obj.object_list, locale_id),
            "query": "",
            "meta_title": _("By date: %(period)s") % {"period": title},
            "meta_description": _("Chats and events on the hub in %(period)s.") % {"period": title},
            "canonical_path": _with_page(url, page_obj),
        },
    )


def _with_page(url, page_obj, **params):
    params = {name: value for name, value in params.items() if value}
    if page_obj.number > 1:
        params["page"] = page_obj.number
    return f"{url}?{urlencode(params)}" if params else url
