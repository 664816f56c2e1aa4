"""Editors' corrections of a meeting's fields and outcomes, and their reverts.

A correction writes the new value to the meeting, keeps it as edited
:class:`~processus.kb.models.Evidence` (ingestion never overwrites a field with
edited evidence, so the editor's value holds against later runs) and records a
:class:`~processus.kb.models.MeetingChange` with the old value, the new value,
the editor, the time and the reason. A value a reader would see as unchanged
(the same list in another order, the same text with spaces around it) writes
nothing at all, so saving the form untouched freezes nothing.

A revert is itself a change. Reverting the latest change of a field whose old
value came from the documents hands the field back to them: the editor's
evidence goes, and the value is computed again from the documents (later runs
may update it again). Otherwise the old value becomes the editor's value.

Outcome changes are recorded the same way (field ``outcomes``); the edited
evidence of an outcome change describes it (``{"action": "added", "outcome": 7,
"kind": …, "number": …, "text": …, "follow_up_status": …}``, with ``"before"``
holding the old values of an edit).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from processus.kb.models import Evidence, Meeting, MeetingChange, Outcome
from processus.kb.models.meetings import HELD_METHODS
from processus.kb.operations.editors import require_editor
from processus.kb.operations.recompute import refresh_meetings
from processus.kb.operations.values import (
    CORRECTABLE_FIELDS,
    apply_value,
    changed_fields,
    check_value,
    current_values,
    normalised,
)
from processus.kb.writer_lock import record_write, writing

#: The evidence field of outcome changes.
OUTCOMES_FIELD = "outcomes"
#: Outcome values an editor sets, in the order they are described.
OUTCOME_FIELDS: tuple[str, ...] = ("kind", "number", "text", "follow_up_status")
#: Outcome texts are kept in the evidence up to this length (the history keeps them whole).
_OUTCOME_TEXT_KEPT = 300
#: Fields the documents give a value for (recomputed when handed back to them).
_DOCUMENT_FIELDS = frozenset(CORRECTABLE_FIELDS) - {"links"}


class OperationError(Exception):
    """A change that cannot be made as asked; the message says why, for the editor."""


def locked_meeting(pk: int) -> Meeting:
    """The meeting read afresh, its row locked until the transaction ends (PostgreSQL)."""
    if not Meeting.objects.select_for_update().filter(pk=pk).exists():
        raise OperationError(_("Meeting %(id)s no longer exists.") % {"id": pk})
    return Meeting.objects.select_related("country").prefetch_related(
        "dialogues", "roles__actor", "links__area__framework", "links__objective__framework",
        "links__action__objective__framework",
    ).get(pk=pk)  # fmt: skip


def record_change(
    meeting: Meeting,
    editor: Any,
    field: str,
    old_value: Any,
    new_value: Any,
    reason: str = "",
    *,
    details: dict[str, Any] | None = None,
    kind: str = MeetingChange.Kind.EDIT,
) -> MeetingChange:
    """Put a change made elsewhere in the meeting's history (for example an action-plan link
    an editor confirmed or rejected). Call it in the transaction that made the change."""
    require_editor(editor)
    return MeetingChange.objects.create(
        meeting=meeting,
        meeting_number=meeting.pk,
        kind=kind,
        field=field[:40],
        old_value=old_value,
        new_value=new_value,
        old_edited=True,
        details=details or {},
        editor=editor,
        reason=reason[:300],
    )


def correct_meeting(
    meeting: Meeting,
    editor: Any,
    proposed: Mapping[str, Any],
    reason: str = "",
    *,
    kind: str = MeetingChange.Kind.EDIT,
    reverts: MeetingChange | None = None,
    method: str = Evidence.Method.EDITED,
    hold: tuple[str, ...] = (),
) -> list[MeetingChange]:
    """Apply ``editor``'s values that really differ and record each as a change.

    ``proposed`` maps field names to contract values (module doc of
    :mod:`processus.kb.operations.values`). Returns the changes recorded, in
    field order; nothing is written when nothing changes. Raises
    ``ValidationError`` (naming the field) for a value the record cannot hold.
    ``method`` is ``recorded`` for counts the secretariat made at the meeting
    (attendance); the reason is then kept as the evidence's quote, which the page shows.
    ``hold`` names proposed fields kept as this evidence even when their value does not
    change (a recorded count without a qualifier must not take one from the documents
    when the record is computed again); they make no change in the history.
    """
    if method not in HELD_METHODS:
        raise ValueError(f"{method!r} is not a method an editor writes")
    require_editor(editor)
    with writing():
        current = locked_meeting(meeting.pk)
        changes = changed_fields(current, proposed)
        held = {
            field: normalised(field, proposed[field])
            for field in hold
            if field in proposed and field not in changes
        }
        if not changes and not held:
            return []
        for field, value in changes.items():
            check_value(field, value)
        before = current_values(current)
        edited_before = set(
            Evidence.objects.filter(
                meeting=current, method__in=HELD_METHODS, field__in=list(changes)
            ).values_list("field", flat=True)
        )
        fields = [field for field in CORRECTABLE_FIELDS if field in changes]
        for field in fields:
            apply_value(current, field, changes[field], editor)
        if current.start and current.end and current.end < current.start:
            raise ValidationError({"end": _("The end cannot be before the start.")})
        current.full_clean(exclude=["dialogues"], validate_unique=False)
        current.save()
        Evidence.objects.bulk_create(
            Evidence(
                meeting=current,
                field=field,
                value=changes[field] if field in changes else held[field],
                method=method,
                created_by=editor,
                note=reason[:300],
                quote=reason if method == Evidence.Method.RECORDED else "",
            )
            for field in [*fields, *held]
        )
        recorded = MeetingChange.objects.bulk_create(
            MeetingChange(
                meeting=current,
                meeting_number=current.pk,
                kind=kind,
                field=field,
                old_value=before.get(field),
                new_value=changes[field],
                old_edited=field in edited_before,
                reverts=reverts,
                editor=editor,
                reason=reason[:300],
            )
            for field in fields
        )
        record_write(meetings=[current.pk])
    meeting.refresh_from_db()
    return recorded


def create_meeting(editor: Any, values: Mapping[str, Any], reason: str = "") -> Meeting:
    """A new meeting holding ``values``, every one an edit as :func:`correct_meeting` makes.

    One transaction under the writer lock: a value the record cannot hold leaves no
    meeting behind.
    """
    require_editor(editor)
    with writing():
        meeting = Meeting.objects.create()
        record_write(meetings=[meeting.pk])
        correct_meeting(meeting, editor, values, reason)
    return meeting


def revert_change(change: MeetingChange, editor: Any, reason: str = "") -> list[MeetingChange]:
    """Set the field of ``change`` back to its old value; the changes recorded (none if the
    field already holds it). Merges and splits are undone by
    :func:`processus.kb.operations.merging.undo_change`."""
    require_editor(editor)
    if change.kind not in (MeetingChange.Kind.EDIT, MeetingChange.Kind.REVERT):
        raise OperationError(_("Only a correction can be reverted; a merge or split is undone."))
    if change.meeting_id is None:
        raise OperationError(_("The meeting of this change no longer exists."))
    if change.details.get("old_unknown"):
        raise OperationError(_("The value before this correction was not recorded."))
    if change.field == OUTCOMES_FIELD:
        undone = _revert_outcome(change, editor, reason)
        return [undone] if undone is not None else []
    latest = (
        MeetingChange.objects.filter(meeting_id=change.meeting_id, field=change.field)
        .exclude(kind__in=[MeetingChange.Kind.MERGE, MeetingChange.Kind.SPLIT])
        .order_by("-created_at", "-pk")
        .first()
    )
    meeting = Meeting.objects.get(pk=change.meeting_id)
    if latest == change and not change.old_edited:
        return [_back_to_documents(meeting, change, editor, reason)]
    return correct_meeting(
        meeting,
        editor,
        {change.field: change.old_value},
        reason,
        kind=MeetingChange.Kind.REVERT,
        reverts=change,
    )


def _back_to_documents(
    meeting: Meeting, change: MeetingChange, editor: Any, reason: str
) -> MeetingChange:
    """Drop the editor's value of the field; the documents' value shows again."""
    field = change.field
    with writing():
        current = locked_meeting(meeting.pk)
        old = current_values(current)[field]
        Evidence.objects.filter(meeting=current, field=field, method__in=HELD_METHODS).delete()
        recomputed = refresh_meetings([current.pk])
        current = locked_meeting(current.pk)
        if not recomputed or field not in _DOCUMENT_FIELDS:
            apply_value(current, field, change.old_value, editor)
            current.save()
            current = locked_meeting(current.pk)
        new = current_values(current)[field]
        undone = MeetingChange.objects.create(
            meeting=current,
            meeting_number=current.pk,
            kind=MeetingChange.Kind.REVERT,
            field=field,
            old_value=old,
            new_value=new,
            old_edited=True,
            details={"back_to_documents": True},
            reverts=change,
            editor=editor,
            reason=reason[:300],
        )
        record_write(meetings=[current.pk])
    return undone


# --- outcomes -----------------------------------------------------------------------------


def _outcome_values(outcome: Outcome) -> dict[str, Any]:
    return {name: getattr(outcome, name) for name in OUTCOME_FIELDS}


def _described(values: Mapping[str, Any]) -> dict[str, Any]:
    """Outcome values as kept in the evidence (long texts shortened)."""
    described = {name: values.get(name) for name in OUTCOME_FIELDS}
    text = str(described["text"] or "")
    if len(text) > _OUTCOME_TEXT_KEPT:
        text = text[: _OUTCOME_TEXT_KEPT - 1] + "…"
    described["text"] = text
    return described


def _outcome_change(
    meeting: Meeting,
    outcome: Outcome | None,
    values: Mapping[str, Any] | None,
    remove: bool,
) -> tuple[dict[str, Any], dict[str, Any] | None, dict[str, Any] | None] | None:
    """Make the outcome change; (evidence value, old values, new values), or None."""
    if remove:
        if outcome is None:
            raise ValueError("which outcome to remove?")
        old = _outcome_values(outcome)
        described = {"action": "removed", "outcome": outcome.pk, **_described(old)}
        outcome.delete()
        return described, old, None
    if outcome is None:
        wanted = {name: (values or {}).get(name) for name in OUTCOME_FIELDS}
        wanted["follow_up_status"] = wanted["follow_up_status"] or Outcome.FollowUp.UNKNOWN
        outcome = Outcome(meeting=meeting, **wanted)
        outcome.full_clean(exclude=["meeting", "document"])
        outcome.save()
        return {"action": "added", "outcome": outcome.pk, **_described(wanted)}, None, wanted
    before = _outcome_values(outcome)
    after = {**before, **{k: v for k, v in (values or {}).items() if k in OUTCOME_FIELDS}}
    changed = [name for name in OUTCOME_FIELDS if after[name] != before[name]]
    if not changed:
        return None
    for name in changed:
        setattr(outcome, name, after[name])
    outcome.full_clean(exclude=["meeting", "document"])
    outcome.save(update_fields=changed)
    old = _described(before)
    described = {
        "action": "edited",
        "outcome": outcome.pk,
        **_described(after),
        "before": {name: old[name] for name in changed},
    }
    return described, before, after


def change_outcome(
    meeting: Meeting,
    editor: Any,
    *,
    outcome: Outcome | None = None,
    values: Mapping[str, Any] | None = None,
    remove: bool = False,
    note: str = "",
    kind: str = MeetingChange.Kind.EDIT,
    reverts: MeetingChange | None = None,
) -> MeetingChange | None:
    """Add (no ``outcome``), edit (``outcome`` and ``values``) or remove an outcome.

    ``values`` holds ``kind``, ``number``, ``text`` and ``follow_up_status``. The
    change is kept as edited evidence of field ``outcomes`` (module doc) and
    recorded in the history, which it returns; an edit that changes nothing
    records nothing and returns ``None``.
    """
    require_editor(editor)
    if outcome is not None and outcome.meeting_id != meeting.pk:
        raise ValueError("this outcome belongs to another meeting")
    with writing():
        locked_meeting(meeting.pk)
        made = _outcome_change(meeting, outcome, values, remove)
        if made is None:
            return None
        described, old, new = made
        Evidence.objects.create(
            meeting=meeting,
            field=OUTCOMES_FIELD,
            value=described,
            method=Evidence.Method.EDITED,
            created_by=editor,
            note=note[:300],
        )
        change = MeetingChange.objects.create(
            meeting=meeting,
            meeting_number=meeting.pk,
            kind=kind,
            field=OUTCOMES_FIELD,
            old_value=old,
            new_value=new,
            old_edited=True,
            details={"action": described["action"], "outcome": described["outcome"]},
            reverts=reverts,
            editor=editor,
            reason=note[:300],
        )
        record_write(meetings=[meeting.pk])
    return change


def _revert_outcome(change: MeetingChange, editor: Any, reason: str) -> MeetingChange | None:
    meeting = Meeting.objects.get(pk=int(change.meeting_id or 0))
    outcome = Outcome.objects.filter(
        pk=int(change.details.get("outcome") or 0), meeting_id=meeting.pk
    ).first()
    common: dict[str, Any] = {"note": reason, "kind": MeetingChange.Kind.REVERT, "reverts": change}
    if change.old_value is None:  # it was added: remove it
        if outcome is None:
            raise OperationError(_("This outcome was removed since."))
        return change_outcome(meeting, editor, outcome=outcome, remove=True, **common)
    if outcome is None:  # it was removed (or removed since): add it again
        try:
            return change_outcome(meeting, editor, values=change.old_value, **common)
        except ValidationError as exc:
            raise OperationError("; ".join(exc.messages)) from exc
    return change_outcome(meeting, editor, outcome=outcome, values=change.old_value, **common)
