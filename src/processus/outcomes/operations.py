"""State changes of the outcomes app: items read from documents, and editors' follow-up.

:func:`sync_outcome_items` reads every document's outcome items and stores them as
outcomes of the document's meeting (the meeting of its first extracted record). It
is global and idempotent, like the plans' theme links: a document whose text,
meeting and extractor are unchanged since its last scan is skipped, so running it
after every ingest costs a query. On a new scan only **extracted, untouched**
items are replaced: an item an editor has edited on the meeting page or followed
up on the tracker is the editor's, kept as it is, and not extracted again beside
itself; outcomes an editor added are never touched.

:func:`change_follow_up` is the one path for status, owner and note: the status is
the knowledge base's ``Outcome.follow_up_status``, changed through
:func:`processus.kb.operations.change_outcome` so the meeting's history has it too;
every change is also kept as a :class:`~processus.outcomes.models.FollowUpChange`.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.utils import timezone

from processus.extraction.outcomes import OutcomeItem, extract_outcome_items
from processus.kb.models import (
    Document,
    Framework,
    Meeting,
    MeetingChange,
    MeetingMention,
    Objective,
    Outcome,
)
from processus.kb.operations import OUTCOMES_FIELD, change_outcome
from processus.kb.operations.editors import require_editor
from processus.kb.writer_lock import record_write, writing
from processus.outcomes.models import DocumentScan, FollowUpChange, SuggestedObjective, Tracking
from processus.outcomes.objectives import matching_objectives
from processus.web.page_cache import forget_data_version

#: Changes when the extractor or the objective matching reads differently: every
#: document is scanned again on the next sync.
EXTRACTOR_VERSION = "outcomes-1"
#: The status an item read from a document starts with.
INITIAL_STATUS = Outcome.FollowUp.OPEN


@dataclass
class SyncReport:
    """What a sync did: documents scanned, items created, kept, removed."""

    scanned: int = 0
    created: int = 0
    kept: int = 0
    removed: int = 0


def _document_meetings() -> dict[int, int]:
    """Document id -> the meeting of its first extracted record (versions left out)."""
    meetings: dict[int, int] = {}
    for document_id, meeting_id in (
        MeetingMention.objects.filter(document__version_of__isnull=True)
        .order_by("document_id", "position")
        .values_list("document_id", "meeting_id")
    ):
        meetings.setdefault(document_id, meeting_id)
    return meetings


def _fingerprint(content_hash: str, meeting_id: int) -> str:
    return hashlib.sha256(f"{EXTRACTOR_VERSION}|{content_hash}|{meeting_id}".encode()).hexdigest()


def touched_outcomes(outcome_ids: Iterable[int]) -> set[int]:
    """The outcomes among ``outcome_ids`` an editor has changed (meeting page or tracker)."""
    ids = set(outcome_ids)
    if not ids:
        return set()
    touched = set(
        FollowUpChange.objects.filter(outcome_id__in=ids).values_list("outcome_id", flat=True)
    )
    for details in MeetingChange.objects.filter(field=OUTCOMES_FIELD).values_list(
        "details", flat=True
    ):
        number = (details or {}).get("outcome")
        if number in ids:
            touched.add(number)
    return touched


def plan_in_force(meeting: Meeting) -> Framework | None:
    """The plan of one of the meeting's dialogues whose years hold the meeting's start."""
    if meeting.start is None:
        return None
    return (
        Framework.objects.filter(
            dialogue__in=meeting.dialogues.all(),
            period_start__lte=meeting.start.year,
            period_end__gte=meeting.start.year,
        )
        .order_by("-period_start")
        .first()
    )


def suggest_objectives(tracking: Tracking, plan: Framework | None) -> None:
    """Replace the tracking's suggested objectives by the plan's objectives its text names."""
    SuggestedObjective.objects.filter(tracking=tracking).delete()
    if plan is None:
        return
    matches = matching_objectives(plan.key, tracking.outcome.text)
    if not matches:
        return
    objectives = {
        o.number: o
        for o in Objective.objects.filter(framework=plan, number__in=[m.number for m in matches])
    }
    SuggestedObjective.objects.bulk_create(
        SuggestedObjective(tracking=tracking, objective=objectives[m.number], terms=list(m.terms))
        for m in matches
        if m.number in objectives
    )


def _key(kind: str, number: int | None, text: str) -> tuple[str, int | None, str]:
    return kind, number, " ".join(text.split())


def _editors_outcomes(meeting: Meeting, exclude: set[int]) -> list[tuple[str, int | None, str]]:
    """Keys of the meeting's outcomes an editor added, and of those an editor removed:
    an item read again from a document never stands beside or replaces them."""
    added = (
        Outcome.objects.filter(meeting=meeting)
        .exclude(pk__in=exclude)
        .exclude(tracking__extracted=True)
        .values_list("kind", "number", "text")
    )
    keys = [_key(kind, number, text) for kind, number, text in added]
    for old in MeetingChange.objects.filter(
        meeting=meeting, field=OUTCOMES_FIELD, details__action="removed"
    ).values_list("old_value", flat=True):
        if isinstance(old, dict) and old.get("kind"):
            keys.append(_key(str(old["kind"]), old.get("number"), str(old.get("text") or "")))
    return keys


def _store_document(
    document: Document, meeting: Meeting | None, items: list[OutcomeItem], report: SyncReport
) -> None:
    """The document's extracted outcomes made to match ``items`` (editors' ones kept)."""
    existing = list(
        Outcome.objects.filter(document=document, tracking__extracted=True).select_related(
            "tracking"
        )
    )
    touched = touched_outcomes(o.pk for o in existing)
    editors = [_key(o.kind, o.number, o.text) for o in existing if o.pk in touched]
    if meeting is not None:
        editors += _editors_outcomes(meeting, exclude={o.pk for o in existing})
    kept_keys = set(editors)
    kept_numbers = {(kind, number) for kind, number, _text in editors}
    reusable = {_key(o.kind, o.number, o.text): o for o in existing if o.pk not in touched}
    plan = plan_in_force(meeting) if meeting is not None else None
    used: set[int] = set()
    for item in items:
        assert meeting is not None  # a document gives items only with a meeting
        key = _key(item.kind, item.number, item.text)
        if key in kept_keys or (item.kind, item.number) in kept_numbers:
            continue  # an editor's version of this item stands
        outcome = reusable.get(key)
        if outcome is not None and outcome.pk not in used:
            used.add(outcome.pk)
            if outcome.meeting_id != meeting.pk:
                outcome.meeting = meeting
                outcome.save(update_fields=["meeting"])
            tracking = outcome.tracking
            tracking.start, tracking.end, tracking.cue = item.start, item.end, item.cue[:300]
            tracking.save(update_fields=["start", "end", "cue", "updated_at"])
            report.kept += 1
        else:
            outcome = Outcome.objects.create(
                meeting=meeting,
                kind=item.kind,
                number=item.number,
                text=item.text,
                document=document,
                follow_up_status=INITIAL_STATUS,
            )
            tracking = Tracking.objects.create(
                outcome=outcome, extracted=True, start=item.start, end=item.end, cue=item.cue[:300]
            )
            report.created += 1
        suggest_objectives(tracking, plan)
    stale = [o.pk for o in existing if o.pk not in touched and o.pk not in used]
    report.removed += len(stale)
    Outcome.objects.filter(pk__in=stale).delete()


def _scan(document_id: int, meeting_id: int | None, report: SyncReport) -> DocumentScan | None:
    """Read one document and store its items; the scan to keep when it had none to store."""
    document = Document.objects.get(pk=document_id)
    items = extract_outcome_items(document.text) if meeting_id is not None else []
    scan = DocumentScan(
        document=document,
        fingerprint=_fingerprint(document.content_hash, meeting_id or 0),
        items=len(items),
    )
    has_items = Outcome.objects.filter(document=document, tracking__extracted=True).exists()
    if not items and not has_items:
        return scan  # nothing to write but the scan: kept with the others in one go
    with writing():
        meeting = Meeting.objects.get(pk=meeting_id) if meeting_id is not None else None
        _store_document(document, meeting, items, report)
        DocumentScan.objects.update_or_create(
            document=document, defaults={"fingerprint": scan.fingerprint, "items": scan.items}
        )
        record_write(meetings=[meeting_id] if meeting_id is not None else [])
    return None


def sync_outcome_items(*, force: bool = False) -> SyncReport:
    """Read the outcome items of every document whose text or meeting changed since its
    last scan (every document with ``force``); see the module documentation.

    A document that no longer gives any meeting loses its untouched extracted items.
    """
    report = SyncReport()
    meetings: dict[int, int | None] = dict(_document_meetings())
    with_items = Outcome.objects.filter(tracking__extracted=True, document__isnull=False)
    for document_id in with_items.values_list("document_id", flat=True).distinct():
        meetings.setdefault(document_id, None)
    scans = dict(DocumentScan.objects.values_list("document_id", "fingerprint"))
    hashes = dict(Document.objects.filter(pk__in=meetings.keys()).values_list("pk", "content_hash"))
    due = [
        document_id
        for document_id, meeting_id in meetings.items()
        if force or scans.get(document_id) != _fingerprint(hashes[document_id], meeting_id or 0)
    ]
    empty: list[DocumentScan] = []
    for document_id in due:
        scan = _scan(document_id, meetings[document_id], report)
        if scan is not None:
            empty.append(scan)
        report.scanned += 1
    if empty:
        with writing():
            DocumentScan.objects.filter(document_id__in=[s.document_id for s in empty]).delete()
            DocumentScan.objects.bulk_create(empty, batch_size=500)
    return report


# --- follow-up -----------------------------------------------------------------------------


def change_follow_up(
    outcome: Outcome, editor: Any, *, status: str, owner: str, note: str
) -> list[FollowUpChange]:
    """Set an outcome's status, owner and note; the changes made (none when nothing differs)."""
    require_editor(editor)
    if status not in Outcome.FollowUp.values:
        raise ValueError(f"unknown follow-up status {status!r}")
    tracking, _created = Tracking.objects.get_or_create(outcome=outcome)
    wanted = {
        FollowUpChange.Field.STATUS: (outcome.follow_up_status, status),
        FollowUpChange.Field.OWNER: (tracking.owner, owner.strip()[:200]),
        FollowUpChange.Field.NOTE: (tracking.note, note.strip()),
    }
    changes = [
        FollowUpChange(outcome=outcome, field=name, old_value=old, new_value=new, editor=editor)
        for name, (old, new) in wanted.items()
        if old != new
    ]
    if not changes:
        return []
    with writing():
        if outcome.follow_up_status != status:
            change_outcome(
                outcome.meeting,
                editor,
                outcome=outcome,
                values={"follow_up_status": status},
                note="follow-up changed on the outcomes tracker",
            )
        tracking.owner = wanted[FollowUpChange.Field.OWNER][1]
        tracking.note = wanted[FollowUpChange.Field.NOTE][1]
        tracking.save(update_fields=["owner", "note", "updated_at"])
        FollowUpChange.objects.bulk_create(changes)
        # The follow-up is part of the meeting's record: its change time moves, which is
        # what tells every process's page cache that the pages changed.
        Meeting.objects.filter(pk=outcome.meeting_id).update(updated=timezone.now())
        record_write(meetings=[outcome.meeting_id])
    forget_data_version()
    return changes


def follow_up_history(outcome_ids: Iterable[int]) -> dict[int, list[FollowUpChange]]:
    """Each outcome's follow-up changes, newest first."""
    history: dict[int, list[FollowUpChange]] = defaultdict(list)
    for change in FollowUpChange.objects.filter(outcome_id__in=list(outcome_ids)).select_related(
        "editor"
    ):
        history[change.outcome_id].append(change)
    return history
