"""The API's query parameters, read by the same filter sets as the pages.

:class:`QueryFilterBackend` plugs a view's ``filterset_class`` (a
:class:`~processus.filters.QueryFilterSet`) into Django REST framework: the query is
validated by :meth:`~processus.filters.QueryFilterSet.from_query`, so a parameter that
cannot be right is the same 400 naming it as on the pages (reshaped to the API's
error shape by :mod:`processus.api.errors`), and the rows are filtered by the filter
set itself. The OpenAPI parameters are derived from the same declarations
(:func:`query_parameters`), so the schema cannot drift from what the filters accept.
"""

from __future__ import annotations

from typing import Any

import django_filters
from django.db.models import QuerySet
from rest_framework.filters import BaseFilterBackend
from rest_framework.request import Request

from processus.filters import QueryFilterSet, fields

#: What each parameter means, for the schema (the filter sets name them).
PARAMETER_HELP: dict[str, str] = {
    "q": "Words to look for (titles, cities, file names).",
    "dialogue": "A dialogue's key, e.g. rabat-process.",
    "year": "The year the meeting started (documents: the document's year).",
    "since": "Meetings starting on or after this day, month or year (YYYY[-MM[-DD]]).",
    "until": "Meetings starting on or before this day, month or year (YYYY[-MM[-DD]]).",
    "kind": "One kind (a value the list does not offer is ignored).",
    "country": "The key of the country where the meeting was held, e.g. ma.",
    "actor": "An actor's key: meetings it hosted, chaired or organised.",
    "role": "With actor: only meetings where it played this role.",
    "host": "An actor's key: meetings it hosted.",
    "chair": "An actor's key: meetings it chaired or co-chaired.",
    "organiser": "An actor's key: meetings it organised or co-organised.",
    "area": "An action-plan area's id: meetings linked to it or to its objectives or actions.",
    "objective": "An action-plan objective's id: meetings linked to it or its actions.",
    "format": "in_person, virtual or hybrid.",
    "status": "The status as of today (dates decide past and upcoming).",
    "sort": "The order of the list.",
    "language": "A language code, e.g. fr.",
    "limit": "How many results.",
    "mode": "How results are ranked.",
}
#: Parameters of the pages the API does not read (facet display; ``page`` is the paginator's).
PAGE_ONLY = frozenset({"page", "all"})


def _schema(filter_: django_filters.Filter) -> dict[str, Any]:
    field_class = filter_.field_class
    extra = filter_.extra
    if issubclass(field_class, fields.ForgivingChoiceField):
        return {"type": "string", "enum": [str(value) for value, _label in extra["choices"]]}
    if issubclass(field_class, fields.YearField):
        return {"type": "integer", "minimum": 1000, "maximum": 9999}
    if issubclass(field_class, fields.IdField):
        schema: dict[str, Any] = {"type": "integer", "format": "int64", "minimum": 1}
        if extra.get("max_value") is not None:
            schema["maximum"] = extra["max_value"]
        return schema
    if issubclass(field_class, fields.PartialDateField):
        return {"type": "string", "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"}
    if issubclass(field_class, fields.KeyField):
        return {"type": "string", "maxLength": 80}
    return {"type": "string", "maxLength": int(extra.get("max_length", 200))}


def query_parameters(filterset_class: type[QueryFilterSet]) -> list[dict[str, Any]]:
    """OpenAPI parameters of every filter and setting ``filterset_class`` reads."""
    return [
        {
            "name": name,
            "in": "query",
            "required": False,
            "description": PARAMETER_HELP.get(name, ""),
            "schema": _schema(filter_),
        }
        for name, filter_ in filterset_class.base_filters.items()
        if name not in PAGE_ONLY
    ]


class QueryFilterBackend(BaseFilterBackend):
    """Filters a list with the view's ``filterset_class``; the filter set it read is kept
    as ``view.query`` (views read settings such as ``sort`` from it)."""

    def filter_queryset(
        self, request: Request, queryset: QuerySet[Any], view: Any
    ) -> QuerySet[Any]:
        filterset_class = getattr(view, "filterset_class", None)
        if filterset_class is None:
            return queryset
        view.query = filterset_class.from_query(request.query_params)
        return view.query.filter_queryset(queryset)

    def get_schema_operation_parameters(self, view: Any) -> list[dict[str, Any]]:
        filterset_class = getattr(view, "filterset_class", None)
        if filterset_class is None or getattr(view, "action", "list") != "list":
            return []
        return query_parameters(filterset_class)
