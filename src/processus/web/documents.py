"""The documents list and a document's page: its text with the extracted spans marked.

The list never loads document texts (``defer("text")``) and counts the meetings
found in each document for the shown page only, in one query.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import Count, Prefetch, QuerySet
from django.db.models.functions import ExtractYear
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.safestring import SafeString

from processus.filters.documents import DocumentFilterSet
from processus.kb.models import Document, Evidence, Meeting
from processus.search.passages import split_passages
from processus.web.highlight import Span, highlight, spans_for
from processus.web.values import FIELD_LABELS

DOCUMENT_COLUMNS = (
    "id",
    "title",
    "kind",
    "language",
    "document_date",
    "original_name",
    "source_url",
    "meetings",
    "url",
)


def filter_documents(filters: DocumentFilterSet) -> QuerySet[Document]:
    return filters.filter_queryset(Document.objects.defer("text")).order_by("-document_date", "-pk")


def meeting_counts(documents: list[Document]) -> dict[int, int]:
    """Number of distinct meetings found in each of ``documents``, in one query."""
    rows = (
        Evidence.objects.filter(document_id__in=[d.pk for d in documents])
        .values("document_id")
        .annotate(n=Count("meeting_id", distinct=True))
        .order_by()
    )
    return {row["document_id"]: row["n"] for row in rows}


def document_facets() -> dict[str, list[tuple[str, int]]]:
    """Languages and years present, for the filter form (two small queries)."""
    languages = (
        Document.objects.exclude(language="")
        .values("language")
        .annotate(n=Count("pk"))
        .order_by("language")
    )
    years = (
        Document.objects.filter(document_date__isnull=False)
        .annotate(y=ExtractYear("document_date"))
        .values("y")
        .annotate(n=Count("pk"))
        .order_by("-y")
    )
    return {
        "language": [(r["language"], r["n"]) for r in languages],
        "year": [(str(r["y"]), r["n"]) for r in years],
    }


def document_rows(queryset: QuerySet[Document]) -> Any:
    """Export rows; meetings are counted per chunk of documents, not per document."""
    chunk: list[Document] = []
    for document in queryset.iterator(chunk_size=2000):
        chunk.append(document)
        if len(chunk) == 2000:
            yield from _rows(chunk)
            chunk = []
    yield from _rows(chunk)


def _rows(documents: list[Document]) -> Any:
    counts = meeting_counts(documents) if documents else {}
    for document in documents:
        yield {
            "id": document.pk,
            "title": str(document),
            "kind": document.kind,
            "language": document.language or None,
            "document_date": document.document_date.isoformat() if document.document_date else None,
            "original_name": document.original_name or None,
            "source_url": document.source_url or None,
            "meetings": counts.get(document.pk, 0),
            "url": reverse("web:document", args=[document.pk]),
        }


@dataclass
class DocumentPage:
    document: Document
    html: SafeString
    evidence: list[Evidence]
    meetings: list[Meeting]
    unlocated: list[Evidence]


def passage_anchors(text: str) -> list[Span]:
    """Empty spans marking where each search passage starts (``#p-<n>``, search's links)."""
    return [Span(f"p-{p.number}", p.start, p.start, "", "") for p in split_passages(text)]


def document_page(pk: int) -> DocumentPage:
    """A document with its text highlighted; two queries (document, evidence with meetings)."""
    evidence = Evidence.objects.select_related("meeting").order_by("start", "pk")
    document = get_object_or_404(
        Document.objects.prefetch_related(Prefetch("evidence", queryset=evidence)), pk=pk
    )
    items = list(document.evidence.all())

    def label(item: Any) -> str:
        return f"{FIELD_LABELS.get(item.field, item.field)} — {item.meeting}"

    def href(item: Any) -> str:
        return reverse("web:meeting", args=[item.meeting_id]) + f"#field-{item.field}"

    spans = spans_for(document.text, items, label, href)
    located = {span.anchor for span in spans}
    meetings: dict[int, Meeting] = {}
    for item in items:
        meetings.setdefault(item.meeting_id, item.meeting)
    return DocumentPage(
        document=document,
        html=highlight(document.text, spans + passage_anchors(document.text)),
        evidence=items,
        meetings=list(meetings.values()),
        unlocated=[item for item in items if f"ev-{item.pk}" not in located],
    )
