"""A document that fails half-way through being written leaves no trace, in the database or
in the ingestor's memory: the next documents of the same run consolidate exactly as in a
run that never saw the failing file.

The failure is simulated inside the per-document write, after the document's rows,
mentions and evidence are written and its meetings re-consolidated (so the matching
index and the cached meetings have all been changed), just before the transaction
would commit.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from processus.kb.ingest import Ingestor, IngestReport, ingest
from processus.kb.models import Document, Evidence, Meeting, MeetingMention
from tests.ingest.helpers import snapshot
from tests.ingest.scripted_corpus import write_scripted_corpus

pytestmark = pytest.mark.django_db(transaction=True)

#: Read after cn_lisbon.txt and list_2023.txt and before page_dakar.txt and post_dakar.txt,
#: which describe the same meeting in Dakar.
FAILING = "note_dakar_fr.txt"


class Boom(RuntimeError):
    pass


@pytest.fixture
def reference_data(transactional_db) -> None:
    from processus.kb.reference_loader import load_reference_data

    load_reference_data()


@pytest.fixture
def fail_on(monkeypatch):
    """Names of documents whose writing raises once their meetings are refreshed."""
    failing: set[str] = set()
    store = Ingestor._store
    refresh = Ingestor._refresh_many

    def _store(self, result, pending):
        self._failing_now = Path(result.path).name in failing
        try:
            return store(self, result, pending)
        finally:
            self._failing_now = False

    def _refresh_many(self, meeting_ids, created, pending):
        refresh(self, meeting_ids, created, pending)
        if getattr(self, "_failing_now", False):
            raise Boom("disk on fire")

    monkeypatch.setattr(Ingestor, "_store", _store)
    monkeypatch.setattr(Ingestor, "_refresh_many", _refresh_many)
    return failing


def _wipe() -> None:
    Document.objects.all().delete()
    Meeting.objects.all().delete()


def _counts(report: IngestReport) -> tuple[int, ...]:
    return (
        report.stored,
        report.replaced,
        report.unchanged,
        report.mentions,
        report.meetings_created,
        report.meetings_merged,
        report.meetings_updated,
    )


def _ingest_without(corpus: Path, name: str, parked: Path) -> IngestReport:
    """Ingest ``corpus`` (same paths) without the file ``name``."""
    parked.mkdir(exist_ok=True)
    shutil.move(corpus / name, parked / name)
    try:
        return ingest([corpus])
    finally:
        shutil.move(parked / name, corpus / name)


def test_a_new_document_failing_mid_write_is_rolled_back_and_the_run_goes_on(
    reference_data, tmp_path, fail_on
):
    corpus = write_scripted_corpus(tmp_path / "corpus")
    clean_report = _ingest_without(corpus, FAILING, tmp_path / "parked")
    clean = snapshot()
    _wipe()

    fail_on.add(FAILING)
    report = ingest([corpus])

    assert [(Path(p).name, "Boom" in why) for p, why in report.failed] == [(FAILING, True)]
    assert "disk on fire" in report.failed[0][1]
    assert not Document.objects.filter(original_name=FAILING).exists()
    assert not MeetingMention.objects.filter(document__original_name=FAILING).exists()
    assert not Evidence.objects.filter(quote__contains="mars 2023").exists()
    # The documents after the failing one joined the same meetings as in the clean run.
    assert snapshot() == clean
    assert Meeting.objects.count() == 4
    dakar = Meeting.objects.get(city="Dakar")
    assert {m.document.original_name for m in dakar.mentions.select_related("document")} == {
        "list_2023.txt",
        "page_dakar.txt",
        "post_dakar.txt",
        "cn_lisbon.txt",
    }
    # What the run reports counts only what was committed.
    assert _counts(report) == _counts(clean_report)


def test_a_changed_document_failing_mid_write_keeps_its_old_version(
    reference_data, tmp_path, fail_on
):
    """The old version stays, with its date and number of meetings, for the rest of the run."""
    corpus = write_scripted_corpus(tmp_path / "corpus")
    post, page = corpus / "post_dakar.txt", corpus / "page_dakar.txt"
    new_page = page.read_text().replace("85 participants", "87 participants")
    # The failing version is much newer and describes two meetings: had the run kept
    # its date and size in memory, it would rank the post above the meeting's own page.
    new_post = (
        "Posted 2 February 2027\n\n"
        "Rabat Process thematic meeting in Rabat, Morocco on 14 March 2023, online "
        "for 300 participants. A workshop in Dakar on 14 March 2023 was virtual too.\n"
    )

    ingest([corpus])
    page.write_text(new_page, encoding="utf-8")
    clean_report = ingest([corpus])
    clean = snapshot()
    _wipe()
    write_scripted_corpus(corpus)

    ingest([corpus])
    page.write_text(new_page, encoding="utf-8")
    post.write_text(new_post, encoding="utf-8")
    fail_on.add(post.name)
    report = ingest([corpus])

    assert [Path(p).name for p, _ in report.failed] == [post.name]
    assert snapshot() == clean
    assert Document.objects.get(original_name=post.name).text.startswith("Posted 14 March 2023")
    # Counted as failed where the clean run found it unchanged; nothing else differs.
    assert report.unchanged == clean_report.unchanged - 1
    assert _counts(report)[3:] == _counts(clean_report)[3:]

    # The next run, without the failure, replaces the post as a clean run would.
    fail_on.clear()
    assert ingest([corpus]).replaced == 1
    after = snapshot()
    _wipe()
    write_scripted_corpus(corpus)
    ingest([corpus])
    page.write_text(new_page, encoding="utf-8")
    post.write_text(new_post, encoding="utf-8")
    ingest([corpus])
    assert after == snapshot()
