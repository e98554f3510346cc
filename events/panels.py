"""Admin panels of the event form that help editors, without any request by the server."""

from functools import cached_property

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from events.blocks import dead_links_without_copy


class DeadArchiveLinksPanel(Panel):
    """Under the body: each archive link of a closed service (Storify) with no archived
    copy yet, with a link that opens the Web Archive's search for its address in the
    editor's browser, so they can paste a copy into the link's "Web archive copy"."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Dead archive links"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "admin/panels/dead_archive_links.html"

        @cached_property
        def links(self):
            return dead_links_without_copy(getattr(self.instance, "body", None) or [])

        def is_shown(self):
            return bool(self.links) and super().is_shown()

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["links"] = self.links
            return context
