"""Action-plan coverage: which areas, objectives and actions meetings addressed in a period.

A meeting linked to an action addresses that action, its objective and the
objective's area; a link to an objective addresses the objective and its area.
The denominators are the plan's announced totals when the database holds fewer
items ("11 of 29 actions" even if only 20 actions are recorded so far).
Everything is read in five queries: plan, areas, objectives, actions, links.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Q
from django.shortcuts import get_object_or_404
from django.utils import timezone

from processus.kb.models import (
    Action,
    Area,
    Chairmanship,
    Framework,
    Meeting,
    MeetingLink,
    Objective,
)


@dataclass
class ObjectiveCoverage:
    objective: Objective
    actions: list[Action]
    meetings: set[int] = field(default_factory=set)
    actions_addressed: set[int] = field(default_factory=set)
    action_meetings: dict[int, set[int]] = field(default_factory=dict)

    @property
    def addressed(self) -> bool:
        return bool(self.meetings)


@dataclass
class AreaCoverage:
    area: Area | None
    objectives: list[ObjectiveCoverage]
    meetings: set[int] = field(default_factory=set)

    @property
    def addressed(self) -> bool:
        return bool(self.meetings)

    @property
    def objectives_addressed(self) -> int:
        return sum(1 for o in self.objectives if o.addressed)


def objective_base(number: str) -> str:
    """The objective a numbered part belongs to: ``"5a"`` → ``"5"``; other numbers unchanged."""
    match = re.match(r"\d+", number.strip())
    return match.group(0) if match else number.strip()


@dataclass
class Coverage:
    framework: Framework
    start: dt.date
    end: dt.date
    areas: list[AreaCoverage]
    meetings: set[int]
    chairmanship: Chairmanship | None = None

    @property
    def placed_areas(self) -> list[AreaCoverage]:
        return [a for a in self.areas if a.area is not None]

    @property
    def objectives(self) -> list[ObjectiveCoverage]:
        return [o for a in self.areas for o in a.objectives]

    @property
    def area_total(self) -> int:
        return len(self.placed_areas)

    @property
    def areas_addressed(self) -> int:
        return sum(1 for a in self.placed_areas if a.addressed)

    @property
    def objective_total(self) -> int:
        """Objectives as the plan counts them: "5a" and "5b" are parts of objective 5."""
        return len({objective_base(o.objective.number) for o in self.objectives})

    @property
    def objectives_addressed(self) -> int:
        return len({objective_base(o.objective.number) for o in self.objectives if o.addressed})

    @property
    def actions_recorded(self) -> int:
        return sum(len(o.actions) for o in self.objectives)

    @property
    def action_total(self) -> int:
        return max(self.framework.actions_total or 0, self.actions_recorded)

    @property
    def actions_addressed(self) -> int:
        return sum(len(o.actions_addressed) for o in self.objectives)

    @property
    def not_addressed(self) -> list[ObjectiveCoverage]:
        return [o for o in self.objectives if not o.addressed]

    @property
    def actions_not_addressed(self) -> list[tuple[ObjectiveCoverage, Action]]:
        return [
            (o, a) for o in self.objectives for a in o.actions if a.pk not in o.actions_addressed
        ]


def framework_for(key: str) -> Framework:
    return get_object_or_404(Framework.objects.select_related("dialogue"), key=key)


def default_period(framework: Framework) -> tuple[dt.date, dt.date]:
    """From the plan's first year to today, or to its last year once it is over."""
    today = timezone.localdate()
    end = min(
        dt.date(framework.period_end, 12, 31), max(today, dt.date(framework.period_start, 1, 1))
    )
    return dt.date(framework.period_start, 1, 1), end


def chairmanship_period(chairmanship: Chairmanship) -> tuple[dt.date, dt.date]:
    start = chairmanship.start or dt.date.min
    if chairmanship.end is None:
        end = timezone.localdate()
    elif chairmanship.end_precision == "year":
        end = chairmanship.end.replace(month=12, day=31)
    else:
        end = chairmanship.end
    return start, end


def coverage(
    framework: Framework,
    start: dt.date,
    end: dt.date,
    chairmanship: Chairmanship | None = None,
) -> Coverage:
    """What meetings held between ``start`` and ``end`` (inclusive) addressed in ``framework``."""
    result = coverages([(framework, start, end)])[0]
    result.chairmanship = chairmanship
    return result


def coverages(periods: list[tuple[Framework, dt.date, dt.date]]) -> list[Coverage]:
    """:func:`coverage` for several plans at once, in four queries whatever their number."""
    if not periods:
        return []
    plans = [framework.pk for framework, _start, _end in periods]
    areas: dict[int, list[Area]] = defaultdict(list)
    for area in Area.objects.filter(framework_id__in=plans).order_by("number"):
        areas[area.framework_id].append(area)
    objectives: dict[int, list[Objective]] = defaultdict(list)
    for objective in Objective.objects.filter(framework_id__in=plans).order_by(
        "position", "number"
    ):
        objectives[objective.framework_id].append(objective)
    actions: dict[int, list[Action]] = defaultdict(list)
    for action in Action.objects.filter(objective__framework_id__in=plans).order_by(
        "position", "number"
    ):
        if action.objective_id is not None:  # the filter keeps only actions with one
            actions[action.objective_id].append(action)
    links = MeetingLink.objects.filter(
        Q(area__framework_id__in=plans)
        | Q(objective__framework_id__in=plans)
        | Q(action__objective__framework_id__in=plans),
        meeting__start__gte=min(start for _f, start, _e in periods),
        meeting__start__lte=max(end for _f, _s, end in periods),
    ).values_list("meeting_id", "meeting__start", "area_id", "objective_id", "action_id")
    rows: list[Any] = list(links)
    return [
        _coverage(
            framework,
            start,
            end,
            areas[framework.pk],
            objectives[framework.pk],
            actions,
            [row for row in rows if start <= row[1] <= end],
        )
        for framework, start, end in periods
    ]


def _coverage(
    framework: Framework,
    start: dt.date,
    end: dt.date,
    areas: list[Area],
    objectives: list[Objective],
    actions_by_objective: dict[int, list[Action]],
    links: list[Any],
) -> Coverage:
    objective_cov = {
        o.pk: ObjectiveCoverage(o, actions_by_objective.get(o.pk, [])) for o in objectives
    }
    area_cov: dict[int | None, AreaCoverage] = {a.pk: AreaCoverage(a, []) for a in areas}
    for o in objectives:
        key = o.area_id if o.area_id in area_cov else None
        if key is None and None not in area_cov:
            area_cov[None] = AreaCoverage(None, [])
        area_cov[key].objectives.append(objective_cov[o.pk])
    action_objective = {a.pk: o.pk for o in objectives for a in actions_by_objective.get(o.pk, [])}
    objective_area = {o.pk: o.area_id for o in objectives}

    meetings: set[int] = set()
    for meeting_id, _when, linked_area, linked_objective, action_id in links:
        area_id: int | None = linked_area
        objective_id: int | None = linked_objective
        if action_id is not None:
            objective_id = action_objective.get(action_id)
            if objective_id is None:
                continue
            cov = objective_cov[objective_id]
            cov.actions_addressed.add(action_id)
            cov.action_meetings.setdefault(action_id, set()).add(meeting_id)
        if objective_id is not None:
            if objective_id not in objective_cov:
                continue
            objective_cov[objective_id].meetings.add(meeting_id)
            area_id = objective_area.get(objective_id)
        elif area_id not in area_cov:
            continue
        meetings.add(meeting_id)
        if area_id is not None and area_id in area_cov:
            area_cov[area_id].meetings.add(meeting_id)
    ordered = [area_cov[a.pk] for a in areas]
    if None in area_cov:
        ordered.append(area_cov[None])
    return Coverage(framework, start, end, ordered, meetings)


def meetings_by_item(framework: Framework) -> dict[str, list[Meeting]]:
    """Every meeting linked to each item of the plan, keyed ``area-<pk>``, ``objective-<pk>``,
    ``action-<pk>`` (two queries)."""
    links = (
        MeetingLink.objects.filter(
            Q(area__framework=framework)
            | Q(objective__framework=framework)
            | Q(action__objective__framework=framework)
        )
        .select_related("meeting")
        .only(
            "area_id",
            "objective_id",
            "action_id",
            "meeting__id",
            "meeting__title",
            "meeting__kind",
            "meeting__city",
            "meeting__start",
            "meeting__start_precision",
        )
        .order_by("-meeting__start", "meeting_id")
    )
    result: dict[str, list[Meeting]] = defaultdict(list)
    for link in links:
        if link.area_id:
            key = f"area-{link.area_id}"
        elif link.objective_id:
            key = f"objective-{link.objective_id}"
        else:
            key = f"action-{link.action_id}"
        result[key].append(link.meeting)
    return result
