"""State changes of plan links: storing suggestions, and editors' confirm, reject and add.

Rules every function here keeps:

* a link an editor decided (confirmed, rejected or added) is never changed by
  :func:`suggest_links` — only its score and reason are refreshed;
* a rejected link is never suggested again for that meeting (its row stays, as
  the memory of the verdict, with no :class:`~processus.kb.models.MeetingLink`);
* a meeting whose whole list of links an editor set with the correction form
  (edited evidence of field ``links``) is left to that editor;
* :func:`suggest_links` is idempotent: run twice, the second run writes nothing.

Editors' decisions take the writer lock and log the meetings they touched
(:func:`processus.kb.writer_lock.record_write`), so caches and other processes
see them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _

from processus.kb.models import (
    Action,
    Area,
    Evidence,
    Framework,
    Meeting,
    MeetingLink,
    Objective,
)
from processus.kb.operations.editors import require_editor
from processus.kb.writer_lock import record_write, writing
from processus.plans.classifier import PlanItem, Suggestion, classify, plan_items
from processus.plans.models import LinkSuggestion
from processus.plans.passages import meeting_texts
from processus.reference.lexicons import LexiconError, plan_lexicon

TargetKey = tuple[str, int]
LinkKey = tuple[int, str, int]  # meeting, kind, pk

MODELS: dict[str, type[Area] | type[Objective] | type[Action]] = {
    "area": Area,
    "objective": Objective,
    "action": Action,
}


class LinkError(ValueError):
    """A link decision that cannot be made as asked; the message says why, for the editor."""


@dataclass
class SuggestResult:
    created: int = 0
    updated: int = 0
    removed: int = 0
    meetings: int = 0


@dataclass(frozen=True)
class _PlanInForce:
    framework_id: int
    dialogue_id: int
    first: int
    last: int
    items: tuple[PlanItem, ...]


def _parents(framework: Framework) -> dict[tuple[str, str], tuple[str, str]]:
    """``("objective", "5a") → ("3", "")``, ``("action", "6") → ("2", "3")``."""
    parents: dict[tuple[str, str], tuple[str, str]] = {}
    for number, area in Objective.objects.filter(framework=framework).values_list(
        "number", "area__number"
    ):
        parents[("objective", number)] = (str(area or ""), "")
    for number, objective, area in Action.objects.filter(
        objective__framework=framework
    ).values_list("number", "objective__number", "objective__area__number"):
        parents[("action", number)] = (str(area or ""), objective or "")
    return parents


def _plans() -> list[_PlanInForce]:
    """Every plan that has a lexicon, with its items' terms and database keys."""
    plans = []
    for framework in Framework.objects.all():
        numbers = Area.objects.filter(framework=framework).values_list("number", flat=True)
        try:
            lexicon = plan_lexicon(framework.key)
        except LexiconError:  # no words for the plan: its areas are still named by the themes
            lexicon = {"areas": {str(n): {"en": [], "fr": [], "basis": "own"} for n in numbers}}
        pks: dict[tuple[str, str], int] = {
            ("area", str(n)): pk
            for pk, n in Area.objects.filter(framework=framework).values_list("pk", "number")
        }
        pks.update(
            (("objective", n), pk)
            for pk, n in Objective.objects.filter(framework=framework).values_list("pk", "number")
        )
        pks.update(
            (("action", n), pk)
            for pk, n in Action.objects.filter(framework=framework).values_list("pk", "number")
        )
        plans.append(
            _PlanInForce(
                framework.pk,
                framework.dialogue_id,
                framework.period_start,
                framework.period_end,
                tuple(plan_items(lexicon, pks, _parents(framework))),
            )
        )
    return plans


def editor_owned_meetings() -> set[int]:
    """Meetings whose whole list of links an editor set with the correction form."""
    return set(
        Evidence.objects.filter(field="links", method=Evidence.Method.EDITED).values_list(
            "meeting_id", flat=True
        )
    )


def desired_suggestions(meeting_ids: Iterable[int]) -> dict[LinkKey, tuple[int, Suggestion]]:
    """What the classifier suggests for these meetings: link → (plan, suggestion)."""
    plans = _plans()
    dialogues: dict[int, set[int]] = defaultdict(set)
    ids = list(meeting_ids)
    for meeting_id, dialogue_id in Meeting.dialogues.through.objects.filter(
        meeting_id__in=ids
    ).values_list("meeting_id", "dialogue_id"):
        dialogues[meeting_id].add(dialogue_id)
    years = dict(
        Meeting.objects.filter(pk__in=ids, start__isnull=False).values_list("pk", "start__year")
    )
    wanted: dict[LinkKey, tuple[int, Suggestion]] = {}
    for text in meeting_texts(m for m in ids if m in years):
        year = years[text.meeting_id]
        for plan in plans:
            if plan.dialogue_id not in dialogues[text.meeting_id]:
                continue
            if not plan.first <= year <= plan.last:
                continue
            for suggestion in classify(text, plan.items):
                key = (text.meeting_id, suggestion.kind, suggestion.pk)
                wanted[key] = (plan.framework_id, suggestion)
    return wanted


def _link_key(
    meeting_id: int, area: int | None, objective: int | None, action: int | None
) -> LinkKey:
    if area:
        return (meeting_id, "area", area)
    if objective:
        return (meeting_id, "objective", objective)
    return (meeting_id, "action", int(action or 0))


def _editors(source: str) -> bool:
    return source == MeetingLink.Source.CONFIRMED


def _target(kind: str, pk: int) -> dict[str, int]:
    return {f"{kind}_id": pk}


def suggest_links(meeting_ids: Iterable[int] | None = None) -> SuggestResult:
    """Store the classifier's suggestions for these meetings (default: all), keeping editors'.

    Call it under the writer lock (:func:`processus.kb.writer_lock.writing`).
    """
    owned = editor_owned_meetings()
    scope = Meeting.objects.exclude(pk__in=owned)
    if meeting_ids is not None:
        scope = scope.filter(pk__in=list(meeting_ids))
    ids = list(scope.values_list("pk", flat=True))
    wanted = desired_suggestions(ids)
    rows = {
        _link_key(s.meeting_id, s.area_id, s.objective_id, s.action_id): s
        for s in LinkSuggestion.objects.filter(meeting_id__in=ids)
    }
    links = {
        _link_key(m, a, o, x): (pk, source)
        for pk, m, a, o, x, source in MeetingLink.objects.filter(meeting_id__in=ids).values_list(
            "pk", "meeting_id", "area_id", "objective_id", "action_id", "source"
        )
    }
    result = SuggestResult(meetings=len(ids))
    new_rows: list[LinkSuggestion] = []
    new_links: list[MeetingLink] = []
    for key, (framework_id, suggestion) in sorted(wanted.items()):
        meeting_id, kind, pk = key
        row = rows.get(key)
        reason = suggestion.reason()
        if row is not None:
            if row.score != suggestion.score or row.reason != reason:
                row.score, row.reason = suggestion.score, reason
                row.save(update_fields=["score", "reason", "updated_at"])
                result.updated += 1
            if row.status == LinkSuggestion.Status.SUGGESTED and key not in links:
                new_links.append(MeetingLink(meeting_id=meeting_id, **_target(kind, pk)))
            elif row.status == LinkSuggestion.Status.SUGGESTED and _editors(links[key][1]):
                row.status = LinkSuggestion.Status.CONFIRMED  # confirmed with the correction form
                row.save(update_fields=["status", "updated_at"])
            continue
        confirmed = key in links and _editors(links[key][1])
        new_rows.append(
            LinkSuggestion(
                meeting_id=meeting_id,
                framework_id=framework_id,
                score=suggestion.score,
                reason=reason,
                status=(
                    LinkSuggestion.Status.CONFIRMED
                    if confirmed
                    else LinkSuggestion.Status.SUGGESTED
                ),
                **_target(kind, pk),
            )
        )
        if key not in links:
            new_links.append(MeetingLink(meeting_id=meeting_id, **_target(kind, pk)))
        result.created += 1
    stale_rows = [
        row.pk
        for key, row in rows.items()
        if key not in wanted and row.status == LinkSuggestion.Status.SUGGESTED
    ]
    stale_links = [
        pk
        for key, (pk, source) in links.items()
        if key not in wanted
        and source == MeetingLink.Source.EXTRACTED
        and (key not in rows or rows[key].status == LinkSuggestion.Status.SUGGESTED)
    ]
    LinkSuggestion.objects.filter(pk__in=stale_rows).delete()
    MeetingLink.objects.filter(pk__in=stale_links).delete()
    LinkSuggestion.objects.bulk_create(new_rows, batch_size=500)
    MeetingLink.objects.bulk_create(new_links, batch_size=500)
    result.removed = len(stale_links)
    return result


VERDICTS = (LinkSuggestion.Status.CONFIRMED, LinkSuggestion.Status.REJECTED)


def _resolve(meeting_id: int, kind: str, pk: int) -> tuple[Meeting, Any, int]:
    """The meeting, the plan item and its plan's id; a :class:`LinkError` names what is missing."""
    model = MODELS.get(kind)
    if model is None:
        raise LinkError(_("Unknown kind of plan item: %(kind)s.") % {"kind": kind})
    meeting = Meeting.objects.filter(pk=meeting_id).first()
    if meeting is None:
        raise LinkError(_("Meeting %(id)s does not exist.") % {"id": meeting_id})
    target = model.objects.filter(pk=pk).first()
    if target is None:
        raise LinkError(_("There is no %(kind)s %(id)s.") % {"kind": kind, "id": pk})
    return meeting, target, int(target.framework_id)


def _decide_one(link: LinkKey, verdict: str, editor: Any, note: str, now: Any) -> LinkSuggestion:
    meeting_id, kind, pk = link
    meeting, _target_item, framework_id = _resolve(meeting_id, kind, pk)
    row, _created = LinkSuggestion.objects.get_or_create(
        meeting=meeting,
        **_target(kind, pk),
        defaults={"framework_id": framework_id, "reason": {"note": note} if note else {}},
    )
    row.status = verdict
    row.decided_by = editor
    row.decided_at = now
    row.note = note[:300]
    row.save()
    existing = MeetingLink.objects.filter(meeting=meeting, **_target(kind, pk))
    if verdict == LinkSuggestion.Status.REJECTED:
        existing.delete()
    elif not existing.update(source=MeetingLink.Source.CONFIRMED, confirmed_by=editor):
        MeetingLink.objects.create(
            meeting=meeting,
            source=MeetingLink.Source.CONFIRMED,
            confirmed_by=editor,
            **_target(kind, pk),
        )
    return row


def decide_links(
    links: Iterable[LinkKey], verdict: str, editor: Any, note: str = ""
) -> list[LinkSuggestion]:
    """Confirm (or add) or reject each link ``(meeting id, kind, item id)``, all or none.

    Confirming a link nobody suggested adds it. A rejected link loses its
    :class:`~processus.kb.models.MeetingLink` and is never suggested again for
    that meeting. Raises ``PermissionError`` for a non-editor and
    :class:`LinkError` naming the first link that cannot be decided.
    """
    require_editor(editor)
    if verdict not in VERDICTS:
        raise LinkError(_("Unknown decision: %(verdict)s.") % {"verdict": verdict})
    wanted = list(dict.fromkeys(links))
    if not wanted:
        raise LinkError(_("No link was chosen."))
    now = timezone.now()
    with writing():
        rows = [_decide_one(link, verdict, editor, note, now) for link in wanted]
        record_write(meetings=[m for m, _kind, _pk in wanted])
    return rows


def decide_link(
    meeting_id: int, kind: str, pk: int, verdict: str, editor: Any, note: str = ""
) -> LinkSuggestion:
    """:func:`decide_links` for one link."""
    return decide_links([(meeting_id, kind, pk)], verdict, editor, note)[0]
