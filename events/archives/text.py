"""A post's plain text as safe HTML: everything escaped, then links and hashtags linked."""

import re
from urllib.parse import quote

from django.utils.html import escape
from django.utils.safestring import mark_safe

URL = re.compile(r"https?://[^\s<>\"']+")
HASHTAG = re.compile(r"(?<![\w&])#(\w+)", re.UNICODE)


def linkify(text, search_url):
    """Escape first, then link http(s) URLs and #hashtags; nothing else becomes markup."""
    html = escape(text)

    def link_url(match):
        url = match.group(0)
        return f'<a href="{url}" rel="nofollow noopener ugc">{url}</a>'

    def link_tag(match):
        return f'<a href="{search_url}?q=%23{quote(match.group(1))}">#{match.group(1)}</a>'

    html = URL.sub(link_url, html)
    # Hashtags outside the links just made (a URL fragment is not a hashtag).
    parts = re.split(r"(<a [^>]*>.*?</a>)", html)
    html = "".join(
        part if part.startswith("<a ") else HASHTAG.sub(link_tag, part) for part in parts
    )
    return mark_safe(html)  # noqa: S308 - built from escaped text above
