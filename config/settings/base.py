"""Settings shared by every environment.

Deploy-time values come from environment variables (see the README's table);
dev.py, test.py and production.py only change what differs between them.
"""

from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_EVAL, UNSAFE_INLINE
from django.conf.locale import LANG_INFO
from django.core.exceptions import ImproperlyConfigured

from hub.env import check_base_url, env_bool, env_int, env_list, env_str
from hub.search_backends import search_backends
from hub.static_headers import add_security_headers

BASE_DIR = Path(__file__).resolve().parent.parent.parent

DEBUG = False
SECRET_KEY = env_str("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "hub",
    "home",
    "events",
    "resources",
    "browse",
    "demo",
    "wagtail_localize",
    "wagtail_localize.locales",
    "django_tasks",
    "django_tasks_db",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
    "csp",
    "axes",
]

MIDDLEWARE = [
    "hub.cache.RequestMemoMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "hub.security.RefuseNullCharactersMiddleware",
    # Right after SecurityMiddleware so static files skip the rest of the stack.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # After the language is known, before the middleware whose headers a stored page keeps.
    "hub.page_cache.PageCacheMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Permissions-Policy, and django-csp with the admin's own policy (hub/security.py).
    "hub.security.PermissionsPolicyMiddleware",
    "hub.security.ContentSecurityPolicyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Wagtail's Site and page routing from each process's memory (hub/routing.py).
    "hub.routing.RouteMemoMiddleware",
    # Last, as django-axes requires: turns a login lockout into the lockout page.
    "axes.middleware.AxesMiddleware",
]

# django-axes first: it refuses a locked-out login before any password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite file in the project unless DATABASE_URL names another database.
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Redis when REDIS_URL is set; the database otherwise. Either is shared by every process
# that changes content (web workers, the import worker, management commands), so a
# publish in one is seen by all at once: a per-process memory cache would let the other
# workers serve the old page and navigation until their copies expire.
REDIS_URL = env_str("REDIS_URL")
DATABASE_CACHE = {
    "BACKEND": "django.core.cache.backends.db.DatabaseCache",
    "LOCATION": "hub_cache",  # made by every `migrate` (hub/apps.py)
    "OPTIONS": {"MAX_ENTRIES": 20_000},
}
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "hub",
            # Without Redis the site keeps going (pages rendered, forms accepted), slower;
            # a short timeout keeps an unreachable Redis from holding every request.
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": env_int("REDIS_TIMEOUT_MS", 250) / 1000,
                "SOCKET_TIMEOUT": env_int("REDIS_TIMEOUT_MS", 250) / 1000,
            },
        },
    }
else:
    CACHES = {"default": DATABASE_CACHE}
# The content version's durable copy (hub.cache): always the database, which cannot drop a
# write the way an unreachable Redis does. Read through "default" for
# CONTENT_VERSION_SECONDS, which bounds how late a change reaches the other servers when
# Redis missed its bump.
CACHES["versions"] = DATABASE_CACHE
HUB_CONTENT_VERSION_CACHE = "versions"
HUB_CONTENT_VERSION_SECONDS = env_int("CONTENT_VERSION_SECONDS", 5)
# An unreachable Redis is logged: a warning at most every 10 s (hub.log_filters).
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
DJANGO_REDIS_LOGGER = "hub.cache.unreachable"
# In front of the shared cache, each process keeps in memory what it read last (hub.cache):
# the content version for CONTENT_VERSION_LOCAL_SECONDS (how late a publish made by
# another process may show here), and entries whose keys carry that version (derived
# data, template fragments, pages), never older than it. A warm cached page costs no
# database or Redis round trip.
HUB_CONTENT_VERSION_LOCAL_SECONDS = env_int("CONTENT_VERSION_LOCAL_SECONDS", 1)
HUB_PROCESS_CACHE_ENTRIES = env_int("PROCESS_CACHE_ENTRIES", 5_000)
HUB_PROCESS_CACHE_SECONDS = 60  # a copy read from the shared cache stays here at most this
HUB_PROCESS_PAGE_CACHE_BYTES = env_int("PROCESS_PAGE_CACHE_MB", 64) * 1024 * 1024
# Django's {% cache %} (and {% wagtailcache %}) use this alias when it exists.
CACHES["template_fragments"] = {"BACKEND": "hub.cache.ProcessFrontCache", "LOCATION": "default"}

# HTTP caching (hub/page_cache.py). Public pages for anonymous readers say how long
# browsers (max-age) and shared caches (s-maxage) may keep them; the full-page cache keeps
# them in CACHES until content changes (any publish, unpublish or move) or for
# PAGE_CACHE_SECONDS, which also bounds how late "upcoming" turns into "past". 0 turns it off.
HUB_PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 600)
# Entries per sitemap section file (browse/sitemaps.py): bounds each file's rendering time.
HUB_SITEMAP_LIMIT = env_int("SITEMAP_LIMIT", 250)
HUB_PAGE_CACHE_EXCLUDED_PATHS = ("/admin/", "/documents/", "/healthz")
# Bigger responses are not page-cached: one would push hundreds of pages out of Redis.
HUB_PAGE_CACHE_MAX_BYTES = env_int("PAGE_CACHE_MAX_BYTES", 1_000_000)
HUB_CACHE_MAX_AGE = env_int("CACHE_MAX_AGE", 60)
HUB_CACHE_S_MAXAGE = env_int("CACHE_S_MAXAGE", 300)
HUB_CACHE_STALE_WHILE_REVALIDATE = env_int("CACHE_STALE_WHILE_REVALIDATE", 60)

# A CDN or caching proxy in front (optional): Wagtail purges a page's URLs from it when
# the page is published, unpublished or moved (wagtail.contrib.frontend_cache).
WAGTAILFRONTENDCACHE = {}
if env_str("FRONTEND_CACHE_URL"):  # Varnish, nginx or Squid that accept PURGE
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env_str("FRONTEND_CACHE_URL"),
    }
if env_str("CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": env_str("CLOUDFLARE_ZONE_ID"),
        "BEARER_TOKEN": env_str("CLOUDFLARE_BEARER_TOKEN", required=True),
    }
if env_str("CLOUDFRONT_DISTRIBUTION_ID"):  # credentials as for S3 (AWS_ACCESS_KEY_ID...)
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": env_str("CLOUDFRONT_DISTRIBUTION_ID"),
    }
# Purge each URL as given: Wagtail would otherwise put every language's prefix in front
# of it (/ru/ + the English path, which does not exist); browse.purge names each
# language's real addresses itself.
WAGTAILFRONTENDCACHE_LANGUAGES = []
if WAGTAILFRONTENDCACHE:
    INSTALLED_APPS.append("wagtail.contrib.frontend_cache")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: HUB_LANGUAGES lists the content languages, the first is the default.
HUB_LANGUAGES = env_list("HUB_LANGUAGES", ["en", "ru"])
for _code in HUB_LANGUAGES:
    if _code not in LANG_INFO:
        raise ImproperlyConfigured(f"HUB_LANGUAGES names an unknown language code: {_code!r}.")
LANGUAGE_CODE = HUB_LANGUAGES[0]
LANGUAGES = [(code, LANG_INFO[code]["name_local"]) for code in HUB_LANGUAGES]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
USE_I18N = True
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    # Chat archive files between upload and import: private (never served), and shared
    # by the web and worker processes (one volume, or the S3 bucket below).
    "archive_uploads": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {
            "location": env_str("ARCHIVE_UPLOADS_ROOT", str(BASE_DIR / "var" / "archive-uploads"))
        },
    },
}
# Optional S3-compatible media storage (AWS, MinIO, Ceph...), shared by every app server.
AWS_STORAGE_BUCKET_NAME = env_str("AWS_STORAGE_BUCKET_NAME")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    STORAGES["archive_uploads"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {"location": "archive-uploads", "default_acl": "private"},
    }
    AWS_S3_ENDPOINT_URL = env_str("AWS_S3_ENDPOINT_URL")
    AWS_S3_REGION_NAME = env_str("AWS_S3_REGION_NAME")
    AWS_S3_CUSTOM_DOMAIN = env_str("AWS_S3_CUSTOM_DOMAIN")
    AWS_DEFAULT_ACL = None
    AWS_QUERYSTRING_AUTH = False
    AWS_S3_FILE_OVERWRITE = False

# Email: console in development, SMTP configured from the environment elsewhere.
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "musesocial hub <hub@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Wagtail
WAGTAIL_SITE_NAME = "musesocial hub"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# The database's own full-text search (PostgreSQL FTS, SQLite FTS5) unless SEARCH_URL
# names an Elasticsearch/OpenSearch cluster (hub/search_backends.py).
WAGTAILSEARCH_BACKENDS = search_backends(env_str("SEARCH_URL"))
WAGTAIL_ALLOW_UNICODE_SLUGS = True
# Documents: office files, PDF and data only; never HTML, SVG or scripts, which a browser
# would run on our origin. They always go through Wagtail's serve view, which adds
# Content-Disposition: attachment (only PDF opens inline), nosniff and its own CSP, and
# checks private collections; "direct" or "redirect" would skip all of that.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
WAGTAILDOCS_EXTENSIONS = [
    "csv",
    "docx",
    "json",
    "key",
    "odp",
    "odt",
    "pdf",
    "pptx",
    "txt",
    "xlsx",
    "zip",
]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Raster formats only: SVG can carry scripts.
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
# No calls home from the admin and no gravatar requests: the hub works offline.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Machine translation stays off: translators work in the admin or with PO files.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
# "Translate this page" creates the translation as a draft, never live at once with
# untranslated text (wagtail-localize publishes it when the source is live by default).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# The largest chat archive file an import accepts (events/archives/importer.py).
HUB_ARCHIVE_MAX_BYTES = env_int("HUB_ARCHIVE_MAX_BYTES", 100 * 1024 * 1024)
# Archive files uploaded in the admin above this size are imported by a background task
# (`manage.py db_worker --backend imports`); smaller ones while the editor waits.
HUB_ARCHIVE_BACKGROUND_BYTES = env_int("HUB_ARCHIVE_BACKGROUND_BYTES", 2 * 1024 * 1024)
# A background import unchanged this long has lost its worker; editors may queue it again.
HUB_ARCHIVE_STALLED_MINUTES = env_int("HUB_ARCHIVE_STALLED_MINUTES", 30)

# Live capture of chats (events/archives/capture/, `manage.py capture_worker`): the only
# outbound requests the hub makes, and none unless a network is configured here.
HUB_MASTODON_INSTANCES = [
    url.rstrip("/") for url in env_list("HUB_MASTODON_INSTANCES") if check_base_url(url)
]
HUB_BLUESKY_SERVICE = env_str("HUB_BLUESKY_SERVICE", "https://public.api.bsky.app").rstrip("/")
check_base_url(HUB_BLUESKY_SERVICE, "HUB_BLUESKY_SERVICE")
HUB_BLUESKY_HANDLE = env_str("HUB_BLUESKY_HANDLE", "")
HUB_BLUESKY_APP_PASSWORD = env_str("HUB_BLUESKY_APP_PASSWORD", "")
# Where the handle logs in (its PDS or Bluesky's entryway); searches then go through it.
HUB_BLUESKY_PDS = env_str("HUB_BLUESKY_PDS", "https://bsky.social").rstrip("/")
check_base_url(HUB_BLUESKY_PDS, "HUB_BLUESKY_PDS")
# Bluesky is on when its service is set explicitly or a session is configured.
HUB_BLUESKY_ENABLED = bool(env_str("HUB_BLUESKY_SERVICE") or HUB_BLUESKY_HANDLE)
HUB_CAPTURE_POLL_SECONDS = env_int("HUB_CAPTURE_POLL_SECONDS", 60)

# Wagtail's own tasks (reference and search index updates) run at once, as before;
# archive imports go to the database queue that `db_worker --backend imports` works on.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "imports": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}
# Large StreamFields (question lists, timetables) need more than Django's 1,000 fields.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Security headers in every environment (docs/security.md); production.py adds HSTS,
# the HTTPS redirect and secure cookies.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Static files are answered by WhiteNoise before the CSP and Permissions-Policy
# middleware: they get the same headers here (docs/security.md).
WHITENOISE_ADD_HEADERS_FUNCTION = add_security_headers
# Browser features no page uses, refused for the page and anything it embeds
# (hub.security.PermissionsPolicyMiddleware). browsing-topics is the ad-interest API
# that replaced FLoC's interest-cohort, which browsers no longer recognise.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    )
}

# Uploaded images on S3 come from the bucket's own host, which img-src must allow.
_MEDIA_ORIGINS = []
if AWS_STORAGE_BUCKET_NAME:
    if AWS_S3_CUSTOM_DOMAIN:
        _MEDIA_ORIGINS = [f"https://{AWS_S3_CUSTOM_DOMAIN}"]
    elif AWS_S3_ENDPOINT_URL:
        _endpoint = urlsplit(AWS_S3_ENDPOINT_URL)
        _MEDIA_ORIGINS = [
            f"{_endpoint.scheme}://{_endpoint.netloc}",
            f"{_endpoint.scheme}://*.{_endpoint.netloc}",
        ]
    else:
        _MEDIA_ORIGINS = ["https://*.amazonaws.com"]

# Content-Security-Policy for public pages (django-csp 4): no inline script or style at
# all, so injected markup cannot run. JSON-LD <script type="application/ld+json"> is data
# and is not blocked. Embeds are click-to-load from a <template> (static/js/localtime.js),
# so frames are limited to the video players the hub shows; YouTube's oEmbed gives
# www.youtube.com players, the privacy-enhanced ones are youtube-nocookie.com.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *_MEDIA_ORIGINS],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [
            "https://www.youtube-nocookie.com",
            "https://www.youtube.com",
            "https://player.vimeo.com",
        ],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
# The Wagtail admin needs inline scripts and styles (and eval for its accessibility
# checker); it gets this policy instead of the public one (hub.security), which still
# refuses plugins, foreign form targets and framing by other sites. The preview panel
# frames the admin's own pages, hence frame-src/frame-ancestors 'self'.
ADMIN_CSP_URL_PREFIXES = ("/admin/",)
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, UNSAFE_INLINE, UNSAFE_EVAL],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:", *_MEDIA_ORIGINS],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "media-src": [SELF, "blob:", *_MEDIA_ORIGINS],
        "worker-src": [SELF, "blob:"],
        # Embed previews come from any oEmbed provider, over HTTPS only.
        "frame-src": [SELF, "https:"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    },
}

# Login protection (django-axes): after AXES_FAILURE_LIMIT wrong passwords for one
# username from one address, that pair is locked out for AXES_COOLOFF_MINUTES. Each
# attempt during the lockout restarts it. Unlock sooner: manage.py axes_reset_username NAME.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 60))
# Keyed by the pair, so a guesser cannot lock a colleague out from another address, and
# one office sharing an address is not locked out as a whole.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# No banner on every manage.py run; lockouts are still logged.
AXES_VERBOSE = False
AXES_LOCKOUT_CALLABLE = "hub.security.lockout_response"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    # One line per queued task is noise; failures still show as warnings.
    "loggers": {
        # Django's own console handler would print every line twice next to the root's.
        "django": {"handlers": [], "propagate": True},
        "django_tasks": {"level": "WARNING"},
        "hub.cache.unreachable": {"filters": ["once_per_interval"]},
    },
    "filters": {"once_per_interval": {"()": "hub.log_filters.OncePerInterval"}},
}
FORMAT_MODULE_PATH = ["hub.formats"]
