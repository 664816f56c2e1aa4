"""Compare extracted meeting records with the gold records of the evaluation corpus.

The rules are those of ``docs/extraction-contract.md`` (section *Evaluation*):

* records are compared per ``source``;
* predicted and gold records are paired one-to-one, best match first: same start date
  (compared at the coarser of the two precisions, so ``2019-07`` agrees with
  ``2019-07-01``), then same city, then same kind;
* a paired prediction is a true positive at meeting level, an unpaired prediction a false
  positive, an unpaired gold record a false negative;
* every field except ``source`` and ``evidence`` is scored over the pairs and the unpaired
  records: list fields as sets of items, ``title`` by normalised token-set similarity of at
  least 0.8, every other field by equality. A wrong value counts once as a false positive
  and once as a false negative; a value where the other side has null or ``[]`` counts
  only on its own side.

A pair needs at least one agreement (start, city or kind), and two records whose start
dates are both given and disagree are only paired when they agree on both city and kind:
two different meetings in the same city must not be scored as one meeting with a wrong
date.

This module is pure: no Django, no I/O besides :func:`load_gold`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from processus.extraction.composed_titles import is_composed
from processus.extraction.records import FORMATS, KINDS, RECORD_KEYS, STATUSES

#: Fields that are scored (everything but ``source`` and ``evidence``).
SCORED_FIELDS: tuple[str, ...] = tuple(k for k in RECORD_KEYS if k not in {"source", "evidence"})

LIST_FIELDS = frozenset({"dialogues", "hosts", "chairs", "organisers", "themes"})
DATE_FIELDS = frozenset({"start", "end", "registration_deadline"})
INT_FIELDS = frozenset({"participants", "countries_count", "recommendations"})

QUALIFIERS = frozenset({"over", "nearly", "about", "at least", "up to"})

#: Minimum normalised token-set similarity (0..1) for two titles to count as the same.
TITLE_THRESHOLD = 0.8

_DATE_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


# --------------------------------------------------------------------------- data types


@dataclass
class Metrics:
    """True/false positive and false negative counts with the derived scores.

    With nothing predicted and nothing expected, precision and recall are 1.0 (nothing was
    missed, nothing was invented); with no predictions but something expected, precision is
    0.0, and symmetrically for recall.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        if self.tp + self.fp:
            return self.tp / (self.tp + self.fp)
        return 1.0 if self.fn == 0 else 0.0

    @property
    def recall(self) -> float:
        if self.tp + self.fn:
            return self.tp / (self.tp + self.fn)
        return 1.0 if self.fp == 0 else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Mismatch:
    """One disagreement, for the per-document error listing.

    ``kind`` is ``missing`` (a gold meeting nothing matched), ``extra`` (a prediction that
    matched no gold meeting) or ``field`` (a matched pair disagreeing on ``field``).
    """

    source: str
    kind: str
    field: str | None = None
    gold: Any = None
    predicted: Any = None
    meeting: str = ""


@dataclass
class EvaluationReport:
    meeting: Metrics
    fields: dict[str, Metrics]
    mismatches: list[Mismatch] = field(default_factory=list)
    documents: int = 0
    gold_records: int = 0
    predicted_records: int = 0

    @property
    def micro_fields(self) -> Metrics:
        """All field counts summed (micro average over fields)."""
        total = Metrics()
        for metrics in self.fields.values():
            total.add(metrics.tp, metrics.fp, metrics.fn)
        return total

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "gold_records": self.gold_records,
            "predicted_records": self.predicted_records,
            "meeting": self.meeting.to_dict(),
            "fields": {name: m.to_dict() for name, m in self.fields.items()},
            "fields_micro": self.micro_fields.to_dict(),
            "mismatches": [asdict(m) for m in self.mismatches],
        }


# --------------------------------------------------------------------------- loading


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """Read a JSON Lines file of gold records (blank lines are skipped).

    Raises ``ValueError`` naming the file and line when a line is not a JSON object.
    """
    path = Path(path)
    records: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: invalid JSON: {exc.msg}") from exc
            if not isinstance(record, dict):
                raise ValueError(f"{path}:{number}: expected a JSON object")
            records.append(record)
    return records


def validate_record(record: Mapping[str, Any]) -> list[str]:
    """Problems that make ``record`` violate the contract's record shape ([] when valid)."""
    problems: list[str] = []
    keys = list(record.keys())
    if set(keys) != set(RECORD_KEYS):
        missing = sorted(set(RECORD_KEYS) - set(keys))
        extra = sorted(set(keys) - set(RECORD_KEYS))
        problems.append(f"keys differ from the contract (missing {missing}, unexpected {extra})")
        return problems
    if not isinstance(record["source"], str) or not record["source"]:
        problems.append("source must be a non-empty string")
    _check_enum(record, "kind", KINDS, problems)
    _check_enum(record, "format", FORMATS, problems)
    _check_enum(record, "status", STATUSES, problems)
    _check_enum(record, "participants_qualifier", QUALIFIERS, problems)
    for name in ("title", "city", "country"):
        value = record[name]
        if value is not None and (not isinstance(value, str) or not value.strip()):
            problems.append(f"{name} must be null or a non-empty string")
    _check_lists(record, problems)
    _check_numbers_and_dates(record, problems)
    if record["participants_qualifier"] is not None and record["participants"] is None:
        problems.append("participants_qualifier without participants")
    if not isinstance(record["evidence"], list):
        problems.append("evidence must be a list")
    return problems


def _check_lists(record: Mapping[str, Any], out: list[str]) -> None:
    """The list fields: item types, no duplicates, themes within 1..5, sorted order."""
    for name in LIST_FIELDS:
        value = record[name]
        item_type = int if name == "themes" else str
        if not isinstance(value, list) or not all(
            isinstance(v, item_type) and not isinstance(v, bool) for v in value
        ):
            out.append(f"{name} must be a list of {item_type.__name__}")
        elif len(set(value)) != len(value):
            out.append(f"{name} has duplicates")
    if isinstance(record["themes"], list):
        if any(isinstance(t, int) and not 1 <= t <= 5 for t in record["themes"]):
            out.append("themes must be within 1..5")
        if record["themes"] != sorted(record["themes"]):
            out.append("themes must be sorted")
    if isinstance(record["dialogues"], list) and record["dialogues"] != sorted(record["dialogues"]):
        out.append("dialogues must be sorted")


def _check_numbers_and_dates(record: Mapping[str, Any], out: list[str]) -> None:
    """The counts (non-negative integers) and dates (a contract precision, start and end
    set together, end not before start)."""
    for name in INT_FIELDS:
        value = record[name]
        if value is not None and (
            not isinstance(value, int) or isinstance(value, bool) or value < 0
        ):
            out.append(f"{name} must be null or a non-negative integer")
    for name in DATE_FIELDS:
        value = record[name]
        if value is not None and (not isinstance(value, str) or not _DATE_RE.match(value)):
            out.append(f"{name} must be null or YYYY, YYYY-MM or YYYY-MM-DD")
    start, end = record["start"], record["end"]
    if (start is None) != (end is None):
        out.append("start and end must both be null or both be set")
    elif (
        isinstance(start, str)
        and isinstance(end, str)
        and _DATE_RE.match(start)
        and _DATE_RE.match(end)
        and _date_key(end) < _date_key(start)
    ):
        out.append("end is before start")


def _check_enum(
    record: Mapping[str, Any], name: str, allowed: Collection[str], out: list[str]
) -> None:
    value = record[name]
    if value is not None and value not in allowed:
        out.append(f"{name} {value!r} is not one of {sorted(allowed)}")


def _date_key(value: str) -> tuple[int, ...]:
    return tuple(int(part) for part in value.split("-"))


# --------------------------------------------------------------------------- comparison


def normalise_title(title: str) -> str:
    """Lower-case, strip accents, quotes and punctuation, collapse spaces."""
    text = unicodedata.normalize("NFKD", title)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def titles_match(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    na, nb = normalise_title(a), normalise_title(b)
    if not na or not nb:
        return na == nb
    return fuzz.token_set_ratio(na, nb) / 100 >= TITLE_THRESHOLD


def dates_agree(a: str | None, b: str | None) -> bool:
    """Same date at the coarser of the two precisions (``2019-07`` agrees with ``2019-07-01``)."""
    if not a or not b:
        return False
    length = min(len(a), len(b))
    return a[:length] == b[:length]


def _present(value: Any) -> bool:
    return value is not None and value != [] and value != ""


def _pair_key(pred: Mapping[str, Any], gold: Mapping[str, Any]) -> tuple[int, ...] | None:
    """Ranking of a candidate pair (higher is better), or None when they cannot be paired."""
    start_eq = dates_agree(pred.get("start"), gold.get("start"))
    city_eq = _present(gold.get("city")) and pred.get("city") == gold.get("city")
    kind_eq = _present(gold.get("kind")) and pred.get("kind") == gold.get("kind")
    dates_conflict = _present(pred.get("start")) and _present(gold.get("start")) and not start_eq
    if dates_conflict and not (city_eq and kind_eq):
        return None
    if not (start_eq or city_eq or kind_eq):
        return None
    agreement = sum(
        1
        for name in SCORED_FIELDS
        if name not in {"start", "city", "kind"}
        and _field_equal(name, pred.get(name), gold.get(name))
    )
    return (int(start_eq), int(city_eq), int(kind_eq), agreement)


def match_records(
    predicted: Sequence[Mapping[str, Any]], gold: Sequence[Mapping[str, Any]]
) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Pair the records of one source: (pairs of (pred_index, gold_index), unmatched
    prediction indices, unmatched gold indices). Greedy best-first, ties broken by order."""
    candidates: list[tuple[tuple[int, ...], int, int]] = []
    for pi, pred in enumerate(predicted):
        for gi, gold_record in enumerate(gold):
            key = _pair_key(pred, gold_record)
            if key is not None:
                candidates.append((key, pi, gi))
    candidates.sort(key=lambda c: (tuple(-k for k in c[0]), c[2], c[1]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, pi, gi in candidates:
        if pi in used_p or gi in used_g:
            continue
        used_p.add(pi)
        used_g.add(gi)
        pairs.append((pi, gi))
    pairs.sort(key=lambda p: p[1])
    unmatched_p = [i for i in range(len(predicted)) if i not in used_p]
    unmatched_g = [i for i in range(len(gold)) if i not in used_g]
    return pairs, unmatched_p, unmatched_g


def _field_equal(name: str, pred: Any, gold: Any) -> bool:
    if name in LIST_FIELDS:
        return set(pred or []) == set(gold or [])
    if name == "title":
        if not pred and not gold:
            return True
        return titles_match(pred, gold)
    return pred == gold


def _score_field(name: str, pred: Any, gold: Any) -> tuple[int, int, int]:
    """(tp, fp, fn) for one field of one pair; either side may be None for unpaired records."""
    if name in LIST_FIELDS:
        p, g = set(pred or []), set(gold or [])
        return len(p & g), len(p - g), len(g - p)
    has_p, has_g = _present(pred), _present(gold)
    if not has_p and not has_g:
        return 0, 0, 0
    if has_p and not has_g:
        return 0, 1, 0
    if has_g and not has_p:
        return 0, 0, 1
    if _field_equal(name, pred, gold):
        return 1, 0, 0
    return 0, 1, 1


def _label(record: Mapping[str, Any]) -> str:
    parts = [str(record.get(k)) for k in ("start", "city", "kind") if record.get(k)]
    return " / ".join(parts) or "(no date, place or kind)"


def evaluate(
    predicted: Iterable[Mapping[str, Any]],
    gold: Iterable[Mapping[str, Any]],
    documents: Iterable[str] = (),
) -> EvaluationReport:
    """Score ``predicted`` against ``gold`` (both lists of contract records); ``documents``:
    the sources read, so that a page with no meeting that yields none still counts."""
    by_source_p: dict[str, list[Mapping[str, Any]]] = {}
    by_source_g: dict[str, list[Mapping[str, Any]]] = {}
    for record in predicted:
        if is_composed(record):
            # a composed title is no claim to the meeting's name: scored as no title
            record = {**record, "title": None}
        by_source_p.setdefault(_source(record), []).append(record)
    for record in gold:
        by_source_g.setdefault(_source(record), []).append(record)

    meeting = Metrics()
    fields = {name: Metrics() for name in SCORED_FIELDS}
    mismatches: list[Mismatch] = []
    sources = sorted(set(by_source_p) | set(by_source_g) | set(documents))
    for source in sources:
        preds = by_source_p.get(source, [])
        golds = by_source_g.get(source, [])
        pairs, extra, missing = match_records(preds, golds)
        meeting.add(tp=len(pairs), fp=len(extra), fn=len(missing))
        for pi, gi in pairs:
            p, g = preds[pi], golds[gi]
            for name in SCORED_FIELDS:
                tp, fp, fn = _score_field(name, p.get(name), g.get(name))
                fields[name].add(tp, fp, fn)
                if fp or fn:
                    mismatches.append(
                        Mismatch(source, "field", name, g.get(name), p.get(name), _label(g))
                    )
        for gi in missing:
            g = golds[gi]
            for name in SCORED_FIELDS:
                fields[name].add(*_score_field(name, None, g.get(name)))
            mismatches.append(Mismatch(source, "missing", None, None, None, _label(g)))
        for pi in extra:
            p = preds[pi]
            for name in SCORED_FIELDS:
                fields[name].add(*_score_field(name, p.get(name), None))
            mismatches.append(Mismatch(source, "extra", None, None, None, _label(p)))
    return EvaluationReport(
        meeting=meeting,
        fields=fields,
        mismatches=mismatches,
        documents=len(sources),
        gold_records=sum(len(v) for v in by_source_g.values()),
        predicted_records=sum(len(v) for v in by_source_p.values()),
    )


def _source(record: Mapping[str, Any]) -> str:
    return str(record.get("source") or "").replace("\\", "/")


# --------------------------------------------------------------------------- output


def format_report(report: EvaluationReport, show_errors: bool = False) -> str:
    """A plain-text report: meeting scores, one line per field, and optionally the errors."""
    lines = [
        f"documents: {report.documents}   gold meetings: {report.gold_records}   "
        f"predicted meetings: {report.predicted_records}",
        "",
        f"{'':24}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>6}{'FN':>6}",
        _metrics_line("meetings", report.meeting),
        "",
    ]
    for name, metrics in report.fields.items():
        lines.append(_metrics_line(name, metrics))
    lines.append(_metrics_line("all fields (micro)", report.micro_fields))
    if show_errors and report.mismatches:
        lines.append("")
        lines.append("errors by document:")
        current = None
        for m in report.mismatches:
            if m.source != current:
                current = m.source
                lines.append(f"  {m.source}")
            if m.kind == "field":
                expected, got = _show(m.gold), _show(m.predicted)
                lines.append(f"    {m.meeting}: {m.field}: expected {expected}, got {got}")
            elif m.kind == "missing":
                lines.append(f"    missing meeting {m.meeting}")
            else:
                lines.append(f"    extra meeting {m.meeting}")
    return "\n".join(lines)


def _metrics_line(name: str, m: Metrics) -> str:
    return f"{name:24}{m.precision:7.3f}{m.recall:7.3f}{m.f1:7.3f}{m.tp:6}{m.fp:6}{m.fn:6}"


def _show(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)
