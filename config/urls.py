from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.urls import include, path
from django.views.decorators.cache import never_cache
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.documents import urls as wagtaildocs_urls

from browse import feeds, search, sitemaps
from browse import views as browse
from events import views as events
from hub import views
from hub.add_views import PageAddView

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    # One sitemap for every language, and robots.txt pointing at it.
    path("sitemap.xml", sitemaps.sitemap, name="sitemap"),
    path("sitemap-<slug:section>.xml", sitemaps.sitemap_section, name="sitemap_section"),
    path("robots.txt", sitemaps.robots_txt, name="robots_txt"),
    # Before Wagtail's own route of the same path: add forms that do not autosave, so an
    # abandoned one leaves no draft holding the slug (hub.add_views).
    path(
        "admin/pages/add/<slug:content_type_app_name>/<slug:content_type_model_name>/"
        "<int:parent_page_id>/",
        never_cache(require_admin_access(PageAddView.as_view())),
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Public pages live under a language prefix: /en/..., /ru/...
# The browse routes come before Wagtail's catch-all, so no page may use these slugs.
urlpatterns += i18n_patterns(
    path("search/", search.search, name="search"),
    path("tags/", browse.tag_index, name="tag_index"),
    path("tags/<str:slug>/", browse.tag_page, name="tag"),
    # A topic's feeds moved to its follow feed (below); old subscriptions are redirected.
    path("tags/<str:slug>/atom.xml", feeds.tag_feed_moved, name="feed_tag"),
    path("tags/<str:slug>/rss.xml", feeds.tag_feed_moved, name="feed_tag_rss"),
    path("hashtags/", browse.hashtag_index, name="hashtag_index"),
    path("hashtags/<str:name>/", browse.hashtag_page, name="hashtag"),
    path("dates/", browse.date_index, name="date_index"),
    path("dates/<int:year>/", browse.date_period, name="date_year"),
    path("dates/<int:year>/<int:month>/", browse.date_period, name="date_month"),
    path("people/", events.person_index, name="person_index"),
    path("people/<str:slug>/", events.person_page, name="person"),
    path("feeds/atom.xml", feeds.PageFeed(), name="feed_latest"),
    path("feeds/rss.xml", feeds.PageRssFeed(), name="feed_latest_rss"),
    path("feeds/events/atom.xml", feeds.EventFeed(), name="feed_events"),
    path("feeds/events/rss.xml", feeds.EventRssFeed(), name="feed_events_rss"),
    # Follow anything (browse.follow): a topic, hashtag, organisation or conference.
    path("follow/<slug:kind>/<str:key>/atom.xml", feeds.FollowFeed(), name="follow_atom"),
    path("follow/<slug:kind>/<str:key>/calendar.ics", feeds.follow_calendar, name="follow_ics"),
    # Before Wagtail's own route of the same path: wrong page passwords are throttled.
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        views.page_password,
        name="page_password",
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
