"""``processus consume DIR``: an inbox folder's files ingested, then moved."""

from __future__ import annotations

import os

import pytest

from processus.cli import main
from processus.intake.inbox import consume_once, settled
from processus.intake.models import Arrival
from processus.kb.models import Document
from tests.intake.conftest import ANNOUNCEMENT, WORKSHOP

pytestmark = pytest.mark.django_db


@pytest.fixture
def inbox(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    return folder


def test_good_files_go_to_done_and_bad_ones_to_failed_with_their_reason(inbox, capsys):
    (inbox / "announcement.txt").write_text(ANNOUNCEMENT)
    (inbox / "workshop.md").write_text(WORKSHOP)
    (inbox / "photo.png").write_bytes(b"\x89PNG\r\n")
    (inbox / "empty.txt").write_text("")
    (inbox / ".hidden.txt").write_text(ANNOUNCEMENT)
    (inbox / "copying.txt.part").write_text(ANNOUNCEMENT)
    os.mkfifo(inbox / "pipe.txt")
    code = main(["consume", str(inbox), "--once", "--settle", "0"])
    out = capsys.readouterr().out
    assert code == 1
    assert sorted(p.name for p in (inbox / "done").iterdir()) == ["announcement.txt", "workshop.md"]
    assert sorted(p.name for p in (inbox / "failed").iterdir()) == [
        "empty.txt",
        "empty.txt.reason",
        "photo.png",
        "photo.png.reason",
        "pipe.txt",
        "pipe.txt.reason",
    ]
    reason = (inbox / "failed" / "photo.png.reason").read_text()
    assert reason.startswith("not a type of document ingestion reads (“.png”")
    assert (inbox / "failed" / "empty.txt.reason").read_text() == "file is empty\n"
    assert (inbox / "failed" / "pipe.txt.reason").read_text() == "not a regular file (FIFO)\n"
    assert sorted(p.name for p in inbox.iterdir()) == [
        ".hidden.txt",
        "copying.txt.part",
        "done",
        "failed",
    ]
    assert "done: announcement.txt (announcement.txt: stored, document" in out
    assert "failed: photo.png: not a type of document" in out
    assert Document.objects.count() == 2
    assert Arrival.objects.filter(road="inbox").count() == 5


def test_a_second_file_of_the_same_name_does_not_overwrite_the_first(inbox):
    (inbox / "note.txt").write_text(ANNOUNCEMENT)
    consume_once(inbox, settle_seconds=0)
    (inbox / "note.txt").write_text(WORKSHOP)
    consume_once(inbox, settle_seconds=0)
    assert sorted(p.name for p in (inbox / "done").iterdir()) == ["note-2.txt", "note.txt"]
    assert Document.objects.count() == 2


def test_a_file_still_growing_waits_a_pass(inbox, monkeypatch):
    (inbox / "steady.txt").write_text("steady")
    growing = inbox / "growing.txt"
    growing.write_text("a")

    def sleep(seconds):  # the writer adds to the file while the consumer waits
        with growing.open("a") as out:
            out.write("more")

    monkeypatch.setattr("processus.intake.inbox.time.sleep", sleep)
    assert settled(inbox, 1.0) == (["steady.txt"], ["growing.txt"])


def test_an_inbox_that_is_not_a_folder_is_a_usage_error(tmp_path, capsys):
    assert main(["consume", str(tmp_path / "nowhere"), "--once"]) == 2
    assert "nowhere: not a folder" in capsys.readouterr().err
