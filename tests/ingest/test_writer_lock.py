"""Writers take turns and catch up with each other (in one process; real processes:
``test_concurrent_ingest``)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection, transaction
from django.utils import timezone

from processus.kb import writer_lock
from processus.kb.ingest import Ingestor, ingest
from processus.kb.models import Meeting, RecordChange
from processus.kb.reading_pool import read_all
from tests.ingest.helpers import snapshot

pytestmark = pytest.mark.django_db


def test_each_write_bumps_the_generation_and_logs_what_it_touched():
    start = writer_lock.current_generation().value
    with writer_lock.writing():
        first = writer_lock.record_write(meetings=[3, 1, 3], documents=[9])
    with writer_lock.writing():
        second = writer_lock.record_write(meetings=[2])
    assert (first, second) == (start + 1, start + 2)
    changes = writer_lock.changes_since(start)
    assert (changes.generation, changes.meetings, changes.documents) == (second, {1, 2, 3}, {9})
    assert writer_lock.changes_since(first).meetings == {2}
    assert writer_lock.changes_since(second).meetings == set()
    assert not writer_lock.changes_since(second).everything


def test_a_reader_behind_the_pruned_log_reloads_everything():
    with writer_lock.writing():
        old = writer_lock.record_write(meetings=[1])
    RecordChange.objects.filter(generation=old).update(at=timezone.now() - timedelta(days=2))
    with writer_lock.writing():
        writer_lock.record_write(meetings=[2])
        assert writer_lock.prune() == 1
    assert writer_lock.changes_since(old - 1).everything
    assert writer_lock.changes_since(old).meetings == {2}


def test_the_lock_is_held_by_the_transaction():
    with transaction.atomic():
        writer_lock.take_writer_lock()  # PostgreSQL: the advisory lock; SQLite: the write lock
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = %s "
                    "AND pid = pg_backend_pid() AND granted",
                    [writer_lock.WRITER_LOCK_KEY],
                )
                assert cursor.fetchone()[0] == 1


def _read(paths):
    return list(read_all(sorted(str(p) for p in paths), None, frozenset(), 1))


def test_a_writer_loaded_earlier_sees_documents_stored_meanwhile(reference, corpus):
    late = Ingestor()  # loaded on an empty record
    ingest([corpus])  # another writer stores everything meanwhile
    before = snapshot()
    outcomes = [late.store(result) for result in _read(corpus.iterdir())]
    assert outcomes == ["unchanged"] * 7
    assert late.report.failed == []
    assert snapshot() == before


def test_a_writer_loaded_earlier_joins_meetings_created_meanwhile(reference, corpus):
    late = Ingestor()
    ingest([p for p in corpus.iterdir() if p.name != "page_dakar.txt"])
    assert Meeting.objects.count() == 4
    [outcome] = [late.store(result) for result in _read([corpus / "page_dakar.txt"])]
    assert outcome == "stored"
    assert late.generation == writer_lock.current_generation().value
    assert Meeting.objects.count() == 4  # joined the Dakar meeting, not a meeting of its own
    dakar = Meeting.objects.get(city="Dakar", kind="thematic_meeting")
    assert dakar.mentions.filter(document__original_name="page_dakar.txt").exists()
