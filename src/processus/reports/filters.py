"""The report's query parameters: a period (``from``, ``to``) or a ``chairmanship``.

Read through the project's filter layer, so a bad date is a 400 naming the
parameter, as on every other page.
"""

from __future__ import annotations

from django import forms

from processus.filters.base import QueryFilterSet, Setting, TextSetting
from processus.kb.models import Meeting


class DateSetting(Setting):
    field_class = forms.DateField


class ReportFilterSet(QueryFilterSet):
    chairmanship = TextSetting()

    class Meta:
        model = Meeting
        fields: list[str] = []


# ``from`` is a Python keyword, so the period cannot be declared in the class body.
ReportFilterSet.base_filters["from"] = DateSetting(field_name="from")
ReportFilterSet.base_filters["to"] = DateSetting(field_name="to")
