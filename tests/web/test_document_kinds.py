"""The kind of a stored document: from ingestion to the database, the pages and the exports."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from django.test import Client

from processus.cli import main
from processus.extraction.document_kinds import DOCUMENT_KINDS
from processus.kb.ingest import ingest
from processus.kb.models import Document

from .conftest import page_text, raw_html

pytestmark = pytest.mark.django_db

# Both written for this test.
CONCEPT_NOTE = """\
Concept note – Workshop on seasonal work
Version of 2 March 2026

The workshop will take place in Accra on 14 and 15 April 2026. It will be hosted by Ghana and
will gather labour officials of the Rabat Process to compare seasonal work schemes.
"""
NEWS = """\
Officials trained to follow the money of smuggling networks

DAKAR, 3 May 2024 (APS) – Some forty investigators took part on Wednesday and Thursday in a
training session in Saly on financial investigations into migrant smuggling.
"""


@pytest.fixture
def reference(db) -> None:
    from processus.kb.reference_loader import load_reference_data

    load_reference_data()


@pytest.fixture
def ingested(reference, tmp_path: Path, settings) -> dict[str, Document]:
    settings.MEDIA_ROOT = tmp_path / "media"
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "workshop_note.txt").write_text(CONCEPT_NOTE, encoding="utf-8")
    (inbox / "saly_story.txt").write_text(NEWS, encoding="utf-8")
    report = ingest([inbox])
    assert (report.stored, report.failed) == (2, [])
    return {d.original_name: d for d in Document.objects.all()}


def test_the_stored_kinds_are_the_extraction_kinds() -> None:
    assert tuple(Document.Kind.values) == DOCUMENT_KINDS


def test_ingestion_stores_the_kind_and_its_reason(ingested: dict[str, Document]) -> None:
    note, story = ingested["workshop_note.txt"], ingested["saly_story.txt"]
    assert (note.kind, note.kind_reason) == ("concept_note", 'heading says "Concept note"')
    assert (story.kind, story.kind_reason) == ("news", 'dateline "DAKAR, 3 May 2024 (APS) –"')


def test_the_document_page_shows_the_kind(anon_client: Client, ingested) -> None:
    note = ingested["workshop_note.txt"]
    text = page_text(anon_client.get(f"/documents/{note.pk}/"))
    assert '<dt>Kind</dt><dd><a href="/documents/?kind=concept_note">concept note</a>' in text
    assert '(heading says "Concept note")' in text
    french = page_text(anon_client.get(f"/fr/documents/{note.pk}/"))
    assert '<dt>Type</dt><dd><a href="/fr/documents/?kind=concept_note">note conceptuelle</a>' in (
        french
    )


def test_the_document_list_filters_by_kind(anon_client: Client, ingested) -> None:
    text = page_text(anon_client.get("/documents/?kind=concept_note"))
    assert "1 document." in text
    assert "Concept note – Workshop on seasonal work" in text
    assert '<option value="concept_note" selected>concept note</option>' in text

    text = page_text(anon_client.get("/documents/?kind=news"))
    assert "1 document." in text
    assert "Concept note – Workshop on seasonal work" not in text
    assert "news article" in text  # the kind column

    text = page_text(anon_client.get("/documents/"))
    assert "2 documents." in text and "concept note" in text and "news article" in text
    # every kind can be chosen, labels translated
    for value in DOCUMENT_KINDS:
        assert f'<option value="{value}"' in text
    french = page_text(anon_client.get("/fr/documents/?kind=concept_note"))
    assert "1 document." in french and "note conceptuelle" in french


@pytest.mark.parametrize("value", ["bogus", "<script>alert(1)</script>", "x" * 500, "report"])
def test_a_bad_kind_shows_every_document_and_says_why(
    anon_client: Client, ingested, value: str
) -> None:
    response = anon_client.get("/documents/", {"kind": value})
    assert response.status_code == 200
    text = page_text(response)
    assert "2 documents." in text
    assert "is not a kind of document: documents of every kind are shown." in text
    assert "<script>alert" not in raw_html(anon_client.get("/documents/", {"kind": value}))
    french = page_text(anon_client.get("/fr/documents/", {"kind": value}))
    assert "n'est pas un type de document" in french


def test_the_document_exports_carry_the_kind(ingested, capsys: pytest.CaptureFixture) -> None:
    assert main(["export", "documents", "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {(r["original_name"], r["kind"]) for r in rows} == {
        ("workshop_note.txt", "concept_note"),
        ("saly_story.txt", "news"),
    }
    assert all(r["kind_reason"] for r in rows)

    assert main(["export", "documents", "--format", "csv"]) == 0
    table = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {(r["original_name"], r["kind"]) for r in table} == {
        ("workshop_note.txt", "concept_note"),
        ("saly_story.txt", "news"),
    }


def test_web_export_filters_by_kind(anon_client: Client, ingested) -> None:
    response = anon_client.get("/documents.json?kind=news")
    body = b"".join(response.streaming_content).decode()
    assert [d["kind"] for d in json.loads(body)] == ["news"]


def test_a_document_stored_before_kinds_gets_its_kind_when_ingested_again(
    ingested, tmp_path: Path
) -> None:
    # as stored by an older engine: no kind yet, another fingerprint
    Document.objects.update(kind="other", kind_reason="", extraction_fingerprint="older engine")
    report = ingest([tmp_path / "inbox"])
    assert (report.replaced, report.failed) == (2, [])
    assert dict(Document.objects.values_list("original_name", "kind")) == {
        "workshop_note.txt": "concept_note",
        "saly_story.txt": "news",
    }
