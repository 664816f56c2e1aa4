"""What a stocktaking or chairmanship report says, computed once for the page, HTML and PDF.

A report answers one question about one action plan: a period (default: the
plan's period as coverage reads it) or a chairmanship (the periods the chair
held the plan's dialogue, clipped to the plan's period). Its coverage figures
are :func:`processus.plans.coverage.plan_coverage`'s, so the report, the
coverage page and ``coverage.json`` never disagree. Its meetings are the
meetings of the plan's dialogue held in scope, plus any other meeting that
coverage counts (an editor may link a meeting of another dialogue), so every
meeting a figure counts is listed.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Q
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from processus.kb.models import Framework, Meeting, MeetingRole, Outcome
from processus.plans.coverage import (
    CONFIRMED,
    Coverage,
    CoverageError,
    ItemCoverage,
    LinkedMeeting,
    plan_coverage,
)

Period = tuple[dt.date, dt.date]


class ReportError(ValueError):
    """A report that cannot be made as asked; the message names what was wrong."""


@dataclass
class MeetingRow:
    pk: int
    title: str
    date: str
    year: int
    kind: str
    kind_label: str
    city: str
    country: str
    hosts: list[str]
    chairs: list[str]
    organisers: list[str]
    addresses: bool  # it has a link to the plan that coverage counts


@dataclass
class ReasonRow:
    """A meeting that addressed an objective: how (status, the action it came through), why."""

    meeting_pk: int
    title: str
    date: str
    confirmed: bool
    via_action: str  # the action's number when the link is to one of the objective's actions
    reason: str


def _reason_row(m: LinkedMeeting) -> ReasonRow:
    kind, _space, number = m.via.partition(" ")
    return ReasonRow(
        meeting_pk=m.meeting_id,
        title=m.title,
        date=m.start,
        confirmed=m.status == CONFIRMED,
        via_action=number if kind == "action" else "",
        reason=m.reason,
    )


@dataclass
class OutcomeRow:
    pk: int
    meeting_pk: int
    meeting_title: str
    meeting_date: str
    kind: str
    number: int | None
    text: str
    status: str
    status_label: str
    owner: str


@dataclass
class CountryRow:
    name: str
    held: int  # meetings held in the country
    hosted: int  # meetings it hosted (role "host")
    chaired: int  # meetings it chaired or co-chaired


@dataclass
class HeatRow:
    number: str
    title: str
    cells: list[tuple[int, int, int]]  # (year, meetings, level 0-4)
    total: int


@dataclass
class Summary:
    meetings: int
    meetings_addressing: int
    countries: int
    participants: int
    objectives_addressed: int
    objectives_confirmed: int
    objectives_total: int
    actions_addressed: int
    actions_confirmed: int
    actions_total: int
    areas_addressed: int
    areas_total: int
    outcomes: int
    outcomes_by_status: list[tuple[str, str, int]]  # (status, label, count)


@dataclass
class Report:
    plan_key: str
    plan_name: str
    title: str
    scope: str  # "period" | "chairmanship"
    chairmanship: str | None
    periods: list[Period]
    period_start: dt.date
    period_end: dt.date
    language: str
    generated: dt.date
    coverage: Coverage
    summary: Summary
    meetings: list[MeetingRow]
    outcomes: list[OutcomeRow]
    countries: list[CountryRow]
    heat_years: list[int]
    heat_rows: list[HeatRow]
    per_year: list[tuple[str, int]] = field(default_factory=list)
    per_kind: list[tuple[str, int]] = field(default_factory=list)
    per_area: list[tuple[str, int]] = field(default_factory=list)

    @property
    def objective_gaps(self) -> list[tuple[str, str]]:
        """(number, title) of each objective no meeting addressed."""
        return [(o.number, item_title(o)) for o in self.coverage.objective_gaps]

    @property
    def action_gaps(self) -> list[str]:
        return [a.number for a in self.coverage.action_gaps]

    @property
    def addressed_objectives(self) -> list[tuple[str, str, list[ReasonRow]]]:
        """(number, title, its meetings with status and reason) of each objective addressed."""
        return [
            (o.number, item_title(o), [_reason_row(m) for m in o.meetings])
            for o in self.coverage.objectives
            if o.meetings
        ]


def item_title(item: ItemCoverage) -> str:
    """The item's title in the active language (French when it has one), else English."""
    if get_language() == "fr" and item.title_fr:
        return item.title_fr
    return item.title


def _area_label(area: ItemCoverage) -> str:
    title = item_title(area)
    label = _("Area %(number)s") % {"number": area.number}
    return f"{label}: {title}" if title else label


def _clip(periods: list[Period], start: dt.date, end: dt.date) -> list[Period]:
    clipped = [(max(a, start), min(b, end)) for a, b in periods]
    return [(a, b) for a, b in clipped if a <= b]


def _scope_meetings(
    framework: Framework, periods: list[Period], counted: list[int]
) -> list[Meeting]:
    in_periods = Q()
    for first, last in periods:
        in_periods |= Q(start__gte=first, start__lte=last)
    of_dialogue = Q(dialogues=framework.dialogue_id) & in_periods
    meetings = (
        Meeting.objects.filter(of_dialogue | Q(pk__in=counted))
        .filter(start__isnull=False)
        .select_related("country")
        .prefetch_related("roles__actor")
        .distinct()
        .order_by("start", "pk")
    )
    return list(meetings)


def _meeting_row(meeting: Meeting, counted: set[int]) -> MeetingRow:
    names: dict[str, list[str]] = defaultdict(list)
    for role in sorted(meeting.roles.all(), key=lambda r: (r.role, r.position)):
        names[role.role].append(role.actor.name)
    assert meeting.start is not None
    return MeetingRow(
        pk=meeting.pk,
        title=meeting.title or str(meeting),
        date=meeting.start_label or meeting.start.isoformat(),
        year=meeting.start.year,
        kind=meeting.kind,
        kind_label=str(meeting.get_kind_display()),
        city=meeting.city,
        country=meeting.country.name if meeting.country else "",
        hosts=names[MeetingRole.Role.HOST],
        chairs=names[MeetingRole.Role.CHAIR],
        organisers=names[MeetingRole.Role.ORGANISER],
        addresses=meeting.pk in counted,
    )


def _countries(meetings: list[Meeting]) -> list[CountryRow]:
    rows: dict[str, CountryRow] = {}
    for meeting in meetings:
        if meeting.country is not None:
            name = meeting.country.name
            rows.setdefault(name, CountryRow(name, 0, 0, 0)).held += 1
        seen: set[tuple[str, str]] = set()
        for role in meeting.roles.all():
            if role.actor.kind != "country" or (role.actor.name, role.role) in seen:
                continue
            seen.add((role.actor.name, role.role))
            row = rows.setdefault(role.actor.name, CountryRow(role.actor.name, 0, 0, 0))
            if role.role == MeetingRole.Role.HOST:
                row.hosted += 1
            elif role.role == MeetingRole.Role.CHAIR:
                row.chaired += 1
    active = [r for r in rows.values() if r.held or r.hosted or r.chaired]
    return sorted(active, key=lambda r: (-(r.held + r.hosted + r.chaired), r.name))


def _outcomes(meeting_ids: list[int]) -> list[OutcomeRow]:
    """The outcomes of these meetings; an owner where the outcomes app tracks one."""
    rows = []
    queryset = Outcome.objects.filter(meeting_id__in=meeting_ids).select_related("meeting")
    for outcome in queryset.order_by("meeting__start", "meeting_id", "kind", "number", "pk"):
        tracking = getattr(outcome, "tracking", None)
        rows.append(
            OutcomeRow(
                pk=outcome.pk,
                meeting_pk=outcome.meeting_id,
                meeting_title=outcome.meeting.title or str(outcome.meeting),
                meeting_date=outcome.meeting.start_label or "",
                kind=str(outcome.get_kind_display()),
                number=outcome.number,
                text=outcome.text,
                status=outcome.follow_up_status,
                status_label=str(outcome.get_follow_up_status_display()),
                owner=str(getattr(tracking, "owner", "") or ""),
            )
        )
    return rows


def _level(count: int, maximum: int) -> int:
    """0 for none, then 1-4 by quarter of the busiest cell, so a single meeting shows."""
    if not count or not maximum:
        return 0
    return max(1, min(4, -(-4 * count // maximum)))


def _heat_map(coverage: Coverage, years: list[int]) -> list[HeatRow]:
    counts: list[tuple[ItemCoverage, Counter[int]]] = []
    for objective in coverage.objectives:
        per_year: Counter[int] = Counter()
        for m in {m.meeting_id: m for m in objective.meetings}.values():
            if m.start:
                per_year[int(m.start[:4])] += 1
        counts.append((objective, per_year))
    maximum = max((n for _o, c in counts for n in c.values()), default=0)
    return [
        HeatRow(
            number=objective.number,
            title=item_title(objective),
            cells=[(y, c[y], _level(c[y], maximum)) for y in years],
            total=len(objective.meetings),
        )
        for objective, c in counts
    ]


def _summary(coverage: Coverage, meetings: list[Meeting], outcomes: list[OutcomeRow]) -> Summary:
    statuses = Counter(o.status for o in outcomes)
    labels = dict(Outcome.FollowUp.choices)
    return Summary(
        meetings=len(meetings),
        meetings_addressing=len(coverage.meeting_ids),
        countries=len({m.country_id for m in meetings if m.country_id}),
        participants=sum(m.participants or 0 for m in meetings),
        objectives_addressed=coverage.objectives_addressed,
        objectives_confirmed=coverage.objectives_confirmed,
        objectives_total=coverage.objectives_total,
        actions_addressed=coverage.actions_addressed,
        actions_confirmed=coverage.actions_confirmed,
        actions_total=coverage.actions_total,
        areas_addressed=coverage.areas_addressed,
        areas_total=coverage.areas_total,
        outcomes=len(outcomes),
        outcomes_by_status=[(s, str(labels[s]), statuses[s]) for s in labels if statuses[s]],
    )


def _title(framework: Framework, chair: str | None) -> str:
    if chair:
        return _("Chairmanship report: %(chair)s — %(plan)s") % {
            "chair": chair,
            "plan": framework.display_name,
        }
    return _("Stocktaking report: %(plan)s") % {"plan": framework.display_name}


def _coverage(
    plan_key: str, start: dt.date | None, end: dt.date | None, chairmanship: str | None
) -> Coverage:
    try:
        return plan_coverage(plan_key, start=start, end=end, chairmanship=chairmanship)
    except CoverageError as exc:
        raise ReportError(str(exc)) from exc


def build_report(
    plan_key: str,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    chairmanship: str | None = None,
    language: str = "en",
    today: dt.date | None = None,
) -> Report:
    """The report on plan ``plan_key`` for a period or a chairmanship (see the module's doc).

    Call it under the report's language (``translation.override``): labels are
    translated as they are computed. Raises :class:`ReportError` naming what is wrong.
    """
    if chairmanship and (start or end):
        raise ReportError(_("give either a period or a chairmanship, not both"))
    coverage = _coverage(plan_key, start, end, chairmanship)
    framework = Framework.objects.select_related("dialogue").get(key=coverage.plan)
    periods = [(coverage.period_start, coverage.period_end)]
    if chairmanship:
        periods = _clip(coverage.chairmanship_periods, coverage.period_start, coverage.period_end)
        if not periods:
            raise ReportError(
                _("%(chair)s did not chair the dialogue during the plan's period")
                % {"chair": coverage.chairmanship}
            )
    counted = set(coverage.meeting_ids)
    meetings = _scope_meetings(framework, periods, sorted(counted))
    outcomes = _outcomes([m.pk for m in meetings])
    years = list(range(periods[0][0].year, periods[-1][1].year + 1))
    kinds = Counter(str(m.get_kind_display()) for m in meetings)
    return Report(
        plan_key=framework.key,
        plan_name=framework.display_name,
        title=_title(framework, coverage.chairmanship),
        scope="chairmanship" if chairmanship else "period",
        chairmanship=coverage.chairmanship,
        periods=periods,
        period_start=periods[0][0],
        period_end=periods[-1][1],
        language=language,
        generated=today or dt.date.today(),
        coverage=coverage,
        summary=_summary(coverage, meetings, outcomes),
        meetings=[_meeting_row(m, counted) for m in meetings],
        outcomes=outcomes,
        countries=_countries(meetings),
        heat_years=years,
        heat_rows=_heat_map(coverage, years),
        per_year=[
            (str(y), sum(1 for m in meetings if m.start and m.start.year == y)) for y in years
        ],
        per_kind=kinds.most_common(),
        per_area=[(_area_label(a), len(a.meetings)) for a in coverage.areas],
    )


def report_facts(report: Report) -> dict[str, Any]:
    """The headline figures as plain values (what the command prints and tests compare)."""
    s = report.summary
    return {
        "plan": report.plan_key,
        "period_start": report.period_start.isoformat(),
        "period_end": report.period_end.isoformat(),
        "chairmanship": report.chairmanship,
        "meetings": s.meetings,
        "meetings_addressing": s.meetings_addressing,
        "objectives_addressed": s.objectives_addressed,
        "objectives_confirmed": s.objectives_confirmed,
        "objectives_total": s.objectives_total,
        "actions_addressed": s.actions_addressed,
        "actions_confirmed": s.actions_confirmed,
        "actions_total": s.actions_total,
        "outcomes": s.outcomes,
    }
