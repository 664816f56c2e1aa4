"""Open data: consolidated meetings and documents as JSON lines or CSV, and the conflict list.

A meeting row has the extraction contract's keys (``docs/extraction-contract.md``)
with the meeting's shown values, plus ``id``, ``sources`` (the documents that
describe it) and ``follow_up_of``. In JSON lines ``evidence`` lists every span
with its document; CSV has no evidence column and joins lists with ``"; "``.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from datetime import date
from typing import IO, Any

from django.db.models import Count, Prefetch, Q

from processus.extraction.records import RECORD_KEYS
from processus.kb.consolidation import Conflict, MentionFacts, find_conflicts
from processus.kb.models import Dialogue, Document, Evidence, Meeting, MeetingMention, MeetingRole
from processus.kb.records import meeting_values
from processus.kb.text import fold

#: The contract's keys (less ``source``, replaced by ``sources``), plus id and follow-up.
MEETING_COLUMNS = (
    "id",
    *(key for key in RECORD_KEYS if key not in ("source", "evidence")),
    "follow_up_of",
    "sources",
    "evidence",
)
DOCUMENT_COLUMNS = (
    "id", "source_path", "original_name", "file", "content_hash", "media_type", "size",
    "kind", "kind_reason", "language", "document_date", "title", "ingested_at", "meetings",
)  # fmt: skip


def find_dialogue(name: str) -> Dialogue | None:
    """A dialogue by key, name, French name or alias (accents and case ignored)."""
    wanted = fold(name)
    for dialogue in Dialogue.objects.all():
        spellings = [dialogue.key, dialogue.name, dialogue.name_fr, dialogue.full_name]
        if wanted in {fold(s) for s in [*spellings, *(dialogue.aliases or [])] if s}:
            return dialogue
    return None


def meetings_queryset(dialogue: Dialogue | None = None, since: date | None = None) -> Any:
    queryset = Meeting.objects.all()
    if dialogue is not None:
        queryset = queryset.filter(dialogues=dialogue)
    if since is not None:
        queryset = queryset.filter(Q(start__gte=since) | Q(end__gte=since))
    return queryset.order_by("start", "id")


def meeting_rows(queryset: Any, *, with_evidence: bool = True) -> Iterator[dict[str, Any]]:
    """One dict per meeting, keys in :data:`MEETING_COLUMNS` order."""
    queryset = queryset.select_related("country").prefetch_related(
        "dialogues",
        Prefetch("roles", queryset=MeetingRole.objects.select_related("actor")),
        Prefetch(
            "mentions", queryset=MeetingMention.objects.select_related("document").order_by("id")
        ),
    )
    if with_evidence:
        queryset = queryset.prefetch_related(
            Prefetch("evidence", queryset=Evidence.objects.order_by("id"))
        )
    for meeting in queryset.iterator(chunk_size=500):
        row: dict[str, Any] = {
            "id": meeting.pk,
            **meeting_values(meeting),
            "follow_up_of": meeting.follow_up_of_id,
        }
        documents: dict[int, str] = {}
        for mention in meeting.mentions.all():
            documents.setdefault(
                mention.document_id, mention.document.source_path or mention.document.original_name
            )
        row["sources"] = list(documents.values())
        if with_evidence:
            row["evidence"] = [
                {
                    "field": e.field,
                    "value": e.value,
                    "document": e.document_id,
                    "start": e.start,
                    "end": e.end,
                    "text": e.quote,
                    "method": e.method,
                    "note": e.note or None,
                }
                for e in meeting.evidence.all()
            ]
        yield row


def document_rows(queryset: Any | None = None) -> Iterator[dict[str, Any]]:
    queryset = (queryset if queryset is not None else Document.objects.all()).order_by("id")
    queryset = queryset.prefetch_related(
        Prefetch("mentions", queryset=MeetingMention.objects.only("document_id", "meeting_id"))
    )
    for doc in queryset.iterator(chunk_size=500):
        yield {
            "id": doc.pk,
            "source_path": doc.source_path,
            "original_name": doc.original_name,
            "file": doc.file.name or None,
            "content_hash": doc.content_hash,
            "media_type": doc.media_type,
            "size": doc.size,
            "kind": doc.kind,
            "kind_reason": doc.kind_reason or None,
            "language": doc.language or None,
            "document_date": doc.document_date.isoformat() if doc.document_date else None,
            "title": doc.title,
            "ingested_at": doc.ingested_at.isoformat(),
            "meetings": sorted({m.meeting_id for m in doc.mentions.all()}),
        }


def write_jsonl(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    count = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        return "; ".join(str(item) for item in value)
    return "" if value is None else value


def write_csv(rows: Iterable[dict[str, Any]], columns: Iterable[str], out: IO[str]) -> int:
    names = [c for c in columns if c != "evidence"]
    writer = csv.DictWriter(out, fieldnames=names, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow({name: _cell(row.get(name)) for name in names})
        count += 1
    return count


def meeting_conflicts(
    queryset: Any | None = None,
) -> Iterator[tuple[Meeting, list[Conflict], dict[int, MeetingMention]]]:
    """Meetings whose sources disagree, with each conflict and the mentions behind it."""
    queryset = queryset if queryset is not None else Meeting.objects.all()
    ids = (
        queryset.annotate(n=Count("mentions"))
        .filter(n__gt=1)
        .order_by("start", "id")
        .values_list("id", flat=True)
    )
    for meeting in Meeting.objects.filter(id__in=list(ids)).order_by("start", "id"):
        mentions = {
            m.pk: m
            for m in MeetingMention.objects.filter(meeting=meeting).select_related("document")
        }
        facts = [
            MentionFacts(id=m.pk, document=m.document_id, record=m.record)
            for m in mentions.values()
        ]
        conflicts = find_conflicts(facts)
        if conflicts:
            yield meeting, conflicts, mentions
