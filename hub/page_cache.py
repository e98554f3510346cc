"""HTTP caching of public pages: Cache-Control headers and a full-page cache.

Every response leaves with a Cache-Control that says who may keep it: public pages
for anonymous readers are `public` (browsers `max-age`, shared caches `s-maxage`,
`stale-while-revalidate`); anything tied to a person (a session, a login, a form with
its CSRF token, so also a private page's password form, a cookie being set), the admin
(previews included), error pages and responses that chose their own policy (search)
are never `public`.

The same test decides what the full-page cache stores: a 200 response to an anonymous
GET, kept under scheme + host + path + language and the content version (hub.cache), so
a publish, unpublish or move anywhere is visible on every app server sharing the cache.
Stored responses keep the headers the inner middleware added (the CSP has no nonce, so
nothing per-request is reused).

The query string counts only for the parameters the view says it reads
(`uses_query(request, "page", ...)`): anything else (`?utm_source=`, `?bust=`) is served
from the path's canonical entry, so junk query strings can neither fill the cache nor
force a render each. The canonical entry (under the path alone) holds the view's list
of parameters and, for a request with none of them, the page. Responses over
HUB_PAGE_CACHE_MAX_BYTES and streamed ones (exports) are never stored.

Each process also keeps the pages it served last in its own memory
(hub.cache.process_pages, HUB_PROCESS_PAGE_CACHE_BYTES), in front of the shared cache:
with the content version remembered in-process too, a hit touches neither the
database nor Redis. Its keys carry the version, so it is never older than the shared
cache, and an entry expires when the shared one does.
"""

import hashlib
import time
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import cc_delim_re, patch_cache_control, patch_vary_headers
from django.utils.translation import get_language

from hub.cache import content_version, process_pages
from hub.i18n import UNTRANSLATED_PARAM

HIT_HEADER = "X-Page-Cache"


def is_cacheable_request(request):
    """An anonymous GET/HEAD of a public URL: nothing about it depends on who asks."""
    if request.method not in ("GET", "HEAD"):
        return False
    if request.path_info.startswith(tuple(settings.HUB_PAGE_CACHE_EXCLUDED_PATHS)):
        return False
    # A session means someone logged in (or about to); messages are per-visitor too.
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME not in cookies and "messages" not in cookies


def vary_headers(response):
    return {h.strip().lower() for h in cc_delim_re.split(response.get("Vary", "")) if h}


def is_personal(response):
    """Set-Cookie or Vary: Cookie: a CSRF token, a session, a message, one visitor's."""
    return bool(response.cookies) or "cookie" in vary_headers(response)


def _is_shareable(response):
    """A finished response that carries nothing of one visitor's (streamed ones too: shared
    caches may keep an export; the page cache does not, see `_storable`)."""
    return response.status_code == 200 and not is_personal(response)


QUERY_ATTRIBUTE = "hub_page_cache_query"


def uses_query(request, *names):
    """Say which query parameters the view reads: only they make a separate cache entry."""
    setattr(request, QUERY_ATTRIBUTE, (*getattr(request, QUERY_ATTRIBUTE, ()), *names))


def relevant_query(request, names):
    """The parameters among `names` that the request has, with the value views read
    (QueryDict.get: the last one), in a fixed order."""
    return [(name, request.GET.get(name)) for name in sorted(set(names)) if name in request.GET]


def is_public_response(request, response):
    """Could any shared cache give this response to anyone else?"""
    if response.has_header("Cache-Control"):  # the view chose its own policy
        return False
    # No session cookie (is_cacheable_request) means nobody is logged in; request.user is
    # not read here, since reading it marks the session accessed and adds Vary: Cookie.
    return _is_shareable(response) and not getattr(request, "is_preview", False)


# A view sets this on a response that is the same for every anonymous reader but should
# stay out of shared caches (search: endless URLs that a CDN purge can't name). The
# full-page cache may keep it, since its keys carry the content version.
SERVER_SIDE_ONLY = "hub_page_cache_server_side"


def is_storable_privately(request, response):
    return getattr(response, SERVER_SIDE_ONLY, False) and _is_shareable(response)


def cache_control(request, response):
    """The Cache-Control directives to add, or {} to leave the response's own policy."""
    if response.has_header("Cache-Control"):
        return {}
    if is_cacheable_request(request) and is_public_response(request, response):
        return {
            "public": True,
            "max_age": settings.HUB_CACHE_MAX_AGE,
            "s_maxage": settings.HUB_CACHE_S_MAXAGE,
            "stale_while_revalidate": settings.HUB_CACHE_STALE_WHILE_REVALIDATE,
        }
    if response.status_code >= 400 or is_personal(response):
        return {"private": True, "no_store": True}
    return {"private": True, "no_cache": True}


def page_key(request, version, language, query=()):
    """Scheme, host, path, the view's parameters and language: all a public page varies on."""
    address = f"{request.scheme}://{request.get_host()}{request.path}"
    if query:
        address += "?" + urlencode(query)
    digest = hashlib.sha256(address.encode()).hexdigest()
    return f"hub:page:{version}:{language}:{digest}"


# When a stored page expires in the shared cache (time.time()), kept on the stored response
# so that a process copying it into its memory lets it go at the same moment.
EXPIRES = "hub_page_cache_expires"


def _freeze(response):
    """A frozen copy (status, headers, bytes): each hit gets its own response object,
    since the handler and outer middleware change the one they return."""
    return (response.status_code, tuple(response.items()), response.content)


def _thaw(frozen):
    status, headers, content = frozen
    return HttpResponse(content, status=status, headers=dict(headers))


def _seconds_left(response):
    return getattr(response, EXPIRES, 0) - time.time()


def _storable(response):
    """Not streamed, and small enough: one big export would evict hundreds of pages."""
    if response.streaming:
        return False
    # Django has rendered template responses by now: this is the finished page.
    # One chunk: a feed is written in thousands of small pieces, and gunicorn's
    # sync workers send each piece with its own system call (6x slower hits).
    response.content = response.content
    return len(response.content) <= settings.HUB_PAGE_CACHE_MAX_BYTES


def _remember_canonical(key, names, response):
    """The path's parameter list, with its page if one was stored without parameters. The
    list alone (a search stored only with ?q=) is remembered too, or every hit on a
    URL with parameters would read it from the shared cache first."""
    if response is None:
        seconds = min(settings.HUB_PAGE_CACHE_SECONDS, settings.HUB_PROCESS_CACHE_SECONDS)
        process_pages.set(key, (names, None), seconds, cost=500)
        return
    frozen = _freeze(response)
    process_pages.set(key, (names, frozen), _seconds_left(response), len(frozen[2]) + 500)


def _remember_page(key, response):
    frozen = _freeze(response)
    process_pages.set(key, frozen, _seconds_left(response), cost=len(frozen[2]) + 500)


def lookup(request, version, language):
    """The stored response for this request, or None: this process's memory first, then
    the shared cache (whose finds are remembered here)."""
    canonical_key = page_key(request, version, language)
    local = process_pages.get(canonical_key)
    if local is not None:
        names, frozen = local
        canonical = _thaw(frozen) if frozen is not None else None
    else:
        entry = cache.get(canonical_key)
        if entry is None:
            return None
        names, canonical = entry
        _remember_canonical(canonical_key, names, canonical)
    query = relevant_query(request, names)
    if not query:
        return canonical
    key = page_key(request, version, language, query)
    frozen = process_pages.get(key)
    if frozen is not None:
        return _thaw(frozen)
    response = cache.get(key)
    if response is not None:
        _remember_page(key, response)
    return response


def store(request, response, version, language):
    names = tuple(sorted(set(getattr(request, QUERY_ATTRIBUTE, ()))))
    query = relevant_query(request, names)
    seconds = settings.HUB_PAGE_CACHE_SECONDS
    setattr(response, EXPIRES, time.time() + seconds)
    canonical_key = page_key(request, version, language)
    if query:
        key = page_key(request, version, language, query)
        cache.set(key, response, seconds)
        _remember_page(key, response)
        # The parameter list, so the next request knows which key to read.
        cache.add(canonical_key, (names, None), seconds)
        if process_pages.get(canonical_key) is None:
            _remember_canonical(canonical_key, names, None)
    else:
        cache.set(canonical_key, (names, response), seconds)
        _remember_canonical(canonical_key, names, response)


class PageCacheMiddleware:
    """Put it after LocaleMiddleware (the key needs the language) and before everything
    that adds headers a stored page must keep (CSP, Permissions-Policy, frame options)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Read by base.html on every page (the "not translated yet" note).
        uses_query(request, UNTRANSLATED_PARAM)
        key = None
        if settings.HUB_PAGE_CACHE_SECONDS and is_cacheable_request(request):
            key = (content_version(), get_language())
            stored = lookup(request, *key)
            if stored is not None:
                stored[HIT_HEADER] = "hit"
                return stored
        response = self.get_response(request)
        directives = cache_control(request, response)
        if directives:
            patch_cache_control(response, **directives)
        public = bool(directives.get("public"))
        if public:
            # A logged-in reader gets a different page (the userbar): shared caches must
            # not serve this one to them; SessionMiddleware would not say so on a hit.
            patch_vary_headers(response, ("Cookie",))
        if (
            key
            and request.method == "GET"
            and (public or is_storable_privately(request, response))
            and _storable(response)
        ):
            store(request, response, *key)
            response[HIT_HEADER] = "miss"
        return response
