from django.apps import AppConfig


class BrowseConfig(AppConfig):
    """Tags, topics, hashtags, dates, feeds, sitemap, search and SEO tags, across the
    page types the feature apps register in `hub.browsable`."""

    name = "browse"
    verbose_name = "Browsing and search"
