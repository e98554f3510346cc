"""The archive formats, in the order detection tries them."""

from . import bluesky_json, mastodon_json, tags_csv, twarc_csv, twitter_js

FORMATS = [tags_csv, twarc_csv, twitter_js, mastodon_json, bluesky_json]
BY_NAME = {module.NAME: module for module in FORMATS}
