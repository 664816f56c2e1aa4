"""Ingestion: store documents and consolidate the meetings they describe.

One document is one transaction: its row, its original file (kept under
``$PROCESSUS_DATA_DIR/documents``), its mentions, their evidence and the
meetings they touch are committed together, so an interrupted run loses nothing
already committed and a re-run does the rest. Re-ingesting a file whose content
and extraction fingerprint are known changes nothing; a changed file (same path,
new content) replaces only its own mentions and evidence and re-consolidates the
meetings they touched. Values set by an editor (evidence with method ``edited``)
are never overwritten: :func:`processus.kb.consolidation.shown_values` lets them
win.

Extraction may run in worker processes (``workers > 1``): the database
connections are closed before the pool forks, workers only read files and run
the engine (:mod:`processus.kb.reading`), and this process alone writes, in the
order of the input files, so the result does not depend on the number of
workers. The matching rules live in :mod:`processus.kb.consolidation`.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import logging
import operator
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import DatabaseError, IntegrityError, OperationalError, connection, transaction
from django.db.models import Count, JSONField
from django.dispatch import Signal

from processus.kb import consolidation as rules
from processus.kb.consolidation import MeetingIndex, MentionFacts
from processus.kb.models import (
    Document,
    Evidence,
    Meeting,
    MeetingLink,
    MeetingMention,
    MeetingRole,
)
from processus.kb.models.meetings import HELD_METHODS, MeetingKind
from processus.kb.partial_dates import parse_partial_date
from processus.kb.plan_links import sync_theme_links
from processus.kb.reading import (
    ReadResult,
    document_files,
    extraction_fingerprint,
    stored_name,
)
from processus.kb.reading_pool import read_all
from processus.kb.resolution import NameResolver
from processus.kb.rows import Table, fetch
from processus.kb.settling import Settler
from processus.kb.versions import find_version_of, index_document, normalise, version_family
from processus.kb.writer_lock import (
    changes_since,
    current_generation,
    prune,
    record_write,
    take_writer_lock,
    with_lock_retries,
    writing,
)

log = logging.getLogger(__name__)

_ROLE_FIELDS = (
    ("hosts", MeetingRole.Role.HOST),
    ("chairs", MeetingRole.Role.CHAIR),
    ("organisers", MeetingRole.Role.ORGANISER),
)
_RECORD_KEYS_STORED = tuple(rules.SCALAR_FIELDS + rules.LIST_FIELDS)
#: The report's counts of what was written, restored when a document's transaction fails.
_COUNTS = ("stored", "replaced", "unchanged", "mentions", "meetings_created",
           "meetings_merged", "meetings_updated")  # fmt: skip
#: Tries per document: a unique-key race is retried once, a busy SQLite lock a few times.
_ATTEMPTS = 4
#: Marks a key that was not in a table before a document changed it.
_ABSENT: Any = object()
#: The meeting columns consolidation writes (attnames), compared before writing.
_MEETING_FIELDS = (
    "kind", "title", "city", "country_id", "format", "status", "participants",
    "participants_qualifier", "countries_count", "recommendations", "themes",
    "follow_up_of_id", "start", "start_precision", "end", "end_precision",
    "registration_deadline", "registration_deadline_precision",
)  # fmt: skip


@dataclass
class _Links:
    """Role and dialogue rows to write after refreshing a document's meetings."""

    roles: list[dict[str, Any]] = field(default_factory=list)
    roles_dropped: list[int] = field(default_factory=list)
    dialogues: list[dict[str, Any]] = field(default_factory=list)
    dialogues_dropped: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class _Written:
    """A meeting as this run last wrote (or read) it: columns, roles and dialogues."""

    fields: dict[str, Any]
    roles: set[tuple[int, str, int]]
    dialogues: set[int]


@dataclass
class IngestReport:
    """What a run did; printed by ``processus ingest`` as its summary."""

    read: int = 0
    stored: int = 0
    replaced: int = 0
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    mentions: int = 0
    meetings_created: int = 0
    meetings_merged: int = 0
    meetings_updated: int = 0
    seconds: float = 0.0
    #: Of ``seconds``: writing (this process) and waiting for files read and extracted.
    writing_seconds: float = 0.0
    waiting_seconds: float = 0.0

    def lines(self) -> list[str]:
        out = [
            f"documents: {self.read} read, {self.stored} new, {self.replaced} changed, "
            f"{self.unchanged} unchanged, {len(self.failed)} failed",
            f"meetings: {self.meetings_created} created, {self.meetings_merged} merged "
            f"(a mention joined an existing meeting), {self.meetings_updated} updated; "
            f"{self.mentions} mentions stored",
        ]
        out += [f"failed: {path}: {reason}" for path, reason in self.failed]
        return out


def _keep_original(name: str, data: bytes) -> None:
    """Write the original file under its content-addressed name, once.

    Written before the document's transaction: a run killed in between leaves a
    file no row points at, which the next run reuses (same content, same name).
    """
    if default_storage.exists(name):
        if default_storage.size(name) == len(data):
            return
        default_storage.delete(name)  # a partial write from an interrupted run
    default_storage.save(name, ContentFile(data))


def _title(text: str) -> str:
    for line in text.splitlines():
        line = line.strip(" #*\t")
        if line:
            return line[:500]
    return ""


def _stored_record(
    record: dict[str, Any], extracted: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The contract's values of a mention, and (``extracted``) its dates as the engine
    guessed them, kept so the year can be chosen again when the record grows."""
    stored = {key: record.get(key) for key in _RECORD_KEYS_STORED}
    if extracted is not None:
        stored[rules.AS_EXTRACTED] = extracted
    return stored


def _as_extracted(record: dict[str, Any]) -> dict[str, Any]:
    """The fields a year resolution changes, with their evidence notes, as extracted
    (``chosen``, added by the caller, is the note of the year the record chose, if any)."""
    notes: dict[str, str] = {}
    for item in record.get("evidence", ()):
        name = item.get("field")
        if name in rules.YEAR_FIELDS and name not in notes:
            notes[name] = item.get("note") or ""
    return {**{name: record.get(name) for name in rules.YEAR_FIELDS}, "notes": notes}


class _Retry(Exception):
    """A document to ingest again in a later run (its state changed during this one)."""


class Ingestor:
    """Writes read documents into the knowledge base, keeping its working set in memory.

    The matching index holds every meeting's matching key (built from its
    mentions with the shown-value rule), so matching a mention costs no query.
    The mentions of each meeting (as :class:`MentionFacts`) and each meeting's
    columns, roles and dialogues as last written are kept too, filled from the
    database when a meeting is first touched, so re-consolidating a meeting
    reads only its editor values (one query per document, always fresh: an
    editor's correction made during the run still wins). Rows are written with
    plain multi-row SQL (:mod:`processus.kb.rows`). Changes to the index, to the
    known documents (``doc_info``, ``by_hash``, ``by_path``) and to the report's
    counts are journaled and undone when the document's transaction fails; the
    cached meetings it touched are dropped and read again when next needed.
    """

    def __init__(self, reference_date: date | None = None) -> None:
        self.reference_date = reference_date
        self.fingerprint = extraction_fingerprint(reference_date)
        self.report = IngestReport()
        self._journal: dict[int, rules.MeetingKey | None] | None = None
        self._dirty: set[int] = set()
        #: (table, key, old value or _ABSENT) of the known documents changed by this document
        self._undo: list[tuple[dict[Any, Any], Any, Any]] | None = None
        self.names = NameResolver()
        self._documents = Table(Document)
        self._meetings = Table(Meeting)
        self._mentions = Table(MeetingMention)
        self._evidence = Table(Evidence)
        self._roles = Table(MeetingRole)
        self._dialogues = Table(Meeting.dialogues.through)
        #: documents this document's transaction wrote or deleted, for the change log
        self._documents_touched: set[int] = set()
        #: meetings this run created: one folded or emptied before the end is not counted
        self._created_in_run: set[int] = set()
        self._load_all()

    def _load_all(self) -> None:
        """Load the known documents and the matching index from the database.

        The generation is read first: whatever another writer commits while this
        loads is logged under a later one, and read again by :meth:`_catch_up`.
        """
        #: the record generation this process's index reflects (-1: reload it all)
        self.generation = current_generation().value
        self.index = MeetingIndex()
        #: meeting id -> its mentions as the shown-value rule sees them
        self.mention_facts: dict[int, list[MentionFacts]] = {}
        #: meeting id -> its columns, roles and dialogues in the database
        self.written: dict[int, _Written] = {}
        #: document id -> (number of mentions, document date)
        self.doc_info: dict[int, tuple[int, date | None]] = {}
        self.by_path: dict[str, tuple[int, str]] = {}
        self.by_hash: dict[str, tuple[int, str, str]] = {}
        self._load_documents(Document.objects.all())
        self._load_index()

    def _load_documents(self, documents: Any) -> None:
        """Add these documents (a queryset) to the known documents, with mention counts."""
        ids = []
        for doc_id, path, content_hash, fingerprint, doc_date in documents.values_list(
            "id", "source_path", "content_hash", "extraction_fingerprint", "document_date"
        ):
            self.by_hash[content_hash] = (doc_id, path, fingerprint)
            if path:
                self.by_path[path] = (doc_id, content_hash)
            self.doc_info[doc_id] = (0, doc_date)
            ids.append(doc_id)
        mentions = MeetingMention.objects.values("document_id")
        if len(ids) < 500:
            mentions = mentions.filter(document_id__in=ids)
        for doc_id, count in mentions.annotate(n=Count("id")).values_list("document_id", "n"):
            if doc_id in self.doc_info:
                self.doc_info[doc_id] = (count, self.doc_info[doc_id][1])

    def _catch_up(self) -> None:
        """Reload what other writers changed since :attr:`generation` (under the lock)."""
        changes = changes_since(self.generation)
        if changes.generation == self.generation:
            return
        if changes.everything or self.generation < 0:
            self._load_all()
            return
        if changes.documents:
            gone = changes.documents
            for table in (self.by_hash, self.by_path):
                for key in [k for k, v in table.items() if v[0] in gone]:
                    del table[key]
            for doc_id in gone:
                self.doc_info.pop(doc_id, None)
            self._load_documents(Document.objects.filter(pk__in=sorted(gone)))
        if changes.meetings:
            ids = sorted(changes.meetings)
            self._forget(ids)
            for meeting_id in ids:
                self.index.remove(meeting_id)
            self._cached_facts(ids)
            edited = self._edited(ids)
            existing = set(Meeting.objects.filter(pk__in=ids).values_list("pk", flat=True))
            for meeting_id in ids:
                facts = self.mention_facts[meeting_id]
                if meeting_id not in existing:
                    self._forget([meeting_id])
                    continue
                shown = rules.shown_values(facts, edited.get(meeting_id))
                self.index.add(meeting_id, rules.key_of(shown.values, {f.document for f in facts}))
        self.generation = changes.generation

    # --- the matching index and the cached meetings --------------------------------------

    def _facts(self, row: dict[str, Any]) -> MentionFacts:
        count, doc_date = self.doc_info.get(row["document_id"], (1, None))
        return MentionFacts(
            id=row["id"],
            document=row["document_id"],
            record=row["record"],
            records_in_document=count or 1,
            document_date=doc_date,
            year_inferred=row["year_inferred"],
            follows_meeting=row["follows__meeting_id"],
        )

    _FACT_COLUMNS = ("id", "meeting_id", "document_id", "record", "year_inferred",
                     "follows__meeting_id")  # fmt: skip

    def _edited(self, meeting_ids: Iterable[int] | None) -> dict[int, dict[str, Any]]:
        """Editor values of these meetings (``None``: of every meeting), read now (one
        query), oldest first."""
        ids = None if meeting_ids is None else sorted(set(meeting_ids))
        edited: dict[int, dict[str, Any]] = {}
        if ids == []:
            return edited
        field = Evidence._meta.get_field("value")
        assert isinstance(field, JSONField)
        t = self._evidence
        of_these = ""
        if ids is not None:
            of_these = f"AND {t.columns['meeting_id']} IN ({', '.join(['%s'] * len(ids))}) "
        sql = (
            f"SELECT {t.columns['meeting_id']}, {t.columns['field']}, {t.columns['value']} "
            f"FROM {t.table} WHERE {t.columns['method']} IN (%s, %s) "
            f"AND {t.columns['meeting_id']} IS NOT NULL {of_these}"
            f"ORDER BY {t.columns['created_at']}, {t.pk}"
        )
        for meeting_id, name, value in fetch(sql, [*HELD_METHODS, *(ids or [])]):
            if value is not None:
                value = field.from_db_value(value, None, connection)  # type: ignore[arg-type]
            edited.setdefault(meeting_id, {})[name] = value
        # An editor's follow-up wins, unless the meeting it names is gone (merged or deleted
        # since): then none, as the database's ON DELETE SET NULL would have made it.
        follows = {v.get("follow_up_of") for v in edited.values()} - {None}
        if follows:
            ids_ok = {i for i in follows if isinstance(i, int) and not isinstance(i, bool)}
            existing = set(Meeting.objects.filter(pk__in=ids_ok).values_list("pk", flat=True))
            for values in edited.values():
                if "follow_up_of" in values and values["follow_up_of"] not in existing:
                    values["follow_up_of"] = None
        return edited

    def _load_index(self) -> None:
        """Build the matching index from every mention, one meeting's mentions at a time.

        Only the keys stay: a meeting's mentions are read again (:meth:`_cached_facts`)
        when a document touches it. Keeping every mention's record here made each
        writer (each queued task) hold the whole record's mentions in memory, so its
        memory grew with the knowledge base by about 8 kB per document.
        """
        edited = self._edited(None)
        rows = MeetingMention.objects.order_by("meeting_id", "id").values(*self._FACT_COLUMNS)
        for meeting_id, group in itertools.groupby(
            rows.iterator(chunk_size=5000), key=operator.itemgetter("meeting_id")
        ):
            facts = [self._facts(row) for row in group]
            shown = rules.shown_values(facts, edited.get(meeting_id))
            self.index.add(meeting_id, rules.key_of(shown.values, {f.document for f in facts}))

    def _forget(self, meeting_ids: Iterable[int]) -> None:
        """Drop cached meetings; they are read from the database when next touched."""
        for meeting_id in meeting_ids:
            self.mention_facts.pop(meeting_id, None)
            self.written.pop(meeting_id, None)

    def _cached_facts(self, meeting_ids: list[int]) -> None:
        missing = [i for i in meeting_ids if i not in self.mention_facts]
        if not missing:
            return
        for i in missing:
            self.mention_facts[i] = []
        for row in (
            MeetingMention.objects.filter(meeting_id__in=missing)
            .order_by()
            .values(*self._FACT_COLUMNS)
        ):
            self.mention_facts[row["meeting_id"]].append(self._facts(row))

    def _cached_written(self, meeting_ids: list[int]) -> None:
        missing = [i for i in meeting_ids if i not in self.written]
        if not missing:
            return
        found: dict[int, _Written] = {}
        for row in Meeting.objects.filter(pk__in=missing).order_by().values("id", *_MEETING_FIELDS):
            found[row.pop("id")] = _Written(row, set(), set())
        if found:
            for meeting_id, actor_id, role, position in (
                MeetingRole.objects.filter(meeting_id__in=list(found))
                .order_by()
                .values_list("meeting_id", "actor_id", "role", "position")
            ):
                found[meeting_id].roles.add((actor_id, role, position))
            through = Meeting.dialogues.through
            for meeting_id, dialogue_id in through.objects.filter(
                meeting_id__in=list(found)
            ).values_list("meeting_id", "dialogue_id"):
                found[meeting_id].dialogues.add(dialogue_id)
        self.written.update(found)

    # --- one document -------------------------------------------------------------------

    def known_hashes(self) -> frozenset[str]:
        """Hashes whose document was extracted with this run's fingerprint."""
        return frozenset(h for h, (_, _, fp) in self.by_hash.items() if fp == self.fingerprint)

    def store(self, result: ReadResult) -> str:
        """Store one read document in its own transaction; returns what happened.

        The transaction holds the writer lock (:mod:`processus.kb.writer_lock`) and
        starts by catching up with what other writers committed since this process
        last looked, so its decisions (which document this content is, which meeting
        a mention joins) are taken on the current record. A unique-key failure (a
        writer that does not take the lock) is retried once on a fully reloaded
        index; a lock not obtained within the busy timeout is waited for again.
        """
        self.report.read += 1
        if result.error:
            self.report.failed.append((result.path, result.error))
            return "failed"
        for attempt in range(_ATTEMPTS):
            try:
                return self._attempt(result)
            except IntegrityError as exc:
                if attempt >= 1:
                    return self._failed(result, exc)
                self.generation = -1  # reload everything before the retry
            except OperationalError as exc:
                if "locked" not in str(exc) or attempt == _ATTEMPTS - 1:
                    return self._failed(result, exc)
            except Exception as exc:  # one bad document must not stop a long run
                return self._failed(result, exc)
        raise AssertionError("unreachable")  # pragma: no cover

    def _attempt(self, result: ReadResult) -> str:
        pending: dict[int, rules.MeetingKey | None] = {}
        counts = {name: getattr(self.report, name) for name in _COUNTS}
        generation = None
        try:
            with transaction.atomic():
                take_writer_lock()
                self._catch_up()  # not journaled: what others committed stays true
                self._journal = {}
                self._dirty = set()
                self._undo = []
                self._documents_touched = set()
                outcome = self._store(result, pending)
                if self._dirty or self._documents_touched:
                    generation = record_write(self._dirty, self._documents_touched)
        except Exception:
            for meeting_id, key in (self._journal or {}).items():  # undo the index too
                self._index_set(meeting_id, key)
            for table, table_key, old in reversed(self._undo or []):  # and the known documents
                if old is _ABSENT:
                    table.pop(table_key, None)
                else:
                    table[table_key] = old
            for name, count in counts.items():
                setattr(self.report, name, count)
            self._forget(self._dirty)
            raise
        finally:
            self._journal = None
            self._dirty = set()
            self._undo = None
        if generation is not None:
            self.generation = generation
        return outcome

    def _failed(self, result: ReadResult, exc: Exception) -> str:
        if isinstance(exc, _Retry):
            reason = str(exc)
        elif isinstance(exc, DatabaseError):
            reason = f"database error: {exc}"
        else:
            log.exception("ingesting %s failed", result.path, exc_info=exc)
            reason = f"could not be stored ({type(exc).__name__}: {exc})"
        self.report.failed.append((result.path, reason))
        return "failed"

    def _known(self, table: dict[Any, Any], key: Any, value: Any = _ABSENT) -> None:
        """Set (or, without ``value``, drop) a known document, journaled like the index."""
        if self._undo is not None:
            self._undo.append((table, key, table.get(key, _ABSENT)))
        if value is _ABSENT:
            table.pop(key, None)
        else:
            table[key] = value

    def _index_set(self, meeting_id: int, key: rules.MeetingKey | None) -> None:
        """Change the index now, remembering the old key in case the transaction fails."""
        if self._journal is not None and meeting_id not in self._journal:
            self._journal[meeting_id] = self.index.keys.get(meeting_id)
        if key is None:
            self.index.remove(meeting_id)
        else:
            self.index.add(meeting_id, key)

    def _store(self, result: ReadResult, pending: dict[int, rules.MeetingKey | None]) -> str:
        same_content = self.by_hash.get(result.content_hash)
        old_version = self.by_path.get(result.source_path)
        if same_content is not None and same_content[2] == self.fingerprint:
            # This content is stored already, extracted by this engine.
            if old_version is not None and old_version[0] != same_content[0]:
                # The file at this path now holds content stored under another path.
                self._delete_document(old_version[0], pending)
                self._known(
                    self.by_path, result.source_path, (same_content[0], result.content_hash)
                )
                self.report.replaced += 1
                return "replaced"
            self.report.unchanged += 1
            return "unchanged"
        if result.unchanged:  # known when the run started, removed since by another file
            raise _Retry("its stored copy was replaced during this run; ingest it again")

        name = result.stored_as or stored_name(result.content_hash, result.path)
        if not result.stored_as:
            _keep_original(name, result.data)
        document_date = date.fromisoformat(result.document_date) if result.document_date else None
        values: dict[str, Any] = {
            "file": name,
            "original_name": Path(result.path).name[:500],
            "content_hash": result.content_hash,
            "media_type": result.media_type,
            "size": result.size,
            "language": result.language[:8],
            "text": result.text,
            "extraction_fingerprint": self.fingerprint,
            "document_date": document_date,
            "document_date_precision": "day" if document_date else "",
            "kind": result.document_kind,
            "kind_reason": result.document_kind_reason[:300],
        }
        touched: set[int] = set()
        if same_content is None and old_version is None:
            outcome = "stored"
            values["source_path"] = result.source_path
            values["title"] = _title(result.text)
            document_id = self._documents.insert([values], returning=True)[0]
            source_path = result.source_path
        else:
            outcome = "replaced"
            if same_content is not None:  # re-extracted with another engine or reference date
                document = Document.objects.get(pk=same_content[0])
                if old_version is not None and old_version[0] != document.pk:
                    self._delete_document(old_version[0], pending)
            else:
                assert old_version is not None
                document = Document.objects.get(pk=old_version[0])
                self._known(self.by_hash, document.content_hash)
            touched = self._drop_mentions(document.pk)
            for key, value in values.items():
                setattr(document, key, value)
            if old_version is not None and same_content is None:
                document.source_path = result.source_path
            document.source_path = document.source_path or result.source_path
            document.title = document.title or _title(result.text)
            document.save()
            document_id, source_path = document.pk, document.source_path
        self._known(self.doc_info, document_id, (len(result.records), document_date))
        self._documents_touched.add(document_id)
        family = self._link_version(document_id, result.text, new=outcome == "stored")

        created: set[int] = set()
        mentions = self._add_mentions(document_id, document_date, result, created, family)
        touched |= set(mentions)
        self._refresh_many(sorted(touched), created, pending)

        self._known(self.by_hash, result.content_hash, (document_id, source_path, self.fingerprint))
        self._known(self.by_path, result.source_path, (document_id, result.content_hash))
        if outcome == "stored":
            self.report.stored += 1
        else:
            self.report.replaced += 1
        return outcome

    def _link_version(
        self, document_id: int, text: str, *, new: bool
    ) -> list[tuple[int, int, int]]:
        """Index the document's text and link it to the document it is a version of.

        Returns the ``(document, position, meeting)`` of the mentions of the other
        documents of its family (none when it is no version), oldest document first.
        """
        normalised = normalise(text)
        index_document(document_id, normalised, replace=not new)
        match = find_version_of(document_id, normalised)
        if match is not None or not new:  # a new row has no link to write or clear
            self._documents.update(
                document_id,
                {
                    "version_of_id": match.document_id if match else None,
                    "version_reason": match.reason[:200] if match else "",
                },
            )
        if match is None:
            return []
        family = version_family(match.document_id, document_id)
        return list(
            MeetingMention.objects.filter(document_id__in=family)
            .order_by("document_id", "position")
            .values_list("document_id", "position", "meeting_id")
        )

    def _meeting_of(
        self,
        key: rules.MeetingKey,
        position: int,
        count: int,
        family: list[tuple[int, int, int]],
        taken: list[int | None],
    ) -> int | None:
        """The meeting a mention joins: for a version, a meeting of its family first.

        A version's record joins the family meeting it matches best; when it
        matches none (the copy corrected the date or the place), the meeting of
        the record at the same position in a family document that describes as
        many meetings, if its date is near enough to be a correction
        (:func:`~processus.kb.consolidation.near_in_time`). Two records of one
        document never share a meeting.
        """
        if family:
            used = {m for m in taken if m is not None}
            scored = []
            for meeting_id in sorted({m for _, _, m in family} - used):
                known = self.index.keys.get(meeting_id)
                score = rules.match_score(key, known) if known is not None else None
                if score is not None:
                    scored.append((-score, meeting_id))
            if scored:
                return min(scored)[1]
            sizes: dict[int, int] = {}
            for doc, _, _ in family:
                sizes[doc] = sizes.get(doc, 0) + 1
            for doc, at, meeting_id in family:
                same_place = sizes[doc] == count and at == position
                known = self.index.keys.get(meeting_id)
                if (
                    same_place
                    and meeting_id not in used
                    and known is not None
                    and rules.near_in_time(key, known)
                ):
                    return meeting_id
        return self.index.find(key)

    def _drop_mentions(self, document_id: int) -> set[int]:
        """Delete a document's mentions (and their evidence); the meetings they were in."""
        touched = set(
            MeetingMention.objects.filter(document_id=document_id).values_list(
                "meeting_id", flat=True
            )
        )
        MeetingMention.objects.filter(document_id=document_id).delete()
        self._forget(touched)
        self._dirty |= touched
        for meeting_id in touched:  # the new version may describe these meetings again
            key = self.index.keys.get(meeting_id)
            if key is not None:
                self._index_set(
                    meeting_id,
                    dataclasses.replace(key, documents=key.documents - {document_id}),
                )
        return touched

    def _add_mentions(
        self,
        document_id: int,
        document_date: date | None,
        result: ReadResult,
        created: set[int],
        family: list[tuple[int, int, int]],
    ) -> list[int]:
        """Store the document's mentions and evidence; the meeting of each mention, in order.

        Meetings that are new get all their columns in one INSERT; the meetings the
        mentions joined are re-consolidated afterwards by :meth:`_refresh_many`.
        """
        links = rules.follow_up_links(result.text, result.records)
        count = len(result.records)
        meeting_of: list[int | None] = []
        stored: list[dict[str, Any]] = []
        notes: list[str | None] = []
        inferred: list[bool] = []
        for position, record in enumerate(result.records):
            extracted = _as_extracted(record) if rules.year_was_inferred(record) else None
            record, note = self._with_resolved_year(record, document_id)
            if extracted is not None:
                extracted["chosen"] = note
            result.records[position] = record
            notes.append(note)
            stored.append(_stored_record(record, extracted))
            inferred.append(rules.year_was_inferred(record) and note is None)
            key = rules.key_of(record, [document_id])
            meeting_of.append(self._meeting_of(key, position, count, family, meeting_of))

        new = [p for p, m in enumerate(meeting_of) if m is None]
        if new:
            rows = []
            for p in new:
                alone = MentionFacts(0, document_id, stored[p], count, document_date, inferred[p])
                rows.append(self._columns(rules.shown_values([alone]), None))
            ids = self._meetings.insert(rows, returning=True)
            for p, meeting_id, row in zip(new, ids, rows, strict=True):
                meeting_of[p] = meeting_id
                created.add(meeting_id)
                self._created_in_run.add(meeting_id)
                self.mention_facts[meeting_id] = []
                self.written[meeting_id] = _Written(row, set(), set())
            self.report.meetings_created += len(new)
        self.report.meetings_merged += count - len(new)
        meetings = [m for m in meeting_of if m is not None]
        self._dirty |= set(meetings)

        rows = []
        for position, record in enumerate(result.records):
            first, last, precision = rules.day_span(record.get("start"), record.get("end"))
            rows.append(
                {
                    "document_id": document_id,
                    "position": position,
                    "meeting_id": meetings[position],
                    "record": stored[position],
                    "kind": record.get("kind") or "",
                    "first_day": first,
                    "last_day": last,
                    "precision": precision,
                    "year_inferred": inferred[position],
                    "city": (record.get("city") or "")[:200],
                    "follows_id": None,
                }
            )
        mention_ids = self._mentions.insert(rows, returning=True)
        for position, earlier in links.items():
            self._mentions.update(mention_ids[position], {"follows_id": mention_ids[earlier]})
        self._cached_facts(meetings)
        for position, mention_id in enumerate(mention_ids):
            link = links.get(position)
            self.mention_facts[meetings[position]].append(
                MentionFacts(
                    id=mention_id,
                    document=document_id,
                    record=stored[position],
                    records_in_document=count or 1,
                    document_date=document_date,
                    year_inferred=inferred[position],
                    follows_meeting=meetings[link] if link is not None else None,
                )
            )

        evidence = []
        for position, (record, note) in enumerate(zip(result.records, notes, strict=True)):
            for item in record.get("evidence", ()):
                name = item.get("field", "")
                item_note = item.get("note") or ""
                if note and name in ("start", "end", "status"):
                    item_note = note
                evidence.append(
                    {
                        "meeting_id": meetings[position],
                        "mention_id": mention_ids[position],
                        "document_id": document_id,
                        "field": name[:40],
                        "value": record.get(name),
                        "start": item.get("start"),
                        "end": item.get("end"),
                        "quote": item.get("text") or "",
                        "method": (
                            Evidence.Method.INFERRED
                            if item.get("inferred")
                            else Evidence.Method.EXTRACTED
                        ),
                        "note": item_note[:300],
                    }
                )
        self._evidence.insert(evidence)
        self.report.mentions += len(mention_ids)
        return meetings

    def _with_resolved_year(
        self, record: dict[str, Any], document_id: int
    ) -> tuple[dict[str, Any], str | None]:
        """Give a year-less date the year the knowledge base makes unambiguous."""
        if not rules.year_was_inferred(record):
            return record, None
        return self._resolved_year(record, document_id)

    def _resolved_year(
        self, record: dict[str, Any], document_id: int
    ) -> tuple[dict[str, Any], str | None]:
        chair_years = self.names.chair_years(
            record.get("chairs") or [], record.get("dialogues") or []
        )
        found = rules.resolve_year(record, document_id, self.index, chair_years, self._dated)
        if found is None:
            return record, None
        year, note = found
        if record.get("start", "")[:4] == f"{year:04d}":
            return record, note
        moved = dict(record)
        moved["start"] = rules.with_year(record.get("start"), year)
        moved["end"] = rules.with_year(record.get("end") or record.get("start"), year)
        if moved.get("status") and self.reference_date is None:
            moved["status"] = "past" if moved["start"] < date.today().isoformat() else "upcoming"
        return moved, note

    def _new_meeting(self, record: dict[str, Any], year_inferred: bool) -> int:
        """A meeting of one mention's values alone (its mention is attached by the caller)."""
        facts = MentionFacts(0, 0, record, 1, None, year_inferred)
        columns = self._columns(rules.shown_values([facts]), None)
        meeting_id = self._meetings.insert([columns], returning=True)[0]
        self.written[meeting_id] = _Written(columns, set(), set())
        self._created_in_run.add(meeting_id)
        self.report.meetings_created += 1
        return meeting_id

    def _dated(self, meeting_id: int) -> bool:
        """Whether a source gives the meeting's day with its year, or an editor set its date.

        Only such meetings date a year-less mention: one known by guessed years would
        confirm its own guess, and one known by its year alone ("a workshop in 2021")
        is too loose, and would depend on which month-only mentions were folded into
        which meeting first.
        """
        self._cached_facts([meeting_id])
        for facts in self.mention_facts[meeting_id]:
            start = facts.record.get("start") or ""
            if len(start) == 10 and not rules.year_was_guessed(facts.record):
                return True
        return "start" in self._edited([meeting_id]).get(meeting_id, {})

    # --- meetings -----------------------------------------------------------------------

    def _refresh(
        self, meeting_id: int, created: set[int], pending: dict[int, rules.MeetingKey | None]
    ) -> None:
        self._refresh_many([meeting_id], created, pending)

    def _refresh_many(
        self,
        meeting_ids: list[int],
        created: set[int],
        pending: dict[int, rules.MeetingKey | None],
    ) -> None:
        """Recompute meetings' shown values from their mentions; delete those left with none.

        Reads only the editor values (and the meetings not cached yet), then writes
        only what changed.
        """
        self._dirty |= set(meeting_ids)
        self._cached_facts(meeting_ids)
        self._cached_written(meeting_ids)
        edited = self._edited(i for i in meeting_ids if i not in created)
        links = _Links()
        for meeting_id in meeting_ids:
            state = self.written.get(meeting_id)
            if state is None:  # deleted meanwhile
                self._forget([meeting_id])
                self._index_set(meeting_id, None)
                continue
            facts = self.mention_facts[meeting_id]
            mine = edited.get(meeting_id, {})
            if not (facts or mine or self._has_other_data(meeting_id)):
                Meeting.objects.filter(pk=meeting_id).delete()
                if meeting_id in self._created_in_run:
                    self._created_in_run.discard(meeting_id)
                    self.report.meetings_created -= 1
                self._forget([meeting_id])
                self._index_set(meeting_id, None)
                continue
            shown = rules.shown_values(facts, mine)
            changed = self._write(meeting_id, state, shown, links)
            if changed and meeting_id not in created:
                self.report.meetings_updated += 1
            self._index_set(meeting_id, rules.key_of(shown.values, {f.document for f in facts}))
        self._write_links(links)

    def _write_links(self, links: _Links) -> None:
        """Roles and dialogues of the refreshed meetings, in a few statements."""
        if links.roles_dropped:
            self._roles.delete_where("meeting_id", links.roles_dropped)
        self._roles.insert(links.roles)
        for meeting_id, dialogue_id in links.dialogues_dropped:
            self._dialogues.delete_where("meeting_id", [meeting_id], dialogue_id=[dialogue_id])
        # An editor may have added one of them during the run: keep theirs.
        self._dialogues.insert(links.dialogues, ignore_conflicts=True)

    @staticmethod
    def _has_other_data(meeting_id: int) -> bool:
        """Outcomes or an editor's plan links: data a meeting without sources keeps.

        Links made from the extracted themes do not count: they follow the
        mentions, and were kept the meeting would stay behind empty once
        :func:`sync_theme_links` drops them at the end of the run.
        """
        meeting = Meeting(pk=meeting_id)
        editors_links = meeting.links.exclude(source=MeetingLink.Source.EXTRACTED)
        return meeting.outcomes.exists() or editors_links.exists()

    def _columns(self, shown: rules.ShownValues, meeting_id: int | None) -> dict[str, Any]:
        """The meeting columns that show ``shown``."""
        v = shown.values
        fields: dict[str, Any] = {
            "kind": v["kind"] or MeetingKind.OTHER,
            "title": (v["title"] or "")[:500],
            "city": (v["city"] or "")[:200],
            "country_id": self.names.country(v["country"]),
            "format": v["format"] or "",
            "status": v["status"] or "",
            "participants": v["participants"],
            "participants_qualifier": v["participants_qualifier"] or "",
            "countries_count": v["countries_count"],
            "recommendations": v["recommendations"],
            "themes": list(v["themes"]),
            "follow_up_of_id": (shown.follow_up_of if shown.follow_up_of != meeting_id else None),
        }
        fields.update(_date_fields("start", v["start"]))
        end = _date_fields("end", v["end"])
        if fields["start"] is None or end["end"] is None or end["end"] < fields["start"]:
            end = {"end": fields["start"], "end_precision": fields["start_precision"]}
        fields.update(end)
        fields.update(_date_fields("registration_deadline", v["registration_deadline"]))
        return fields

    def _write(
        self, meeting_id: int, state: _Written, shown: rules.ShownValues, links: _Links
    ) -> bool:
        """Update the meeting's changed columns; collect its role and dialogue changes."""
        fields = self._columns(shown, meeting_id)
        changed = {name: value for name, value in fields.items() if state.fields[name] != value}
        if changed:
            self._meetings.update(meeting_id, changed)
            state.fields.update(changed)

        v = shown.values
        wanted_roles: list[tuple[int, str, int]] = []
        for list_field, role in _ROLE_FIELDS:
            position = 0
            for name in v[list_field]:
                actor_id = self.names.actor(name)
                if actor_id is not None and (actor_id, role) not in {
                    (a, r) for a, r, _ in wanted_roles
                }:
                    wanted_roles.append((actor_id, role, position))
                    position += 1
        changed_roles = set(wanted_roles) != state.roles
        if changed_roles:
            if state.roles:
                links.roles_dropped.append(meeting_id)
            links.roles += [
                {"meeting_id": meeting_id, "actor_id": a, "role": r, "position": p}
                for a, r, p in wanted_roles
            ]
            state.roles = set(wanted_roles)

        wanted_dialogues = {d for d in (self.names.dialogue(n) for n in v["dialogues"]) if d}
        changed_dialogues = wanted_dialogues != state.dialogues
        if changed_dialogues:
            for d in sorted(state.dialogues - wanted_dialogues):
                links.dialogues_dropped.append((meeting_id, d))
            links.dialogues += [
                {"meeting_id": meeting_id, "dialogue_id": d}
                for d in sorted(wanted_dialogues - state.dialogues)
            ]
            state.dialogues = wanted_dialogues
        return bool(changed) or changed_roles or changed_dialogues

    def _delete_document(
        self, document_id: int, pending: dict[int, rules.MeetingKey | None]
    ) -> None:
        touched = set(
            MeetingMention.objects.filter(document_id=document_id).values_list(
                "meeting_id", flat=True
            )
        )
        doc = Document.objects.get(pk=document_id)
        self._documents_touched.add(document_id)
        self._known(self.by_hash, doc.content_hash)
        doc.delete()
        self._known(self.doc_info, document_id)
        self._forget(touched)
        self._refresh_many(sorted(touched), set(), pending)

    # --- the end of a run ---------------------------------------------------------------

    def settle(self) -> None:
        """Place again the mentions whose place depended on order (:mod:`.settling`)."""
        Settler(self).settle()

    def merge_vague_meetings(self) -> int:
        """Fold month- or year-only meetings into the one day-precise meeting they match.

        Each merge is one transaction under the writer lock; a pair found before
        another writer changed the record is checked again on the current index.
        """
        merged = 0
        for vague, target in rules.vague_targets(self.index):
            if with_lock_retries(functools.partial(self._merge_vague, vague, target)):
                merged += 1
        self.report.meetings_merged += merged
        return merged

    def _merge_vague(self, vague: int, target: int) -> bool:
        try:
            with writing():
                self._catch_up()
                key = self.index.keys.get(vague)
                if key is None or target not in self.index.keys:
                    return False
                precise = [
                    m
                    for _, m in self.index.compatible(key, exclude=vague)
                    if self.index.keys[m].day_precise
                ]
                if precise != [target]:
                    return False
                pending: dict[int, rules.MeetingKey | None] = {}
                followers = list(
                    Meeting.objects.filter(follow_up_of_id=vague).values_list("pk", flat=True)
                )
                MeetingMention.objects.filter(meeting_id=vague).update(meeting_id=target)
                Evidence.objects.filter(meeting_id=vague, mention__isnull=False).update(
                    meeting_id=target
                )
                Meeting.objects.filter(pk__in=followers).update(follow_up_of_id=target)
                # Mentions that build on the moved ones now point at another meeting.
                self.mention_facts.clear()
                self.written.clear()
                self._refresh_many([target, vague], set(), pending)
                self.generation = record_write([target, vague, *followers])
        except Exception:
            self.generation = -1  # the index may hold this merge: reload it before going on
            raise
        return True

    def sync_theme_links(self) -> None:
        """Theme links of every meeting, under the writer lock (read and written as one)."""

        def sync() -> bool:
            with writing():
                sync_theme_links()  # links are in no process's memory: nothing to log
            return True

        with_lock_retries(sync)


def _date_fields(name: str, value: str | None) -> dict[str, Any]:
    if not value:
        return {name: None, f"{name}_precision": "day"}
    try:
        day, precision = parse_partial_date(value)
    except ValueError:
        return {name: None, f"{name}_precision": "day"}
    return {name: day, f"{name}_precision": str(precision)}


def _prune_changes() -> bool:
    with writing():
        prune()
    return True


#: Sent once an ingestion run has written everything (``report``: its IngestReport), so
#: derived data written by plain SQL gets caught up by the writer (the search index),
#: never by a reader.
ingested = Signal()


def ingest(
    paths: Iterable[str | Path],
    *,
    workers: int = 1,
    reference_date: date | None = None,
    on_document: Callable[[ReadResult, str], None] | None = None,
    on_total: Callable[[int], None] | None = None,
) -> IngestReport:
    """Ingest files and directories; see the module documentation for the guarantees."""
    started = time.perf_counter()
    ingestor = Ingestor(reference_date)
    files: list[str] = []
    for path, problem in document_files(paths):
        if problem:
            ingestor.report.read += 1
            ingestor.report.failed.append((path, problem))
        else:
            files.append(path)
    if on_total:
        on_total(len(files))
    report = ingestor.report
    results = read_all(files, reference_date, ingestor.known_hashes(), workers)
    clock = time.perf_counter()
    for result in results:
        now = time.perf_counter()
        report.waiting_seconds += now - clock
        outcome = ingestor.store(result)
        if on_document:
            on_document(result, outcome)
        clock = time.perf_counter()
        report.writing_seconds += clock - now
    ingestor.settle()
    ingestor.sync_theme_links()
    with_lock_retries(_prune_changes)
    ingested.send(sender=Ingestor, report=report)
    report.writing_seconds += time.perf_counter() - clock
    if ingestor.names.unknown:
        log.warning(
            "names not in the reference data: %s", ", ".join(sorted(ingestor.names.unknown))
        )
    ingestor.report.seconds = time.perf_counter() - started
    return ingestor.report
