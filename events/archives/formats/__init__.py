"""The archive formats, in the order detection tries them."""

from . import (
    bluesky_car,
    bluesky_json,
    grailbird_csv,
    mastodon_json,
    tags_csv,
    tags_xlsx,
    twarc_csv,
    twitter_js,
)

# tags_xlsx is a zip and never matches a text head: sources.py recognises it by its members.
# bluesky_car is binary: importer.detect_format tries its detect_bytes on the raw head first.
FORMATS = [
    tags_csv,
    twarc_csv,
    grailbird_csv,
    twitter_js,
    mastodon_json,
    bluesky_json,
    bluesky_car,
    tags_xlsx,
]
BY_NAME = {module.NAME: module for module in FORMATS}
