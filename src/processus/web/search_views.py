"""The search page (``/search``) and its JSON twin (``/search.json``). Thin: the work is in
:mod:`processus.search.engine`."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from processus.search import engine

FILTER_LABELS = {
    "dialogue": _("Dialogue"),
    "year": _("Year"),
    "kind": _("Kind of meeting"),
    "country": _("Country"),
    "area": _("Action-plan area"),
}


def _limit(request: HttpRequest, default: int) -> int:
    raw = request.GET.get("limit", "")
    return int(raw) if raw.isdigit() and 0 < int(raw) <= engine.MAX_LIMIT else default


def search_page(request: HttpRequest) -> HttpResponse:
    text = request.GET.get("q", "")
    filters = engine.Filters.from_query(request.GET)
    mode = request.GET.get("mode", "auto")
    response = (
        engine.search(text, filters, limit=_limit(request, 30), mode=mode) if text.strip() else None
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
            "q": text.replace("\x00", "")[:1000],
            "response": response,
            "facets": facets,
            "semantic_available": engine.semantic.available(),
            "nav_current": "search",
        },
    )


def search_json(request: HttpRequest) -> JsonResponse:
    mode = request.GET.get("mode", "auto")
    response = engine.search(
        request.GET.get("q", ""),
        engine.Filters.from_query(request.GET),
        limit=_limit(request, 20),
        mode=mode,
    )
    return JsonResponse(response.as_json(), json_dumps_params={"ensure_ascii": False})
