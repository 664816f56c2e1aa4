"""A database-independent picture of the knowledge base, to compare two ingestion runs."""

from __future__ import annotations

from typing import Any

from processus.kb.exporting import document_rows, meeting_rows, meetings_queryset


def normalize(meetings: list[dict[str, Any]], documents: list[dict[str, Any]]) -> dict[str, Any]:
    """Exported meetings and documents without ids or timestamps, sorted."""
    docs = {row["id"]: row for row in documents}
    label = {m["id"]: (m["start"], m["city"], m["kind"]) for m in meetings}
    out_meetings = []
    for m in meetings:
        m = dict(m)
        m.pop("id")
        m["follow_up_of"] = label.get(m["follow_up_of"])
        m["sources"] = sorted(m["sources"])
        m["evidence"] = sorted(
            (
                docs[e["document"]]["content_hash"] if e["document"] else None,
                e["field"],
                e["start"],
                e["end"],
                e["method"],
                e["note"] or "",
                str(e["value"]),
            )
            for e in m["evidence"]
        )
        out_meetings.append(m)
    out_docs = [
        {k: v for k, v in d.items() if k not in ("id", "ingested_at", "meetings")}
        for d in docs.values()
    ]
    return {
        "meetings": sorted(out_meetings, key=repr),
        "documents": sorted(out_docs, key=lambda d: d["content_hash"]),
    }


def snapshot() -> dict[str, Any]:
    return normalize(list(meeting_rows(meetings_queryset())), list(document_rows()))
