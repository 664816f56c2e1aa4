"""``export --canonical``: the same bytes for the same record, whatever order wrote it."""

from __future__ import annotations

import io
import json

import pytest

from processus.kb.canonical_export import canonical_document_rows, canonical_meeting_rows
from processus.kb.exporting import meeting_rows, meetings_queryset, write_jsonl
from processus.kb.ingest import ingest
from processus.kb.models import Document, Meeting

pytestmark = pytest.mark.django_db


def _jsonl(rows) -> str:
    out = io.StringIO()
    write_jsonl(rows, out)
    return out.getvalue()


def _exports() -> tuple[str, str, str]:
    plain = _jsonl(meeting_rows(meetings_queryset()))
    canonical = _jsonl(canonical_meeting_rows(meetings_queryset()))
    return plain, canonical, _jsonl(canonical_document_rows())


def test_two_orders_give_the_same_canonical_export(reference, corpus):
    files = sorted(corpus.iterdir())
    ingest(files)
    plain, canonical, documents = _exports()
    Meeting.objects.all().delete()
    Document.objects.all().delete()
    # Another order, the list first: a year-less date resolves against the list either way.
    ingest([f for f in files if f.name == "list_2023.txt"] + [
        f for f in files[::-1] if f.name != "list_2023.txt"])  # fmt: skip
    plain_again, canonical_again, documents_again = _exports()

    assert plain_again != plain  # database ids and insertion order differ
    assert canonical_again == canonical
    assert documents_again == documents
    rows = [json.loads(line) for line in canonical.splitlines()]
    assert [row["id"] for row in rows] == list(range(1, len(rows) + 1)) and len(rows) == 4
    follow_ups = [row for row in rows if row["follow_up_of"] is not None]
    assert follow_ups and all(1 <= row["follow_up_of"] <= 4 for row in follow_ups)
    assert all(e["document"].endswith(".txt") for row in rows for e in row["evidence"])
    assert '"ingested_at"' not in documents and '"id"' not in documents


def test_a_filtered_canonical_export_keeps_the_full_numbering(reference, corpus):
    ingest([corpus])
    full = canonical_meeting_rows(meetings_queryset())
    dakar = Meeting.objects.filter(city="Dakar")
    [row] = canonical_meeting_rows(dakar)
    assert row == next(r for r in full if r["city"] == "Dakar")


def test_any_order_gives_the_same_record(reference, corpus):
    files = sorted(corpus.iterdir())
    ingest(files)
    canonical = _exports()[1]
    Meeting.objects.all().delete()
    Document.objects.all().delete()
    ingest(files[::-1])
    assert _exports()[1] == canonical
