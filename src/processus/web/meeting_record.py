"""What the meeting page shows: each field with the evidence for it, and what conflicts.

:func:`meeting_record` reads a meeting in a fixed number of queries (the meeting,
its dialogues, roles, action-plan links, evidence with documents, outcomes,
follow-ups and the same series) however much evidence it has. Document texts
are never loaded here: the quotes are stored with the evidence.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth import get_user_model
from django.db import connection
from django.http import Http404
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from processus.kb.models import (
    Action,
    Actor,
    Area,
    Dialogue,
    Document,
    Evidence,
    Framework,
    Meeting,
    MeetingChange,
    MeetingLink,
    MeetingRole,
    Objective,
    Outcome,
)
from processus.kb.models.meetings import MeetingStatus
from processus.kb.records import FIELDS, ROLE_FIELDS, meeting_values, roles_by_field
from processus.plans.models import LinkSuggestion
from processus.web.actors import LISTED_FIELDS
from processus.web.sql_reads import Shape, column, fetch, keep, prefetched, table
from processus.web.values import FIELD_LABELS, LIST_FIELDS, value_items, value_label

#: The columns of a document the page shows (the others, its text above all, are not read).
_DOCUMENT_FIELDS = ("id", "title", "original_name", "kind", "language", "document_date")


@dataclass
class Conflict:
    """A value some sources give that differs from the one shown."""

    label: str
    evidence: list[Evidence]


@dataclass
class FieldRow:
    name: str
    label: Promise
    value: Any
    actors: list[Actor] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    edited: Evidence | None = None

    @property
    def empty(self) -> bool:
        return self.value in (None, "", []) and not self.actors


@dataclass
class OutcomeGroup:
    """The outcomes of one kind (recommendations, takeaways, conclusions), in order."""

    kind: str
    label: Promise
    outcomes: list[Outcome]


@dataclass
class HistoryEntry:
    """One change to the record, with its old and new value as a reader sees them and
    what an editor can do about it ("revert", "undo" or nothing)."""

    change: MeetingChange
    old: str
    new: str
    action: str = ""


#: Headings of the outcome groups, in the order they are shown.
OUTCOME_HEADINGS: dict[str, Promise] = {
    Outcome.Kind.RECOMMENDATION: gettext_lazy("Recommendations"),
    Outcome.Kind.TAKEAWAY: gettext_lazy("Policy takeaways"),
    Outcome.Kind.CONCLUSION: gettext_lazy("Conclusions"),
}


@dataclass
class MeetingRecord:
    meeting: Meeting
    values: dict[str, Any]
    rows: list[FieldRow]
    roles: dict[str, list[MeetingRole]]
    links: list[MeetingLink]
    suggestions: list[LinkSuggestion]
    documents: list[Document]
    history: list[HistoryEntry]
    follow_ups: list[Meeting]
    series: list[Meeting]
    outcome_groups: list[OutcomeGroup] = field(default_factory=list)

    @property
    def conflict_count(self) -> int:
        return sum(len(row.conflicts) for row in self.rows)


#: The meeting read by its table's own name (what a reader of the SQL log looks for).
_MEETING = Shape(Meeting, table(Meeting))
_COUNTRY = Shape(Actor, "c")
_FOLLOWED = Shape(Meeting, "f")
_DIALOGUE = Shape(Dialogue, "d")
_ROLE = Shape(MeetingRole, "r")
_ACTOR = Shape(Actor, "a")
_OUTCOME = Shape(Outcome, "o")
_LISTED = Shape(Meeting, "m", LISTED_FIELDS)
_FOLLOW_UP = Shape(Meeting, "m", (*LISTED_FIELDS, "follow_up_of"))
_EVIDENCE = Shape(Evidence, "e")
_DOCUMENT = Shape(Document, "doc", _DOCUMENT_FIELDS)
_USER = Shape(get_user_model(), "u")
_CHANGE = Shape(MeetingChange, "ch")
#: A link with its item and the item's plan, as the page and the link review read them
#: (an action with its objective too): (attribute path, shape, join condition).
_LINK = Shape(MeetingLink, "l")
_SUGGESTION = Shape(LinkSuggestion, "l")
_LINK_PARTS: tuple[tuple[str, Shape, str], ...] = (
    ("area", Shape(Area, "ar"), "ar.id = l.area_id"),
    ("area.framework", Shape(Framework, "arf"), "arf.id = ar.framework_id"),
    ("objective", Shape(Objective, "ob"), "ob.id = l.objective_id"),
    ("objective.framework", Shape(Framework, "obf"), "obf.id = ob.framework_id"),
    ("action", Shape(Action, "ac"), "ac.id = l.action_id"),
    ("action.objective", Shape(Objective, "aco"), "aco.id = ac.objective_id"),
    ("action.objective.framework", Shape(Framework, "acof"), "acof.id = aco.framework_id"),
    ("action.framework", Shape(Framework, "acf"), "acf.id = ac.framework_id"),
)


def _read_meeting(pk: int) -> Meeting:
    """The meeting with its country and the meeting it follows up; Http404 if none."""
    own = table(Meeting)
    rows = fetch(
        f"SELECT {_MEETING.columns}, {_COUNTRY.columns}, {_FOLLOWED.columns} "
        f"FROM {table(Meeting)} "
        f"LEFT JOIN {table(Actor)} c ON c.id = {own}.{column(Meeting, 'country')} "
        f"LEFT JOIN {table(Meeting)} f ON f.id = {own}.{column(Meeting, 'follow_up_of')} "
        f"WHERE {own}.id = %s",
        [pk],
    )
    if not rows:
        raise Http404("No Meeting matches the given query.")
    meeting = _MEETING.build(rows[0])
    keep(meeting, "country", _COUNTRY.build(rows[0], _MEETING.width))
    keep(meeting, "follow_up_of", _FOLLOWED.build(rows[0], _MEETING.width + _COUNTRY.width))
    return meeting


def _read_plan_rows(shape: Shape, meeting: Meeting) -> list[Any]:
    """The meeting's rows of ``shape``'s model (its action-plan links, or the links
    suggested for it), each with its item and the item's plan; both tables name the
    item by the same three keys, so one join reads either."""
    columns = ", ".join([shape.columns, *(part.columns for _path, part, _on in _LINK_PARTS)])
    joins = " ".join(
        f"LEFT JOIN {table(part.model)} {part.alias} ON {on}" for _path, part, on in _LINK_PARTS
    )
    sql = (
        f"SELECT {columns} FROM {table(shape.model)} l {joins} "
        f"WHERE l.{column(shape.model, 'meeting')} = %s ORDER BY l.id"
    )
    found_rows = []
    for row in fetch(sql, [meeting.pk]):
        link = shape.build(row)
        keep(link, "meeting", meeting)
        found: dict[str, Any] = {"": link}
        offset = shape.width
        for path, part, _on in _LINK_PARTS:
            owner_path, _dot, name = path.rpartition(".")
            item = part.build(row, offset)
            offset += part.width
            found[path] = item
            owner = found[owner_path]
            if owner is not None:
                keep(owner, name, item)
        found_rows.append(link)
    return found_rows


def _read_evidence(meeting: Meeting) -> list[Evidence]:
    """The meeting's evidence, each with its document (not its text) and who wrote it."""
    sql = (
        f"SELECT {_EVIDENCE.columns}, {_DOCUMENT.columns}, {_USER.columns} "
        f"FROM {table(Evidence)} e "
        f"LEFT JOIN {table(Document)} doc ON doc.id = e.{column(Evidence, 'document')} "
        f"LEFT JOIN {table(_USER.model)} u ON u.id = e.{column(Evidence, 'created_by')} "
        f"WHERE e.{column(Evidence, 'meeting')} = %s"
    )
    evidence = []
    for row in fetch(sql, [meeting.pk]):
        item = _EVIDENCE.build(row)
        keep(item, "meeting", meeting)
        keep(item, "document", _DOCUMENT.build(row, _EVIDENCE.width))
        keep(item, "created_by", _USER.build(row, _EVIDENCE.width + _DOCUMENT.width))
        evidence.append(item)
    return evidence


def _read_related(meeting: Meeting) -> None:
    """Dialogues, roles with their actors, links, evidence, follow-ups and outcomes, held
    as ``prefetch_related`` holds them: the page and the tags it includes read
    ``meeting.<relation>.all()`` without a query."""
    pk = meeting.pk
    through = Meeting.dialogues.through
    dialogues = fetch(
        f"SELECT {_DIALOGUE.columns} FROM {table(Dialogue)} d INNER JOIN {table(through)} md "
        f"ON d.id = md.{column(through, 'dialogue')} WHERE md.{column(through, 'meeting')} = %s "
        f"ORDER BY d.{column(Dialogue, 'name')}",
        [pk],
    )
    prefetched(meeting, "dialogues", [_DIALOGUE.build(row) for row in dialogues])
    roles = []
    for row in fetch(
        f"SELECT {_ROLE.columns}, {_ACTOR.columns} FROM {table(MeetingRole)} r INNER JOIN "
        f"{table(Actor)} a ON a.id = r.{column(MeetingRole, 'actor')} "
        f"WHERE r.{column(MeetingRole, 'meeting')} = %s",
        [pk],
    ):
        role = _ROLE.build(row)
        keep(role, "meeting", meeting)
        keep(role, "actor", _ACTOR.build(row, _ROLE.width))
        roles.append(role)
    prefetched(meeting, "roles", roles)
    prefetched(meeting, "links", _read_plan_rows(_LINK, meeting))
    prefetched(meeting, "evidence", _read_evidence(meeting))
    follow_ups = fetch(
        f"SELECT {_FOLLOW_UP.columns} FROM {table(Meeting)} m "
        f"WHERE m.{column(Meeting, 'follow_up_of')} = %s "
        f"ORDER BY m.{column(Meeting, 'start')}, m.id",
        [pk],
    )
    prefetched(meeting, "follow_ups", [_FOLLOW_UP.build(row) for row in follow_ups])
    for other in meeting.follow_ups.all():
        keep(other, "follow_up_of", meeting)
    outcomes = fetch(
        f"SELECT {_OUTCOME.columns} FROM {table(Outcome)} o "
        f"WHERE o.{column(Outcome, 'meeting')} = %s",
        [pk],
    )
    prefetched(meeting, "outcomes", [_OUTCOME.build(row) for row in outcomes])
    for outcome in meeting.outcomes.all():
        keep(outcome, "meeting", meeting)


def _dates_decide(item: Evidence) -> bool:
    """Whether a source's "upcoming" or "past" is no conflict with the status shown: once
    the meeting's dates are known they decide its status as of today, and a source saying
    "upcoming" before the meeting (or "past" after it) was right when it was written.
    Only a source that contradicts the dates on its own day stays a conflict."""
    meeting = item.meeting
    if item.value not in (MeetingStatus.UPCOMING, MeetingStatus.PAST) or meeting.start is None:
        return False
    written = item.document.document_date if item.document is not None else None
    return written is None or meeting.status_on(written) == item.value


def _conflicts(name: str, current: Any, evidence: list[Evidence]) -> list[Conflict]:
    """Values found in documents that the record does not hold."""
    shown = {item.casefold() for item in value_items(current)}
    grouped: OrderedDict[str, list[Evidence]] = OrderedDict()
    for item in evidence:
        if item.method == Evidence.Method.EDITED:
            continue
        if name == "status" and _dates_decide(item):
            continue
        items = value_items(item.value)
        if not items:
            continue
        if name in LIST_FIELDS:
            other = [i for i in items if i.casefold() not in shown]
            if not other:
                continue
            label = ", ".join(other)
        else:
            if {i.casefold() for i in items} == shown:
                continue
            label = value_label(item.value)
        grouped.setdefault(label, []).append(item)
    return [Conflict(label, items) for label, items in grouped.items()]


def _same_series(meeting: Meeting) -> list[Meeting]:
    """The meetings just before and after this one of the same kind and dialogue (its
    first dialogue by name), up to two of each, in one query."""
    if meeting.start is None:
        return []
    dialogues = [d.pk for d in meeting.dialogues.all()]
    start = f"m.{column(Meeting, 'start')}"
    through = Meeting.dialogues.through
    join, on_dialogue, params = "", "", [meeting.kind, meeting.pk]
    if dialogues:
        join = f"INNER JOIN {table(through)} md ON m.id = md.{column(through, 'meeting')}"
        on_dialogue = f"AND md.{column(through, 'dialogue')} = %s"
        params.append(dialogues[0])
    base = (
        f"SELECT {_LISTED.columns} FROM {table(Meeting)} m {join} "
        f"WHERE m.{column(Meeting, 'kind')} = %s AND {start} IS NOT NULL AND m.id <> %s "
        f"{on_dialogue}"
    )
    rows = fetch(
        f"SELECT * FROM ({base} AND {start} <= %s ORDER BY {start} DESC, m.id DESC LIMIT 2) "
        f"before_ UNION ALL SELECT * FROM ({base} AND {start} > %s ORDER BY {start}, m.id "
        "LIMIT 2) after_",
        [*params, meeting.start, *params, meeting.start],
    )
    # Those before are the latest two, those after the first two: in date order, all.
    return sorted((_LISTED.build(row) for row in rows), key=lambda m: (m.start, m.pk))


def outcome_groups(meeting: Meeting) -> list[OutcomeGroup]:
    """The meeting's outcomes grouped by kind, numbered ones first (reads ``outcomes.all()``)."""
    grouped: dict[str, list[Outcome]] = {kind: [] for kind in OUTCOME_HEADINGS}
    for outcome in meeting.outcomes.all():
        grouped.setdefault(outcome.kind, []).append(outcome)
    return [
        OutcomeGroup(
            kind,
            OUTCOME_HEADINGS.get(kind, gettext_lazy("Outcomes")),
            sorted(items, key=lambda o: (o.number is None, o.number or 0, o.pk)),
        )
        for kind, items in grouped.items()
        if items
    ]


def _outcome_change_label(value: Any) -> str:
    """An outcome change as a sentence: "added: recommendation 3 “…” (open)"."""
    if not isinstance(value, dict):
        return value_label(value)
    kind = value.get("kind")
    name = str(Outcome.Kind(kind).label) if kind in Outcome.Kind.values else str(kind or "")
    if value.get("number") is not None:
        name = f"{name} {value['number']}"
    status = value.get("follow_up_status")
    status_label = str(Outcome.FollowUp(status).label) if status in Outcome.FollowUp.values else ""
    described = f"{name} “{value.get('text') or ''}”" + (
        f" ({status_label})" if status_label else ""
    )
    action = value.get("action")
    if action == "added":
        return _("added: %(outcome)s") % {"outcome": described}
    if action == "removed":
        return _("removed: %(outcome)s") % {"outcome": described}
    before = value.get("before") or {}
    changes = []
    for key, old in before.items():
        new = value.get(key)
        if key == "follow_up_status":
            old = Outcome.FollowUp(old).label if old in Outcome.FollowUp.values else old
            new = status_label or new
        elif key == "kind":
            old = Outcome.Kind(old).label if old in Outcome.Kind.values else old
            new = Outcome.Kind(new).label if new in Outcome.Kind.values else new
        changes.append(
            f"{old if old not in (None, '') else '—'} → {new if new not in (None, '') else '—'}"
        )
    return _("edited: %(outcome)s; %(changes)s") % {
        "outcome": described,
        "changes": "; ".join(changes),
    }


def _outcome_described(values: Any) -> str:
    """An outcome's values as a phrase: recommendation 3 “…” (open)."""
    if not isinstance(values, dict):
        return "—"
    label = _outcome_change_label({"action": "added", **values})
    return label.split(": ", 1)[1] if ": " in label else label


def _outcome_entry(change: MeetingChange) -> tuple[str, str]:
    """Old and new column of an outcome change."""
    old, new = change.old_value, change.new_value
    action = change.details.get("action")
    if action == "removed" or new is None:
        return _outcome_described(old), _outcome_change_label({"action": "removed", **(old or {})})
    if action == "added" or old is None:
        return "—", _outcome_change_label({"action": "added", **new})
    before = {k: v for k, v in old.items() if new.get(k) != v}
    return _outcome_described(old), _outcome_change_label(
        {"action": "edited", **new, "before": before}
    )


def _meeting_label(number: Any, others: dict[int, Meeting]) -> str:
    if number is None:
        return str(_("none"))
    if number in others:
        return f"{others[number]} (#{number})"
    return _("meeting %(id)s (deleted since)") % {"id": number}


def _structure_entry(change: MeetingChange) -> tuple[str, str]:
    """Old and new column of a merge, a split or their undo."""
    old = change.old_value if isinstance(change.old_value, dict) else {}
    new = change.new_value if isinstance(change.new_value, dict) else {}
    old_label = f"{old.get('label', '')} (#{old.get('meeting')})"
    new_label = f"{new.get('label', '')} (#{new.get('meeting')})"
    if change.kind == MeetingChange.Kind.MERGE:
        return old_label, _("merged into %(meeting)s") % {"meeting": new_label}
    if change.kind == MeetingChange.Kind.SPLIT:
        return old_label, _("mentions moved to %(meeting)s") % {"meeting": new_label}
    if change.details.get("undid") == "merge":
        return old_label, _("merge undone: %(meeting)s is back") % {"meeting": new_label}
    return old_label, _("split undone: merged back into %(meeting)s") % {"meeting": new_label}


def _split_into(pk: int) -> tuple[str, Any]:
    """SQL true for a change whose ``details`` name meeting ``pk`` as the new one, and its
    parameter: the JSON key read the way each database reads it."""
    details = f"ch.{column(MeetingChange, 'details')}"
    if connection.vendor == "postgresql":
        return f"({details} -> 'new_meeting') = %s::jsonb", str(pk)
    return f"JSON_EXTRACT({details}, '$.new_meeting') = %s", pk


def _read_changes(pk: int) -> list[Any]:
    """The changes to meeting ``pk`` (and the splits that made it), latest first, each
    with its editor and ``undone`` (whether a later change reverted it)."""
    split_into, param = _split_into(pk)
    reverts = column(MeetingChange, "reverts")
    created = column(MeetingChange, "created_at")
    sql = (
        f"SELECT {_CHANGE.columns}, {_USER.columns}, EXISTS (SELECT 1 FROM "
        f"{table(MeetingChange)} r WHERE r.{reverts} = ch.id) FROM {table(MeetingChange)} ch "
        f"LEFT JOIN {table(_USER.model)} u ON u.id = ch.{column(MeetingChange, 'editor')} "
        f"WHERE ch.{column(MeetingChange, 'meeting')} = %s "
        f"OR (ch.{column(MeetingChange, 'kind')} = %s AND {split_into}) "
        f"ORDER BY ch.{created} DESC, ch.id DESC"
    )
    changes = []
    for row in fetch(sql, [pk, MeetingChange.Kind.SPLIT, param]):
        change = _CHANGE.build(row)
        keep(change, "editor", _USER.build(row, _CHANGE.width))
        change.undone = bool(row[-1])
        changes.append(change)
    return changes


def _history(meeting: Meeting) -> list[HistoryEntry]:
    """The changes to this meeting, latest first, with readable old and new values.

    A split shows on both meetings. Follow-up changes name the other meeting (one
    query, only when there are some).
    """
    changes = _read_changes(meeting.pk)
    follow_ids = {
        value
        for c in changes
        if c.field == "follow_up_of"
        for value in (c.old_value, c.new_value)
        if isinstance(value, int)
    }
    others = (
        {m.pk: m for m in Meeting.objects.filter(pk__in=follow_ids).select_related("country")}
        if follow_ids
        else {}
    )
    entries = []
    for change in changes:
        structural = change.kind not in (MeetingChange.Kind.EDIT, MeetingChange.Kind.REVERT)
        if structural:
            old, new = _structure_entry(change)
        elif change.field == "follow_up_of":
            old = _meeting_label(change.old_value, others)
            new = _meeting_label(change.new_value, others)
        elif change.field == "outcomes":
            old, new = _outcome_entry(change)
        else:
            old, new = value_label(change.old_value), value_label(change.new_value)
        if change.details.get("old_unknown"):
            old = str(_("not recorded"))
        action = ""
        if change.meeting_id == meeting.pk and not change.undone:
            if change.kind in (MeetingChange.Kind.MERGE, MeetingChange.Kind.SPLIT):
                action = "undo"
            elif not structural and not change.details.get("old_unknown"):
                action = "revert"
        entries.append(HistoryEntry(change, old, new, action))
    return entries


def merge_candidates(meeting: Meeting, limit: int = 10) -> list[Meeting]:
    """Meetings that may be the same one: dated within a week of it, closest first; the
    same title when it has no date."""
    others = Meeting.objects.exclude(pk=meeting.pk).select_related("country")
    if meeting.start is None:
        if not meeting.title:
            return []
        return list(others.filter(title__iexact=meeting.title).order_by("pk")[:limit])
    start: dt.date = meeting.start
    week = dt.timedelta(days=7)
    near = list(others.filter(start__gte=start - week, start__lte=start + week)[: limit * 5])

    def distance(other: Meeting) -> tuple[int, int]:
        return abs(((other.start or start) - start).days), other.pk

    return sorted(near, key=distance)[:limit]


def split_choices(meeting: Meeting) -> list[tuple[int, str]]:
    """The meeting's mentions as choices: document, then what it says (date, place, kind)."""
    choices = []
    mentions = meeting.mentions.select_related("document").only(
        "pk", "record", "document__title", "document__original_name", "document__id"
    )
    for mention in mentions.order_by("document_id", "position"):
        record = mention.record or {}
        said = ", ".join(
            str(record[name]) for name in ("kind", "start", "city", "country") if record.get(name)
        )
        choices.append((mention.pk, f"{mention.document} — {said or _('no details')}"))
    return choices


def meeting_record(pk: int) -> MeetingRecord:
    """The meeting page's data; raises Http404 when there is no such meeting."""
    meeting = _read_meeting(pk)
    _read_related(meeting)
    values = meeting_values(meeting)
    roles = roles_by_field(meeting)
    evidence_by_field: dict[str, list[Evidence]] = {}
    for item in sorted(meeting.evidence.all(), key=lambda e: (e.created_at, e.pk)):
        evidence_by_field.setdefault(item.field, []).append(item)

    rows = []
    for name in FIELDS:
        evidence = evidence_by_field.get(name, [])
        edits = [e for e in evidence if e.method == Evidence.Method.EDITED]
        conflicts = _conflicts(name, values[name], evidence)
        conflicting = {e.pk for conflict in conflicts for e in conflict.evidence}
        row = FieldRow(
            name=name,
            label=FIELD_LABELS[name],
            value=values[name],
            evidence=[
                e
                for e in evidence
                if e.method != Evidence.Method.EDITED and e.pk not in conflicting
            ],
            conflicts=conflicts,
            edited=edits[-1] if edits else None,
        )
        if name in ROLE_FIELDS:
            row.actors = [role.actor for role in roles[name]]
        elif name == "country" and meeting.country is not None:
            row.actors = [meeting.country]
        rows.append(row)

    documents: dict[int, Document] = {}
    for item in meeting.evidence.all():
        if item.document is not None:
            documents.setdefault(item.document.pk, item.document)
    return MeetingRecord(
        meeting=meeting,
        values=values,
        rows=rows,
        roles=roles,
        links=list(meeting.links.all()),
        suggestions=_read_plan_rows(_SUGGESTION, meeting),
        documents=sorted(
            documents.values(), key=lambda d: (d.document_date is None, d.document_date, d.pk)
        ),
        history=_history(meeting),
        follow_ups=list(meeting.follow_ups.all()),
        series=_same_series(meeting),
        outcome_groups=outcome_groups(meeting),
    )
