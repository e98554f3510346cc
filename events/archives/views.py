"""The transcript of a chat (a sub-route of its event page) and its exports."""

from copy import copy
from urllib.parse import urlencode

from django.core.files.storage import storages
from django.core.paginator import Paginator
from django.db.models import Count, F, Max, Q
from django.http import FileResponse, Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from events.archives import downloads
from events.archives.chatlog import Node, dress, groups_of_matches, threads_by_question
from events.archives.media import kept_media
from events.archives.questions import question_texts
from events.archives.stats import measure, timeline
from events.archives.text import hashtags_in
from events.archives.threads import POSTS_PER_PAGE, arrange
from events.choices import Platform
from events.models import ArchivedPost, ChatArchive, Hashtag
from events.timezones import get_zone
from hub.cache import cached
from hub.page_cache import uses_query

PLATFORMS = dict(Platform.social())
# What a transcript shows of a post: not the import's raw links nor editors' notes.
POST_FIELDS = [
    "pk",
    "post_id",
    "platform",
    "author_handle",
    "author_name",
    "created_at",
    "text",
    "permalink",
    "reply_to_id",
    "is_repost",
    "is_quote",
    "language",
    "media",
    "links",
    "question",
    "hidden",
    "position",
    "depth",
    "page",
]


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
        summary = ArchivedPost.objects.filter(archive_id=archive_id, hidden=False).aggregate(
            posts=Count("id"), participants=Count("author_handle", distinct=True)
        )
        return {**summary, "has_story": bool(story_teller_id(event))}

    return cached(f"archive-summary:{event.translation_key}", build)


def archive_layout(archive_id):
    """The archive's platform, number of transcript pages and hidden posts, in one query;
    its posts are arranged first if some have no place yet (saved by a path that did not
    arrange them, e.g. a bulk load). Also the keys of the hashtags the hub has a page
    for (a short list, cached with the rest), so a post's #word links to its page."""

    def facts():
        return (
            ChatArchive.objects.filter(pk=archive_id)
            .annotate(
                pages=Max("posts__page"),
                unplaced=Count("posts", filter=Q(posts__page=None)),
                hidden_count=Count("posts", filter=Q(posts__hidden=True)),
                key_count=Count("posts", filter=Q(posts__is_key=True, posts__hidden=False)),
            )
            .values("platform", "pages", "unplaced", "hidden_count", "key_count")
            .get()
        )

    def build():
        layout = facts()
        if layout["unplaced"]:
            arrange(archive_id)
            layout = facts()
        layout["pages"] = layout["pages"] or 1
        layout["hashtags"] = sorted(set(Hashtag.objects.values_list("key", flat=True)))
        return layout

    return cached(f"archive-layout:{archive_id}", build)


def hashtag_pages(posts, known):
    """{key: hashtag page} for the hashtags in these posts that the hub knows."""
    used = set().union(*(hashtags_in(post.text) for post in posts))
    return {key: reverse("hashtag", args=[key]) for key in used.intersection(known)}


def archive_measures(event, archive_id):
    def build():
        return measure(
            ArchivedPost.objects.filter(archive_id=archive_id, hidden=False), event.time_zone
        )

    return cached(f"archive-measures:{archive_id}:{event.time_zone}", build)


def transcript_url(event, request):
    return event.get_url(request) + event.reverse_subpage("transcript")


def _page_number(value, last):
    try:
        number = int(value)
    except (TypeError, ValueError):
        return 1
    return min(max(number, 1), last)


def transcript(request, event):
    archive_id = archive_id_for(event)
    if not archive_id:
        raise Http404(_("This event has no archive yet."))
    # The page cache keys a transcript on these; other parameters share its entry.
    uses_query(request, "page", "who", "q")
    layout = archive_layout(archive_id)
    measures = archive_measures(event, archive_id)
    zone = get_zone(event.time_zone)
    questions = question_texts(event)
    who = request.GET.get("who", "").strip().lstrip("@")[:255]
    words = " ".join(request.GET.get("q", "").split())[:200]
    filtered = bool(who or words)
    posts = ArchivedPost.objects.filter(archive_id=archive_id).only(*POST_FIELDS)
    if filtered:
        matches = posts.filter(hidden=False)
        if who:
            matches = matches.filter(author_handle__iexact=who)
        if words:
            matches = matches.filter(text__icontains=words)
        matches = matches.order_by(F("question").asc(nulls_last=True), "position")
        page_obj = Paginator(matches, POSTS_PER_PAGE).get_page(request.GET.get("page"))
        shown = list(page_obj)
        # The post each match answers, to name it and link to it in the full transcript.
        parent_ids = {post.reply_to_id for post in shown if post.reply_to_id}
        parents = {
            row[0]: row
            for row in ArchivedPost.objects.filter(
                archive_id=archive_id, post_id__in=parent_ids, hidden=False
            ).values_list("post_id", "pk", "author_handle", "page")
        }
        for post in shown:
            post.parent_row = parents.get(post.reply_to_id)
        query = urlencode({key: value for key, value in (("who", who), ("q", words)) if value})
    else:
        number = _page_number(request.GET.get("page"), layout["pages"])
        page_obj = Paginator(range(layout["pages"]), 1).get_page(number)
        shown = list(posts.filter(page=number).order_by("position"))
        query = ""
    first_page = not filtered and page_obj.number == 1
    # Key posts (marked by editors) open the first page, as before the story existed.
    key_posts = []
    if first_page and layout["key_count"]:
        key_posts = list(posts.filter(is_key=True, hidden=False).order_by("created_at")[:50])
    dress_groups((key_posts, shown), zone=zone, hashtags=layout["hashtags"])
    groups = (
        groups_of_matches(shown, questions) if filtered else threads_by_question(shown, questions)
    )
    return render(
        request,
        "pages/transcript.html",
        {
            "page": event,
            "transcript_url": transcript_url(event, request),
            "groups": groups,
            "key_posts": [Node(post) for post in key_posts],
            "page_obj": page_obj,
            "query": query,
            "who": who,
            "words": words,
            "filtered": filtered,
            "match_count": page_obj.paginator.count if filtered else None,
            "first_page": first_page,
            "timeline": timeline(measures, event.time_zone, questions) if first_page else {},
            "per_question": [
                (number, count, questions.get(number, ""))
                for number, count, _first in measures.per_question
            ],
            "has_story": bool(story_teller_id(event)),
            "measures": measures,
            "hidden_count": layout["hidden_count"],
        },
    )


def story_sections(event, archive_id):
    """The story's sections as [(title, note, [posts])], in the editors' order.

    Read from the StreamField's raw data so every chosen post comes in one query; posts
    hidden since, deleted, or of another archive are left out.
    """
    sections, wanted = [], set()
    for block in event.story.raw_data if event.story else ():
        value = block.get("value") or {}
        pks = [
            child.get("value")
            for child in value.get("posts") or ()
            if isinstance(child.get("value"), int)
        ]
        wanted.update(pks)
        sections.append((value.get("title") or "", value.get("note") or "", pks))
    found = {
        post.pk: post
        for post in ArchivedPost.objects.filter(
            pk__in=wanted, archive_id=archive_id, hidden=False
        ).only(*POST_FIELDS)
    }
    # A copy for each place a post is shown: a post chosen for two sections is dressed
    # (its date shown or not) for each of them.
    return [
        (title, note, [copy(found[pk]) for pk in pks if pk in found])
        for title, note, pks in sections
    ]


def story_teller_id(event):
    """The id of the language version whose story readers of `event` see (0 for none): its
    own, else, until a translator has synced it, the first version that has one."""
    if event.story:
        return event.pk

    def find():
        versions = event.__class__.objects.filter(translation_key=event.translation_key)
        for version in versions.exclude(pk=event.pk).order_by("locale_id").only("story"):
            if version.story:
                return version.pk
        return 0

    return cached(f"story-teller:{event.translation_key}:{event.pk}", find)


def story_teller(event):
    teller_id = story_teller_id(event)
    if teller_id == event.pk:
        return event
    return event.__class__.objects.select_related("locale").get(pk=teller_id) if teller_id else None


def dress_groups(groups, *, zone, hashtags):
    """Dress each group of posts for reading (its first time with the date), with the
    media the hub keeps and links to the hashtag pages it has."""
    posts = [post for group in groups for post in group]
    kept = kept_media([post.pk for post in posts if post.media])
    hashtag_urls = hashtag_pages(posts, hashtags)
    for group in groups:
        dress(
            group,
            zone=zone,
            search_url=reverse("search"),
            hashtag_urls=hashtag_urls,
            platforms=PLATFORMS,
            kept=kept,
        )


def story(request, event):
    archive_id = archive_id_for(event)
    teller = story_teller(event) if archive_id else None
    if teller is None:
        raise Http404(_("This event has no story of its chat yet."))
    zone = get_zone(event.time_zone)
    sections = story_sections(teller, archive_id)
    # Dressed section by section: the first time of a section carries its date, a later
    # one only where the day changes, so a reader who jumps to a section knows the day
    # without every post repeating it.
    dress_groups(
        [chosen for _title, _note, chosen in sections],
        zone=zone,
        hashtags=archive_layout(archive_id)["hashtags"],
    )
    return render(
        request,
        "pages/story.html",
        {
            "page": event,
            "transcript_url": transcript_url(event, request),
            "link_base": transcript_url(event, request),
            # Sections shown untranslated carry their language for screen readers.
            "story_language": "" if teller.pk == event.pk else teller.locale.language_code,
            "sections": [
                {
                    "title": title,
                    "note": note,
                    "anchor": f"s{number}-",
                    "threads": [Node(post) for post in chosen],
                }
                for number, (title, note, chosen) in enumerate(sections, start=1)
            ],
            "measures": archive_measures(event, archive_id),
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
