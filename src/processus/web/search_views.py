"""The search page (``/search``) and its JSON twin (``/search.json``). Thin: the query is
read by :class:`~processus.filters.search.SearchFilterSet`, the work is in
:mod:`processus.search.engine`."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from processus.filters.search import SearchFilterSet
from processus.search import engine
from processus.web.bad_query import answers_bad_query

FILTER_LABELS = {
    "dialogue": _("Dialogue"),
    "year": _("Year"),
    "kind": _("Kind of meeting"),
    "country": _("Country"),
    "area": _("Action-plan area"),
}


@answers_bad_query
def search_page(request: HttpRequest) -> HttpResponse:
    query = SearchFilterSet.from_query(request.GET)
    text = query.setting("q", "")
    filters = engine.Filters(query.values)
    response = (
        engine.search(
            text, filters, limit=query.setting("limit", 30), mode=query.setting("mode", "auto")
        )
        if text
        else None
    )
    choices = engine.filter_choices()
    facets = [
        {
            "name": name,
            "label": FILTER_LABELS[name],
            "options": choices[name],
            "selected": filters.values.get(name, ""),
        }
        for name in engine.FILTERS
    ]
    return render(
        request,
        "web/search.html",
        {
            "q": text,
            "response": response,
            "facets": facets,
            "semantic_available": engine.semantic.available(),
            "nav_current": "search",
        },
    )


@answers_bad_query
def search_json(request: HttpRequest) -> JsonResponse:
    query = SearchFilterSet.from_query(request.GET)
    response = engine.search(
        query.setting("q", ""),
        engine.Filters(query.values),
        limit=query.setting("limit", 20),
        mode=query.setting("mode", "auto"),
    )
    return JsonResponse(response.as_json(), json_dumps_params={"ensure_ascii": False})
