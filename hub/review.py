"""Translations wait for review: translators save drafts, Editors and Moderators publish.

wagtail-localize writes a translation into the translated object's own row when it
saves one (`Translation.save_target`), even as a "draft": on a live page that row is
what the public sees, so a translator's unreviewed text (and slug) would go live. Here a
translation of something that already exists is kept as a revision only, the way
Wagtail saves drafts; a first translation may be created by wagtail-localize, because
it starts as a draft that nobody sees.

A page translation then goes through the "Translation review" workflow (one
GroupApprovalTask for Editors and Moderators, who get Wagtail's "submitted" email);
approving it publishes the reviewed revision.
"""

from django.contrib.auth.models import Group
from django.db import transaction
from django.utils.text import slugify
from wagtail.coreutils import find_available_slug
from wagtail.models import DraftStateMixin, GroupApprovalTask, Page, Workflow, WorkflowTask
from wagtail.models.workflows import WorkflowState

REVIEW_WORKFLOW = "Translation review"
REVIEWER_GROUPS = ("Editors", "Moderators")


def translation_review_workflow():
    """The workflow every page translation goes through; made on first use."""
    workflow, _created = Workflow.objects.get_or_create(name=REVIEW_WORKFLOW)
    if not workflow.workflow_tasks.exists():
        task = GroupApprovalTask.objects.create(name=REVIEW_WORKFLOW)
        task.groups.set([Group.objects.get_or_create(name=name)[0] for name in REVIEWER_GROUPS])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


def can_publish(user, obj):
    """Whether `user` may make `obj` (a page or a draft-state snippet) public."""
    if isinstance(obj, Page):
        return obj.permissions_for_user(user).can_publish()
    if isinstance(obj, DraftStateMixin):
        opts = obj._meta
        return user.has_perm(f"{opts.app_label}.publish_{opts.model_name}")
    # Objects without a draft state are public as soon as they are saved.
    return user.has_perm(f"{obj._meta.app_label}.change_{obj._meta.model_name}")


def _unicode_slug(page, wanted):
    slug = slugify(wanted or "", allow_unicode=True) or slugify(page.title, allow_unicode=True)
    parent = page.get_parent()
    return find_available_slug(parent, slug, ignore_page_id=page.pk) if parent else slug


@transaction.atomic
def save_translation_draft(translation, user):
    """Save what is translated so far as a draft of the target; nothing public changes.

    Returns the target object (with its new revision as `latest_revision`).
    """
    try:
        target = translation.get_target_instance()
    except translation.source.specific_content_type.model_class().DoesNotExist:
        target = None
    if target is None:
        # A first translation: wagtail-localize creates it, as a draft (never live).
        translation.save_target(user=user, publish=False)
        target = translation.get_target_instance()
        if isinstance(target, Page):
            target.slug = _unicode_slug(target, _translated_slug(translation))
            target.save_revision(user=user)
        return target
    draft = translation.source.get_ephemeral_translated_instance(
        translation.target_locale, fallback=True
    )
    if isinstance(draft, Page):
        draft.slug = _unicode_slug(draft, draft.slug)
    draft.save_revision(user=user)
    return draft


def _translated_slug(translation):
    for entry in translation.export_po():
        if entry.msgctxt == "slug" and entry.msgstr:
            return entry.msgstr
    return ""


@transaction.atomic
def submit_for_review(translation, user):
    """Save the translation as a draft and send it to the "Translation review" workflow.

    A review already in progress is cancelled first, so reviewers see the latest text.
    Returns the page's workflow state.
    """
    page = save_translation_draft(translation, user)
    if not isinstance(page, Page):
        return None
    page = Page.objects.get(pk=page.pk).specific
    current = page.current_workflow_state
    if current is not None:
        current.cancel(user=user)
    return translation_review_workflow().start(page, user)


def waiting_for_review(user):
    """Page translations in review that `user` may approve."""
    states = WorkflowState.objects.active().filter(workflow__name=REVIEW_WORKFLOW)
    return [
        state
        for state in states.select_related("current_task_state__task")
        if state.current_task_state
        and state.current_task_state.task.specific.user_can_access_editor(
            state.content_object, user
        )
        and can_publish(user, state.content_object)
    ]
