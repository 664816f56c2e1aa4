"""How much of an action plan meetings addressed: "X of 10 objectives and Y of 29 actions".

A meeting addresses an item when it has a link to it that is confirmed by an
editor or suggested (not rejected): the links are the rows of
:class:`processus.kb.models.MeetingLink`, so every page counts the same thing.
How many of them an editor confirmed is given beside. A link to an action also
addresses the action's objective and area; a link to an objective its area.
Objectives are counted as the plan counts them: "5a" and "5b" are parts of
objective 5. Each item lists its meetings with the link's status and reason,
and the items no meeting addressed are the gaps.

Questions it answers: any period (default: the plan's first year to today, or
to its last year once it is over), one chairmanship (the periods of the
chairmanship calendar), one dialogue, one country (meetings it hosted or chaired).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from processus.kb.models import (
    Action,
    Actor,
    Area,
    Chairmanship,
    Dialogue,
    Framework,
    Meeting,
    MeetingLink,
    MeetingRole,
    Objective,
)
from processus.plans.models import LinkSuggestion

CONFIRMED = "confirmed"
SUGGESTED = "suggested"


class CoverageError(ValueError):
    """A question coverage cannot answer as asked; the message names what was wrong and
    ``parameter`` the argument that holds it."""

    def __init__(self, message: str, parameter: str = "plan") -> None:
        super().__init__(message)
        self.parameter = parameter


def objective_base(number: str) -> str:
    """The objective a numbered part belongs to: ``"5a"`` → ``"5"``; other numbers unchanged."""
    match = re.match(r"\d+", number.strip())
    return match.group(0) if match else number.strip()


@dataclass
class LinkedMeeting:
    """One meeting that addresses an item, and why."""

    meeting_id: int
    title: str
    start: str
    status: str  # "confirmed" | "suggested"
    reason: str
    score: float | None = None
    via: str = ""  # "" for a direct link, else the item it came through ("action 3")

    def as_json(self) -> dict[str, Any]:
        return {
            "meeting": self.meeting_id,
            "title": self.title,
            "start": self.start,
            "status": self.status,
            "reason": self.reason,
            "score": self.score,
            "via": self.via,
        }


@dataclass
class ItemCoverage:
    """An area, objective or action and the meetings that addressed it in the period."""

    kind: str
    number: str
    pk: int
    title: str
    title_fr: str
    established: bool
    parent: str = ""  # "objective 3" for an action, "area 2" for an objective
    meetings: list[LinkedMeeting] = field(default_factory=list)

    @property
    def addressed(self) -> bool:
        return bool(self.meetings)

    @property
    def confirmed(self) -> bool:
        return any(m.status == CONFIRMED for m in self.meetings)

    @property
    def label(self) -> str:
        return f"{self.kind} {self.number}"

    @property
    def parent_number(self) -> str:
        """``"3"`` for an action of objective 3 ("" when its objective is not known)."""
        return self.parent.partition(" ")[2]

    def as_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "title": self.title,
            "title_fr": self.title_fr,
            "established": self.established,
            "parent": self.parent,
            "addressed": self.addressed,
            "confirmed": self.confirmed,
            "meeting_ids": [m.meeting_id for m in self.meetings],
            "meetings": [m.as_json() for m in self.meetings],
        }


@dataclass
class Coverage:
    """The figures of coverage.json, and per item its meetings."""

    plan: str
    plan_name: str
    period_start: dt.date
    period_end: dt.date
    areas: list[ItemCoverage]
    objectives: list[ItemCoverage]
    actions: list[ItemCoverage]
    objectives_total: int
    actions_total: int
    meeting_ids: list[int]
    dialogue: str | None = None
    country: str | None = None
    chairmanship: str | None = None
    chairmanship_periods: list[tuple[dt.date, dt.date]] = field(default_factory=list)

    @property
    def areas_total(self) -> int:
        return len(self.areas)

    @property
    def areas_addressed(self) -> int:
        return sum(1 for a in self.areas if a.addressed)

    @property
    def areas_confirmed(self) -> int:
        return sum(1 for a in self.areas if a.confirmed)

    @property
    def objectives_addressed(self) -> int:
        return len({objective_base(o.number) for o in self.objectives if o.addressed})

    @property
    def objectives_confirmed(self) -> int:
        return len({objective_base(o.number) for o in self.objectives if o.confirmed})

    @property
    def actions_addressed(self) -> int:
        return sum(1 for a in self.actions if a.addressed)

    @property
    def actions_confirmed(self) -> int:
        return sum(1 for a in self.actions if a.confirmed)

    @property
    def objective_gaps(self) -> list[ItemCoverage]:
        return [o for o in self.objectives if not o.addressed]

    @property
    def action_gaps(self) -> list[ItemCoverage]:
        return [a for a in self.actions if not a.addressed]

    def tree(self) -> list[tuple[ItemCoverage, list[tuple[ItemCoverage, list[ItemCoverage]]]]]:
        """Each area with its objectives, each objective with its actions (for the page:
        one pass here instead of every action tried under every objective there)."""
        actions: dict[str, list[ItemCoverage]] = defaultdict(list)
        for action in self.actions:
            actions[action.parent].append(action)
        objectives: dict[str, list[ItemCoverage]] = defaultdict(list)
        for objective in self.objectives:
            objectives[objective.parent].append(objective)
        return [
            (area, [(o, actions.get(o.label, [])) for o in objectives.get(area.label, [])])
            for area in self.areas
        ]

    def as_json(self) -> dict[str, Any]:
        """coverage.json: the headline figures, then every item with its meetings."""
        return {
            "plan": self.plan,
            "period_start": self.period_start.isoformat(),
            "period_end": self.period_end.isoformat(),
            "dialogue": self.dialogue,
            "country": self.country,
            "chairmanship": self.chairmanship,
            "meetings": len(self.meeting_ids),
            "areas_addressed": self.areas_addressed,
            "areas_confirmed": self.areas_confirmed,
            "areas_total": self.areas_total,
            "objectives_addressed": self.objectives_addressed,
            "objectives_confirmed": self.objectives_confirmed,
            "objectives_total": self.objectives_total,
            "actions_addressed": self.actions_addressed,
            "actions_confirmed": self.actions_confirmed,
            "actions_total": self.actions_total,
            "areas": [a.as_json() for a in self.areas],
            "objectives": [o.as_json() for o in self.objectives],
            "actions": [a.as_json() for a in self.actions],
        }

    def csv_rows(self) -> list[list[Any]]:
        """One row per item and meeting (an item no meeting addressed has one row, a gap)."""
        rows: list[list[Any]] = [
            ["plan", "period_start", "period_end", "kind", "number", "title", "parent",
             "addressed", "meeting", "meeting_title", "meeting_start", "status", "via", "reason"]
        ]  # fmt: skip
        head = [self.plan, self.period_start.isoformat(), self.period_end.isoformat()]
        for item in [*self.areas, *self.objectives, *self.actions]:
            common = [*head, item.kind, item.number, item.title, item.parent]
            if not item.meetings:
                rows.append([*common, "no", "", "", "", "", "", ""])
            for m in item.meetings:
                rows.append(
                    [*common, "yes", m.meeting_id, m.title, m.start, m.status, m.via, m.reason]
                )
        return rows


def default_period(framework: Framework) -> tuple[dt.date, dt.date]:
    """From the plan's first year to today, or to its last year once it is over."""
    today = timezone.localdate()
    first = dt.date(framework.period_start, 1, 1)
    return first, min(dt.date(framework.period_end, 12, 31), max(today, first))


def chairmanship_periods(framework: Framework, actor: Actor) -> list[tuple[dt.date, dt.date]]:
    """The periods ``actor`` chaired the plan's dialogue (the calendar's years read whole)."""
    periods = []
    for chair in Chairmanship.objects.filter(dialogue_id=framework.dialogue_id, actor=actor):
        start = chair.start or dt.date.min
        if chair.end is None:
            end = timezone.localdate()
        elif chair.end_precision == "year":
            end = chair.end.replace(month=12, day=31)
        else:
            end = chair.end
        periods.append((start, end))
    return sorted(periods)


def find_actor(name: str, parameter: str = "country") -> Actor:
    """An actor by key, ISO code, English or French name (case-insensitive)."""
    value = name.strip()
    actor = Actor.objects.filter(
        Q(key__iexact=value)
        | Q(iso_code__iexact=value)
        | Q(name__iexact=value)
        | Q(name_fr__iexact=value)
    ).first()
    if actor is None:
        raise CoverageError(f"unknown country or organisation: {name!r}", parameter)
    return actor


def plan_actions_q(framework: Framework, prefix: str = "") -> Q:
    """Actions of the plan, placed under an objective or not (an action belongs to its plan)."""
    return Q(**{f"{prefix}framework": framework})


@dataclass
class _Question:
    framework: Framework
    start: dt.date
    end: dt.date
    dialogue: Dialogue | None = None
    country: Actor | None = None
    chair: Actor | None = None
    periods: list[tuple[dt.date, dt.date]] = field(default_factory=list)


def _question(
    plan_key: str | Framework,
    start: dt.date | None,
    end: dt.date | None,
    dialogue: str | None,
    country: str | None,
    chairmanship: str | None,
) -> _Question:
    if isinstance(plan_key, Framework):
        framework: Framework | None = plan_key
    else:
        framework = Framework.objects.filter(key=plan_key).first()
    if framework is None:
        raise CoverageError(f"unknown action plan: {plan_key!r}")
    first, last = default_period(framework)
    question = _Question(framework, start or first, end or last)
    if question.end < question.start:
        raise CoverageError(
            f"the period ends ({question.end}) before it starts ({question.start})", "to"
        )
    if dialogue:
        question.dialogue = Dialogue.objects.filter(key=dialogue).first()
        if question.dialogue is None:
            raise CoverageError(f"unknown dialogue: {dialogue!r}", "dialogue")
    if country:
        question.country = find_actor(country)
    if chairmanship:
        question.chair = find_actor(chairmanship, "chairmanship")
        question.periods = chairmanship_periods(framework, question.chair)
        if not question.periods:
            raise CoverageError(
                f"{question.chair.name} has no chairmanship of the plan's dialogue in the calendar",
                "chairmanship",
            )
    return question


@dataclass
class _InScope:
    """The meetings in scope: their query (for subqueries) and the little each item shows."""

    queryset: Any
    titles: dict[int, tuple[str, str]]  # id -> (title, start as ISO date or "")


def _meetings(question: _Question) -> _InScope:
    meetings = Meeting.objects.filter(start__gte=question.start, start__lte=question.end)
    if question.periods:
        in_periods = Q()
        for first, last in question.periods:
            in_periods |= Q(start__gte=first, start__lte=last)
        meetings = meetings.filter(in_periods)
    if question.dialogue is not None:
        meetings = meetings.filter(dialogues=question.dialogue)
    if question.country is not None:
        meetings = meetings.filter(
            roles__actor=question.country,
            roles__role__in=[MeetingRole.Role.HOST, MeetingRole.Role.CHAIR],
        )
    meetings = meetings.distinct()
    titles = {}
    # Values, not instances: a plan's period may hold thousands of meetings.
    for pk, title, start in meetings.values_list("pk", "title", "start"):
        titles[pk] = (title, start.isoformat() if start else "")
    untitled = [pk for pk, (title, _start) in titles.items() if not title]
    for meeting in Meeting.objects.filter(pk__in=untitled).select_related("country"):
        titles[meeting.pk] = (str(meeting), titles[meeting.pk][1])
    return _InScope(meetings.values("pk"), titles)


def reason_text(reason: dict[str, Any]) -> str:
    """A stored reason for people: ``title: "border management"; backed by: theme 4 — «…»``."""
    if not reason:
        return ""
    if reason.get("note"):
        return str(reason["note"])
    labels = {
        "title": _("title"),
        "passage": _("source passage"),
        "themes": _("themes"),
        "support": _("backed by"),
    }
    matches = reason.get("matches") or [[term, ""] for term in reason.get("terms", [])]
    parts = []
    for where in (*labels, ""):
        terms = [str(term) for term, found in matches if found == where]
        if not terms:
            continue
        quoted = ", ".join(t if where in ("themes", "support") else f'"{t}"' for t in terms)
        parts.append(f"{labels[where]}: {quoted}" if where else quoted)
    text = "; ".join(parts)
    passage = reason.get("passage") or ""
    return f"{text} — «{passage}»" if passage else text


@dataclass
class _Plan:
    """The plan's items in its order, keyed ``(kind, pk)``, and what each rolls up to."""

    items: dict[tuple[str, int], ItemCoverage]
    parent: dict[tuple[str, int], tuple[str, int]]


def _plan(framework: Framework) -> _Plan:
    plan = _Plan({}, {})
    for area in Area.objects.filter(framework=framework).order_by("number"):
        plan.items[("area", area.pk)] = ItemCoverage(
            "area", str(area.number), area.pk, area.title, area.title_fr,
            area.established,
        )  # fmt: skip
    objectives = Objective.objects.filter(framework=framework).select_related("area")
    for o in objectives.order_by("position", "number"):
        plan.items[("objective", o.pk)] = ItemCoverage(
            "objective", o.number, o.pk, o.title, o.title_fr,
            o.established,
            parent=f"area {o.area.number}" if o.area is not None else "",
        )  # fmt: skip
        if o.area_id:
            plan.parent[("objective", o.pk)] = ("area", o.area_id)
    actions = Action.objects.filter(plan_actions_q(framework)).select_related("objective")
    for a in actions.order_by("position", "number").distinct():
        plan.items[("action", a.pk)] = ItemCoverage(
            "action", a.number, a.pk, a.title, a.title_fr,
            a.established,
            parent=f"objective {a.objective.number}" if a.objective else "",
        )  # fmt: skip
        if a.objective_id:
            plan.parent[("action", a.pk)] = ("objective", a.objective_id)
    return plan


def _links(framework: Framework, meeting_ids: Any) -> list[tuple[int, tuple[str, int], str]]:
    """(meeting, item, status) of every link of the plan's items from these meetings."""
    rows = MeetingLink.objects.filter(
        Q(area__framework=framework)
        | Q(objective__framework=framework)
        | plan_actions_q(framework, "action__"),
        meeting_id__in=meeting_ids,
    ).values_list("meeting_id", "area_id", "objective_id", "action_id", "source")
    links = []
    for meeting_id, area_id, objective_id, action_id, source in rows.distinct():
        if area_id:
            key = ("area", area_id)
        elif objective_id:
            key = ("objective", objective_id)
        else:
            key = ("action", action_id)
        status = CONFIRMED if source == MeetingLink.Source.CONFIRMED else SUGGESTED
        links.append((meeting_id, key, status))
    return links


def _reasons(
    framework: Framework, meeting_ids: Any
) -> dict[tuple[int, tuple[str, int]], tuple[float, str]]:
    found = {}
    for s in LinkSuggestion.objects.filter(framework=framework, meeting_id__in=meeting_ids):
        found[(s.meeting_id, s.target_key)] = (s.score, reason_text(s.reason))
    return found


def _better(new: LinkedMeeting, old: LinkedMeeting) -> bool:
    """A direct link explains more than one through an action; a confirmed one counts more."""
    return (new.via == "", new.status == CONFIRMED) > (old.via == "", old.status == CONFIRMED)


def plan_coverage(
    plan_key: str | Framework,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    dialogue: str | None = None,
    country: str | None = None,
    chairmanship: str | None = None,
) -> Coverage:
    """What the meetings in scope addressed of plan ``plan_key`` (see the module's doc).

    ``plan_key`` may also be the plan itself, already read.
    ``dialogue`` is a dialogue's key; ``country`` and ``chairmanship`` an actor's
    key, ISO code or name. Raises :class:`CoverageError` naming the value that is
    wrong (unknown plan, dialogue or actor; a period that ends before it starts;
    an actor that never chaired the plan's dialogue).
    """
    question = _question(plan_key, start, end, dialogue, country, chairmanship)
    framework = question.framework
    plan = _plan(framework)
    meetings = _meetings(question)
    ids = meetings.queryset  # a subquery: the list of ids may be long
    reasons = _reasons(framework, ids)
    linked: dict[tuple[str, int], dict[int, LinkedMeeting]] = defaultdict(dict)
    addressing: set[int] = set()
    for meeting_id, key, status in _links(framework, ids):
        if key not in plan.items:
            continue
        if meeting_id not in meetings.titles:
            continue  # added since the meetings were read
        title, start_iso = meetings.titles[meeting_id]
        score, reason = reasons.get((meeting_id, key), (None, ""))
        if not reason:
            reason = "added or confirmed by an editor" if status == CONFIRMED else ""
        via = ""
        while key is not None:
            entry = LinkedMeeting(meeting_id, title, start_iso, status, reason, score, via)
            old = linked[key].get(meeting_id)
            if old is None or _better(entry, old):
                linked[key][meeting_id] = entry
            via = via or f"{key[0]} {plan.items[key].number}"
            key = plan.parent.get(key)  # type: ignore[assignment]
        addressing.add(meeting_id)
    for key, item in plan.items.items():
        item.meetings = sorted(
            linked.get(key, {}).values(), key=lambda m: (m.start, m.meeting_id), reverse=True
        )
    bases = {objective_base(i.number) for k, i in plan.items.items() if k[0] == "objective"}
    actions = [i for k, i in plan.items.items() if k[0] == "action"]
    return Coverage(
        plan=framework.key,
        plan_name=framework.name,
        period_start=question.start,
        period_end=question.end,
        areas=[i for k, i in plan.items.items() if k[0] == "area"],
        objectives=[i for k, i in plan.items.items() if k[0] == "objective"],
        actions=actions,
        objectives_total=max(framework.objectives_total or 0, len(bases)),
        actions_total=max(framework.actions_total or 0, len(actions)),
        meeting_ids=sorted(addressing),
        dialogue=question.dialogue.key if question.dialogue else None,
        country=question.country.name if question.country else None,
        chairmanship=question.chair.name if question.chair else None,
        chairmanship_periods=question.periods,
    )
