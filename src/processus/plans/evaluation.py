"""How good the link suggestions are: precision and recall against hand-made gold links.

The gold file (``examples/corpus/gold_links.jsonl``) holds one JSON object per
meeting of the example corpus: the document that names it (``source``), its
first day (``start``), the plan in force (``plan``) and the items it addresses
(``links``: ``"area 4"``, ``"objective 5b"``, ``"action 6"``), judged by reading
its sources. An empty list is an annotation too: a meeting that addresses no
particular item (a Senior Officials' Meeting reviews the whole plan), where any
suggestion is a false positive. Items whose content no public source establishes
are never in the gold (nobody can say a meeting addressed them).

The suggestions scored are the classifier's, computed afresh for each gold
meeting (editors' decisions in the database play no part), on a database where
the corpus is ingested.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from processus.kb.models import Framework, Meeting
from processus.plans.operations import desired_suggestions

KINDS = ("area", "objective", "action")


class GoldError(ValueError):
    """A gold file that cannot be read; the message names the line."""


@dataclass(frozen=True)
class GoldMeeting:
    source: str
    start: dt.date
    plan: str
    links: frozenset[str]
    line: int
    #: Only where two meetings of the document share a first day.
    kind: str = ""


@dataclass
class Score:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_json(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
            "tp": self.true_positives,
            "fp": self.false_positives,
            "fn": self.false_negatives,
        }


@dataclass
class Evaluation:
    meetings: int = 0
    unmatched: list[GoldMeeting] = field(default_factory=list)
    overall: Score = field(default_factory=Score)
    by_kind: dict[str, Score] = field(default_factory=lambda: {k: Score() for k in KINDS})
    #: Per gold meeting: (meeting id, missed links, wrong links).
    errors: list[tuple[GoldMeeting, int, list[str], list[str]]] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "meetings": self.meetings,
            "unmatched": [f"{g.source} {g.start}" for g in self.unmatched],
            **self.overall.as_json(),
            "by_kind": {kind: score.as_json() for kind, score in self.by_kind.items()},
        }


def load_gold(path: Path) -> list[GoldMeeting]:
    """The gold meetings of ``path``; :class:`GoldError` names a line that cannot be read."""
    gold = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise GoldError(f"cannot read {path}: {error.strerror}") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
            links = frozenset(str(link) for link in entry["links"])
            gold.append(
                GoldMeeting(
                    str(entry["source"]),
                    dt.date.fromisoformat(entry["start"]),
                    str(entry["plan"]),
                    links,
                    number,
                    str(entry.get("kind") or ""),
                )
            )
        except (ValueError, KeyError, TypeError) as error:
            raise GoldError(f"{path}:{number}: not a gold link record ({error})") from None
        bad = [link for link in links if link.partition(" ")[0] not in KINDS]
        if bad:
            raise GoldError(f"{path}:{number}: unknown item {bad[0]!r}")
    return gold


def _meeting_for(gold: GoldMeeting) -> int | None:
    meetings = Meeting.objects.filter(
        mentions__document__original_name=gold.source, start=gold.start
    )
    if gold.kind:
        meetings = meetings.filter(kind=gold.kind)
    found = list(meetings.values_list("pk", flat=True).distinct())
    return found[0] if len(found) == 1 else None


def evaluate(gold: list[GoldMeeting]) -> Evaluation:
    """Score the classifier's suggestions for the gold meetings found in the database."""
    result = Evaluation()
    plans = dict(Framework.objects.values_list("key", "pk"))
    matched: dict[int, GoldMeeting] = {}
    for entry in gold:
        meeting_id = _meeting_for(entry)
        if meeting_id is None or entry.plan not in plans:
            result.unmatched.append(entry)
        else:
            matched[meeting_id] = entry
    suggested: dict[int, set[str]] = {m: set() for m in matched}
    for (meeting_id, kind, _pk), (framework_id, suggestion) in desired_suggestions(matched).items():
        if framework_id == plans[matched[meeting_id].plan]:
            suggested[meeting_id].add(f"{kind} {suggestion.number}")
    for meeting_id, entry in matched.items():
        result.meetings += 1
        predicted, wanted = suggested[meeting_id], set(entry.links)
        counts: Counter[tuple[str, str]] = Counter()
        for link in predicted | wanted:
            outcome = "tp" if link in predicted and link in wanted else (
                "fp" if link in predicted else "fn"
            )  # fmt: skip
            counts[(link.partition(" ")[0], outcome)] += 1
        for (kind, outcome), n in counts.items():
            for score in (result.overall, result.by_kind[kind]):
                if outcome == "tp":
                    score.true_positives += n
                elif outcome == "fp":
                    score.false_positives += n
                else:
                    score.false_negatives += n
        if predicted != wanted:
            result.errors.append(
                (entry, meeting_id, sorted(wanted - predicted), sorted(predicted - wanted))
            )
    return result
