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
import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import DatabaseError, connections, transaction
from django.db.models import Count

from processus.kb import consolidation as rules
from processus.kb.consolidation import MeetingIndex, MentionFacts
from processus.kb.models import (
    Document,
    Evidence,
    Meeting,
    MeetingMention,
    MeetingRole,
)
from processus.kb.models.meetings import MeetingKind
from processus.kb.partial_dates import parse_partial_date
from processus.kb.reading import (
    ReadResult,
    document_files,
    extraction_fingerprint,
    init_worker,
    read_document,
    read_in_worker,
)
from processus.kb.resolution import NameResolver

log = logging.getLogger(__name__)

_ROLE_FIELDS = (
    ("hosts", MeetingRole.Role.HOST),
    ("chairs", MeetingRole.Role.CHAIR),
    ("organisers", MeetingRole.Role.ORGANISER),
)
_RECORD_KEYS_STORED = tuple(rules.SCALAR_FIELDS + rules.LIST_FIELDS)


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


def _stored_name(content_hash: str, path: str) -> str:
    suffix = Path(path).suffix.lower()[:10]
    return f"originals/{content_hash[:2]}/{content_hash}{suffix}"


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


def _stored_record(record: dict[str, Any]) -> dict[str, Any]:
    return {key: record.get(key) for key in _RECORD_KEYS_STORED}


class _Retry(Exception):
    """A document to ingest again in a later run (its state changed during this one)."""


class Ingestor:
    """Writes read documents into the knowledge base, keeping a matching index in memory.

    The index holds every meeting's matching key (built from its mentions with
    the shown-value rule), so matching a mention costs no query. Changes to the
    index are journaled and undone when the document's transaction fails.
    """

    def __init__(self, reference_date: date | None = None) -> None:
        self.reference_date = reference_date
        self.fingerprint = extraction_fingerprint(reference_date)
        self.report = IngestReport()
        self._journal: dict[int, rules.MeetingKey | None] | None = None
        self.names = NameResolver()
        self.index = MeetingIndex()
        #: document id -> (number of mentions, document date)
        self.doc_info: dict[int, tuple[int, date | None]] = {}
        self.by_path: dict[str, tuple[int, str]] = {}
        self.by_hash: dict[str, tuple[int, str, str]] = {}
        for doc_id, path, content_hash, fingerprint, doc_date in Document.objects.values_list(
            "id", "source_path", "content_hash", "extraction_fingerprint", "document_date"
        ):
            self.by_hash[content_hash] = (doc_id, path, fingerprint)
            if path:
                self.by_path[path] = (doc_id, content_hash)
            self.doc_info[doc_id] = (0, doc_date)
        for doc_id, count in (
            MeetingMention.objects.values("document_id")
            .annotate(n=Count("id"))
            .values_list("document_id", "n")
        ):
            self.doc_info[doc_id] = (count, self.doc_info.get(doc_id, (0, None))[1])
        self._load_index()

    # --- the matching index -------------------------------------------------------------

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

    def _edited(self, meeting_ids: Iterable[int]) -> dict[int, dict[str, Any]]:
        edited: dict[int, dict[str, Any]] = {}
        rows = Evidence.objects.filter(
            meeting_id__in=list(meeting_ids), method=Evidence.Method.EDITED
        ).order_by("created_at", "id")
        for meeting_id, name, value in rows.values_list("meeting_id", "field", "value"):
            edited.setdefault(meeting_id, {})[name] = value
        return edited

    def _load_index(self) -> None:
        grouped: dict[int, list[MentionFacts]] = {}
        for row in MeetingMention.objects.values(*self._FACT_COLUMNS).iterator(chunk_size=5000):
            grouped.setdefault(row["meeting_id"], []).append(self._facts(row))
        edited = self._edited(grouped)
        for meeting_id, facts in grouped.items():
            shown = rules.shown_values(facts, edited.get(meeting_id))
            self.index.add(meeting_id, rules.key_of(shown.values, {f.document for f in facts}))

    # --- one document -------------------------------------------------------------------

    def known_hashes(self) -> frozenset[str]:
        """Hashes whose document was extracted with this run's fingerprint."""
        return frozenset(h for h, (_, _, fp) in self.by_hash.items() if fp == self.fingerprint)

    def store(self, result: ReadResult) -> str:
        """Store one read document in its own transaction; returns what happened."""
        self.report.read += 1
        if result.error:
            self.report.failed.append((result.path, result.error))
            return "failed"
        pending: dict[int, rules.MeetingKey | None] = {}
        self._journal = {}
        try:
            with transaction.atomic():
                outcome = self._store(result, pending)
        except Exception as exc:  # one bad document must not stop a long run
            for meeting_id, key in (self._journal or {}).items():  # undo the index too
                self._index_set(meeting_id, key)
            if isinstance(exc, _Retry):
                reason = str(exc)
            elif isinstance(exc, DatabaseError):
                reason = f"database error: {exc}"
            else:
                log.exception("ingesting %s failed", result.path)
                reason = f"could not be stored ({type(exc).__name__}: {exc})"
            self.report.failed.append((result.path, reason))
            return "failed"
        finally:
            self._journal = None
        return outcome

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
                self.by_path[result.source_path] = (same_content[0], result.content_hash)
                self.report.replaced += 1
                return "replaced"
            self.report.unchanged += 1
            return "unchanged"
        if result.unchanged:  # known when the run started, removed since by another file
            raise _Retry("its stored copy was replaced during this run; ingest it again")

        if same_content is not None:
            document = Document.objects.get(pk=same_content[0])
            outcome = "replaced"  # re-extracted with another engine or reference date
            if old_version is not None and old_version[0] != document.pk:
                self._delete_document(old_version[0], pending)
        elif old_version is not None:
            document = Document.objects.get(pk=old_version[0])
            self.by_hash.pop(document.content_hash, None)
            outcome = "replaced"
        else:
            document = Document()
            outcome = "stored"
        touched = set(
            MeetingMention.objects.filter(document_id=document.pk).values_list(
                "meeting_id", flat=True
            )
            if document.pk
            else ()
        )
        if document.pk:
            MeetingMention.objects.filter(document_id=document.pk).delete()
            for meeting_id in touched:  # the new version may describe these meetings again
                key = self.index.keys.get(meeting_id)
                if key is not None:
                    self._index_set(
                        meeting_id,
                        dataclasses.replace(key, documents=key.documents - {document.pk}),
                    )

        name = _stored_name(result.content_hash, result.path)
        _keep_original(name, result.data)
        document.file.name = name
        document.original_name = Path(result.path).name[:500]
        document.source_path = document.source_path or result.source_path
        if old_version is not None and same_content is None:
            document.source_path = result.source_path
        document.content_hash = result.content_hash
        document.media_type = result.media_type
        document.size = result.size
        document.language = result.language[:8]
        document.text = result.text
        document.title = document.title or _title(result.text)
        document.extraction_fingerprint = self.fingerprint
        if result.document_date:
            document.document_date = date.fromisoformat(result.document_date)
            document.document_date_precision = "day"
        else:
            document.document_date = None
            document.document_date_precision = ""
        document.save()
        self.doc_info[document.pk] = (len(result.records), document.document_date)

        created: set[int] = set()
        mentions = self._add_mentions(document, result, created, pending)
        touched |= {m.meeting_id for m in mentions}
        self._refresh_many(sorted(touched), created, pending)

        self.by_hash[result.content_hash] = (document.pk, document.source_path, self.fingerprint)
        self.by_path[result.source_path] = (document.pk, result.content_hash)
        if outcome == "stored":
            self.report.stored += 1
        else:
            self.report.replaced += 1
        return outcome

    def _add_mentions(
        self,
        document: Document,
        result: ReadResult,
        created: set[int],
        pending: dict[int, rules.MeetingKey | None],
    ) -> list[MeetingMention]:
        links = rules.follow_up_links(result.text, result.records)
        mentions: list[MeetingMention] = []
        notes: list[str | None] = []
        for position, record in enumerate(result.records):
            record, note = self._with_resolved_year(record, document.pk)
            notes.append(note)
            key = rules.key_of(record, [document.pk])
            meeting_id = self.index.find(key)
            if meeting_id is None:
                meeting_id = Meeting.objects.create(kind=record.get("kind") or MeetingKind.OTHER).pk
                created.add(meeting_id)
                self.report.meetings_created += 1
            else:
                self.report.meetings_merged += 1
            first, last, precision = rules.day_span(record.get("start"), record.get("end"))
            mentions.append(
                MeetingMention(
                    document=document,
                    position=position,
                    meeting_id=meeting_id,
                    record=_stored_record(record),
                    kind=record.get("kind") or "",
                    first_day=first,
                    last_day=last,
                    precision=precision,
                    year_inferred=rules.year_was_inferred(record) and note is None,
                    city=(record.get("city") or "")[:200],
                )
            )
            result.records[position] = record
        MeetingMention.objects.bulk_create(mentions)
        if links:
            for position, earlier in links.items():
                mentions[position].follows = mentions[earlier]
            MeetingMention.objects.bulk_update([mentions[p] for p in links], ["follows"])
        evidence = []
        for mention, record, note in zip(mentions, result.records, notes, strict=True):
            for item in record.get("evidence", ()):
                name = item.get("field", "")
                item_note = item.get("note") or ""
                if note and name in ("start", "end", "status"):
                    item_note = note
                evidence.append(
                    Evidence(
                        meeting_id=mention.meeting_id,
                        mention=mention,
                        document=document,
                        field=name[:40],
                        value=record.get(name),
                        start=item.get("start"),
                        end=item.get("end"),
                        quote=item.get("text") or "",
                        method=(
                            Evidence.Method.INFERRED
                            if item.get("inferred")
                            else Evidence.Method.EXTRACTED
                        ),
                        note=item_note[:300],
                    )
                )
        Evidence.objects.bulk_create(evidence, batch_size=500)
        self.report.mentions += len(mentions)
        return mentions

    def _with_resolved_year(
        self, record: dict[str, Any], document_id: int
    ) -> tuple[dict[str, Any], str | None]:
        """Give a year-less date the year the knowledge base makes unambiguous."""
        if not rules.year_was_inferred(record):
            return record, None
        chair_years = self.names.chair_years(
            record.get("chairs") or [], record.get("dialogues") or []
        )
        found = rules.resolve_year(record, document_id, self.index, chair_years)
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

        Reads everything the meetings need in four queries, then writes only what changed.
        """
        rows: dict[int, list[dict[str, Any]]] = {i: [] for i in meeting_ids}
        for row in (
            MeetingMention.objects.filter(meeting_id__in=meeting_ids)
            .order_by()
            .values(*self._FACT_COLUMNS)
        ):
            rows[row["meeting_id"]].append(row)
        edited = self._edited(meeting_ids)
        meetings = Meeting.objects.in_bulk(meeting_ids)
        known = [i for i in meeting_ids if i not in created and i in meetings]
        roles: dict[int, set[tuple[int, str, int]]] = {i: set() for i in meeting_ids}
        dialogues: dict[int, set[int]] = {i: set() for i in meeting_ids}
        if known:
            for meeting_id, actor_id, role, position in (
                MeetingRole.objects.filter(meeting_id__in=known)
                .order_by()
                .values_list("meeting_id", "actor_id", "role", "position")
            ):
                roles[meeting_id].add((actor_id, role, position))
            through = Meeting.dialogues.through
            for meeting_id, dialogue_id in through.objects.filter(meeting_id__in=known).values_list(
                "meeting_id", "dialogue_id"
            ):
                dialogues[meeting_id].add(dialogue_id)
        for meeting_id in meeting_ids:
            meeting = meetings.get(meeting_id)
            if meeting is None:
                self._index_set(meeting_id, None)
                continue
            mine = edited.get(meeting_id, {})
            if not (
                rows[meeting_id] or mine or meeting.outcomes.exists() or meeting.links.exists()
            ):
                meeting.delete()
                self._index_set(meeting_id, None)
                continue
            facts = [self._facts(row) for row in rows[meeting_id]]
            shown = rules.shown_values(facts, mine)
            changed = self._write(meeting, shown, roles[meeting_id], dialogues[meeting_id])
            if changed and meeting_id not in created:
                self.report.meetings_updated += 1
            self._index_set(meeting_id, rules.key_of(shown.values, {f.document for f in facts}))

    def _write(
        self,
        meeting: Meeting,
        shown: rules.ShownValues,
        existing_roles: set[tuple[int, str, int]],
        existing_dialogues: set[int],
    ) -> bool:
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
            "follow_up_of_id": (shown.follow_up_of if shown.follow_up_of != meeting.pk else None),
        }
        fields.update(_date_fields("start", v["start"]))
        end = _date_fields("end", v["end"])
        if fields["start"] is None or end["end"] is None or end["end"] < fields["start"]:
            end = {"end": fields["start"], "end_precision": fields["start_precision"]}
        fields.update(end)
        fields.update(_date_fields("registration_deadline", v["registration_deadline"]))
        changed = [name for name, value in fields.items() if getattr(meeting, name) != value]
        if changed:
            for name in changed:
                setattr(meeting, name, fields[name])
            meeting.save(update_fields=[*changed, "updated"])

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
        if set(wanted_roles) != existing_roles:
            if existing_roles:
                MeetingRole.objects.filter(meeting=meeting).delete()
            MeetingRole.objects.bulk_create(
                MeetingRole(meeting=meeting, actor_id=a, role=r, position=p)
                for a, r, p in wanted_roles
            )
            changed.append("roles")

        wanted_dialogues = {d for d in (self.names.dialogue(n) for n in v["dialogues"]) if d}
        if wanted_dialogues != existing_dialogues:
            through = Meeting.dialogues.through
            if existing_dialogues - wanted_dialogues:
                through.objects.filter(
                    meeting_id=meeting.pk, dialogue_id__in=existing_dialogues - wanted_dialogues
                ).delete()
            through.objects.bulk_create(
                through(meeting_id=meeting.pk, dialogue_id=d)
                for d in sorted(wanted_dialogues - existing_dialogues)
            )
            changed.append("dialogues")
        return bool(changed)

    def _delete_document(
        self, document_id: int, pending: dict[int, rules.MeetingKey | None]
    ) -> None:
        touched = set(
            MeetingMention.objects.filter(document_id=document_id).values_list(
                "meeting_id", flat=True
            )
        )
        doc = Document.objects.get(pk=document_id)
        self.by_hash.pop(doc.content_hash, None)
        doc.delete()
        self.doc_info.pop(document_id, None)
        self._refresh_many(sorted(touched), set(), pending)

    # --- the end of a run ---------------------------------------------------------------

    def merge_vague_meetings(self) -> int:
        """Fold month- or year-only meetings into the one day-precise meeting they match."""
        merged = 0
        for vague, target in rules.vague_targets(self.index):
            if vague not in self.index.keys or target not in self.index.keys:
                continue
            if rules.match_score(self.index.keys[vague], self.index.keys[target]) is None:
                continue
            pending: dict[int, rules.MeetingKey | None] = {}
            with transaction.atomic():
                MeetingMention.objects.filter(meeting_id=vague).update(meeting_id=target)
                Evidence.objects.filter(meeting_id=vague, mention__isnull=False).update(
                    meeting_id=target
                )
                Meeting.objects.filter(follow_up_of_id=vague).update(follow_up_of_id=target)
                self._refresh_many([target, vague], set(), pending)
            merged += 1
        self.report.meetings_merged += merged
        return merged


def _date_fields(name: str, value: str | None) -> dict[str, Any]:
    if not value:
        return {name: None, f"{name}_precision": "day"}
    try:
        day, precision = parse_partial_date(value)
    except ValueError:
        return {name: None, f"{name}_precision": "day"}
    return {name: day, f"{name}_precision": str(precision)}


def _watch_parent() -> None:
    """Exit a worker whose parent died (e.g. killed with signal 9) instead of lingering."""
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(0.5)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _init_pool_worker(reference_date: date | None, known: frozenset[str]) -> None:
    _watch_parent()
    init_worker(reference_date, known)


def _read_all(
    paths: Sequence[str], reference_date: date | None, known: frozenset[str], workers: int
) -> Iterator[ReadResult]:
    if workers <= 1 or len(paths) < 2:
        for path in paths:
            yield read_document(path, reference_date, known)
        return
    connections.close_all()  # never share a database connection with forked children
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    with context.Pool(
        workers, initializer=_init_pool_worker, initargs=(reference_date, known)
    ) as pool:
        chunk = max(1, min(16, len(paths) // (workers * 8)))
        yield from pool.imap(read_in_worker, paths, chunksize=chunk)


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
    for result in _read_all(files, reference_date, ingestor.known_hashes(), workers):
        outcome = ingestor.store(result)
        if on_document:
            on_document(result, outcome)
    ingestor.merge_vague_meetings()
    if ingestor.names.unknown:
        log.warning(
            "names not in the reference data: %s", ", ".join(sorted(ingestor.names.unknown))
        )
    ingestor.report.seconds = time.perf_counter() - started
    return ingestor.report
