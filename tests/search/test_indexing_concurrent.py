"""Indexing beside a writer that deletes a meeting: the two take turns under the writer lock.

Before, a drain read a meeting, a writer settled it away, and the drain's new entry for the
gone meeting failed one of the two commits on PostgreSQL (a foreign key). Here the writer
holds its transaction open on another connection while the drain runs.
"""

from __future__ import annotations

import datetime as dt
import threading
import time

import pytest
from django.db import connection

from processus.kb.models import Meeting
from processus.kb.writer_lock import writing
from processus.search import indexing
from processus.search.models import EntryKind, PendingChange, SearchEntry
from tests.web.factories import MeetingFactory

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="SQLite writers take turns at BEGIN IMMEDIATE, and the in-memory test database "
        "answers a second connection with a table lock instead of waiting; real processes on "
        "SQLite: tests/ingest/test_concurrent_ingest.py",
    ),
]

#: How long the writer keeps its transaction open after deleting the meeting.
HOLD_SECONDS = 0.5


def _delete_in_other_connection(meeting_id: int, deleted: threading.Event, errors: list) -> None:
    try:
        with writing():
            Meeting.objects.filter(pk=meeting_id).delete()
            deleted.set()
            time.sleep(HOLD_SECONDS)
    except Exception as error:  # reported to the test's thread
        errors.append(error)
        deleted.set()
    finally:
        connection.close()


def _meeting_entries(meeting_id: int) -> int:
    return SearchEntry.objects.filter(kind=EntryKind.MEETING, meeting_id=meeting_id).count()


def test_a_drain_waits_for_a_writer_deleting_a_queued_meeting():
    gone = MeetingFactory(title="Senior Officials Meeting", start=dt.date(2023, 3, 2))
    kept = MeetingFactory(title="Thematic meeting on return", start=dt.date(2024, 5, 6))
    indexing.drain()
    assert _meeting_entries(gone.pk) == 1
    # Plain SQL, as ingestion writes: the triggers queue both meetings, no signal drains them.
    Meeting.objects.filter(pk__in=[gone.pk, kept.pk]).update(city="Abuja")
    assert PendingChange.objects.count() == 2

    deleted, errors = threading.Event(), []
    writer = threading.Thread(target=_delete_in_other_connection, args=(gone.pk, deleted, errors))
    writer.start()
    assert deleted.wait(10)
    started = time.monotonic()
    done = indexing.drain()
    waited = time.monotonic() - started
    writer.join(10)

    assert errors == []
    assert done == 2
    assert waited >= HOLD_SECONDS / 2  # it waited for the writer's commit
    assert not Meeting.objects.filter(pk=gone.pk).exists()
    assert _meeting_entries(gone.pk) == 0
    [body] = SearchEntry.objects.filter(kind=EntryKind.MEETING, meeting_id=kept.pk).values_list(
        "body", flat=True
    )
    assert "Abuja" in body  # the queued change to the other meeting was indexed
    assert PendingChange.objects.count() == 0
