"""Add forms that leave nothing behind when the editor walks away.

Wagtail 8 autosaves add forms as well as edit forms, and its first autosave *creates*
the page or snippet as a draft. An editor who typed a title and left (the form still
asks before leaving) had made a draft nobody knew of, holding the slug: adding the page
again was refused with "slug already in use". Here add forms do not autosave; the
page or snippet exists from the editor's first Save or Publish, and its edit form
autosaves from then on. Wagtail's own revert view turns autosave off the same way.
"""

from django.utils.translation import gettext as _
from wagtail.admin.views.pages.create import CreateView as PageCreateView
from wagtail.snippets.views.snippets import CreateView as SnippetCreateView


def _refused(view):
    return view.json_error_response(
        "autosave_off_on_add", _("New items are saved by Save or Publish, not by autosave.")
    )


class PageAddView(PageCreateView):
    """Wagtail's page add form, without autosave."""

    def post(self, request):
        # A tab opened before this change may still autosave: create nothing from it.
        if self.expects_json_response:
            return _refused(self)
        return super().post(request)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["autosave_enabled"] = False
        context.pop("autosave_indicator", None)
        return context


class SnippetAddView(SnippetCreateView):
    """Wagtail's snippet add form, without autosave (snippet viewsets' `add_view_class`)."""

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.autosave_enabled = False

    def post(self, request, *args, **kwargs):
        if self.expects_json_response:
            return _refused(self)
        return super().post(request, *args, **kwargs)
