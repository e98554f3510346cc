"""Browsing across page types: tags, hashtags, feeds, the sitemap and robots.txt.

Which page types take part is declared once, in `hub.browsable`.
"""
