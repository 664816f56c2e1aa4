"""Incoming files kept under the data dir and ingested like ``processus ingest`` does."""

from __future__ import annotations

import io

import pytest

from processus.intake.models import Arrival
from processus.intake.operations import Incoming, ingest_incoming, safe_name
from tests.intake.conftest import ANNOUNCEMENT, WORKSHOP

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("note.pdf", "note.pdf"),
        ("../../etc/passwd.txt", "passwd.txt"),
        ("C:\\Users\\me\\Concept note.docx", "Concept_note.docx"),
        ("..", "document"),
        (".hidden.txt", "hidden.txt"),
        ("", "document"),
        ("a/b/\x00evil.html", "evil.html"),
    ],
)
def test_safe_name_keeps_only_the_last_component(given, expected):
    assert safe_name(given) == expected


def test_safe_name_shortens_a_long_name_and_keeps_its_suffix():
    name = safe_name("x" * 500 + ".pdf")
    assert name.endswith(".pdf")
    assert len(name) == 120


def test_a_file_is_kept_under_uploads_and_produces_its_meeting(data_dir, editor):
    [result] = ingest_incoming(
        [Incoming("../../announcement.txt", ANNOUNCEMENT.encode())], road="upload", user=editor
    )
    assert result.outcome == "stored", result.reason
    assert result.document is not None
    kept = list((data_dir / "uploads").glob("*/announcement.txt"))
    assert len(kept) == 1
    assert result.document.source_path == str(kept[0])
    assert result.document.original_name == "announcement.txt"
    assert [m.city for m in result.meetings] == ["Dakar"]
    arrival = Arrival.objects.get()
    assert (arrival.user, arrival.document, arrival.outcome) == (editor, result.document, "stored")


def test_a_file_object_is_read_like_bytes(db):
    [result] = ingest_incoming(
        [Incoming("workshop.md", io.BytesIO(WORKSHOP.encode()))], road="inbox"
    )
    assert result.outcome == "stored", result.reason
    assert [m.city for m in result.meetings] == ["Abidjan"]


def test_refusals_name_the_reason_and_nothing_is_kept(data_dir, settings):
    settings.PROCESSUS_MAX_FILE_MB = 1
    results = ingest_incoming(
        [
            Incoming("tool.exe", b"MZ binary"),
            Incoming("big.txt", io.BytesIO(b"a" * (1024 * 1024 + 1))),
            Incoming("empty.txt", b"  \n"),
            Incoming("broken.pdf", b"%PDF-1.4 not really a pdf"),
            Incoming("good.txt", ANNOUNCEMENT.encode()),
        ],
        road="upload",
    )
    reasons = {r.name: r.reason for r in results}
    assert reasons["tool.exe"].startswith("not a type of document ingestion reads (“.exe”")
    assert reasons["big.txt"] == "file is too large (1 MB > 1 MB)"
    assert reasons["empty.txt"] == "file is empty"
    assert reasons["broken.pdf"].startswith("damaged or truncated PDF")
    assert reasons["good.txt"] == ""
    assert [r.refused for r in results] == [True, True, True, True, False]
    kept = sorted(p.name for p in (data_dir / "uploads").glob("*/*"))
    assert kept == ["good.txt"]
    assert Arrival.objects.filter(outcome="refused").count() == 4


def test_the_same_bytes_again_are_unchanged_and_another_file_of_that_name_is_kept_apart(
    reference, data_dir
):
    first = ingest_incoming([Incoming("a.txt", ANNOUNCEMENT.encode())], road="upload")[0]
    again = ingest_incoming([Incoming("a.txt", ANNOUNCEMENT.encode())], road="upload")[0]
    other = ingest_incoming([Incoming("a.txt", WORKSHOP.encode())], road="upload")[0]
    assert (first.outcome, again.outcome, other.outcome) == ("stored", "unchanged", "stored")
    assert again.document == first.document
    assert other.document != first.document
    kept = sorted(p.name for p in (data_dir / "uploads").glob("*/*"))
    assert kept == ["a-2.txt", "a.txt"]


def test_administrators_see_the_arrivals_read_only(db):
    from django.contrib.auth import get_user_model
    from django.test import Client

    ingest_incoming([Incoming("tool.exe", b"MZ")], road="upload")
    admin = get_user_model().objects.create_superuser("root", password="root-pass-123")
    client = Client()
    client.force_login(admin)
    page = client.get("/admin/intake/arrival/").content.decode()
    assert "tool.exe" in page
    assert "not a type of document ingestion reads" in page
    assert client.get("/admin/intake/arrival/add/").status_code == 403
