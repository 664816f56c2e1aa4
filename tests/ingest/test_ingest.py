"""Ingesting the scripted multi-source corpus: consolidation, evidence, idempotency, safety."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.files.storage import default_storage

from processus.cli import main
from processus.kb.exporting import MEETING_COLUMNS, meeting_conflicts
from processus.kb.ingest import ingest
from processus.kb.models import Document, Evidence, Meeting, MeetingMention
from tests.ingest.helpers import snapshot

pytestmark = pytest.mark.django_db


def sources(meeting: Meeting) -> set[str]:
    return {Path(m.document.source_path).name for m in meeting.mentions.select_related("document")}


def by_place(city: str, kind: str) -> Meeting:
    return Meeting.objects.get(city=city, kind=kind)


def test_scripted_corpus_consolidates_every_source(reference, corpus):
    report = ingest([corpus])
    assert (report.read, report.stored, report.failed) == (7, 7, [])
    assert Meeting.objects.count() == 4
    assert report.meetings_created == 4 and report.mentions == 10

    dakar = by_place("Dakar", "thematic_meeting")
    assert sources(dakar) == {"list_2023.txt", "page_dakar.txt", "post_dakar.txt",
                              "note_dakar_fr.txt", "cn_lisbon.txt"}  # fmt: skip
    assert (dakar.start, dakar.start_precision, dakar.end) == (
        date(2023, 3, 14), "day", date(2023, 3, 15))  # fmt: skip
    assert dakar.participants == 85  # the plain count of the meeting's own page
    assert {(r.role, r.actor.name) for r in dakar.roles.all()} >= {
        ("host", "Senegal"), ("chair", "Senegal"), ("chair", "Spain")}  # fmt: skip
    assert [d.name for d in dakar.dialogues.all()] == ["Rabat Process"]

    # Same day, same city, different kinds and organisers: two meetings.
    workshop = by_place("Abidjan", "workshop")
    side_event = by_place("Abidjan", "side_event")
    assert sources(workshop) == {"list_2023.txt", "post_report.txt"}
    assert sources(side_event) == {"list_2023.txt", "post_side_event.txt"}
    # "9 May" without a year, in a post of January 2024: the knowledge base says 2023.
    assert workshop.start == date(2023, 5, 9)
    note = Evidence.objects.get(
        meeting=workshop, field="start", document__original_name="post_report.txt"
    )
    assert "knowledge base" in note.note

    lisbon = by_place("Lisbon", "thematic_meeting")
    assert lisbon.follow_up_of == dakar

    [(meeting, conflicts, _)] = list(meeting_conflicts())
    assert meeting == dakar
    assert [(c.field, [v for v, _ in c.values]) for c in conflicts] == [("participants", [85, 90])]


def test_every_evidence_row_quotes_its_document(reference, corpus):
    ingest([corpus])
    rows = Evidence.objects.select_related("document")
    assert rows.count() > 30
    for row in rows:
        assert row.document.text[row.start : row.end] == row.quote
        assert row.mention.meeting_id == row.meeting_id


def test_documents_keep_file_hash_language_and_date(reference, corpus):
    ingest([corpus])
    doc = Document.objects.get(original_name="note_dakar_fr.txt")
    assert doc.language == "fr"
    assert doc.document_date == date(2023, 3, 20)
    assert len(doc.content_hash) == 64
    with default_storage.open(doc.file.name) as stored:
        assert stored.read() == (corpus / "note_dakar_fr.txt").read_bytes()
    assert Document.objects.get(original_name="page_dakar.txt").language == "en"


def test_reingesting_the_same_content_changes_nothing(reference, corpus):
    ingest([corpus])
    before = snapshot()
    evidence_ids = set(Evidence.objects.values_list("id", flat=True))
    report = ingest([corpus])
    assert (report.unchanged, report.stored, report.replaced) == (7, 0, 0)
    assert report.meetings_created == report.meetings_merged == report.meetings_updated == 0
    assert snapshot() == before
    assert set(Evidence.objects.values_list("id", flat=True)) == evidence_ids


def test_a_changed_file_replaces_only_its_own_evidence(reference, corpus):
    ingest([corpus])
    others = set(
        Evidence.objects.exclude(document__original_name="post_dakar.txt").values_list(
            "id", flat=True
        )
    )
    post = corpus / "post_dakar.txt"
    post.write_text(post.read_text().replace("over 90", "over 95"), encoding="utf-8")
    report = ingest([corpus])
    assert (report.replaced, report.unchanged) == (1, 6)
    assert Document.objects.count() == 7
    assert (
        set(
            Evidence.objects.exclude(document__original_name="post_dakar.txt").values_list(
                "id", flat=True
            )
        )
        == others
    )
    [(_, conflicts, _)] = list(meeting_conflicts())
    assert [v for v, _ in conflicts[0].values] == [85, 95]
    assert Meeting.objects.count() == 4


def test_an_editor_value_is_never_overwritten(reference, corpus):
    ingest([corpus])
    dakar = by_place("Dakar", "thematic_meeting")
    editor = get_user_model().objects.create_user("editor", password="x")
    Evidence.objects.create(meeting=dakar, field="participants", value=120,
                            method=Evidence.Method.EDITED, created_by=editor)  # fmt: skip
    Meeting.objects.filter(pk=dakar.pk).update(participants=120)
    post = corpus / "post_dakar.txt"
    post.write_text(post.read_text().replace("over 90", "nearly 200"), encoding="utf-8")
    ingest([corpus])
    dakar.refresh_from_db()
    assert dakar.participants == 120
    assert Evidence.objects.filter(meeting=dakar, method="edited").count() == 1


def test_bad_input_is_reported_by_name_and_the_run_goes_on(reference, corpus, tmp_path):
    ingest([corpus])
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4 not really a pdf \x00\x01\x02")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "random.docx").write_bytes(os.urandom(256))
    (corpus / "new_post.txt").write_text(
        "Posted 3 April 2024\n\nThe Rabat Process held a workshop in Praia on 2 April 2024.\n",
        encoding="utf-8",
    )
    report = ingest([corpus, tmp_path / "missing.txt"])
    failed = {Path(path).name: reason for path, reason in report.failed}
    assert set(failed) == {"broken.pdf", "empty.txt", "random.docx", "missing.txt"}
    assert all(reason and "Traceback" not in reason for reason in failed.values())
    assert report.stored == 1 and report.unchanged == 7
    assert Document.objects.count() == 8
    assert Meeting.objects.filter(city="Praia").exists()


def test_cli_reports_failures_without_a_traceback(reference, corpus, capsys):
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 4)
    status = main(["ingest", str(corpus), "--quiet"])
    out, err = capsys.readouterr()
    assert status == 1
    assert "binary.txt" in out and "Traceback" not in out + err
    assert "documents: 8 read, 7 new, 0 changed, 0 unchanged, 1 failed" in out


@pytest.mark.django_db(transaction=True)
def test_two_workers_give_the_same_knowledge_base_as_one(corpus, tmp_path):
    from processus.kb.models import Actor
    from processus.kb.reference_loader import load_reference_data

    load_reference_data()
    ingest([corpus], workers=1)
    one = snapshot()
    Document.objects.all().delete()
    Meeting.objects.all().delete()
    report = ingest([corpus], workers=2)
    assert report.stored == 7 and not report.failed
    assert snapshot() == one
    assert Actor.objects.exists()


def test_export_meetings_jsonl_and_csv(reference, corpus, capsys):
    ingest([corpus])
    capsys.readouterr()
    assert main(["export", "meetings", "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 4
    assert all(list(row) == list(MEETING_COLUMNS) for row in rows)
    dakar = next(r for r in rows if r["city"] == "Dakar")
    assert len(dakar["sources"]) == 5 and dakar["start"] == "2023-03-14"
    assert all(e["text"] for e in dakar["evidence"])

    assert main(["export", "meetings", "--format", "csv", "--dialogue", "Processus de Rabat"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split(",")[:3] == ["id", "kind", "title"] and "evidence" not in lines[0]
    assert len(lines) == 1 + sum("Rabat Process" in r["dialogues"] for r in rows) >= 1 + 3

    assert main(["export", "meetings", "--since", "2024-01-01"]) == 0
    assert [json.loads(x)["city"] for x in capsys.readouterr().out.splitlines()] == ["Lisbon"]

    assert main(["export", "documents", "--format", "jsonl"]) == 0
    docs = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(docs) == 7 and all(len(d["content_hash"]) == 64 for d in docs)

    assert main(["export", "meetings", "--since", "last year"]) == 2
    assert main(["export", "meetings", "--dialogue", "Nowhere Process"]) == 2


def test_conflicts_command_lists_the_disagreement(reference, corpus, capsys):
    ingest([corpus])
    assert main(["conflicts"]) == 0
    out = capsys.readouterr().out
    assert "participants" in out and "page_dakar.txt" in out and "post_dakar.txt" in out
    assert "1 meeting(s) with conflicting sources" in out


def test_demo_prepares_the_data_directory(corpus, capsys, db):
    assert main(["demo", "--no-serve", "--corpus", str(corpus)]) == 0
    assert Meeting.objects.count() == 4
    assert "7 new" in capsys.readouterr().out


def test_the_demo_corpus_matches_the_example_corpus():
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, str(root / "scripts" / "sync_demo_corpus.py"), "--check"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr


def test_mentions_are_stored_with_their_days(reference, corpus):
    ingest([corpus])
    month = MeetingMention.objects.get(document__original_name="cn_lisbon.txt", precision="month")
    assert (month.first_day, month.last_day) == (date(2023, 3, 1), date(2023, 3, 31))
    assert month.meeting == by_place("Dakar", "thematic_meeting")
