"""The transcript of a chat (a sub-route of its event page) and its exports."""

from django.core.files.storage import storages
from django.core.paginator import Paginator
from django.db.models import F
from django.http import FileResponse, Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from events.archives import downloads
from events.archives.stats import measure, timeline_svg
from events.archives.text import linkify
from events.models import ArchivedPost, ChatArchive
from hub.cache import cached
from hub.page_cache import uses_query

POSTS_PER_PAGE = 200


def archive_id_for(event):
    """The id of the archive of any language version of the event (0 if none), cached."""

    def find():
        archive = ChatArchive.objects.filter(event__translation_key=event.translation_key)
        return archive.values_list("pk", flat=True).first() or 0

    return cached(f"archive-id:{event.translation_key}", find)


def archive_summary(event):
    """Posts and participants for the event page's summary card, cached with the content."""

    def build():
        archive_id = archive_id_for(event)
        if not archive_id:
            return {}
        measures = measure(ArchivedPost.objects.filter(archive_id=archive_id, hidden=False))
        return {"posts": measures.posts, "participants": measures.participants}

    return cached(f"archive-summary:{event.translation_key}", build)


def transcript(request, event):
    archive_id = archive_id_for(event)
    if not archive_id:
        raise Http404(_("This event has no archive yet."))
    posts_of_archive = ArchivedPost.objects.filter(archive_id=archive_id)
    visible = posts_of_archive.filter(hidden=False)

    def build_measures():
        measures = measure(visible)
        return {
            "measures": measures,
            "hidden_count": posts_of_archive.filter(hidden=True).count(),
            "timeline": timeline_svg(
                measures.per_minute,
                _("Posts per minute"),
                _("%(posts)d posts by %(people)d people over %(minutes)d minutes.")
                % {
                    "posts": measures.posts,
                    "people": measures.participants,
                    "minutes": measures.duration_minutes,
                },
            ),
        }

    context = cached(f"archive-measures:{archive_id}", build_measures)
    search_url = reverse("search")
    key_posts = list(visible.filter(is_key=True).order_by("created_at"))
    ordered = visible.order_by(F("question").asc(nulls_last=True), "created_at", "post_id")
    uses_query(request, "page")
    page_obj = Paginator(ordered, POSTS_PER_PAGE).get_page(request.GET.get("page"))
    posts = list(page_obj)
    by_id = {post.post_id: post for post in posts}
    for post in [*posts, *key_posts]:
        post.html = linkify(post.text, search_url)
        post.parent = by_id.get(post.reply_to_id)
    return render(
        request,
        "pages/transcript.html",
        {
            "page": event,
            "key_posts": key_posts,
            "posts": posts,
            "page_obj": page_obj,
            "query": "",
            **context,
        },
    )


def export(request, event, file_format):
    archive_id = archive_id_for(event)
    if not archive_id or file_format not in downloads.FORMATS:
        raise Http404(_("This event has no archive yet."))
    name = downloads.export_file(archive_id, file_format)
    return FileResponse(
        storages[downloads.STORAGE].open(name),
        as_attachment=True,
        filename=f"{event.slug}.{file_format}",
        content_type=downloads.FORMATS[file_format][1],
    )
