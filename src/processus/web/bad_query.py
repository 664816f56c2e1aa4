"""The answer to query parameters that cannot be right: 400, naming each one.

Views read their query through a filter set of :mod:`processus.filters`, which raises
:class:`~processus.filters.BadQuery`; :func:`answers_bad_query` turns it into a page
(HTML routes), a JSON object (``.json`` routes) or plain text (``.csv`` routes), so a
program asking for data gets an error it can read instead of a page.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from django.http import HttpRequest, HttpResponse, HttpResponseBase, JsonResponse, QueryDict
from django.shortcuts import render

from processus.filters import BadQuery

View = Callable[..., HttpResponseBase]


def _format(request: HttpRequest, kwargs: dict[str, Any]) -> str:
    fmt = kwargs.get("fmt")
    if fmt in ("csv", "json"):
        return str(fmt)
    return "json" if request.path.endswith(".json") else "html"


def _without(query: QueryDict, names: set[str]) -> str:
    kept = query.copy()
    for name in names:
        kept.pop(name, None)
    return kept.urlencode()


def bad_query_response(request: HttpRequest, error: BadQuery, fmt: str) -> HttpResponse:
    if fmt == "json":
        return JsonResponse(
            {"error": "invalid query parameters", "parameters": error.errors},
            status=400,
            json_dumps_params={"ensure_ascii": False},
        )
    if fmt == "csv":
        lines = [f"{name}: {' '.join(texts)}" for name, texts in error.errors.items()]
        return HttpResponse(
            "Invalid query parameters\n" + "\n".join(lines) + "\n",
            status=400,
            content_type="text/plain; charset=utf-8",
        )
    corrected = _without(request.GET, set(error.errors))
    return render(
        request,
        "web/bad_query.html",
        {
            "errors": sorted(error.errors.items()),
            "corrected": request.path + (f"?{corrected}" if corrected else ""),
        },
        status=400,
    )


def answers_bad_query(view: View) -> View:
    """Wraps ``view``: a :class:`BadQuery` it raises becomes a 400 in the route's format."""

    @functools.wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        try:
            return view(request, *args, **kwargs)
        except BadQuery as error:
            return bad_query_response(request, error, _format(request, kwargs))

    return wrapped
