"""Forms of the plans app: the coverage question, and editors' link decisions."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from django import forms
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from processus.filters import BadQuery
from processus.kb.models import Chairmanship

#: A link as forms carry it: ``<meeting id>:<area|objective|action>:<item id>``.
LINK_VALUE = re.compile(r"^(\d{1,12}):(area|objective|action):(\d{1,12})$")


def _day(value: str, *, last: bool) -> dt.date:
    """``2024`` (its first or last day) or ``2024-03-01``."""
    value = value.strip()
    if re.fullmatch(r"\d{4}", value):
        year = int(value)
        if not 1900 <= year <= 2100:
            raise forms.ValidationError(_("Give a year between 1900 and 2100."))
        return dt.date(year, 12, 31) if last else dt.date(year, 1, 1)
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise forms.ValidationError(_("Give a year (2024) or a day (2024-03-01).")) from None


class CoverageQueryForm(forms.Form):
    """``?from=2024&to=2025-06-30&chairmanship=ghana&dialogue=rabat-process&country=ES``."""

    chairmanship = forms.CharField(required=False, max_length=200)
    chair = forms.IntegerField(required=False, min_value=1, max_value=2**31 - 1)
    dialogue = forms.CharField(required=False, max_length=80)
    country = forms.CharField(required=False, max_length=200)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # ``from`` is a Python keyword: the two days are added by name.
        self.fields["from"] = forms.CharField(required=False, max_length=10)
        self.fields["to"] = forms.CharField(required=False, max_length=10)

    def clean_chair(self) -> str | None:
        """The older page's chairmanship number, read as its chair's key."""
        pk = self.cleaned_data.get("chair")
        if pk is None:
            return None
        chairmanship = Chairmanship.objects.filter(pk=pk).select_related("actor").first()
        if chairmanship is None:
            raise forms.ValidationError(_("There is no such chairmanship."))
        return chairmanship.actor.key

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        for name, last in (("from", False), ("to", True)):
            raw = self.data.get(name) or ""
            try:
                data[name] = _day(raw, last=last) if raw.strip() else None
            except forms.ValidationError as error:
                self.add_error(name, error)
        return data

    def arguments(self) -> dict[str, Any]:
        """Keyword arguments of :func:`processus.plans.coverage.plan_coverage`."""
        data = self.cleaned_data
        return {
            "start": data.get("from"),
            "end": data.get("to"),
            "chairmanship": data.get("chairmanship") or data.get("chair") or None,
            "dialogue": data.get("dialogue") or None,
            "country": data.get("country") or None,
        }


def coverage_arguments(query: QueryDict) -> dict[str, Any]:
    """The coverage question of a query string; :class:`BadQuery` names each wrong value."""
    form = CoverageQueryForm(query)
    if not form.is_valid():
        raise BadQuery({name: [str(e) for e in errors] for name, errors in form.errors.items()})
    return form.arguments()


class DecisionForm(forms.Form):
    """Confirm or reject the links ticked (one or many), with an optional note."""

    verdict = forms.ChoiceField(
        choices=[("confirmed", _("Confirm")), ("rejected", _("Reject"))],
        error_messages={"invalid_choice": _("Choose to confirm or to reject.")},
    )
    links = forms.MultipleChoiceField(
        choices=[], error_messages={"required": _("Tick at least one link.")}
    )
    note = forms.CharField(required=False, max_length=300, label=_("Note (optional)"))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        values = self.data.getlist("links") if hasattr(self.data, "getlist") else []
        # Any well-formed link may be decided: the operation checks it exists.
        links = self.fields["links"]
        assert isinstance(links, forms.MultipleChoiceField)
        links.choices = [(v, v) for v in values if LINK_VALUE.match(v)]
        self.fields["links"].error_messages["invalid_choice"] = _(
            "A link was not understood: %(value)s."
        )

    def link_keys(self) -> list[tuple[int, str, int]]:
        keys = []
        for value in self.cleaned_data["links"]:
            match = LINK_VALUE.match(value)
            if match:
                keys.append((int(match.group(1)), match.group(2), int(match.group(3))))
        return keys


class AddLinkForm(forms.Form):
    """An editor adds a link the classifier did not suggest."""

    target = forms.ChoiceField(label=_("Area, objective or action"))
    note = forms.CharField(required=False, max_length=300, label=_("Why (optional)"))

    def __init__(self, *args: Any, choices: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        target = self.fields["target"]
        assert isinstance(target, forms.ChoiceField)
        target.choices = choices

    def target_key(self) -> tuple[str, int]:
        kind, _sep, pk = self.cleaned_data["target"].partition(":")
        return kind, int(pk)
