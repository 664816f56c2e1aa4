"""Load the versioned reference data (``processus/reference/*.json``) into the database.

Loading is idempotent: every row is found by its natural key (ISO code, key,
number) and only written when a value differs, so a second load reports no
change and an edited file updates rows in place. Aliases an editor added in the
admin are kept: the loader adds and re-points aliases, it never deletes them.
Action-plan items (areas, objectives, actions) keep what an editor changed: the
files only move a field that still holds the value they last set.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.db.models import Model

from processus import reference
from processus.kb.models import (
    Action,
    Actor,
    ActorAlias,
    ActorKind,
    Area,
    Chairmanship,
    Dialogue,
    Framework,
    Membership,
    Objective,
    ReferenceCountry,
)
from processus.kb.models.frameworks import _Titled
from processus.kb.partial_dates import parse_partial_date
from processus.kb.text import fold

log = logging.getLogger(__name__)


class ReferenceDataError(ValueError):
    """The reference files contradict themselves (an unknown actor key, a clashing alias…)."""


@dataclass
class LoadReport:
    """What a load did, per model: created / updated / unchanged counts, and warnings."""

    counts: dict[str, Counter[str]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def add(self, model: type[Model], outcome: str) -> None:
        self.counts.setdefault(model._meta.verbose_name_plural.__str__(), Counter())[outcome] += 1

    @property
    def changed(self) -> int:
        return sum(c["created"] + c["updated"] for c in self.counts.values())

    def lines(self) -> list[str]:
        return [
            f"{name}: {c['created']} created, {c['updated']} updated, {c['unchanged']} unchanged"
            for name, c in self.counts.items()
        ]


def _sync(
    report: LoadReport, model: type[Model], lookup: dict[str, Any], values: dict[str, Any]
) -> Any:
    """Create or update one row; write only when something differs."""
    obj = model._default_manager.filter(**lookup).first()
    if obj is None:
        obj = model._default_manager.create(**lookup, **values)
        report.add(model, "created")
        return obj
    changed = [name for name, value in values.items() if getattr(obj, name) != value]
    if changed:
        for name in changed:
            setattr(obj, name, values[name])
        obj.save(update_fields=changed)
        report.add(model, "updated")
    else:
        report.add(model, "unchanged")
    return obj


class _AliasIndex:
    """Existing aliases (folded spelling → actor id), read once per load."""

    def __init__(self) -> None:
        self.owner = dict(ActorAlias.objects.values_list("normalized", "actor_id"))
        self.names = dict(Actor.objects.values_list("id", "name"))

    def sync(
        self, report: LoadReport, actor: Actor, names: Iterable[str], language: str = ""
    ) -> None:
        for name in names:
            name = name.strip()
            normalized = fold(name)
            if not normalized:
                continue
            owner = self.owner.get(normalized)
            if owner is None:
                ActorAlias.objects.create(actor=actor, name=name, language=language)
                self.owner[normalized] = actor.pk
                report.add(ActorAlias, "created")
            elif owner != actor.pk:
                report.warnings.append(
                    f"alias {name!r} of {actor.name} already names "
                    f"{self.names.get(owner, owner)}; kept there"
                )
            else:
                report.add(ActorAlias, "unchanged")


def _load_countries(report: LoadReport, aliases: _AliasIndex) -> None:
    for entry in reference.countries():
        code = entry["code"].upper()
        actor = _sync(
            report,
            Actor,
            {"key": code.lower()},
            {
                "kind": ActorKind.COUNTRY,
                "iso_code": code,
                "alpha3": entry.get("alpha3", ""),
                "name": entry["name"],
                "name_fr": entry.get("name_fr", ""),
                "full_name": entry.get("official_name", "") or "",
                "region": entry.get("region", "") or "",
                "continent": entry.get("continent", "") or "",
            },
        )
        aliases.sync(report, actor, [entry["name"]], "en")
        aliases.sync(report, actor, [entry.get("name_fr", "")], "fr")
        aliases.sync(report, actor, [entry.get("official_name") or ""], "en")
        aliases.sync(report, actor, entry.get("aliases", []))


def _load_organisations(report: LoadReport, aliases: _AliasIndex) -> None:
    for entry in reference.organisations():
        key = entry["key"]
        if len(key) <= 2:
            raise ReferenceDataError(
                f"organisation key {key!r} is too short: two letters are reserved for countries"
            )
        actor = _sync(
            report,
            Actor,
            {"key": key},
            {
                "kind": ActorKind.ORGANISATION,
                "iso_code": None,
                "name": entry["name"],
                "name_fr": entry.get("name_fr", "") or "",
                "full_name": entry.get("full_name", "") or "",
                "organisation_kind": entry.get("kind", "") or "",
                "url": entry.get("url", "") or "",
            },
        )
        aliases.sync(report, actor, [entry["name"], entry.get("acronym") or ""], "en")
        aliases.sync(report, actor, [entry.get("full_name") or ""], "en")
        aliases.sync(
            report, actor, [entry.get("name_fr") or "", entry.get("full_name_fr") or ""], "fr"
        )
        aliases.sync(report, actor, entry.get("aliases", []))


def _load_dialogues(report: LoadReport) -> dict[str, Dialogue]:
    dialogues = {}
    for entry in reference.dialogues():
        dialogues[entry["key"]] = _sync(
            report,
            Dialogue,
            {"key": entry["key"]},
            {
                "name": entry["name"],
                "name_fr": entry.get("name_fr", "") or "",
                "full_name": entry.get("full_name", "") or "",
                "full_name_fr": entry.get("full_name_fr", "") or "",
                "kind": entry.get("kind", Dialogue.Kind.DIALOGUE),
                "founded": str(entry.get("founded") or ""),
                "aliases": list(entry.get("aliases", [])),
                "source_url": entry.get("source_url", "") or "",
            },
        )
    return dialogues


def _as_text(value: Any) -> str:
    """Notes may be a string or a list of strings (one remark each) in the files."""
    if isinstance(value, list):
        return "\n".join(str(item) for item in value)
    return str(value or "")


def _actor(key: str) -> Actor:
    actor = Actor.objects.filter(key=key.lower()).first()
    if actor is None:
        raise ReferenceDataError(f"unknown actor {key!r} in partnerships.json")
    return actor


def _dialogue(dialogues: dict[str, Dialogue], key: str, where: str) -> Dialogue:
    try:
        return dialogues[key]
    except KeyError:
        raise ReferenceDataError(f"unknown dialogue {key!r} in {where}") from None


def _item_sync(
    report: LoadReport, model: type[_Titled], lookup: dict[str, Any], values: dict[str, Any]
) -> Any:
    """Create or update an action-plan item without undoing an editor's change.

    ``reference_values`` holds what the files set at the last load. A field whose
    value still equals it follows the files; a field an editor changed since then
    keeps the editor's value (and a warning says so when the files changed it
    too). Rows loaded before ``reference_values`` existed follow the files, as
    every load did then.
    """
    obj = model._default_manager.filter(**lookup).first()
    if obj is None:
        obj = model._default_manager.create(**lookup, **values, reference_values=values)
        report.add(model, "created")
        return obj
    previous: dict[str, Any] = obj.reference_values or {}
    changed = []
    for name, value in values.items():
        current = getattr(obj, name)
        if current == value:
            continue
        if name in previous and current != previous[name]:
            if previous[name] != value:
                report.warnings.append(
                    f"{obj} of {lookup['framework'].key}: {name} kept as an editor set it "
                    f"({current!r}); the reference files now say {value!r}"
                )
            continue
        setattr(obj, name, value)
        changed.append(name)
    if changed or previous != values:
        obj.reference_values = values
        obj.save(update_fields=[*changed, "reference_values"])
        report.add(model, "updated")
    else:
        report.add(model, "unchanged")
    return obj


def _item_values(entry: dict[str, Any]) -> dict[str, Any]:
    """The loaded fields every area, objective and action carries."""
    return {
        "title": entry.get("title", "") or "",
        "title_fr": entry.get("title_fr", "") or "",
        "source_url": entry.get("source_url", "") or "",
        "established": bool(entry.get("established", False)),
    }


def _load_frameworks(report: LoadReport, dialogues: dict[str, Dialogue]) -> dict[tuple, Area]:
    areas: dict[tuple, Area] = {}
    for entry in reference.frameworks():
        framework = _sync(
            report,
            Framework,
            {"key": entry["key"]},
            {
                "dialogue": _dialogue(dialogues, entry["dialogue"], "frameworks.json"),
                "name": entry["name"],
                "name_fr": entry.get("name_fr", "") or "",
                "period_start": int(entry["period_start"]),
                "period_end": int(entry["period_end"]),
                "adopted_at": entry.get("adopted_at", "") or "",
                "objectives_total": entry.get("objectives_total"),
                "actions_total": entry.get("actions_total"),
                "source_url": entry.get("source_url", "") or "",
                "notes": _as_text(entry.get("notes")),
            },
        )
        placed: list[tuple[Area | None, dict[str, Any]]] = []
        for area_entry in entry.get("areas", []):
            area = _item_sync(
                report,
                Area,
                {"framework": framework, "number": int(area_entry["number"])},
                _item_values(area_entry),
            )
            areas[(entry["key"], area.number)] = area
            placed += [(area, objective) for objective in area_entry.get("objectives", [])]
        # Objectives whose area public sources do not establish: kept, area left empty.
        placed += [(None, objective) for objective in entry.get("unplaced_objectives", [])]
        actions: list[tuple[Objective | None, dict[str, Any]]] = []
        for position, (area, objective_entry) in enumerate(placed):
            objective = _load_objective(report, framework, area, objective_entry, position)
            actions += [(objective, action) for action in objective_entry.get("actions", [])]
        # Actions whose objective public sources do not establish: kept, objective left empty.
        actions += [(None, action) for action in entry.get("unplaced_actions", [])]
        for position, (parent, action_entry) in enumerate(actions):
            _item_sync(
                report,
                Action,
                {"framework": framework, "number": str(action_entry["number"])},
                {
                    **_item_values(action_entry),
                    "objective_id": parent.pk if parent else None,
                    "position": position,
                },
            )
    return areas


def _load_objective(
    report: LoadReport,
    framework: Framework,
    area: Area | None,
    entry: dict[str, Any],
    position: int,
) -> Objective:
    objective: Objective = _item_sync(
        report,
        Objective,
        {"framework": framework, "number": str(entry["number"])},
        {**_item_values(entry), "area_id": area.pk if area else None, "position": position},
    )
    return objective


def _load_partnerships(
    report: LoadReport, dialogues: dict[str, Dialogue], areas: dict[tuple, Area]
) -> None:
    data = reference.partnerships()
    for entry in data.get("memberships", []):
        _sync(
            report,
            Membership,
            {
                "dialogue": _dialogue(dialogues, entry["dialogue"], "partnerships.json"),
                "actor": _actor(entry["actor"]),
                "role": entry["role"],
            },
            {
                "group": entry.get("group") or "",
                "since": str(entry.get("since") or ""),
                "until": str(entry.get("until") or ""),
                "source_url": entry.get("source_url", "") or "",
            },
        )
    for entry in data.get("chairmanships", []):
        try:
            start, start_precision = (
                parse_partial_date(str(entry["start"])) if entry.get("start") else (None, "year")
            )
            end, end_precision = (
                parse_partial_date(str(entry["end"]), period_end=True)
                if entry.get("end")
                else (None, "year")
            )
        except ValueError as exc:
            raise ReferenceDataError(
                f"chairmanship of {entry.get('actor')!r} in partnerships.json: {exc}"
            ) from None
        _sync(
            report,
            Chairmanship,
            {
                "dialogue": _dialogue(dialogues, entry["dialogue"], "partnerships.json"),
                "actor": _actor(entry["actor"]),
                "start": start,
            },
            {
                "start_precision": start_precision,
                "end": end,
                "end_precision": end_precision,
                "source_url": entry.get("source_url", "") or "",
            },
        )
    for entry in data.get("reference_countries", []):
        area = areas.get((entry["framework"], int(entry["area"])))
        if area is None:
            raise ReferenceDataError(
                f"reference country {entry['actor']!r}: no area {entry['area']} "
                f"in framework {entry['framework']!r}"
            )
        period = str(entry.get("period") or "")
        period_start, _, period_end = period.partition("-")
        _sync(
            report,
            ReferenceCountry,
            {
                "dialogue": _dialogue(dialogues, entry["dialogue"], "partnerships.json"),
                "area": area,
                "actor": _actor(entry["actor"]),
            },
            {
                "period_start": period_start.strip(),
                "period_end": period_end.strip(),
                "source_url": entry.get("source_url", "") or "",
            },
        )


def load_reference_data() -> LoadReport:
    """Load every reference file in one transaction: all or nothing."""
    report = LoadReport()
    with transaction.atomic():
        aliases = _AliasIndex()
        _load_countries(report, aliases)
        _load_organisations(report, aliases)
        dialogues = _load_dialogues(report)
        areas = _load_frameworks(report, dialogues)
        _load_partnerships(report, dialogues, areas)
    for warning in report.warnings:
        log.warning(warning)
    return report
