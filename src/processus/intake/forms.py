"""The upload form: several files in one field (``<input type=file multiple>``)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from processus.kb.walk import SUFFIXES

#: Most files one upload may carry (Django's own ceiling, DATA_UPLOAD_MAX_NUMBER_FILES, is 100).
MAX_FILES = 20


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """A file field that takes a list of files (Django's documented recipe)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ",".join(sorted(SUFFIXES))}))
        kwargs.setdefault("allow_empty_file", True)  # refused by ingestion, with its reason
        super().__init__(*args, **kwargs)

    def clean(self, data: Any, initial: Any = None) -> Any:
        single = super().clean
        if isinstance(data, list | tuple) and data:
            return [single(item, initial) for item in data]
        return [single(data or None, initial)]  # none chosen: the "required" message


class UploadForm(forms.Form):
    documents = MultipleFileField(
        label=_("Documents"),
        help_text=_("Text, Markdown, HTML, PDF or Word (.docx) files; several at once."),
        error_messages={"required": _("Choose at least one file.")},
    )

    def clean_documents(self) -> list[Any]:
        files = self.cleaned_data["documents"]
        if len(files) > MAX_FILES:
            raise forms.ValidationError(
                _("At most %(limit)d files can be sent at once; %(count)d were chosen."),
                params={"limit": MAX_FILES, "count": len(files)},
            )
        return list(files)
