from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import SnippetChooserViewSet, SnippetCreateView
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from events.archives.admin_views import UploadStatusView, UploadView, can_import
from events.archives.capture.admin_views import CaptureView, can_control
from events.archives.media_admin import KeepMediaView
from events.models import ArchivedPost, ChatProposal, EventPage, Hashtag, Person, Venue
from events.timezones import admin_time
from hub.add_views import SnippetAddView


class PersonCreateView(SnippetCreateView):
    """A person added from the chooser gets a first revision and a log entry, as one added
    in the snippet's own form does, and is live only if the editor may publish people."""

    def save_form(self, form):
        person = form.save(commit=False)
        person.live = False
        person.save()
        revision = person.save_revision(user=self.request.user, log_action=True)
        if self.permission_policy.user_has_permission(self.request.user, "publish"):
            revision.publish(user=self.request.user)
        return person


class PersonChooserViewSet(SnippetChooserViewSet):
    """The host chooser has a "Create" tab: a person is added without leaving the event."""

    create_view_class = PersonCreateView

    form_fields = ["name", "role", "x_handle", "mastodon_handle", "bluesky_handle"]
    create_action_label = _("Add this person")


class PersonViewSet(SnippetViewSet):
    model = Person
    add_view_class = SnippetAddView  # abandoned add forms leave no draft
    chooser_viewset_class = PersonChooserViewSet
    icon = "user"
    list_display = ["name", "role", "x_handle", "organisation"]
    search_fields = ["name", "x_handle", "role"]


class VenueViewSet(SnippetViewSet):
    model = Venue
    add_view_class = SnippetAddView
    icon = "site"
    list_display = ["name", "room", "city", "country"]
    search_fields = ["name", "city"]


class HashtagViewSet(SnippetViewSet):
    model = Hashtag
    add_view_class = SnippetAddView
    icon = "tag"
    list_display = ["text", "description"]
    search_fields = ["text"]


class ChatProposalViewSet(SnippetViewSet):
    """Proposals exactly as sent; the draft event each became is in moderation."""

    model = ChatProposal
    icon = "comment"
    list_display = [
        "title",
        Column("start", label=_("Start"), accessor=lambda p: admin_time(p.start, p.time_zone)),
        "hashtag",
        "submitted_at",
        "event",
    ]
    search_fields = ["title", "hosts", "summary"]


class ArchivedPostViewSet(SnippetViewSet):
    """Editors set a post's question, mark key posts, and hide posts on request."""

    model = ArchivedPost
    icon = "comment"
    list_display = ["author_handle", "text", "created_at", "question", "is_key", "hidden"]
    list_filter = ["hidden", "is_key", "archive"]
    search_fields = ["text", "author_handle"]
    inspect_view_enabled = True


class EventSnippets(SnippetViewSetGroup):
    menu_label = _("People & places")
    menu_icon = "group"
    menu_order = 200
    items = (PersonViewSet, VenueViewSet, HashtagViewSet, ChatProposalViewSet, ArchivedPostViewSet)


register_snippet(EventSnippets)


class ImportArchiveButton(PageMenuItem):
    label = _("Import chat archive")
    icon_name = "upload"
    url_name = "chat_archive_import"

    def is_shown(self, user):
        return self.page.specific_class is EventPage and can_import(user, self.page)


class KeepMediaButton(ImportArchiveButton):
    label = _("Keep media")
    icon_name = "image"
    url_name = "chat_archive_keep_media"


@hooks.register("register_page_header_buttons")
def import_archive_header_button(page, user, view_name, next_url=None):
    yield ImportArchiveButton(page=page, priority=35)
    yield KeepMediaButton(page=page, priority=36)


@hooks.register("register_page_listing_more_buttons")
def import_archive_listing_button(page, user, next_url=None):
    yield ImportArchiveButton(page=page, priority=25)


class LiveCaptureButton(PageMenuItem):
    label = _("Live capture")
    icon_name = "radio-full"
    url_name = "chat_capture"

    def is_shown(self, user):
        return self.page.specific_class is EventPage and can_control(user, self.page)


@hooks.register("register_page_header_buttons")
def live_capture_header_button(page, user, view_name, next_url=None):
    yield LiveCaptureButton(page=page, priority=37)


@hooks.register("register_admin_urls")
def archive_import_urls():
    return [
        path("chat-archives/capture/<int:event_id>/", CaptureView.as_view(), name="chat_capture"),
        path(
            "chat-archives/import/<int:event_id>/",
            UploadView.as_view(),
            name="chat_archive_import",
        ),
        path(
            "chat-archives/keep-media/<int:event_id>/",
            KeepMediaView.as_view(),
            name="chat_archive_keep_media",
        ),
        path(
            "chat-archives/uploads/<int:upload_id>/",
            UploadStatusView.as_view(),
            name="chat_archive_upload",
        ),
    ]
