from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from resources.models import ContributedResource


class ContributedResourceViewSet(SnippetViewSet):
    """Where moderators approve or reject what the public added to conference pages."""

    model = ContributedResource
    icon = "upload"
    menu_label = _("Contributed resources")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["title", "conference", "contributor_name", "status", "submitted_at"]
    list_filter = ["status", "kind"]
    search_fields = ["title", "contributor_name", "description"]


register_snippet(ContributedResourceViewSet)
