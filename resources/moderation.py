"""Moderating what the public sends with "Add your stuff here!": where its file lives.

A file sent with a contribution is stored in the "Public submissions" collection, which
only Editors and Moderators (and superusers) may download: document ids are sequential,
so without the restriction anyone could fetch unmoderated files, and use the hub to host
their own. Approval moves the file to the public "Contributed resources" collection;
rejection deletes it (the row stays, for the record).

`approve` and `reject` are the one way in for code (an admin action, a dashboard); an
edit of the status in the snippet form goes through `sync_document` as well (post_save),
so the file follows the status whichever way it was changed.
"""

from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone
from wagtail.models import Collection, CollectionViewRestriction

from hub.roles import EDITORS, MODERATORS
from resources.models import SubmissionStatus

SUBMISSIONS_COLLECTION = "Public submissions"
APPROVED_COLLECTION = "Contributed resources"
REVIEWERS = (EDITORS, MODERATORS)


def _child_collection(name):
    root = Collection.get_first_root_node()
    return root.get_children().filter(name=name).first() or root.add_child(name=name)


def restrict_to_reviewers(collection):
    """A view restriction on `collection` for Editors and Moderators; safe to run again."""
    restriction = collection.view_restrictions.filter(
        restriction_type=CollectionViewRestriction.GROUPS
    ).first()
    if restriction is None:
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.GROUPS
        )
    groups = [Group.objects.get_or_create(name=name)[0] for name in REVIEWERS]
    restriction.groups.add(*groups)
    return restriction


def submissions_collection():
    """Where files wait for moderation: made (and restricted) on first use."""
    collection = _child_collection(SUBMISSIONS_COLLECTION)
    restrict_to_reviewers(collection)
    return collection


def approved_collection():
    return _child_collection(APPROVED_COLLECTION)


def sync_document(contribution):
    """Put the contribution's file where its status says: private, public or gone."""
    document = contribution.document
    if document is None:
        return
    if contribution.status == SubmissionStatus.REJECTED:
        contribution.document = None
        type(contribution).objects.filter(pk=contribution.pk).update(document=None)
        # The file goes once the deletion is committed, never before.
        file = document.file
        document.delete()
        transaction.on_commit(lambda: file.delete(save=False))
        return
    wanted = (
        approved_collection()
        if contribution.status == SubmissionStatus.APPROVED
        else submissions_collection()
    )
    if document.collection_id != wanted.pk:
        document.collection = wanted
        document.save(update_fields=["collection"])


def _moderate(contribution, status, user, note):
    contribution.status = status
    contribution.moderated_by = user if user is not None and user.is_authenticated else None
    contribution.moderated_at = timezone.now()
    if note:
        contribution.moderation_note = note
    contribution.save()  # post_save runs sync_document
    return contribution


@transaction.atomic
def approve(contribution, user, note=""):
    """Show the contribution on its conference page; its file becomes public."""
    return _moderate(contribution, SubmissionStatus.APPROVED, user, note)


@transaction.atomic
def reject(contribution, user, note=""):
    """Keep the contribution off the site and delete its file."""
    return _moderate(contribution, SubmissionStatus.REJECTED, user, note)


def sync_on_save(sender, instance, raw=False, **kwargs):
    if not raw:
        sync_document(instance)
