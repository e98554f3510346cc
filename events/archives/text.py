"""A post's plain text as safe HTML: everything escaped, then links and hashtags linked.

A hashtag the hub knows links to its hashtag page; any other to a search for it.

Not Django's `urlize`: it also links bare domains ("example.org") and e-mail addresses
(as mailto: links), which a transcript should show as written, and its rel cannot be
set. Its rule for trailing punctuation is followed: `.`, `,`, `:`, `;`, `!`, `?` and
quotes after a URL end the sentence, not the URL, and a `)` is kept only when the URL
opened one (Wikipedia's `..._(disambiguation)`).
"""

import re
from urllib.parse import quote

from django.utils.html import escape
from django.utils.safestring import mark_safe

from events.hashtags import hashtag_key

URL = re.compile(r"https?://[^\s<>\"'`]+", re.IGNORECASE)
HASHTAG = re.compile(r"(?<![\w&])#(\w+)", re.UNICODE)
TRAILING = ".,:;!?'\"*"
REL = "nofollow noopener ugc"
OPENERS = {")": "(", "]": "[", "}": "{"}


def _trim(url):
    """(url, what followed it) with the sentence's punctuation moved out of the URL."""
    end = len(url)
    while end:
        char = url[end - 1]
        closer = char in ")]}"
        unopened = closer and url.count(char, 0, end) > url.count(OPENERS[char], 0, end)
        if char not in TRAILING and not unopened:
            break
        end -= 1
    return url[:end], url[end:]


def hashtags_in(text):
    """The lookup keys of the #hashtags written in a post's text."""
    return {hashtag_key(word) for word in HASHTAG.findall(text or "")}


def _hashtags(text, search_url, hashtag_urls):
    def link(match):
        word = match.group(1)
        href = hashtag_urls.get(hashtag_key(word)) or f"{search_url}?q=%23{quote(word)}"
        return f'<a href="{escape(href)}">#{word}</a>'

    return HASHTAG.sub(link, escape(text))


def linkify(text, search_url, links=(), hashtag_urls=None):
    """Escape, then link http(s) URLs and #hashtags; nothing else becomes markup.

    `links` are the post's link entries: a shortened URL in the text (t.co) is shown and
    followed as the address it stood for. `hashtag_urls` maps a known hashtag's key to
    its page; other hashtags link to a search.
    """
    hashtag_urls = hashtag_urls or {}
    expanded = {link["url"]: link for link in links if link.get("url")}
    parts, last = [], 0
    for match in URL.finditer(text):
        url, after = _trim(match.group(0))
        if not url.split("://", 1)[1]:
            continue
        parts.append(_hashtags(text[last : match.start()], search_url, hashtag_urls))
        link = expanded.get(url)
        href = link["expanded"] if link else url
        shown = (link.get("display") or href) if link else url
        parts.append(f'<a href="{escape(href)}" rel="{REL}">{escape(shown)}</a>')
        parts.append(_hashtags(after, search_url, hashtag_urls))
        last = match.end()
    parts.append(_hashtags(text[last:], search_url, hashtag_urls))
    return mark_safe("".join(parts))  # noqa: S308 - every piece escaped above


def links_outside_text(post):
    """Link entries whose URL the text does not show (a link card, an attachment's page)."""
    return [
        link
        for link in post.links
        if link.get("url") not in post.text and link.get("expanded") not in post.text
    ]
