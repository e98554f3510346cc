from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator
from django.utils.translation import gettext_lazy as _

from hub.antispam import HoneypotMixin
from hub.security import CleanTextInputMixin
from resources.blocks import RESOURCE_KINDS

ALLOWED_EXTENSIONS = {"pdf", "pptx", "key", "odp", "docx", "odt", "txt", "csv", "xlsx", "zip"}
MAX_UPLOAD_BYTES = 20 * 1024 * 1024


class AddResourceForm(CleanTextInputMixin, HoneypotMixin, forms.Form):
    title = forms.CharField(max_length=250, label=_("Title"))
    kind = forms.ChoiceField(choices=RESOURCE_KINDS, label=_("Kind"))
    # Lengths match the columns (ContributedResource): longer would fail on PostgreSQL.
    url = forms.URLField(required=False, max_length=200, label=_("Link"), assume_scheme="https")
    file = forms.FileField(
        required=False,
        label=_("Or a file"),
        validators=[FileExtensionValidator(sorted(ALLOWED_EXTENSIONS))],
    )
    description = forms.CharField(
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        label=_("What it offers"),
    )
    contributor_name = forms.CharField(max_length=200, label=_("Your name, as you want it shown"))
    contributor_email = forms.EmailField(
        required=False, max_length=254, label=_("Your email (optional, only for the moderators)")
    )
    field_order = [
        "title",
        "kind",
        "url",
        "file",
        "description",
        "contributor_name",
        "contributor_email",
        "website",
    ]

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not upload:
            return upload
        if upload.size > MAX_UPLOAD_BYTES:
            raise ValidationError(
                _("“%(name)s” is larger than 20 MB; please share a link instead.")
                % {"name": upload.name}
            )
        return upload

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("url") and not cleaned.get("file") and not self.has_error("file"):
            raise ValidationError(_("Give a link to the resource or attach its file."))
        return cleaned
