"""Pages for people. Views stay thin: the data each page needs is built elsewhere
(``meeting_list``, ``documents``, ``actors``, ``coverage``, ``home``); the meeting page and
its editing are in :mod:`processus.web.meeting_pages`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import render
from django.urls import reverse

from processus.filters.actors import ActorFilterSet
from processus.filters.documents import DocumentFilterSet
from processus.filters.meetings import SORTS, MeetingFilterSet
from processus.kb.models import Document, Framework
from processus.kb.records import FIELDS, meeting_values
from processus.web import actors as actor_queries
from processus.web import coverage as coverage_queries
from processus.web import documents as document_queries
from processus.web import meeting_list
from processus.web.bad_query import answers_bad_query
from processus.web.conditional import conditional_download
from processus.web.exports import download
from processus.web.home import home_record
from processus.web.overview import dialogue_overviews


def home(request: HttpRequest) -> HttpResponse:
    """Each dialogue at a glance: partners, chairs, action plans, meetings and documents."""
    return render(
        request,
        "web/home.html",
        {"overviews": dialogue_overviews(), "record": home_record(), "nav_current": "home"},
    )


@answers_bad_query
def meetings(request: HttpRequest) -> HttpResponse:
    filters = MeetingFilterSet.from_query(request.GET)
    aggregates = meeting_list.facets_and_timeline(filters)
    page = meeting_list.CountedPaginator(
        meeting_list.page_rows(filters), meeting_list.PAGE_SIZE, aggregates.count
    ).get_page(filters.page_number)
    return render(
        request,
        "web/meetings.html",
        {
            "filters": filters,
            "facets": aggregates.facets,
            "page": page,
            "rows": meeting_list.meeting_rows(page.object_list),
            "sorts": [(key, label) for key, (label, _order) in SORTS.items()],
            "chart": aggregates.chart,
            "nav_current": "meetings",
        },
    )


@conditional_download
@answers_bad_query
def meetings_export(request: HttpRequest, fmt: str) -> StreamingHttpResponse:
    filters = MeetingFilterSet.from_query(request.GET)
    queryset = meeting_list.sorted_meetings(filters)

    def rows() -> Iterator[dict[str, Any]]:
        for meeting in queryset.iterator(chunk_size=1000):
            yield {
                "id": meeting.pk,
                **meeting_values(meeting),
                "url": reverse("web:meeting", args=[meeting.pk]),
            }

    return download(fmt, "meetings", ("id", *FIELDS, "url"), rows())


@answers_bad_query
def documents(request: HttpRequest) -> HttpResponse:
    filters = DocumentFilterSet.from_query(request.GET)
    page = Paginator(document_queries.filter_documents(filters), 50).get_page(filters.page_number)
    return render(
        request,
        "web/documents.html",
        {
            "filters": filters,
            "page": page,
            "counts": document_queries.meeting_counts(list(page.object_list)),
            "kinds": Document.Kind.choices,
            "facets": document_queries.document_facets(),
            "nav_current": "documents",
        },
    )


@conditional_download
@answers_bad_query
def documents_export(request: HttpRequest, fmt: str) -> StreamingHttpResponse:
    filters = DocumentFilterSet.from_query(request.GET)
    rows = document_queries.document_rows(document_queries.filter_documents(filters))
    return download(fmt, "documents", document_queries.DOCUMENT_COLUMNS, rows)


def document(request: HttpRequest, pk: int) -> HttpResponse:
    return render(
        request,
        "web/document.html",
        {"page": document_queries.document_page(pk), "nav_current": "documents"},
    )


def _actor_kind(request: HttpRequest) -> str:
    return ActorFilterSet.from_query(request.GET).values.get("kind", "")


@answers_bad_query
def actors(request: HttpRequest) -> HttpResponse:
    kind = _actor_kind(request)
    return render(
        request,
        "web/actors.html",
        {
            "rows": actor_queries.actor_rows(kind or None),
            "kind": kind,
            "nav_current": "actors",
        },
    )


@conditional_download
@answers_bad_query
def actors_export(request: HttpRequest, fmt: str) -> StreamingHttpResponse:
    rows = actor_queries.actor_rows(_actor_kind(request) or None)
    return download(
        fmt, "actors", (*actor_queries.ACTOR_COLUMNS, "url"), actor_queries.actor_export_rows(rows)
    )


def actor(request: HttpRequest, key: str) -> HttpResponse:
    return render(
        request,
        "web/actor.html",
        {"page": actor_queries.actor_page(key), "nav_current": "actors"},
    )


def plans(request: HttpRequest) -> HttpResponse:
    frameworks = Framework.objects.select_related("dialogue").order_by("-period_start", "name")
    return render(request, "web/plans.html", {"frameworks": frameworks, "nav_current": "plans"})


def plan(request: HttpRequest, key: str) -> HttpResponse:
    framework = coverage_queries.framework_for(key)
    start, end = dt.date(framework.period_start, 1, 1), dt.date(framework.period_end, 12, 31)
    return render(
        request,
        "web/plan.html",
        {
            "coverage": coverage_queries.coverage(framework, start, end),
            "meetings_by_item": coverage_queries.meetings_by_item(framework),
            "framework": framework,
            "nav_current": "plans",
        },
    )
