"""Consolidation rules: which mentions describe the same meeting, and what the meeting shows.

Pure functions and one in-memory index, no database access, so the rules can be
tested with small tables of cases and benchmarked on 100,000 mentions. The
orchestration that reads and writes the knowledge base is :mod:`processus.kb.ingest`.

**Same meeting.** In the spirit of event-data practice, a mention joins a meeting
only when every one of these holds (:func:`match_score`):

1. *dates overlap*: the days the mention covers ("12-13 February 2019", or all of
   "July 2019") intersect the meeting's days;
2. *same place*: when both name a city, it is the same city; otherwise, when both
   name a country, the same country;
3. *compatible kind*: the same kind, or one of them unknown/``other``, or kinds
   of one family (thematic meeting / technical meeting / workshop / training;
   a joint meeting with any policy meeting). A side event and a field visit only
   match their own kind, so a workshop and a side event held the same day in the
   same city stay two meetings;
4. *compatible actors*: when both name hosts, at least one host is shared; the
   same for organisers and for dialogues (a workshop organised by UNODC and a
   side event organised by ICMPD are different events);
5. *positive identity*: besides the dates, at least one of: the same place, the
   same title, the same (specific) kind;
6. two records of one document never merge: the extraction engine already
   decided they are different meetings.

Among compatible meetings a day-precise mention joins the best scoring one
(same first day, same title, same city, same kind, shared actors), ties going to
the oldest meeting; it never joins a meeting known only by its month or year. A
month- or year-only mention ("the previous meeting, in July 2019 in Madrid") joins
another such meeting when exactly one is compatible, never a day-precise one
directly; otherwise it becomes a meeting of its own. :func:`vague_targets` folds each
of these into the one day-precise meeting it matches at the end of every ingestion
run, when all candidates are known, so the result does not depend on the order of
the files.

**Shown value.** An editor's value (evidence with method ``edited``) always wins.
Otherwise, for each field, the value of the best mention: first the most specific
*value* (a day before a month before a year, a stated year before an inferred
one, a plain count before a qualified one, a specific kind before ``other``),
then the most specific *source* (a document describing fewer meetings: a
meeting's own page before a list of forty meetings), then the most recent
document (its stated date), then the latest stored document. ``status`` follows
the most recent document first (an announcement is superseded by the report).
Dates (start, end) and counts (participants and qualifier) are taken as units
from one mention so they never mix. Lists (hosts, chairs, organisers,
dialogues, themes) are the union over all mentions, in that order.

**Conflicts.** Values that cannot all be true (two different participant
counts, two cities, 3 and 4 July) are all kept with their evidence;
:func:`find_conflicts` lists them. A value that refines another ("July 2019" and
"3 July 2019") or an ``other`` kind is not a conflict; titles vary between
sources, status changes over time and a post written on the first day gives
only that day as the end, so titles, status and end dates are not reported.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from processus.kb.partial_dates import parse_partial_date
from processus.kb.text import fold

SCALAR_FIELDS = (
    "kind",
    "title",
    "start",
    "end",
    "city",
    "country",
    "format",
    "status",
    "participants",
    "participants_qualifier",
    "countries_count",
    "recommendations",
    "registration_deadline",
)
LIST_FIELDS = ("dialogues", "hosts", "chairs", "organisers", "themes")
#: Fields whose disagreements :func:`find_conflicts` reports.
CONFLICT_FIELDS = (
    "kind",
    "start",
    "city",
    "country",
    "format",
    "participants",
    "countries_count",
    "recommendations",
    "registration_deadline",
)

_FAMILIES: tuple[frozenset[str], ...] = (
    frozenset({"thematic_meeting", "technical_meeting", "workshop", "training"}),
    frozenset({"joint_meeting", "ministerial_conference"}),
    frozenset({"joint_meeting", "senior_officials_meeting"}),
    frozenset({"joint_meeting", "thematic_meeting"}),
)
_PRECISION_RANK = {"day": 3, "month": 2, "year": 1}
#: Which meetings a lookup may consider (by id).
Allowed = Callable[[int], bool]
#: Longest span registered day by day in the index; longer spans go by month.
_MAX_DAY_SLOTS = 62


def kinds_compatible(a: str | None, b: str | None) -> bool:
    if a is None or b is None or a == b or a == "other" or b == "other":
        return True
    return any(a in family and b in family for family in _FAMILIES)


def day_span(start: str | None, end: str | None) -> tuple[date | None, date | None, str]:
    """The days a contract date pair covers and the start's precision ("" when undated)."""
    if not start:
        return None, None, ""
    try:
        first, precision = parse_partial_date(start)
        last = max(
            parse_partial_date(end or start, period_end=True)[0],
            parse_partial_date(start, period_end=True)[0],
        )
    except ValueError:
        return None, None, ""
    return first, last, str(precision)


def _folded(value: str | None) -> str | None:
    return fold(value) or None if value else None


def _folded_set(values: Iterable[str] | None) -> frozenset[str]:
    return frozenset(fold(v) for v in values or () if v)


@dataclass(frozen=True)
class MeetingKey:
    """What matching compares, for a mention or for a meeting's shown values."""

    kind: str | None
    first_day: date | None
    last_day: date | None
    precision: str
    city: str | None = None
    country: str | None = None
    title: str | None = None
    hosts: frozenset[str] = frozenset()
    organisers: frozenset[str] = frozenset()
    dialogues: frozenset[str] = frozenset()
    documents: frozenset[int] = frozenset()

    @property
    def day_precise(self) -> bool:
        return self.precision == "day"


def key_of(values: Mapping[str, Any], documents: Iterable[int] = ()) -> MeetingKey:
    """The matching key of a contract record (or of a meeting's shown values)."""
    first, last, precision = day_span(values.get("start"), values.get("end"))
    kind = values.get("kind") or None
    return MeetingKey(
        kind=kind,
        first_day=first,
        last_day=last,
        precision=precision,
        city=_folded(values.get("city")),
        country=_folded(values.get("country")),
        title=_folded(values.get("title")),
        hosts=_folded_set(values.get("hosts")),
        organisers=_folded_set(values.get("organisers")),
        dialogues=_folded_set(values.get("dialogues")),
        documents=frozenset(documents),
    )


def match_score(mention: MeetingKey, meeting: MeetingKey) -> int | None:
    """How well ``mention`` fits ``meeting``; ``None`` when they are different events."""
    if mention.documents & meeting.documents:
        return None
    if not kinds_compatible(mention.kind, meeting.kind):
        return None
    for mine, theirs in (
        (mention.hosts, meeting.hosts),
        (mention.organisers, meeting.organisers),
        (mention.dialogues, meeting.dialogues),
    ):
        if mine and theirs and not mine & theirs:
            return None
    score = 0
    same_place = False
    if mention.city and meeting.city:
        if mention.city != meeting.city:
            return None
        same_place = True
        score += 2
    elif mention.country and meeting.country:
        if mention.country != meeting.country:
            return None
        same_place = True
        score += 1
    same_title = bool(mention.title and mention.title == meeting.title)
    same_kind = bool(mention.kind and mention.kind == meeting.kind and mention.kind != "other")
    if mention.first_day is None or meeting.first_day is None:
        # Undated: only a shared title identifies the meeting.
        if not (same_title and mention.first_day is None and meeting.first_day is None):
            return None
        return 3 + score
    assert mention.last_day is not None and meeting.last_day is not None
    if mention.last_day < meeting.first_day or meeting.last_day < mention.first_day:
        return None
    if not (same_place or same_title or same_kind):
        return None
    if mention.day_precise and meeting.day_precise:
        score += 3 if mention.first_day == meeting.first_day else 1
    score += 3 if same_title else 0
    score += 2 if same_kind else 0
    score += 1 if mention.hosts & meeting.hosts or mention.organisers & meeting.organisers else 0
    score += 1 if mention.dialogues & meeting.dialogues else 0
    return score


def _months(first: date, last: date) -> Iterable[tuple[int, int]]:
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        yield year, month
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


class MeetingIndex:
    """Meetings blocked by the days, months and years they cover and by city (never all pairs).

    A day-precise meeting is registered under each of its days, a month-precise
    one under its months, a year-precise one under its years, an undated one
    under its title; each of these once for any place and once for its city. A
    probe looks only at the slots that can overlap the mention (and, when the
    mention names a city, only at that city and at meetings naming none), so one
    lookup costs the number of meetings on those days in that city, not the size
    of the knowledge base: consolidating *n* mentions is O(n) dictionary work
    while that density stays bounded.
    """

    def __init__(self) -> None:
        self.keys: dict[int, MeetingKey] = {}
        self._slots: dict[tuple[Any, ...], set[int]] = {}

    def __len__(self) -> int:
        return len(self.keys)

    @classmethod
    def _home(cls, key: MeetingKey) -> list[tuple[Any, ...]]:
        """Slots a meeting is registered under: each period, for any place and for its city."""
        return [slot for base in cls._periods(key) for slot in ((*base, "*"), (*base, key.city))]

    @classmethod
    def _probes(cls, key: MeetingKey) -> list[tuple[Any, ...]]:
        """Slots to look at: a mention naming a city sees that city and meetings naming none."""
        places: tuple[str | None, ...] = (key.city, None) if key.city else ("*",)
        return [(*base, place) for base in cls._period_probes(key) for place in places]

    @staticmethod
    def _periods(key: MeetingKey) -> list[tuple[Any, ...]]:
        if key.first_day is None or key.last_day is None:
            return [("t", key.title)] if key.title else []
        if key.precision == "day" and (key.last_day - key.first_day).days < _MAX_DAY_SLOTS:
            days = (key.last_day - key.first_day).days + 1
            return [("d", key.first_day.toordinal() + i) for i in range(days)]
        if key.precision in ("day", "month"):
            return [("m", y, m) for y, m in _months(key.first_day, key.last_day)]
        return [("y", y) for y in range(key.first_day.year, key.last_day.year + 1)]

    @staticmethod
    def _period_probes(key: MeetingKey) -> list[tuple[Any, ...]]:
        if key.first_day is None or key.last_day is None:
            return [("t", key.title)] if key.title else []
        first, last = key.first_day, key.last_day
        if (last - first).days > 400:  # a vague span: look at its years and months only
            last = first + timedelta(days=400)
        probes: list[tuple[Any, ...]] = [("y", y) for y in range(first.year, last.year + 1)]
        probes += [("m", y, m) for y, m in _months(first, last)]
        probes += [("d", o) for o in range(first.toordinal(), last.toordinal() + 1)]
        return probes

    def add(self, meeting_id: int, key: MeetingKey) -> None:
        self.remove(meeting_id)
        self.keys[meeting_id] = key
        for slot in self._home(key):
            self._slots.setdefault(slot, set()).add(meeting_id)

    def remove(self, meeting_id: int) -> None:
        key = self.keys.pop(meeting_id, None)
        if key is None:
            return
        for slot in self._home(key):
            ids = self._slots.get(slot)
            if ids is not None:
                ids.discard(meeting_id)
                if not ids:
                    del self._slots[slot]

    def candidates(self, key: MeetingKey) -> set[int]:
        found: set[int] = set()
        for slot in self._probes(key):
            ids = self._slots.get(slot)
            if ids:
                found |= ids
        return found

    def compatible(
        self, key: MeetingKey, exclude: int | None = None, allowed: Allowed | None = None
    ) -> list[tuple[int, int]]:
        """``(score, meeting id)`` of every compatible meeting, best first, oldest on ties.

        ``allowed``, when given, says which candidate meetings may be considered at all.
        """
        scored = []
        for meeting_id in self.candidates(key):
            if meeting_id == exclude or (allowed is not None and not allowed(meeting_id)):
                continue
            score = match_score(key, self.keys[meeting_id])
            if score is not None:
                scored.append((score, meeting_id))
        scored.sort(key=lambda pair: (-pair[0], pair[1]))
        return scored

    def find(self, key: MeetingKey, allowed: Allowed | None = None) -> int | None:
        """The meeting ``key`` describes, or ``None`` for a new one (rules in the module doc)."""
        scored = self.compatible(key, allowed=allowed)
        if key.first_day is not None:
            # Day-precise mentions and meetings meet here; month- or year-only ones
            # meet each other here and the day-precise ones at the end of the run
            # (:func:`vague_targets`), when every candidate is known: joined earlier,
            # they would follow whichever document came first.
            scored = [(s, m) for s, m in scored if self._vague(m) != key.day_precise]
        if not scored:
            return None
        if key.day_precise or key.first_day is None:
            return scored[0][1]
        return scored[0][1] if len(scored) == 1 else None

    def _vague(self, meeting_id: int) -> bool:
        """Dated by its month or year only."""
        key = self.keys[meeting_id]
        return key.first_day is not None and not key.day_precise


def vague_targets(index: MeetingIndex) -> list[tuple[int, int]]:
    """``(vague meeting, day-precise meeting)`` pairs to merge at the end of a run.

    A meeting known only by its month or year joins the one day-precise meeting
    it is compatible with, whichever document was read first.
    """
    pairs = []
    for meeting_id, key in sorted(index.keys.items()):
        if key.first_day is None or key.day_precise:
            continue
        precise = [
            m for _, m in index.compatible(key, exclude=meeting_id) if index.keys[m].day_precise
        ]
        if len(precise) == 1:
            pairs.append((meeting_id, precise[0]))
    return pairs


#: How far an edited copy's date may move from the one it corrects (a day, a week, a month).
CORRECTION_DAYS = 62


def near_in_time(a: MeetingKey, b: MeetingKey) -> bool:
    """Whether one key's date could be a correction of the other's (or either is undated).

    A near-identical text about a date years away is another meeting written from the
    same template (a post repeated each year), not an edited copy.
    """
    if a.first_day is None or b.first_day is None:
        return True
    return abs((a.first_day - b.first_day).days) <= CORRECTION_DAYS


def home_of(index: MeetingIndex, key: MeetingKey, allowed: Allowed | None = None) -> int | None:
    """The meeting a mention belongs to once every document is known (end of a run).

    A day-precise mention goes where :meth:`MeetingIndex.find` says; a month- or
    year-only one to the one day-precise meeting it matches, else (none, or several)
    where ``find`` says among meetings as vague as itself.
    """
    if key.first_day is not None and not key.day_precise:
        precise = [
            m for _, m in index.compatible(key, allowed=allowed) if index.keys[m].day_precise
        ]
        if len(precise) == 1:
            return precise[0]
    return index.find(key, allowed=allowed)


# --- years left out by the text ------------------------------------------------------------


def with_year(value: str | None, year: int) -> str | None:
    """``"2019-07-03"`` moved to ``year`` (``None`` when that day does not exist)."""
    if not value:
        return value
    parts = value.split("-")
    if len(parts) == 3 and parts[1:] == ["02", "29"] and not calendar.isleap(year):
        return None
    return "-".join([f"{year:04d}", *parts[1:]])


def resolve_year(
    record: Mapping[str, Any],
    document: int,
    index: MeetingIndex,
    chair_years: set[int] | None = None,
    dated: Allowed | None = None,
) -> tuple[int, str] | None:
    """The year a year-less date must have, when the knowledge base makes it unambiguous.

    The engine guessed a year from the document's date; the meeting may be in
    the year before or after. If meetings of exactly one of those three years
    are compatible with the record, that year wins; else, if the chairs named
    held the chairmanship in exactly one of them, that one. Returns the year and
    a note for the evidence, or ``None`` to keep the engine's year.

    ``dated`` says which meetings count: those whose year a source states (or an
    editor set). A meeting known only from guessed years would otherwise confirm
    its own guess, and the answer would depend on which document was stored first.
    """
    start = record.get("start")
    if not start or len(start) < 7:
        return None
    guessed = int(start[:4])
    years_with_match: dict[int, int] = {}
    for year in (guessed - 1, guessed, guessed + 1):
        moved = dict(record)
        moved["start"] = with_year(record.get("start"), year)
        moved["end"] = with_year(record.get("end") or record.get("start"), year)
        if not moved["start"] or not moved["end"]:
            continue
        key = key_of(moved, [document])
        scored = index.compatible(key, allowed=dated)
        if scored and (key.day_precise or len(scored) == 1):
            years_with_match[year] = scored[0][1]
    if len(years_with_match) == 1:
        year = next(iter(years_with_match))
        return (
            year,
            f"year {year} from the knowledge base (the one matching meeting of other sources)",
        )
    if not years_with_match and chair_years:
        possible = chair_years & {guessed - 1, guessed, guessed + 1}
        if len(possible) == 1:
            year = possible.pop()
            return year, f"year {year} from the chairmanship calendar"
    return None


#: Key of a stored mention record whose year the engine guessed: the dates, status and
#: evidence notes as extracted, before the knowledge base chose a year.
AS_EXTRACTED = "as_extracted"
#: The record fields a year resolution changes.
YEAR_FIELDS = ("start", "end", "status")


def year_was_guessed(stored: Mapping[str, Any]) -> bool:
    """Whether a stored mention record's year was guessed from its document's date."""
    return AS_EXTRACTED in stored


def year_was_inferred(record: Mapping[str, Any]) -> bool:
    return any(
        item.get("field") == "start" and item.get("inferred") and "year" in (item.get("note") or "")
        for item in record.get("evidence", ())
    )


# --- follow-ups ------------------------------------------------------------------------------

_FOLLOW_UP = re.compile(
    r"\b(?:build(?:s|ing)?\s+on|follow(?:s|ing)?[\s-]+up\s+(?:on|to|of)|follow-up\s+to|"
    r"previous|preceding|prior|earlier|last\s+(?:meeting|edition|session)|"
    r"s'appuier\w*\s+sur|dans\s+le\s+prolongement|fai(?:t|sant)\s+suite|suite\s+(?:à|de)|"
    r"précédente?s?|dernière\s+réunion)",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?\n]")


def _sentence(text: str, start: int, end: int) -> str:
    lo = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 400), start)), default=0)
    after = _SENTENCE_END.search(text, end)
    return text[lo : after.start() if after else len(text)]


def follow_up_links(text: str, records: Sequence[Mapping[str, Any]]) -> dict[int, int]:
    """``{position of the follow-up: position of the meeting it builds on}`` in one document.

    A record whose date sentence recalls an earlier meeting ("will build on the
    meeting of July 2019", "the previous meeting, in Madrid") is the earlier
    meeting; the follow-up is the first record of the document that is not
    itself recalled and starts later (or has no date).
    """
    recalled: list[int] = []
    for position, record in enumerate(records):
        spans = [e for e in record.get("evidence", ()) if e.get("field") == "start"]
        if spans and _FOLLOW_UP.search(_sentence(text, spans[0]["start"], spans[0]["end"])):
            recalled.append(position)
    links: dict[int, int] = {}
    for earlier in recalled:
        earlier_first, _, _ = day_span(records[earlier].get("start"), None)
        for position, record in enumerate(records):
            if position in recalled or position == earlier:
                continue
            first, _, _ = day_span(record.get("start"), None)
            if earlier_first is None or first is None or first > earlier_first:
                links[position] = earlier
                break
    return links


# --- shown values and conflicts --------------------------------------------------------------


@dataclass(frozen=True)
class MentionFacts:
    """One mention as the shown-value rule sees it."""

    id: int
    document: int
    record: Mapping[str, Any]
    records_in_document: int = 1
    document_date: date | None = None
    year_inferred: bool = False
    follows_meeting: int | None = None

    def source_rank(self) -> tuple[int, date, int]:
        """Higher is better: fewer meetings in the document, then newer, then later stored."""
        return (-self.records_in_document, self.document_date or date.min, self.document)


def _date_rank(m: MentionFacts) -> tuple[int, int]:
    precision = day_span(m.record.get("start"), None)[2]
    return _PRECISION_RANK.get(precision, 0), 0 if m.year_inferred else 1


def _best(mentions: list[MentionFacts], has: str, rank: Any) -> MentionFacts | None:
    usable = [m for m in mentions if m.record.get(has) not in (None, "", [])]
    if not usable:
        return None
    return max(usable, key=lambda m: (rank(m), m.source_rank(), m.id))


@dataclass
class ShownValues:
    """A meeting's shown values in the contract's vocabulary, plus its follow-up link."""

    values: dict[str, Any] = field(default_factory=dict)
    follow_up_of: int | None = None


def shown_values(
    mentions: list[MentionFacts], edited: Mapping[str, Any] | None = None
) -> ShownValues:
    """Apply the shown-value rule (module doc) to a meeting's mentions and editor values."""
    edited = edited or {}
    values: dict[str, Any] = {name: None for name in SCALAR_FIELDS}
    values.update({name: [] for name in LIST_FIELDS})
    no_rank = lambda m: 0  # noqa: E731

    dated = _best(mentions, "start", _date_rank)
    if dated is not None:
        values["start"] = dated.record.get("start")
        values["end"] = dated.record.get("end") or dated.record.get("start")
    counted = _best(
        mentions, "participants", lambda m: 0 if m.record.get("participants_qualifier") else 1
    )
    if counted is not None:
        values["participants"] = counted.record.get("participants")
        values["participants_qualifier"] = counted.record.get("participants_qualifier")
    kinded = _best(mentions, "kind", lambda m: m.record.get("kind") != "other")
    if kinded is not None:
        values["kind"] = kinded.record.get("kind")
    statused = [m for m in mentions if m.record.get("status")]
    if statused:
        latest = max(statused, key=lambda m: (m.document_date or date.min, m.document, m.id))
        values["status"] = latest.record.get("status")
    for name in ("title", "city", "country", "format", "countries_count", "recommendations",
                 "registration_deadline"):  # fmt: skip
        best = _best(mentions, name, no_rank)
        if best is not None:
            values[name] = best.record.get(name)
    ordered = sorted(mentions, key=lambda m: (m.source_rank(), m.id), reverse=True)
    for name in LIST_FIELDS:
        seen: dict[Any, None] = {}
        for m in ordered:
            for item in m.record.get(name) or ():
                seen.setdefault(item, None)
        values[name] = sorted(seen) if name in ("themes", "dialogues") else list(seen)
    for name, value in edited.items():
        if name in values:
            values[name] = value
    follows = [m for m in ordered if m.follows_meeting is not None]
    shown = ShownValues(values, follows[0].follows_meeting if follows else None)
    if "follow_up_of" in edited:
        shown.follow_up_of = edited["follow_up_of"]
    return shown


def _dates_conflict(a: str, b: str) -> bool:
    return not (a.startswith(b) or b.startswith(a))


@dataclass(frozen=True)
class Conflict:
    """Values of one field that sources disagree on, each with the mentions saying it."""

    field: str
    values: tuple[tuple[Any, tuple[int, ...]], ...]


def find_conflicts(mentions: list[MentionFacts]) -> list[Conflict]:
    """The fields of one meeting whose sources disagree (refinements are not conflicts)."""
    conflicts = []
    for name in CONFLICT_FIELDS:
        said: dict[Any, list[int]] = {}
        for m in mentions:
            value = m.record.get(name)
            if value in (None, "") or (name == "kind" and value == "other"):
                continue
            said.setdefault(value, []).append(m.id)
        if len(said) < 2:
            continue
        if name in ("start", "end", "registration_deadline"):
            values = list(said)
            if not any(
                _dates_conflict(a, b) for i, a in enumerate(values) for b in values[i + 1 :]
            ):
                continue
        conflicts.append(
            Conflict(
                name, tuple((value, tuple(ids)) for value, ids in sorted(said.items(), key=str))
            )
        )
    return conflicts
