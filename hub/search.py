"""Site search: live public pages in the reader's language, Wagtail's search backend."""

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.shortcuts import render
from wagtail.models import Page

from hub.i18n import locale_id_for
from hub.pages import live_public

RESULTS_PER_PAGE = 20
MAX_QUERY_LENGTH = 200


def search(request):
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    page_obj = None
    if query:
        pages = live_public(Page.objects.filter(locale_id=locale_id_for())).specific()
        results = pages.search(query, operator="and")
        page_obj = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    response = render(
        request,
        "pages/search.html",
        {
            "search_query": query,
            "page_obj": page_obj,
            "query": urlencode({"q": query}) if query else "",
        },
    )
    # Results depend on the query string and change with every publish: not for caches.
    response["Cache-Control"] = "private, no-cache"
    return response
