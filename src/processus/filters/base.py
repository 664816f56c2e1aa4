"""The filter set every list, export, search and (later) API endpoint reads its query through.

A :class:`QueryFilterSet` is a django-filter ``FilterSet`` (so Django REST framework's
``DjangoFilterBackend`` and its schema generators can use the same classes) with a
few conventions:

* :meth:`QueryFilterSet.from_query` validates every parameter it knows and raises
  :class:`BadQuery` naming each bad one; callers answer it with a 400 (see
  :mod:`processus.web.bad_query`). Parameters it does not know are ignored.
* :class:`Setting` parameters (order, page, what to show) are validated like the
  filters but do not filter rows.
* :meth:`QueryFilterSet.filter_queryset` can leave one filter out (``skip``), which is
  how facets count the values of one filter among the rows every other filter keeps.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

import django_filters
from django.db.models import QuerySet
from django.http import QueryDict

from processus.filters import fields

EMPTY_VALUES: tuple[Any, ...] = (None, "", [], (), {})


class BadQuery(Exception):
    """Query parameters that cannot be right: ``errors`` maps each to its messages."""

    def __init__(self, errors: Mapping[str, list[str]]) -> None:
        self.errors = {name: list(messages) for name, messages in errors.items()}
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return "; ".join(f"{name}: {' '.join(texts)}" for name, texts in self.errors.items())


class Setting(django_filters.Filter):
    """A parameter the page reads (order, page, what to show) that filters no row."""

    def filter(self, qs: QuerySet[Any], value: Any) -> QuerySet[Any]:
        return qs


class TextFilter(django_filters.Filter):
    field_class = fields.TextField


class KeyFilter(django_filters.Filter):
    field_class = fields.KeyField


class IdFilter(django_filters.Filter):
    """The id of a row of ``model`` (given as ``model=...``), bounded to the column's range."""

    field_class = fields.IdField


class YearFilter(django_filters.Filter):
    field_class = fields.YearField


class PartialDateFilter(django_filters.Filter):
    """A bound on a date column given as ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""

    field_class = fields.PartialDateField


class ChoiceFilter(django_filters.Filter):
    """One of ``choices``; other values are dropped (see :class:`fields.ForgivingChoiceField`)."""

    field_class = fields.ForgivingChoiceField


class TextSetting(Setting):
    field_class = fields.TextField


class IdSetting(Setting):
    field_class = fields.IdField


class YearSetting(Setting):
    field_class = fields.YearField


class ChoiceSetting(Setting):
    field_class = fields.ForgivingChoiceField


class PageSetting(Setting):
    field_class = fields.PageField


def _query_dict(query: Mapping[str, Any] | None) -> QueryDict:
    if isinstance(query, QueryDict):
        return query
    result = QueryDict(mutable=True)
    for name, value in (query or {}).items():
        if value not in EMPTY_VALUES:
            result[name] = str(value)
    return result


class QueryFilterSet(django_filters.FilterSet):
    @classmethod
    def from_query(cls, query: Mapping[str, Any] | None) -> Self:
        """The filter set of ``query``; :class:`BadQuery` if any parameter it reads is bad."""
        filterset = cls(_query_dict(query))
        if not filterset.form.is_valid():
            raise BadQuery(
                {name: [str(m) for m in errors] for name, errors in filterset.form.errors.items()}
            )
        return filterset

    @classmethod
    def forgiving(cls, query: Mapping[str, Any] | None) -> Self:
        """The filter set of ``query`` with bad parameters left out, for callers that
        have no one to answer (the command line hands over what it was given)."""
        filterset = cls(_query_dict(query))
        filterset.form.is_valid()
        return filterset

    @property
    def cleaned(self) -> dict[str, Any]:
        return dict(getattr(self.form, "cleaned_data", {}))

    def setting(self, name: str, default: Any = None) -> Any:
        value = self.cleaned.get(name)
        return default if value in EMPTY_VALUES else value

    @property
    def values(self) -> dict[str, str]:
        """The filters in use (not the settings), as text, in declaration order."""
        return {
            name: str(value)
            for name, value in self.cleaned.items()
            if value not in EMPTY_VALUES and not isinstance(self.filters[name], Setting)
        }

    @property
    def ignored(self) -> dict[str, str]:
        """Choices given that the site does not offer, dropped (the page says so)."""
        result = {}
        for name, filter_ in self.filters.items():
            raw = str(self.data.get(name) or "").strip()
            if (
                raw
                and filter_.field_class is fields.ForgivingChoiceField
                and not self.cleaned.get(name)
            ):
                result[name] = raw[:40]
        return result

    def filter_queryset(self, queryset: QuerySet[Any], skip: str | None = None) -> QuerySet[Any]:
        """``queryset`` kept by every filter in use but ``skip``."""
        for name, value in self.cleaned.items():
            if name != skip and value not in EMPTY_VALUES:
                queryset = self.filters[name].filter(queryset, value)
        return queryset
