"""A meeting's correctable values: reading them, comparing them, writing them to the rows.

Values are in the extraction contract's shape (dates as ``YYYY[-MM[-DD]]``,
actors and dialogues by their English name, ``links`` as :func:`link_ref`
names, ``follow_up_of`` as the other meeting's number). Two values are the same
when a reader would see no difference: lists compared as sets (re-ordering chairs
is not a correction), strings after trimming, empty strings and empty lists as
nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, cast

from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext as _

from processus.kb.models import (
    Action,
    Actor,
    Area,
    Dialogue,
    Meeting,
    MeetingLink,
    MeetingRole,
    Objective,
)
from processus.kb.partial_dates import Precision, parse_partial_date
from processus.kb.records import FIELDS, ROLE_FIELDS, meeting_values

#: Fields a correction can change: the record's fields, the action-plan links and
#: the meeting this one follows up.
CORRECTABLE_FIELDS: tuple[str, ...] = (*FIELDS, "links", "follow_up_of")
#: Fields whose value is a list (compared as sets).
LIST_FIELDS = frozenset({*ROLE_FIELDS, "dialogues", "themes", "links"})
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
        objective: Objective | None = target.objective
        if objective is None:  # an action whose objective is not known (yet)
            return f"{cast(Any, target).framework.key}/action/{target.number}"
        return f"{objective.framework.key}/objective/{objective.number}/action/{target.number}"
    raise ValueError("a link without a target")


def current_values(meeting: Meeting) -> dict[str, Any]:
    """The meeting's correctable values as shown (contract values plus ``links``)."""
    values = meeting_values(meeting)
    values["links"] = sorted(link_ref(link) for link in meeting.links.all())
    values["follow_up_of"] = meeting.follow_up_of_id
    return values


def normalised(field: str, value: Any) -> Any:
    """``value`` as stored: trimmed text, nothing for blanks, lists as lists."""
    if isinstance(value, str):
        value = value.strip()
    if value in ("", None, []):
        return [] if field in LIST_FIELDS else None
    if field in LIST_FIELDS:
        items = [item.strip() if isinstance(item, str) else item for item in value]
        return list(dict.fromkeys(item for item in items if item not in ("", None)))
    return value


def same_value(field: str, a: Any, b: Any) -> bool:
    """Whether a reader would see the same value (lists as sets, text trimmed)."""
    a, b = normalised(field, a), normalised(field, b)
    if field in LIST_FIELDS:
        return {str(item) for item in a} == {str(item) for item in b}
    return bool(a == b)


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
    actions = Q(objective__framework__key__in=keys)
    if any(field.name == "framework" for field in Action._meta.get_fields()):
        actions |= Q(framework__key__in=keys)  # actions numbered across their plan
    for action in Action.objects.filter(actions).select_related("objective__framework"):
        if link_ref(action) in wanted:
            found.append(action)
    return found


def check_value(field: str, value: Any) -> None:
    """Refuse a value the record cannot hold, naming the field (``ValidationError``)."""
    if field not in CORRECTABLE_FIELDS:
        raise ValueError(f"{field!r} cannot be corrected")
    if value in (None, []):
        return
    if field in _DATE_FIELDS:
        try:
            parse_partial_date(str(value))
        except ValueError:
            raise ValidationError(
                {field: _("Enter a date as YYYY, YYYY-MM or YYYY-MM-DD.")}
            ) from None
    elif field == "country" and not Actor.objects.filter(name=value, kind="country").exists():
        raise ValidationError({field: _("There is no country named %(name)s.") % {"name": value}})
    elif field in ROLE_FIELDS:
        known = set(Actor.objects.filter(name__in=value).values_list("name", flat=True))
        unknown = [name for name in value if name not in known]
        if unknown:
            raise ValidationError(
                {field: _("Unknown actors: %(names)s.") % {"names": ", ".join(unknown)}}
            )


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
    MeetingLink.objects.bulk_create(
        MeetingLink(
            meeting=meeting,
            source=MeetingLink.Source.CONFIRMED,
            confirmed_by=editor,
            **{type(target).__name__.lower(): target},
        )
        for target in resolve_link_refs(wanted)
    )


def apply_value(meeting: Meeting, field: str, value: Any, editor: Any) -> None:
    """Write one contract value to the meeting (its row is saved by the caller)."""
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
    """The proposed values a reader would see as different from the current ones."""
    current = current_values(meeting)
    changes = {}
    for field, value in proposed.items():
        if field not in CORRECTABLE_FIELDS:
            raise ValueError(f"{field!r} cannot be corrected")
        if not same_value(field, value, current.get(field)):
            changes[field] = normalised(field, value)
    return changes
