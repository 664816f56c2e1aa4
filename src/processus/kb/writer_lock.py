"""Writers of the record take turns, and learn what the others wrote meanwhile.

Any number of processes may write the knowledge base at once: ``processus
ingest`` runs, web editors, background workers. Two things make their result
the one a single sequential writer would give:

* **One writer at a time.** :func:`writing` opens a transaction and takes the
  cross-process writer lock before anything is read: on PostgreSQL a
  transaction-level advisory lock (``pg_advisory_xact_lock``), released by the
  commit or the rollback; on SQLite the database's own write lock, which
  ``BEGIN IMMEDIATE`` (the project's ``transaction_mode``) takes at the start of
  the transaction and a no-op write makes sure of in any mode. A writer waits
  for the lock (SQLite: up to the busy timeout; callers retry).
* **A shared generation.** Every writer that changed something calls
  :func:`record_write` before its commit: it bumps the one ``RecordGeneration``
  row and logs the meetings and documents it touched under the new generation.
  A process that keeps part of the record in memory (ingestion's matching index)
  remembers the generation it last saw and, after taking the lock, asks
  :func:`changes_since` what to reload.

The log is pruned by :func:`prune` (rows older than a day); a reader whose
generation is older than the pruned part reloads everything.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from django.db import OperationalError, connection, transaction
from django.utils import timezone

from processus.kb.models import RecordChange, RecordGeneration
from processus.kb.rows import Table

#: The advisory lock's key on PostgreSQL ("proc" in ASCII): one lock for the whole record.
WRITER_LOCK_KEY = 0x70726F63
#: How long change rows are kept for processes still running with an older index.
KEEP_CHANGES = timedelta(days=1)


def take_writer_lock() -> None:
    """Wait until no other writer holds the lock; held until this transaction ends.

    Must be called inside ``transaction.atomic()``.
    """
    if not connection.in_atomic_block:
        raise RuntimeError("the writer lock is taken inside a transaction")
    table = _table(RecordGeneration)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [WRITER_LOCK_KEY])
        else:
            # BEGIN IMMEDIATE holds the write lock already; under a deferred BEGIN this
            # write takes it before anything is read.
            cursor.execute(f"UPDATE {table} SET value = value WHERE id = 0")


@contextmanager
def writing() -> Iterator[None]:
    """A transaction holding the writer lock."""
    with transaction.atomic():
        take_writer_lock()
        yield


@dataclass(frozen=True)
class Generation:
    """Where the record stands: the last write, and the last generation pruned from the log."""

    value: int
    pruned_through: int


def _table(model: type[Any]) -> str:
    return str(connection.ops.quote_name(model._meta.db_table))


def current_generation() -> Generation:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT value, pruned_through FROM {_table(RecordGeneration)} WHERE id = 1")
        row = cursor.fetchone()
    return Generation(int(row[0]), int(row[1])) if row else Generation(0, 0)


def record_write(meetings: Iterable[int] = (), documents: Iterable[int] = ()) -> int:
    """Bump the generation and log what this transaction changed; the new generation.

    Call it under the writer lock, in the transaction that made the changes. Plain
    SQL: it runs once per ingested document.
    """
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {_table(RecordGeneration)} SET value = value + 1 WHERE id = 1 RETURNING value"
        )
        row = cursor.fetchone()
    if row is None:  # a database emptied by a test flush, or created without migrations' data
        RecordGeneration.objects.create(pk=1, value=1)
        value = 1
    else:
        value = int(row[0])
    now = timezone.now()
    rows: list[dict[str, Any]] = [
        {"generation": value, "meeting_id": m, "document_id": None, "at": now}
        for m in sorted(set(meetings))
    ]
    rows += [
        {"generation": value, "meeting_id": None, "document_id": d, "at": now}
        for d in sorted(set(documents))
    ]
    Table(RecordChange).insert(rows)
    return value


@dataclass
class Changes:
    """What other writers changed since a generation; ``everything`` when the log was pruned."""

    generation: int
    meetings: set[int] = field(default_factory=set)
    documents: set[int] = field(default_factory=set)
    everything: bool = False


def changes_since(seen: int) -> Changes:
    """The meetings and documents written after generation ``seen``."""
    now = current_generation()
    changes = Changes(now.value)
    if now.value == seen:
        return changes
    if seen < now.pruned_through or seen > now.value:
        changes.everything = True
        return changes
    for meeting_id, document_id in RecordChange.objects.filter(generation__gt=seen).values_list(
        "meeting_id", "document_id"
    ):
        if meeting_id is not None:
            changes.meetings.add(meeting_id)
        if document_id is not None:
            changes.documents.add(document_id)
    return changes


def prune(keep: timedelta = KEEP_CHANGES) -> int:
    """Delete change rows older than ``keep``; the number deleted. Under the writer lock."""
    old = RecordChange.objects.filter(at__lt=timezone.now() - keep)
    last = old.order_by("-generation").values_list("generation", flat=True).first()
    if last is None:
        return 0
    deleted, _ = RecordChange.objects.filter(generation__lte=last).delete()
    RecordGeneration.objects.filter(pk=1).update(pruned_through=last)
    return deleted


#: Tries of a locked step whose SQLite lock was not obtained within the busy timeout.
LOCK_ATTEMPTS = 4


def with_lock_retries(step: Callable[[], bool]) -> bool:
    """Run a locked step; a SQLite lock not obtained within the busy timeout is tried again."""
    for attempt in range(LOCK_ATTEMPTS):
        try:
            return step()
        except OperationalError as exc:
            if "locked" not in str(exc) or attempt == LOCK_ATTEMPTS - 1:
                raise
    return False
