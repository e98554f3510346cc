from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from hub.roles import is_editor
from resources import admin_views
from resources.dashboard import WaitingPanel
from resources.models import ConferenceResourcePage, ContributedResource


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


@hooks.register("register_admin_urls")
def resources_admin_urls():
    return [
        path(
            "contributions/<int:contribution_id>/decide/",
            admin_views.decide_contribution,
            name="contribution_decide",
        ),
        path(
            "conference-organisers/<int:page_id>/",
            admin_views.conference_organisers_view,
            name="conference_organisers",
        ),
    ]


@hooks.register("construct_homepage_panels")
def waiting_panel(request, panels):
    panels.append(WaitingPanel(request.user))


class OrganisersButton(PageMenuItem):
    label = _("Organisers")
    icon_name = "group"
    url_name = "conference_organisers"

    def is_shown(self, user):
        return self.page.specific_class is ConferenceResourcePage and is_editor(user)


@hooks.register("register_page_header_buttons")
def organisers_header_button(page, user, view_name, next_url=None):
    yield OrganisersButton(page=page, priority=40)


@hooks.register("register_page_listing_more_buttons")
def organisers_listing_button(page, user, next_url=None):
    yield OrganisersButton(page=page, priority=40)
