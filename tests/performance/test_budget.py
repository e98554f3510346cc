"""The richest demo event page, with the CSS and JS it references, gzipped, under 60 KB."""

import gzip
import re

from django.contrib.staticfiles import finders

BUDGET = 60 * 1024
EVENTS = [
    "/en/events/2013-04-04-museum-tweetups/",
    "/en/events/2013-04-23-whats-the-point-of-social-media/",
]


def gzipped(data):
    return len(gzip.compress(data, compresslevel=9))


def page_weight(client, url):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content
    assets = re.findall(rb'(?:href|src)="/static/([^"]+\.(?:css|js))"', html)
    assert assets, "the page references its stylesheet and script"
    sizes = {"html": gzipped(html)}
    for name in assets:
        path = finders.find(name.decode())
        with open(path, "rb") as file:
            sizes[name.decode()] = gzipped(file.read())
    return sizes


def test_the_richest_event_page_weighs_under_60_kb(demo, client):
    weights = {url: page_weight(client, url) for url in EVENTS}
    heaviest = max(weights.values(), key=lambda sizes: sum(sizes.values()))
    assert sum(heaviest.values()) < BUDGET, heaviest


def test_images_come_as_lazy_renditions_with_srcset_and_their_size(db, tmp_path, settings):
    from django.template.loader import render_to_string
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    settings.MEDIA_ROOT = str(tmp_path)
    image = Image.objects.create(title="Tweetup", file=get_test_image_file(size=(1600, 900)))
    html = render_to_string(
        "blocks/image.html", {"value": {"image": image, "alt_text": "People at a tweetup"}}
    )
    assert 'loading="lazy"' in html
    assert "srcset=" in html and "400w" in html and "800w" in html
    assert re.search(r'width="\d+"', html) and re.search(r'height="\d+"', html)
    assert 'alt="People at a tweetup"' in html
