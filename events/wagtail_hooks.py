from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from events.models import ArchivedPost, ChatProposal, Hashtag, Person, Venue


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    list_display = ["name", "role", "x_handle", "organisation"]
    search_fields = ["name", "x_handle", "role"]


class VenueViewSet(SnippetViewSet):
    model = Venue
    icon = "site"
    list_display = ["name", "room", "city", "country"]
    search_fields = ["name", "city"]


class HashtagViewSet(SnippetViewSet):
    model = Hashtag
    icon = "tag"
    list_display = ["text", "description"]
    search_fields = ["text"]


class ChatProposalViewSet(SnippetViewSet):
    """Proposals exactly as sent; the draft event each became is in moderation."""

    model = ChatProposal
    icon = "comment"
    list_display = ["title", "start", "hashtag", "submitted_at", "event"]
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
    menu_label = "People & places"
    menu_icon = "group"
    menu_order = 200
    items = (PersonViewSet, VenueViewSet, HashtagViewSet, ChatProposalViewSet, ArchivedPostViewSet)


register_snippet(EventSnippets)
