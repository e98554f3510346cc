from django.apps import AppConfig
from wagtail.signals import page_published, page_unpublished, post_page_move


class BrowseConfig(AppConfig):
    """Tags, topics, hashtags, dates, feeds, sitemap, search and SEO tags, across the
    page types the feature apps register in `hub.browsable`."""

    name = "browse"
    verbose_name = "Browsing and search"

    def ready(self):
        # Here, not at the top: it imports models, which exist only once apps are loaded.
        from browse.purge import purge_pages_showing

        # With a CDN configured: every listing, tag, date and feed page showing the page.
        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(purge_pages_showing, dispatch_uid="browse-purge-pages-showing")
