"""Editors' corrections: each changed value becomes edited Evidence, then the meeting changes.

An editor's value is stored as ``Evidence(method="edited", created_by=editor)``
with the contract's value (``"2019-07"``, ``["Morocco", "Spain"]``, …) and the
time; ingestion never overwrites a field that has edited evidence, so the
correction wins from then on, and the meeting page lists it in its history.
Only fields whose value really changes are recorded.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from django.db import transaction

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
)
from processus.kb.partial_dates import Precision, parse_partial_date
from processus.web.values import FIELDS, ROLE_FIELDS, meeting_values

#: Fields a correction can change: the record's fields and the action-plan links.
CORRECTABLE_FIELDS: tuple[str, ...] = (*FIELDS, "links")

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
    return values


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
