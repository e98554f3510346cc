"""Outbound HTTP for live capture: one polite client with limits, and errors that say why.

Plain `requests` (already locked, via Wagtail) rather than Mastodon.py or the atproto SDK:
see docs/architecture.md, "Live capture".
"""

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

import requests
from django.conf import settings
from requests.structures import CaseInsensitiveDict

# A page of 40 statuses or 100 post views is well under 1 MB; anything far larger is refused.
MAX_BYTES = 4 * 1024 * 1024
TIMEOUT = (5, 20)  # connect, read (seconds)
# Stop this many requests short of a rate limit, so other clients of the account still work.
RESERVE = 2


class FetchError(Exception):
    """A request that gave nothing usable; `retry_after` is set when the service said when."""

    def __init__(self, message, *, retry_after=None, status=None):
        super().__init__(message)
        self.retry_after, self.status = retry_after, status


@dataclass
class Reply:
    data: object
    headers: dict = field(default_factory=dict)
    pause_until: datetime | None = None  # the rate limit is nearly used up until then

    def link(self, rel):
        """The URL of a Link header relation (RFC 8288), e.g. Mastodon's "next" page."""
        for part in self.headers.get("Link", "").split(","):
            target, _sep, params = part.partition(";")
            names = [p.strip() for p in params.split(";")]
            if f'rel="{rel}"' in names or f"rel={rel}" in names:
                return target.strip().strip("<>")
        return ""


def user_agent():
    """Names the hub and where to find whoever runs it, as the services ask of bots."""
    return f"musesocial-hub/1.0 (live chat archive; +{settings.WAGTAILADMIN_BASE_URL})"


def _when(value, now):
    """A Retry-After or rate-limit reset value: seconds, epoch seconds, ISO time or HTTP date."""
    value = (value or "").strip()
    if not value:
        return None
    if value.isdigit():
        number = int(value)
        # Bluesky's RateLimit-Reset is epoch seconds; Retry-After is a delay.
        return (
            datetime.fromtimestamp(number, UTC)
            if number > 10**9
            else now + timedelta(seconds=number)
        )
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            moment = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _pause(headers, now):
    remaining = headers.get("X-RateLimit-Remaining") or headers.get("RateLimit-Remaining")
    reset = headers.get("X-RateLimit-Reset") or headers.get("RateLimit-Reset")
    try:
        left = int(remaining)
    except (TypeError, ValueError):
        return None
    return _when(reset, now) if left <= RESERVE else None


class Client:
    """GET and POST JSON with timeouts, a size limit and the services' rate-limit headers."""

    def __init__(self, *, timeout=TIMEOUT, max_bytes=MAX_BYTES):
        self.timeout, self.max_bytes = timeout, max_bytes
        self.session = requests.Session()
        self.session.headers.update({"User-Agent": user_agent(), "Accept": "application/json"})
        self.requests_made = 0

    def get(self, url, *, params=None, headers=None):
        return self._send("GET", url, params=params, headers=headers)

    def post(self, url, *, payload, headers=None):
        return self._send("POST", url, json=payload, headers=headers)

    def _send(self, method, url, **kwargs):
        if urlsplit(url).scheme not in ("http", "https"):
            raise FetchError(f"{url} is not an http(s) URL")
        now = datetime.now(UTC)
        self.requests_made += 1
        try:
            response = self.session.request(
                method, url, timeout=self.timeout, stream=True, **kwargs
            )
        except requests.Timeout:
            raise FetchError(f"{_site(url)} did not answer in time") from None
        except requests.RequestException as error:
            name = type(error).__name__
            raise FetchError(f"{_site(url)} could not be reached ({name})") from None
        with response:
            headers = CaseInsensitiveDict(response.headers)
            if response.status_code == 429:
                retry = _when(headers.get("Retry-After"), now) or _pause(headers, now)
                raise FetchError(
                    f"{_site(url)} asks to slow down (429)", retry_after=retry, status=429
                )
            if response.status_code >= 400:
                raise FetchError(
                    f"{_site(url)} answered {response.status_code}",
                    retry_after=_when(headers.get("Retry-After"), now),
                    status=response.status_code,
                )
            body = self._read(response, url)
        try:
            data = json.loads(body)
        except ValueError:
            raise FetchError(f"{_site(url)} sent malformed JSON") from None
        return Reply(data=data, headers=headers, pause_until=_pause(headers, now))

    def _read(self, response, url):
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise FetchError(
                f"{_site(url)} sent {int(declared) // 1024} KB; the limit is "
                f"{self.max_bytes // 1024} KB"
            )
        chunks, size = [], 0
        try:
            for chunk in response.iter_content(64 * 1024):
                size += len(chunk)
                if size > self.max_bytes:
                    raise FetchError(
                        f"{_site(url)} sent more than {self.max_bytes // 1024} KB; refused"
                    )
                chunks.append(chunk)
        except requests.RequestException as error:
            raise FetchError(f"{_site(url)} broke off ({type(error).__name__})") from None
        return b"".join(chunks)


def _site(url):
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"
