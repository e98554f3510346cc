"""Link fields accept web addresses only: javascript:, data: and friends are refused."""

import json

import pytest
from django.apps import apps
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import models
from wagtail import blocks
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.fields import StreamField

from events.blocks import ArchiveLinkBlock
from hub.blocks import RICH_TEXT_FEATURES
from resources.forms import AddResourceForm
from resources.models import ContributedResource
from tests.factories import make_person
from tests.resources.factories import make_conference

# What browsers would run or render as a document; the spellings tolerate the tricks
# browsers tolerate (case, leading controls and spaces, tabs inside the scheme).
UNSAFE_URLS = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(document.cookie)",
    " javascript:alert(1)",
    "\x01javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "javascript://example.org/%0aalert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "blob:https://example.org/uuid",
]
OUR_APPS = ("hub", "home", "events", "resources")


@pytest.mark.parametrize("url", UNSAFE_URLS)
def test_add_resource_form_refuses_unsafe_schemes(url):
    form = AddResourceForm(
        {"title": "Slides", "kind": "slides", "url": url, "contributor_name": "Dana"}
    )
    assert not form.is_valid()
    assert "url" in form.errors


def test_add_resource_page_refuses_a_javascript_link_with_a_message(client, home):
    cache.clear()
    conference = make_conference(home, "MW 2012")
    response = client.post(
        conference.url + "add/",
        {
            "title": "Slides",
            "kind": "slides",
            "url": "javascript:alert(1)",
            "contributor_name": "Dana",
            "website": "",
        },
    )
    assert response.status_code == 400
    assert "Enter a valid URL." in response.content.decode()
    assert not ContributedResource.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("url", UNSAFE_URLS)
def test_person_website_refuses_unsafe_schemes(url):
    with pytest.raises(ValidationError) as refused:
        make_person("Erin Blasco", website=url)
    assert "website" in refused.value.message_dict


@pytest.mark.parametrize("url", UNSAFE_URLS)
@pytest.mark.parametrize("field", ["url", "wayback_url"])
def test_archive_link_block_refuses_unsafe_schemes(url, field):
    block = ArchiveLinkBlock()
    value = block.to_python({"kind": "storify", "title": "", "url": "", "wayback_url": ""})
    value[field] = url
    with pytest.raises(ValidationError):
        block.clean(value)


def test_archive_link_block_keeps_web_addresses():
    block = ArchiveLinkBlock()
    value = block.to_python(
        {
            "kind": "storify",
            "title": "Key tweets",
            "url": "https://storify.com/musesocial/x",
            "wayback_url": "https://web.archive.org/web/2013/https://storify.com/musesocial/x",
        }
    )
    assert block.clean(value)["url"] == "https://storify.com/musesocial/x"


def url_blocks(block, path=""):
    """Every URLBlock inside a block tree, with where it is."""
    if isinstance(block, blocks.URLBlock):
        yield path, block
    children = getattr(block, "child_blocks", None) or {}
    for name, child in children.items():
        yield from url_blocks(child, f"{path}.{name}")
    child = getattr(block, "child_block", None)
    if child is not None:
        yield from url_blocks(child, f"{path}[]")


def every_link_field():
    for model in apps.get_models():
        if model._meta.app_label not in OUR_APPS:
            continue
        for field in model._meta.get_fields():
            where = f"{model.__name__}.{field.name}"
            if isinstance(field, models.URLField):
                yield where, field.formfield(assume_scheme="https")
            elif isinstance(field, StreamField):
                for path, block in url_blocks(field.stream_block):
                    yield where + path, block.field


def test_every_link_field_and_block_in_our_apps_refuses_unsafe_schemes():
    found = list(every_link_field())
    names = {where for where, _ in found}
    # The walk really reaches the fields this file tests one by one.
    assert "Person.website" in names
    assert any(".archive_links.links.link.url" in name for name in names), sorted(names)
    accepted = []
    for where, form_field in found:
        for url in UNSAFE_URLS:
            try:
                form_field.clean(url)
            except ValidationError:
                continue
            accepted.append(f"{where} accepted {url!r}")
    assert not accepted, "\n".join(accepted)


def test_rich_text_links_from_the_editor_lose_unsafe_addresses():
    converter = ContentstateConverter(RICH_TEXT_FEATURES)

    def link(url):
        entity = {"type": "LINK", "mutability": "MUTABLE", "data": {"url": url}}
        block = {
            "key": "a",
            "text": "click",
            "type": "unstyled",
            "depth": 0,
            "inlineStyleRanges": [],
            "entityRanges": [{"offset": 0, "length": 5, "key": 0}],
            "data": {},
        }
        return json.dumps({"blocks": [block], "entityMap": {"0": entity}})

    assert "javascript" not in converter.to_database_format(link("javascript:alert(1)"))
    assert "data:" not in converter.to_database_format(link("data:text/html,x"))
    assert 'href="https://ok.example/"' in converter.to_database_format(link("https://ok.example/"))
