"""Pages for people. Views stay thin: the data each page needs is built elsewhere."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from processus.web.overview import dialogue_overviews


def home(request: HttpRequest) -> HttpResponse:
    """Each dialogue at a glance: partners, chairs and action plans."""
    return render(
        request, "web/home.html", {"overviews": dialogue_overviews(), "nav_current": "home"}
    )
