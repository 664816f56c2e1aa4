"""Which items of an action plan a meeting addresses, and why: a transparent, rule-based classifier.

Pure Python (no Django): text in, suggestions out. For each area, objective and
action of the plan in force, the classifier looks for the item's English and
French terms (:mod:`processus.reference.lexicons`) in the meeting's title and
in its source passages (the sentences of its documents that describe it), and
for an area also in the thematic domains extraction gave the meeting. Every
suggestion carries its score and its reason: the terms matched, where, and the
passage that holds the first of them, so an editor sees at once why it is there.

The rules, each with its weight (a suggestion needs :data:`THRESHOLD`):

* a term in the title: :data:`TITLE_WEIGHT` — the title says what the meeting is about;
* a term in a source passage: :data:`PASSAGE_WEIGHT`, halved for meetings whose kind
  reviews the whole plan (ministerial conference, senior officials', steering
  committee): their documents list every area in passing;
* the area's number among the meeting's extracted themes: :data:`THEME_WEIGHT`;
* a term two objectives of an area share on purpose (``shared`` in the lexicon)
  counts half: it cannot tell them apart.

Items whose content no public source establishes (lexicon basis other than
``own``: their terms are borrowed from their objective or area) are never
suggested: a match on borrowed words would claim what no source says. Editors
add such links by hand.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

TITLE_WEIGHT = 2.0
PASSAGE_WEIGHT = 1.0
THEME_WEIGHT = 2.0
SUPPORT_WEIGHT = 1.0
SHARED_FACTOR = 0.5
GOVERNANCE_FACTOR = 0.5
THRESHOLD = 2.0
#: Kinds of meeting that review the whole plan: their passages name many items in passing.
GOVERNANCE_KINDS = frozenset(
    {"ministerial_conference", "senior_officials_meeting", "steering_committee"}
)
#: Characters of passage kept in a reason around the first matched term.
REASON_CONTEXT = 160


@dataclass(frozen=True)
class PlanItem:
    """One area, objective or action of a plan with the terms that name it."""

    kind: str  # "area" | "objective" | "action"
    number: str
    pk: int
    terms: tuple[str, ...]
    basis: str = "own"
    shared: frozenset[str] = frozenset()
    #: The area an objective or action belongs to, and an action's objective ("" if unknown).
    area: str = ""
    objective: str = ""

    @property
    def established(self) -> bool:
        return self.basis == "own"


@dataclass(frozen=True)
class MeetingText:
    """What the classifier reads of one meeting."""

    meeting_id: int
    title: str = ""
    kind: str = ""
    themes: tuple[str, ...] = ()
    passages: tuple[str, ...] = ()


@dataclass
class Suggestion:
    """A link the classifier proposes, with its score and its reason."""

    kind: str
    number: str
    pk: int
    score: float
    #: (term, where it was found: "title" | "themes" | "passage"), in the lexicon's order.
    matches: list[tuple[str, str]] = field(default_factory=list)
    passage: str = ""

    @property
    def terms(self) -> list[str]:
        return [term for term, _where in self.matches]

    @property
    def fields(self) -> list[str]:
        found = {where for _term, where in self.matches}
        return [where for where in ("title", "themes", "passage", "support") if where in found]

    def reason(self) -> dict[str, object]:
        """What is stored with the link: enough to explain it without the classifier."""
        return {
            "terms": self.terms,
            "fields": self.fields,
            "matches": [[term, where] for term, where in self.matches],
            "passage": self.passage,
        }


@lru_cache(maxsize=8192)
def _fold_char(char: str) -> str:
    if char in "\u2019\u02bc":
        return "'"
    bare = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    bare = bare.lower()
    return bare if len(bare) == 1 else char


def fold(text: str) -> str:
    """Lower case, no accents, straight apostrophes, one character for one: the form terms are
    matched in, with the offsets of the original text (NFC) kept."""
    return "".join(_fold_char(c) for c in unicodedata.normalize("NFC", text))


@lru_cache(maxsize=4096)
def term_pattern(term: str) -> re.Pattern[str]:
    """A folded term as a whole-word pattern; a plural ``s`` is taken (``visa`` → ``visas``)."""
    words = [re.escape(w) for w in fold(term).split() if w]
    return re.compile(r"(?<![\w])" + r"[\s\-]+".join(words) + r"(?:s|es)?(?![\w])")


@lru_cache(maxsize=4096)
def _first_word(term: str) -> str:
    words = fold(term).split()
    return words[0] if words else ""


def _find(term: str, text: str) -> re.Match[str] | None:
    if _first_word(term) not in text:  # cheap test first: most terms are absent
        return None
    return term_pattern(term).search(text)


def _snippet(original: str, match: re.Match[str]) -> str:
    """The passage around a match (folding keeps offsets, so the original text is shown)."""
    start = max(0, match.start() - REASON_CONTEXT)
    end = min(len(original), match.end() + REASON_CONTEXT)
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(original) else ""
    return prefix + re.sub(r"\s+", " ", original[start:end]).strip() + suffix


def _match_item(
    item: PlanItem, meeting: MeetingText, folded: _Folded, supported_by: str = ""
) -> Suggestion | None:
    governance = GOVERNANCE_FACTOR if meeting.kind in GOVERNANCE_KINDS else 1.0
    passage_weight = PASSAGE_WEIGHT * governance
    score = 0.0
    matches: list[tuple[str, str]] = []
    passage = ""
    for term in dict.fromkeys(item.terms):
        factor = SHARED_FACTOR if term in item.shared else 1.0
        if _find(term, folded.title):
            score += TITLE_WEIGHT * factor
            matches.append((term, "title"))
            continue
        for original, text in folded.passages:
            match = _find(term, text)
            if match:
                score += passage_weight * factor
                matches.append((term, "passage"))
                passage = passage or _snippet(original, match)
                break
    if item.kind == "area" and item.number in meeting.themes:
        score += THEME_WEIGHT * governance
        matches.append((f"theme {item.number}", "themes"))
    if matches and supported_by:
        # A second, independent signal: the meeting's theme is the objective's area, or the
        # action's objective is suggested on its own words.
        score += SUPPORT_WEIGHT * governance
        matches.append((supported_by, "support"))
    if score < THRESHOLD:
        return None
    if any(where == "title" for _term, where in matches):
        passage = meeting.title  # the title says best what the meeting is about
    return Suggestion(
        kind=item.kind,
        number=item.number,
        pk=item.pk,
        score=round(score, 2),
        matches=matches,
        passage=passage,
    )


@dataclass(frozen=True)
class _Folded:
    title: str
    passages: tuple[tuple[str, str], ...]


def classify(meeting: MeetingText, items: Iterable[PlanItem]) -> list[Suggestion]:
    """The items ``meeting`` addresses, best first; only items whose content is established.

    Areas and objectives are read first, actions after them: an action whose
    objective is suggested needs only one of its own terms.
    """
    folded = _Folded(
        title=fold(meeting.title),
        passages=tuple((unicodedata.normalize("NFC", p), fold(p)) for p in meeting.passages if p),
    )
    established = [item for item in items if item.established]
    found: list[Suggestion] = []
    for item in established:
        if item.kind == "action":
            continue
        support = (
            f"theme {item.area}" if item.kind == "objective" and item.area in meeting.themes else ""
        )
        suggestion = _match_item(item, meeting, folded, support)
        if suggestion is not None:
            found.append(suggestion)
    objectives = {s.number for s in found if s.kind == "objective"}
    for item in established:
        if item.kind != "action":
            continue
        support = f"objective {item.objective}" if item.objective in objectives else ""
        suggestion = _match_item(item, meeting, folded, support)
        if suggestion is not None:
            found.append(suggestion)
    return sorted(found, key=lambda s: (-s.score, s.kind, s.number))


def plan_items(
    lexicon: dict[str, object],
    pks: dict[tuple[str, str], int],
    parents: dict[tuple[str, str], tuple[str, str]] | None = None,
) -> list[PlanItem]:
    """The plan's items with their terms, from a lexicon of
    :func:`processus.reference.lexicons.plan_lexicon` and the database keys of
    its items (``("objective", "5a") → pk``); items not in the database are left out.
    ``parents`` gives an objective's or action's (area, objective) numbers."""
    parents = parents or {}
    shared_terms: dict[str, set[str]] = {}
    for area, entry in dict(lexicon.get("shared") or {}).items():  # type: ignore[call-overload]
        shared_terms[str(area)] = {t for lang in ("en", "fr") for t in entry.get(lang, [])}
    everything_shared = frozenset(t for terms in shared_terms.values() for t in terms)
    items: list[PlanItem] = []
    for kind, plural in (("area", "areas"), ("objective", "objectives"), ("action", "actions")):
        entries = dict(lexicon.get(plural) or {})  # type: ignore[call-overload]
        for number, entry in entries.items():
            pk = pks.get((kind, str(number)))
            if pk is None:
                continue
            terms: Sequence[str] = [*entry.get("en", []), *entry.get("fr", [])]
            items.append(
                PlanItem(
                    kind=kind,
                    number=str(number),
                    pk=pk,
                    terms=tuple(terms),
                    basis=str(entry.get("basis", "own")),
                    shared=everything_shared if kind != "area" else frozenset(),
                    area=parents.get((kind, str(number)), ("", ""))[0],
                    objective=parents.get((kind, str(number)), ("", ""))[1],
                )
            )
    return items
