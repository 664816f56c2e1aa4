"""Editors' corrections: each changed value becomes edited Evidence, then the meeting changes.

An editor's value is stored as ``Evidence(method="edited", created_by=editor)``
with the contract's value (``"2019-07"``, ``["Morocco", "Spain"]``, …) and the
time; ingestion never overwrites a field that has edited evidence, so the
correction wins from then on, and the meeting page lists it in its history.
Only fields whose value really changes are recorded.

``follow_up_of`` (the meeting this one builds on) is corrected like the other
fields; its evidence value is the other meeting's id, or null for "none". A
meeting's outcomes (recommendations, policy takeaways, conclusions) are added,
edited and removed one at a time by :func:`change_outcome`: each change is one
edited evidence row of field ``outcomes`` whose value describes it
(``{"action": "added", "outcome": 7, "kind": …, "number": …, "text": …,
"follow_up_status": …}``, with ``"before"`` holding the old values of an edit).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from processus.kb.models import (
    Action,
    Actor,
    Area,
    Dialogue,
    Evidence,
    Meeting,
    MeetingLink,
    MeetingRole,
    Objective,
    Outcome,
)
from processus.kb.partial_dates import Precision, parse_partial_date
from processus.kb.records import FIELDS, ROLE_FIELDS, meeting_values

#: Fields a correction can change: the record's fields, the action-plan links and
#: the meeting this one follows up.
CORRECTABLE_FIELDS: tuple[str, ...] = (*FIELDS, "links", "follow_up_of")
#: The evidence field of outcome changes.
OUTCOMES_FIELD = "outcomes"
#: Outcome values an editor sets, in the order they are described.
OUTCOME_FIELDS: tuple[str, ...] = ("kind", "number", "text", "follow_up_status")
#: Outcome texts are kept in the evidence up to this length.
_OUTCOME_TEXT_KEPT = 300
#: How far up a chain of follow-ups the cycle check looks.
_MAX_CHAIN = 1000

_DATE_FIELDS = {
    "start": ("start", "start_precision"),
    "end": ("end", "end_precision"),
    "registration_deadline": ("registration_deadline", "registration_deadline_precision"),
}
_TEXT_FIELDS = ("kind", "title", "city", "format", "status", "participants_qualifier")
_NUMBER_FIELDS = ("participants", "countries_count", "recommendations")


def link_ref(link: MeetingLink | Area | Objective | Action) -> str:
    """A stable, readable name for an action-plan item, kept in the evidence value:
    ``cadiz-action-plan/area/1``, ``…/objective/5a``, ``…/objective/5a/action/3``."""
    target: Area | Objective | Action | None = link  # type: ignore[assignment]
    if isinstance(link, MeetingLink):
        target = link.area or link.objective or link.action
    if isinstance(target, Area):
        return f"{target.framework.key}/area/{target.number}"
    if isinstance(target, Objective):
        return f"{target.framework.key}/objective/{target.number}"
    if isinstance(target, Action):
        objective = target.objective
        return f"{objective.framework.key}/objective/{objective.number}/action/{target.number}"
    raise ValueError("a link without a target")


def current_values(meeting: Meeting) -> dict[str, Any]:
    """The meeting's correctable values (contract values plus ``links``)."""
    values = meeting_values(meeting)
    values["links"] = sorted(link_ref(link) for link in meeting.links.all())
    values["follow_up_of"] = meeting.follow_up_of_id
    return values


def follow_up_error(meeting: Meeting, target_id: int | None) -> str | None:
    """Why ``meeting`` cannot be a follow-up of meeting ``target_id`` (``None`` if it can).

    The other meeting must exist, must not be this one, and must not itself be
    (through any chain of follow-ups) a follow-up of this one.
    """
    if target_id is None:
        return None
    if target_id == meeting.pk:
        return _("Follow-up of: a meeting cannot be a follow-up of itself.")
    parents = dict(Meeting.objects.values_list("pk", "follow_up_of_id").filter(pk=target_id))
    if target_id not in parents:
        return _("Follow-up of: there is no meeting number %(id)s.") % {"id": target_id}
    current: int | None = parents[target_id]
    seen = {target_id}
    for _step in range(_MAX_CHAIN):
        if current is None:
            return None
        if current == meeting.pk:
            return _(
                "Follow-up of: meeting %(id)s is itself a follow-up of this meeting, "
                "which would make a cycle."
            ) % {"id": target_id}
        if current in seen:
            return None  # an older cycle further up, not made by this change
        seen.add(current)
        current = (
            Meeting.objects.filter(pk=current).values_list("follow_up_of_id", flat=True).first()
        )
    return None


def follow_up_candidates(meeting: Meeting, limit: int = 12) -> list[Meeting]:
    """Meetings this one may follow up: same dialogue, earlier start, latest first.

    Meetings that already follow this one (directly) are left out; without a
    start date, the latest meetings of the same dialogue are offered.
    """
    dialogues = [d.pk for d in meeting.dialogues.all()]
    if not dialogues:
        return []
    found = (
        Meeting.objects.filter(dialogues__in=dialogues, start__isnull=False)
        .exclude(pk=meeting.pk)
        .exclude(follow_up_of_id=meeting.pk)
        .select_related("country")
        .distinct()
        .order_by("-start", "-pk")
    )
    if meeting.start is not None:
        found = found.filter(start__lt=meeting.start)
    return list(found[:limit])


def _normalise(field: str, value: Any) -> Any:
    if value in ("", []):
        return [] if field in (*ROLE_FIELDS, "dialogues", "themes", "links") else None
    return value


def _apply_date(meeting: Meeting, field: str, value: str | None) -> None:
    date_attr, precision_attr = _DATE_FIELDS[field]
    if value is None:
        setattr(meeting, date_attr, None)
        setattr(meeting, precision_attr, Precision.DAY)
        return
    # An imprecise end stands for the last day of its period, so it never precedes the start.
    date, precision = parse_partial_date(value, period_end=field == "end")
    setattr(meeting, date_attr, date)
    setattr(meeting, precision_attr, precision)


def _apply_roles(meeting: Meeting, role: str, names: list[str]) -> None:
    actors = {a.name: a for a in Actor.objects.filter(name__in=names)}
    MeetingRole.objects.filter(meeting=meeting, role=role).delete()
    MeetingRole.objects.bulk_create(
        MeetingRole(meeting=meeting, actor=actors[name], role=role, position=index)
        for index, name in enumerate(names)
        if name in actors
    )


def _apply_links(meeting: Meeting, refs: Iterable[str], editor: Any) -> None:
    wanted = set(refs)
    for link in meeting.links.select_related(
        "area__framework", "objective__framework", "action__objective__framework"
    ):
        ref = link_ref(link)
        if ref not in wanted:
            link.delete()
            continue
        wanted.discard(ref)
        if link.source != MeetingLink.Source.CONFIRMED:
            link.source = MeetingLink.Source.CONFIRMED
            link.confirmed_by = editor
            link.save(update_fields=["source", "confirmed_by"])
    targets = resolve_link_refs(wanted)
    MeetingLink.objects.bulk_create(
        MeetingLink(
            meeting=meeting,
            source=MeetingLink.Source.CONFIRMED,
            confirmed_by=editor,
            **{type(target).__name__.lower(): target},
        )
        for target in targets
    )


def resolve_link_refs(refs: Iterable[str]) -> list[Area | Objective | Action]:
    """The action-plan items named by ``refs`` (unknown names are skipped)."""
    wanted = set(refs)
    if not wanted:
        return []
    keys = {ref.split("/", 1)[0] for ref in wanted}
    found: list[Area | Objective | Action] = []
    for area in Area.objects.filter(framework__key__in=keys).select_related("framework"):
        if link_ref(area) in wanted:
            found.append(area)
    for objective in Objective.objects.filter(framework__key__in=keys).select_related("framework"):
        if link_ref(objective) in wanted:
            found.append(objective)
    for action in Action.objects.filter(objective__framework__key__in=keys).select_related(
        "objective__framework"
    ):
        if link_ref(action) in wanted:
            found.append(action)
    return found


def _apply(meeting: Meeting, field: str, value: Any, editor: Any) -> None:
    if field in _DATE_FIELDS:
        _apply_date(meeting, field, value)
    elif field in _TEXT_FIELDS:
        setattr(meeting, field, value or "")
    elif field in _NUMBER_FIELDS:
        setattr(meeting, field, value)
    elif field == "themes":
        meeting.themes = list(value)
    elif field == "country":
        meeting.country = Actor.objects.get(name=value, kind="country") if value else None
    elif field == "dialogues":
        meeting.dialogues.set(Dialogue.objects.filter(name__in=value))
    elif field in ROLE_FIELDS:
        _apply_roles(meeting, ROLE_FIELDS[field], list(value))
    elif field == "links":
        _apply_links(meeting, value, editor)
    elif field == "follow_up_of":
        error = follow_up_error(meeting, value)
        if error:
            raise ValidationError({"follow_up_of": error})
        meeting.follow_up_of_id = value
    else:
        raise ValueError(f"{field!r} cannot be corrected")


def changed_fields(meeting: Meeting, proposed: Mapping[str, Any]) -> dict[str, Any]:
    """The proposed values that differ from the meeting's current ones."""
    current = current_values(meeting)
    changes = {}
    for field, value in proposed.items():
        if field not in CORRECTABLE_FIELDS:
            raise ValueError(f"{field!r} cannot be corrected")
        new = _normalise(field, value)
        if new != _normalise(field, current.get(field)):
            changes[field] = new
    return changes


def apply_correction(
    meeting: Meeting,
    editor: Any,
    proposed: Mapping[str, Any],
    note: str = "",
) -> list[Evidence]:
    """Record ``editor``'s changed values as edited evidence and apply them to ``meeting``.

    ``proposed`` maps field names to contract values (dates as ``YYYY[-MM[-DD]]``
    strings, actors and dialogues by their English name, ``links`` as
    :func:`link_ref` names). Values equal to the current ones are ignored.
    Returns the evidence rows created, in field order; nothing is written when
    nothing changes.
    """
    with transaction.atomic():
        changes = changed_fields(meeting, proposed)
        if not changes:
            return []
        if not editor.is_authenticated:
            raise PermissionError("only a signed-in editor can correct a meeting")
        for field in CORRECTABLE_FIELDS:
            if field in changes:
                _apply(meeting, field, changes[field], editor)
        meeting.full_clean(exclude=["dialogues"], validate_unique=False)
        meeting.save()
        evidence = [
            Evidence(
                meeting=meeting,
                field=field,
                value=changes[field],
                method=Evidence.Method.EDITED,
                created_by=editor,
                note=note[:300],
            )
            for field in CORRECTABLE_FIELDS
            if field in changes
        ]
        return Evidence.objects.bulk_create(evidence)


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


def change_outcome(
    meeting: Meeting,
    editor: Any,
    *,
    outcome: Outcome | None = None,
    values: Mapping[str, Any] | None = None,
    remove: bool = False,
    note: str = "",
) -> Evidence | None:
    """Add (no ``outcome``), edit (``outcome`` and ``values``) or remove an outcome.

    ``values`` holds ``kind``, ``number``, ``text`` and ``follow_up_status``. The
    change is recorded as edited evidence of field ``outcomes`` (see the module
    doc) and returned; an edit that changes nothing records nothing and returns
    ``None``.
    """
    if not editor.is_authenticated:
        raise PermissionError("only a signed-in editor can correct a meeting")
    if outcome is not None and outcome.meeting_id != meeting.pk:
        raise ValueError("this outcome belongs to another meeting")
    with transaction.atomic():
        if remove:
            if outcome is None:
                raise ValueError("which outcome to remove?")
            change = {
                "action": "removed",
                "outcome": outcome.pk,
                **_described(_outcome_values(outcome)),
            }
            outcome.delete()
        elif outcome is None:
            wanted = {name: (values or {}).get(name) for name in OUTCOME_FIELDS}
            wanted["follow_up_status"] = wanted["follow_up_status"] or Outcome.FollowUp.UNKNOWN
            outcome = Outcome(meeting=meeting, **wanted)
            outcome.full_clean(exclude=["meeting", "document"])
            outcome.save()
            change = {"action": "added", "outcome": outcome.pk, **_described(wanted)}
        else:
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
            change = {
                "action": "edited",
                "outcome": outcome.pk,
                **_described(after),
                "before": {name: old[name] for name in changed},
            }
        return Evidence.objects.create(
            meeting=meeting,
            field=OUTCOMES_FIELD,
            value=change,
            method=Evidence.Method.EDITED,
            created_by=editor,
            note=note[:300],
        )
