"""Editors' tools for the one topic vocabulary: rename a tag, or merge it into another."""

from django import forms
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from hub.browsable import tagged_types
from hub.cache import bump_content_version
from hub.models import TagLabel


@transaction.atomic
def merge_tags(source, target):
    """Give every page tagged `source` the tag `target` instead, then delete `source`.

    Pages that had both keep one `target`; topic names move to `target` where it
    has none in that language. Returns how many pages were re-tagged.
    """
    if source.pk == target.pk:
        raise ValueError("A tag cannot be merged into itself.")
    moved = 0
    for page_type in tagged_types():
        through = page_type.through
        has_target = through.objects.filter(tag=target).values("content_object_id")
        moved += (
            through.objects.filter(tag=source)
            .exclude(content_object_id__in=has_target)
            .update(tag=target)
        )
    labelled = TagLabel.objects.filter(tag=target).values("locale_id")
    TagLabel.objects.filter(tag=source).exclude(locale_id__in=labelled).update(tag=target)
    source.delete()  # and with it the rows of pages that already had both tags
    transaction.on_commit(bump_content_version)
    return moved


class TopicForm(forms.ModelForm):
    merge_into = forms.ModelChoiceField(
        queryset=Tag.objects.order_by("name"),
        required=False,
        label=_("Merge into"),
        help_text=_(
            "Choose another topic to move every page of this one there; this topic is then "
            "removed. Leave empty to just rename."
        ),
    )

    class Meta:
        model = Tag
        fields = ["name", "slug"]
        help_texts = {
            "name": _("The topic as it is shown (other languages use topic names)."),
            "slug": _("Its address in /tags/…/; changing it breaks old links."),
        }

    def __init__(self, *args, **kwargs):
        kwargs.pop("for_user", None)
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["merge_into"].queryset = Tag.objects.exclude(pk=self.instance.pk).order_by(
                "name"
            )
        else:
            del self.fields["merge_into"]

    def save(self, commit=True):
        target = self.cleaned_data.get("merge_into")
        if target is not None:
            merge_tags(self.instance, target)
            # The admin goes on with form.instance (its edit link, its message): the target.
            self.instance = target
            return target
        tag = super().save(commit=commit)
        transaction.on_commit(bump_content_version)
        return tag
