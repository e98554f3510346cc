from django.utils.translation import gettext_lazy as _
from taggit.models import Tag
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from browse.topics import TopicForm
from hub.models import TagLabel


class TagLabelViewSet(SnippetViewSet):
    """Translators name each topic in their language; the tag's slug never changes."""

    model = TagLabel
    icon = "tag"
    menu_label = _("Topic names")
    add_to_admin_menu = True
    menu_order = 220
    list_display = ["tag", "locale", "name"]
    list_filter = ["locale"]
    search_fields = ["name"]


register_snippet(TagLabelViewSet)


class TopicViewSet(ModelViewSet):
    """Rename a topic tag, or merge it into another, without losing any page's tags."""

    model = Tag
    icon = "tag"
    menu_label = _("Topics")
    add_to_admin_menu = True
    menu_order = 215
    list_display = ["name", "slug"]
    search_fields = ["name"]
    name = "topics"

    def get_form_class(self, for_update=False):
        return TopicForm


@hooks.register("register_admin_viewset")
def register_topic_viewset():
    return TopicViewSet()
