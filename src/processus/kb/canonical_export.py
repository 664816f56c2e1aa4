"""The export in a form that depends only on the record, not on how it was written.

Database ids follow the order in which rows were inserted, so two knowledge
bases holding the same record (one ingested sequentially, one by three
processes at once, or after a backup and restore) export different ids and list
rows with equal dates in different orders. ``processus export --canonical``
gives the same bytes for the same record: meetings are sorted by date and then
by their whole content and numbered 1, 2, 3… in that order (``follow_up_of``
and a document's ``meetings`` use those numbers); a document is named by the
path it was ingested from wherever the plain export gives its id; sources and
evidence are sorted; times of ingestion are left out.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from processus.kb.exporting import document_rows, meeting_rows, meetings_queryset
from processus.kb.models import Document


def _json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


def _document_names() -> dict[int, str]:
    return {
        doc_id: path or name or content_hash
        for doc_id, path, name, content_hash in Document.objects.values_list(
            "id", "source_path", "original_name", "content_hash"
        )
    }


def canonical_meeting_rows(queryset: Any, *, with_evidence: bool = True) -> list[dict[str, Any]]:
    """The meetings of ``queryset`` as :func:`meeting_rows`, canonical (module doc).

    Numbers are given over the whole record, so a filtered export numbers its
    meetings as the full export does.
    """
    numbers = _meeting_numbers()
    wanted = set(queryset.values_list("pk", flat=True))
    rows = [row for row in _canonical_rows(with_evidence) if row["id"] in wanted]
    for row in rows:
        row["follow_up_of"] = numbers.get(row["follow_up_of"])
        row["id"] = numbers[row["id"]]
    rows.sort(key=lambda row: row["id"])
    return rows


def _canonical_rows(with_evidence: bool) -> list[dict[str, Any]]:
    """Every meeting with sources and evidence in content order, still with database ids."""
    names = _document_names()
    rows = []
    for row in meeting_rows(meetings_queryset(), with_evidence=True):
        row["sources"] = sorted(row["sources"])
        evidence = [{**item, "document": names.get(item["document"])} for item in row["evidence"]]
        row["evidence"] = sorted(evidence, key=_json)
        row["_order"] = (
            row["start"] or "",
            _json({k: v for k, v in row.items() if k not in ("id", "follow_up_of", "evidence")}),
            _json(row["evidence"]),
        )
        if not with_evidence:
            del row["evidence"]
        rows.append(row)
    rows.sort(key=lambda row: row["_order"])
    for row in rows:
        del row["_order"]
    return rows


def _meeting_numbers() -> dict[int, int]:
    """Database id -> canonical number of every meeting."""
    return {row["id"]: n for n, row in enumerate(_canonical_rows(False), start=1)}


def canonical_document_rows() -> Iterator[dict[str, Any]]:
    """The documents as :func:`document_rows`, sorted by path and content, without ids
    and ingestion times; ``meetings`` as canonical meeting numbers."""
    numbers = _meeting_numbers()
    rows = []
    for row in document_rows():
        row.pop("id")
        row.pop("ingested_at")
        row["meetings"] = sorted(numbers[m] for m in row["meetings"] if m in numbers)
        rows.append(row)
    rows.sort(key=lambda row: (row["source_path"], row["content_hash"]))
    yield from rows
