from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from hub.models import TagLabel


class TagLabelViewSet(SnippetViewSet):
    """Translators name each topic in their language; the tag's slug never changes."""

    model = TagLabel
    icon = "tag"
    menu_label = "Topic names"
    add_to_admin_menu = True
    menu_order = 220
    list_display = ["tag", "locale", "name"]
    list_filter = ["locale"]
    search_fields = ["name"]


register_snippet(TagLabelViewSet)
