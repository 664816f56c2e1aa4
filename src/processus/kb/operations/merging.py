"""Two meetings that are one (merge), one meeting that is two (split), and undoing either.

**Merge.** The editor chooses the meeting that survives. Everything of the other
moves to it: mentions with their evidence, editor values (the survivor's own win
where both have one; the others' are kept in the change so undo brings them
back), outcomes, action-plan links, follow-ups pointing at it, and its history.
The other meeting is deleted and its number becomes a :class:`MeetingRedirect`
to the survivor, so old addresses still lead somewhere. The survivor's values
are then computed again from all its mentions.

**Split.** The chosen mentions (and their evidence) leave for a new meeting;
both are computed again from their mentions. Editor values stay with the
original meeting.

**Undo.** A merge is undone by re-creating the absorbed meeting under its old
number from the snapshot the change keeps and moving back what had moved (what
was deleted since stays deleted); a split is undone by merging the new meeting
back. Each undo is itself a change in the history.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db.models import Q
from django.utils.translation import gettext as _

from processus.kb.models import (
    Evidence,
    Meeting,
    MeetingChange,
    MeetingLink,
    MeetingMention,
    MeetingRedirect,
    MeetingRole,
    Outcome,
)
from processus.kb.operations.editing import OperationError, locked_meeting
from processus.kb.operations.editors import require_editor
from processus.kb.operations.recompute import editor_values, refresh_meetings
from processus.kb.operations.values import CORRECTABLE_FIELDS, apply_value
from processus.kb.writer_lock import record_write, writing

_LINK_TARGETS = ("area_id", "objective_id", "action_id")


def _snapshot(meeting: Meeting) -> dict[str, Any]:
    """The meeting's own row, dialogues and roles, as JSON."""
    columns: dict[str, Any] = {}
    for field in meeting._meta.concrete_fields:
        if field.primary_key:
            continue
        value = field.value_from_object(meeting)
        columns[field.attname] = value.isoformat() if isinstance(value, dt.date) else value
    return {
        "columns": columns,
        "dialogues": sorted(meeting.dialogues.values_list("pk", flat=True)),
        "roles": [list(r) for r in meeting.roles.values_list("actor_id", "role", "position")],
    }


def _ids(queryset: Any) -> list[int]:
    return sorted(queryset.values_list("pk", flat=True))


def _move_into(gone: Meeting, keep: Meeting) -> dict[str, Any]:
    """Move everything of ``gone`` to ``keep``; what moved and what was dropped."""
    moved: dict[str, Any] = {}
    moved["mentions"] = _ids(gone.mentions.all())
    MeetingMention.objects.filter(pk__in=moved["mentions"]).update(meeting=keep)
    plain = Evidence.objects.filter(meeting=gone).exclude(method=Evidence.Method.EDITED)
    moved["evidence"] = _ids(plain)
    Evidence.objects.filter(pk__in=moved["evidence"]).update(meeting=keep)

    kept_fields = set(editor_values([keep.pk]).get(keep.pk, {})) - {"outcomes"}
    edited = Evidence.objects.filter(meeting=gone, method=Evidence.Method.EDITED)
    moved["edited"] = _ids(edited.exclude(field__in=kept_fields))
    moved["edited_dropped"] = [
        {**row, "created_at": row["created_at"].isoformat()}
        for row in edited.filter(field__in=kept_fields).values(
            "field", "value", "note", "created_by_id", "created_at"
        )
    ]
    Evidence.objects.filter(pk__in=moved["edited"]).update(meeting=keep)

    moved["outcomes"] = _ids(gone.outcomes.all())
    Outcome.objects.filter(pk__in=moved["outcomes"]).update(meeting=keep)
    targets = set(keep.links.values_list(*_LINK_TARGETS))
    links = list(gone.links.values("pk", *_LINK_TARGETS, "source", "confirmed_by_id"))
    moved["links"] = [r["pk"] for r in links if tuple(r[t] for t in _LINK_TARGETS) not in targets]
    moved["links_dropped"] = [
        {k: v for k, v in r.items() if k != "pk"} for r in links if r["pk"] not in moved["links"]
    ]
    MeetingLink.objects.filter(pk__in=moved["links"]).update(meeting=keep)

    moved["follow_ups"] = _ids(Meeting.objects.filter(follow_up_of=gone).exclude(pk=keep.pk))
    Meeting.objects.filter(pk__in=moved["follow_ups"]).update(follow_up_of=keep)
    moved["keep_followed_gone"] = keep.follow_up_of_id == gone.pk
    if moved["keep_followed_gone"]:
        Meeting.objects.filter(pk=keep.pk).update(follow_up_of=None)
    naming = Evidence.objects.filter(
        field="follow_up_of", method=Evidence.Method.EDITED, value=gone.pk
    )
    moved["follow_up_evidence"] = _ids(naming)
    Evidence.objects.filter(pk__in=moved["follow_up_evidence"]).update(value=keep.pk)

    moved["history"] = _ids(MeetingChange.objects.filter(meeting=gone))
    MeetingChange.objects.filter(pk__in=moved["history"]).update(meeting=keep)
    moved["redirects"] = _ids(MeetingRedirect.objects.filter(meeting=gone))
    MeetingRedirect.objects.filter(pk__in=moved["redirects"]).update(meeting=keep)

    have_roles = set(keep.roles.values_list("actor_id", "role"))
    position = len(have_roles)
    moved["roles_added"] = []
    for actor_id, role in gone.roles.values_list("actor_id", "role"):
        if (actor_id, role) not in have_roles:
            MeetingRole.objects.create(
                meeting=keep, actor_id=actor_id, role=role, position=position
            )
            moved["roles_added"].append([actor_id, role])
            have_roles.add((actor_id, role))
            position += 1
    dialogues = set(gone.dialogues.values_list("pk", flat=True))
    moved["dialogues_added"] = sorted(dialogues - set(keep.dialogues.values_list("pk", flat=True)))
    keep.dialogues.add(*moved["dialogues_added"])
    return moved


def _settle(meeting_ids: list[int]) -> None:
    """Compute meetings again from their mentions; one without mentions gets its editor
    values applied (the documents say nothing about it)."""
    recomputed = set(refresh_meetings(meeting_ids))
    for meeting_id in meeting_ids:
        if meeting_id in recomputed:
            continue
        values = editor_values([meeting_id]).get(meeting_id, {})
        meeting = Meeting.objects.get(pk=meeting_id)
        for field in CORRECTABLE_FIELDS:
            if field in values and field != "links":
                apply_value(meeting, field, values[field], None)
        meeting.save()


def merge_meetings(
    survivor: Meeting, absorbed: Meeting, editor: Any, reason: str = ""
) -> MeetingChange:
    """Merge ``absorbed`` into ``survivor`` (module doc); the change recorded."""
    require_editor(editor)
    if survivor.pk == absorbed.pk:
        raise OperationError(_("A meeting cannot be merged with itself."))
    with writing():
        keep, gone = locked_meeting(survivor.pk), locked_meeting(absorbed.pk)
        snapshot = _snapshot(gone)
        label = str(gone)
        moved = _move_into(gone, keep)
        gone_pk = gone.pk
        gone.delete()
        change = MeetingChange.objects.create(
            meeting=keep,
            meeting_number=keep.pk,
            kind=MeetingChange.Kind.MERGE,
            old_value={"meeting": gone_pk, "label": label},
            new_value={"meeting": keep.pk, "label": str(keep)},
            details={"absorbed": gone_pk, "snapshot": snapshot, "moved": moved},
            editor=editor,
            reason=reason[:300],
        )
        MeetingRedirect.objects.create(number=gone_pk, meeting=keep, change=change)
        _settle([keep.pk])
        record_write(meetings=[keep.pk, gone_pk, *moved["follow_ups"]])
    return change


def split_meeting(
    meeting: Meeting, mention_ids: list[int], editor: Any, reason: str = ""
) -> MeetingChange:
    """Move the given mentions of ``meeting`` to a new meeting (module doc); the change."""
    require_editor(editor)
    wanted = set(mention_ids)
    with writing():
        source = locked_meeting(meeting.pk)
        mine = set(source.mentions.values_list("pk", flat=True))
        if not wanted:
            raise OperationError(_("Choose the mentions that describe the other meeting."))
        if wanted - mine:
            raise OperationError(_("Some chosen mentions are not mentions of this meeting."))
        if wanted == mine:
            raise OperationError(_("Leave at least one mention with this meeting."))
        new = Meeting.objects.create(kind=source.kind, title=source.title)
        MeetingMention.objects.filter(pk__in=wanted).update(meeting=new)
        Evidence.objects.filter(mention_id__in=wanted).update(meeting=new)
        _settle([source.pk, new.pk])
        new.refresh_from_db()
        change = MeetingChange.objects.create(
            meeting=source,
            meeting_number=source.pk,
            kind=MeetingChange.Kind.SPLIT,
            old_value={"meeting": source.pk, "label": str(source)},
            new_value={"meeting": new.pk, "label": str(new)},
            details={"new_meeting": new.pk, "mentions": sorted(wanted)},
            editor=editor,
            reason=reason[:300],
        )
        record_write(meetings=[source.pk, new.pk])
    return change


def undo_change(change: MeetingChange, editor: Any, reason: str = "") -> MeetingChange:
    """Undo a merge or a split (module doc); the undo recorded."""
    require_editor(editor)
    if change.kind not in (MeetingChange.Kind.MERGE, MeetingChange.Kind.SPLIT):
        raise OperationError(_("Only a merge or a split is undone; a correction is reverted."))
    if change.reverted_by.exists():
        raise OperationError(_("This change was undone already."))
    if change.meeting_id is None:
        raise OperationError(_("The meeting of this change no longer exists."))
    with writing():
        if change.kind == MeetingChange.Kind.MERGE:
            return _undo_merge(change, editor, reason)
        return _undo_split(change, editor, reason)


def _undo_split(change: MeetingChange, editor: Any, reason: str) -> MeetingChange:
    keep = locked_meeting(change.meeting_id)  # type: ignore[arg-type]
    new_pk = change.details["new_meeting"]
    if not Meeting.objects.filter(pk=new_pk).exists():
        raise OperationError(_("The meeting made by this split no longer exists."))
    gone = locked_meeting(new_pk)
    moved = _move_into(gone, keep)
    gone.delete()
    undo = MeetingChange.objects.create(
        meeting=keep,
        meeting_number=keep.pk,
        kind=MeetingChange.Kind.UNDO,
        old_value=change.new_value,
        new_value=change.old_value,
        details={"undid": "split", "moved": moved},
        reverts=change,
        editor=editor,
        reason=reason[:300],
    )
    MeetingRedirect.objects.create(number=new_pk, meeting=keep, change=undo)
    _settle([keep.pk])
    record_write(meetings=[keep.pk, new_pk])
    return undo


def _undo_merge(change: MeetingChange, editor: Any, reason: str) -> MeetingChange:
    keep = locked_meeting(change.meeting_id)  # type: ignore[arg-type]
    gone_pk = change.details["absorbed"]
    if Meeting.objects.filter(pk=gone_pk).exists():
        raise OperationError(_("Meeting %(id)s exists again.") % {"id": gone_pk})
    snapshot, moved = change.details["snapshot"], change.details["moved"]
    gone = _restore_meeting(gone_pk, snapshot)
    back = Q(meeting=keep)
    MeetingMention.objects.filter(back, pk__in=moved["mentions"]).update(meeting=gone)
    Evidence.objects.filter(back, pk__in=moved["evidence"] + moved["edited"]).update(meeting=gone)
    Outcome.objects.filter(back, pk__in=moved["outcomes"]).update(meeting=gone)
    MeetingLink.objects.filter(back, pk__in=moved["links"]).update(meeting=gone)
    MeetingChange.objects.filter(back, pk__in=moved["history"]).update(meeting=gone)
    MeetingRedirect.objects.filter(back, pk__in=moved["redirects"]).update(meeting=gone)
    Meeting.objects.filter(pk__in=moved["follow_ups"], follow_up_of=keep).update(follow_up_of=gone)
    Evidence.objects.filter(pk__in=moved["follow_up_evidence"], value=keep.pk).update(value=gone_pk)
    if moved["keep_followed_gone"]:
        Meeting.objects.filter(pk=keep.pk, follow_up_of__isnull=True).update(follow_up_of=gone)
    for row in moved["edited_dropped"]:
        made = Evidence.objects.create(meeting=gone, method=Evidence.Method.EDITED, **{
            k: v for k, v in row.items() if k != "created_at"
        })  # fmt: skip
        Evidence.objects.filter(pk=made.pk).update(
            created_at=dt.datetime.fromisoformat(row["created_at"])
        )
    MeetingLink.objects.bulk_create(
        MeetingLink(meeting=gone, **row) for row in moved["links_dropped"]
    )
    for actor_id, role in moved["roles_added"]:
        MeetingRole.objects.filter(meeting=keep, actor_id=actor_id, role=role).delete()
    keep.dialogues.remove(*moved["dialogues_added"])
    MeetingRedirect.objects.filter(number=gone_pk).delete()
    _settle([keep.pk, gone.pk])
    undo = MeetingChange.objects.create(
        meeting=keep,
        meeting_number=keep.pk,
        kind=MeetingChange.Kind.UNDO,
        old_value=change.new_value,
        new_value=change.old_value,
        details={"undid": "merge", "restored": gone_pk},
        reverts=change,
        editor=editor,
        reason=reason[:300],
    )
    record_write(meetings=[keep.pk, gone_pk, *moved["follow_ups"]])
    return undo


def _restore_meeting(pk: int, snapshot: dict[str, Any]) -> Meeting:
    """The absorbed meeting again, under its old number, as it was when merged."""
    meeting = Meeting(pk=pk)
    for field in Meeting._meta.concrete_fields:
        if field.attname in snapshot["columns"]:
            value = snapshot["columns"][field.attname]
            setattr(meeting, field.attname, field.to_python(value) if value is not None else None)
    if (
        meeting.follow_up_of_id is not None
        and not Meeting.objects.filter(pk=meeting.follow_up_of_id).exists()
    ):
        meeting.follow_up_of_id = None
    meeting.save(force_insert=True)
    if snapshot["columns"].get("created"):
        created = dt.datetime.fromisoformat(snapshot["columns"]["created"])
        Meeting.objects.filter(pk=pk).update(created=created)
    meeting.dialogues.set(snapshot["dialogues"])
    MeetingRole.objects.bulk_create(
        MeetingRole(meeting=meeting, actor_id=a, role=r, position=p)
        for a, r, p in snapshot["roles"]
    )
    return meeting
