"""The links editors review: a plan's suggestions, a meeting's links, and what may be added.

Read-only: a row is a link (suggested, confirmed or rejected) with its reason,
from :class:`~processus.plans.models.LinkSuggestion` and
:class:`~processus.kb.models.MeetingLink` together (a link an editor made with the
correction form has no suggestion row; it is shown as confirmed).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from processus.kb.models import Action, Area, Framework, Meeting, MeetingLink, Objective
from processus.plans.coverage import plan_actions_q, reason_text
from processus.plans.models import LinkSuggestion

Status = LinkSuggestion.Status

#: A plan item's label by kind (the same strings as the plan and coverage pages).
_LABELS = {
    "area": _("Area %(number)s"),
    "objective": _("Objective %(number)s"),
    "action": _("Action %(number)s"),
}


@dataclass
class ReviewRow:
    meeting: Meeting
    kind: str
    pk: int
    number: str
    title: str
    plan: str
    status: str
    score: float | None
    reason: str

    @property
    def value(self) -> str:
        """The link as forms carry it."""
        return f"{self.meeting.pk}:{self.kind}:{self.pk}"

    @property
    def label(self) -> str:
        """``Objective 3`` / ``Objectif 3``: the item as people read it, in their language."""
        return _LABELS.get(self.kind, "%(number)s") % {"number": self.number}


def _target(item: Area | Objective | Action) -> tuple[str, str, str]:
    """Kind, number and title in the active language (the French title on French pages)."""
    kind = type(item).__name__.lower()
    return kind, str(item.number), item.display_title


def _plan_name(item: Area | Objective | Action) -> str:
    return item.framework.display_name


_RELATED = (
    "meeting",
    "area__framework",
    "objective__framework",
    "action__framework",
)


def _rows(suggestions: list[LinkSuggestion], links: list[MeetingLink]) -> list[ReviewRow]:
    rows: dict[tuple[int, str, int], ReviewRow] = {}
    for s in suggestions:
        target = s.target
        if target is None:
            continue
        kind, number, title = _target(target)
        rows[(s.meeting_id, kind, target.pk)] = ReviewRow(
            s.meeting, kind, target.pk, number, title, _plan_name(target), s.status, s.score,
            reason_text({**s.reason, "note": s.note or s.reason.get("note", "")}),
        )  # fmt: skip
    for link in links:
        target = link.area or link.objective or link.action
        if target is None:
            continue
        kind, number, title = _target(target)
        key = (link.meeting_id, kind, target.pk)
        status = (
            Status.CONFIRMED if link.source == MeetingLink.Source.CONFIRMED else Status.SUGGESTED
        )
        if key in rows:
            rows[key].status = status  # the link as it stands wins over the memory of it
            continue
        rows[key] = ReviewRow(
            link.meeting, kind, target.pk, number, title, _plan_name(target), status, None,
            "added or confirmed by an editor" if status == Status.CONFIRMED else "",
        )  # fmt: skip
    return list(rows.values())


def plan_review(framework: Framework, status: str | None = None) -> list[ReviewRow]:
    """The plan's links, best score first; ``status`` keeps one status only."""
    in_plan = Q(area__framework=framework) | Q(objective__framework=framework)
    suggestions = list(LinkSuggestion.objects.filter(framework=framework).select_related(*_RELATED))
    links = list(
        MeetingLink.objects.filter(in_plan | plan_actions_q(framework, "action__")).select_related(
            *_RELATED
        )
    )
    rows = _rows(suggestions, links)
    if status:
        rows = [r for r in rows if r.status == status]
    order = {"area": 0, "objective": 1, "action": 2}
    return sorted(rows, key=lambda r: (-(r.score or 0), r.meeting.pk, order[r.kind], r.number))


def meeting_review(
    meeting: Meeting,
    links: list[MeetingLink] | None = None,
    suggestions: list[LinkSuggestion] | None = None,
) -> list[ReviewRow]:
    """Every link of ``meeting`` to any plan, with rejected ones last; ``links`` and
    ``suggestions`` are the meeting's when the page has read them already (each one
    query less, and no queryset compiled on the page read most)."""
    if links is None:
        links = list(MeetingLink.objects.filter(meeting=meeting).select_related(*_RELATED))
    if suggestions is None:
        suggestions = list(LinkSuggestion.objects.filter(meeting=meeting).select_related(*_RELATED))
    rows = _rows(suggestions, links)
    order = {"area": 0, "objective": 1, "action": 2}
    return sorted(
        rows,
        key=lambda r: (r.status == Status.REJECTED, r.plan, order[r.kind], r.number.zfill(4)),
    )


def add_choices(meeting: Meeting) -> list[tuple[str, str]]:
    """``("objective:12", "Cadiz … — objective 5a Title")`` for every item of the plans of the
    meeting's dialogues."""
    frameworks = Framework.objects.filter(dialogue__in=meeting.dialogues.all()).order_by(
        "-period_start"
    )
    choices: list[tuple[str, str]] = []
    for framework in frameworks:
        items: list[Area | Objective | Action] = [
            *Area.objects.filter(framework=framework).order_by("number"),
            *Objective.objects.filter(framework=framework).order_by("position", "number"),
            *Action.objects.filter(plan_actions_q(framework))
            .distinct()
            .order_by("position", "number"),
        ]
        for item in items:
            kind, number, title = _target(item)
            label = f"{framework.name} — {kind} {number}" + (f" {title}" if title else "")
            choices.append((f"{kind}:{item.pk}", label))
    return choices
