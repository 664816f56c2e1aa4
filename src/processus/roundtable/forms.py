"""Editors' forms: a guiding question, a country's statement."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from processus.kb.models import Actor, Document
from processus.kb.models.actors import ActorKind


class QuestionForm(forms.Form):
    number = forms.IntegerField(label=_("Number"), min_value=1, max_value=99, required=False)
    text = forms.CharField(
        label=_("Question in English"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    text_fr = forms.CharField(
        label=_("Question in French"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not (data.get("text") or "").strip() and not (data.get("text_fr") or "").strip():
            raise forms.ValidationError(_("Write the question in English, in French or both."))
        return data


class StatementForm(forms.Form):
    """Typed words, or a document and its span (offsets, or the passage pasted)."""

    country = forms.ModelChoiceField(
        label=_("Country"), queryset=Actor.objects.filter(kind=ActorKind.COUNTRY).order_by("name")
    )
    speaker = forms.CharField(label=_("Speaker (optional)"), max_length=200, required=False)
    text = forms.CharField(
        label=_("The country's words"),
        required=False,
        max_length=20_000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Type or paste the statement, or take it from a document below."),
    )
    document = forms.ModelChoiceField(
        label=_("Or from document number"),
        queryset=Document.objects.all(),
        required=False,
        widget=forms.NumberInput(attrs={"min": 1}),
        error_messages={"invalid_choice": _("There is no document with this number.")},
    )
    passage = forms.CharField(
        label=_("Passage of the document"),
        required=False,
        max_length=20_000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Paste the words as the document page shows them; or give the span below."),
    )
    start = forms.IntegerField(label=_("Span start (character)"), min_value=0, required=False)
    end = forms.IntegerField(label=_("Span end (character)"), min_value=1, required=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        typed = (data.get("text") or "").strip()
        document = data.get("document")
        if typed and document is not None:
            raise forms.ValidationError(_("Type the words or choose a document, not both."))
        if not typed and document is None and "document" not in self.errors:
            raise forms.ValidationError(_("Type the country's words or choose a document."))
        return data


class PositionSearchForm(forms.Form):
    q = forms.CharField(label=_("Words"), required=False, max_length=500)
    country = forms.ModelChoiceField(
        label=_("Country"),
        queryset=Actor.objects.filter(kind=ActorKind.COUNTRY).order_by("name"),
        required=False,
        to_field_name="key",
        error_messages={"invalid_choice": _("There is no country with this key.")},
    )
