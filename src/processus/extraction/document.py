"""What is found once over a document's whole text, and the helpers that read it by span.

:func:`analyse` runs every extractor over the normalised text (names, dates, meeting
kinds, places, actors, formats, tense cues, titles, counts, theme keywords, role
triggers) and keeps the results in a :class:`Document`, with a bisect index per list
(:class:`SpanIndex`) so that each passage and sentence of the record builder
(:mod:`processus.extraction.pipeline`) reads only its own mentions.  The page's own
dates, its "City, date" lines and the day in its header, are told from the meetings'
first (:mod:`processus.extraction.page_dates`).
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Generic, TypeVar

from processus.extraction import themes as theme_rules
from processus.extraction.actors import (
    ActorMention,
    actors_from_names,
    adjective_actors,
    without_postings,
)
from processus.extraction.aliases import NameMatch, dialogue_kinds, name_index, tokens
from processus.extraction.counts import CountMention, find_counts
from processus.extraction.dates import DateMention, find_dates
from processus.extraction.dialogue_pairs import dialogue_pairs
from processus.extraction.formats import FormatMention, find_formats
from processus.extraction.furniture import dateline_day, datelines, sign_offs, site_lines
from processus.extraction.issuers import issuer_actors
from processus.extraction.kinds import KindMention, find_kinds
from processus.extraction.normalize import fold
from processus.extraction.page_dates import (
    header_dates,
    not_heading_dates,
    place_date_foot,
    place_date_head,
)
from processus.extraction.places import PlaceMention, find_places
from processus.extraction.plausibility import Rejection
from processus.extraction.post_dates import post_date_lines
from processus.extraction.records import Explanation
from processus.extraction.roles import Trigger, find_triggers
from processus.extraction.scan import Cues
from processus.extraction.segmentation import Passage, posts
from processus.extraction.tables import table_triggers
from processus.extraction.tags import trailing_tags
from processus.extraction.tenses import tense_cues
from processus.extraction.titles import TitleMention, find_titles, heading_titles

Span = tuple[int, int]
T = TypeVar("T")

#: dialogue kinds that own meetings (a declaration or a programme does not)
OWNER_KINDS = ("dialogue", "initiative")
# a place the meeting did not take place in: "originally planned to take place in Lisbon"
_NOT_VENUE = re.compile(
    r"\b(?:originally|initially|initialement|instead\s+of|au\s+lieu\s+de)\b[^.;\n]{0,45}\Z|"
    # where a secretariat or an office is, not a meeting: "The Secretariat is based in
    # Brussels", "a son siège à Dakar", "ha sede a Roma", "tiene su sede en Madrid", "com
    # sede em Lisboa", "headquartered in Vienna"
    r"\b(?:(?:is|are|was|were|est|sont|était|remains)\s+(?:based|headquartered|located|seated|"
    r"basée?s?|située?s?|ubicad[oa]s?|situad[oa]s?|sediad[oa]s?)|headquartered|sediad[oa]|"
    r"(?:ha|hanno|tiene\s+su|tienen\s+su|tem|têm|com|a\s+son|ont\s+leur|has\s+its|have\s+their)"
    r"\s+(?:sede|siège|seat|headquarters))\s+(?:in|at|à|a|en|em|no|na|au)\s+\Z",
    re.IGNORECASE,
)
_NOT_VENUE_CUES = Cues(
    exact=("instead", "lieu", "based", "headquartered", "located", "seated", "basee", "basees",
           "base", "bases", "situee", "situe", "siege", "sede", "sediado", "sediada", "ubicado",
           "ubicada", "situado", "situada"),
    prefixes=("originally", "initial"),
)  # fmt: skip


class SpanIndex(Generic[T]):
    """A document-wide list of mentions, filtered by spans with bisect.

    ``within(spans)`` returns the items lying inside one of ``spans`` in the list's own
    order, as ``[x for x in items if in_spans(spans, x.start, x.end)]`` would, without
    testing every item of the document for every passage and sentence.
    """

    __slots__ = ("_ends", "_order", "_sorted", "_starts", "items")

    def __init__(self, items: Sequence[T], starts: list[int], ends: list[int]) -> None:
        self.items = items
        self._order = sorted(range(len(items)), key=starts.__getitem__)
        self._starts = [starts[i] for i in self._order]
        self._ends = ends
        self._sorted = self._order == list(range(len(items)))

    @classmethod
    def of(cls, items: Sequence[Any]) -> SpanIndex[Any]:
        return cls(items, [x.start for x in items], [x.end for x in items])

    def within(self, spans: list[Span]) -> list[T]:
        order, starts, ends = self._order, self._starts, self._ends
        if len(spans) == 1:
            # one span: the candidates are one slice of the start order
            s, e = spans[0]
            lo, hi = bisect_left(starts, s), bisect_right(starts, e)
            if lo == hi:
                return []
            items = self.items
            if self._sorted:  # the items are in start order: no index sort needed
                if max(ends[lo:hi]) <= e:  # the usual case: all of the slice ends inside
                    return list(items[lo:hi])
                return [items[i] for i in range(lo, hi) if ends[i] <= e]
            chosen = [i for i in order[lo:hi] if ends[i] <= e]
            chosen.sort()
            return [items[i] for i in chosen]
        if self._sorted and _apart(spans):
            return self._apart_within(spans)
        found: list[int] = []
        for s, e in spans:
            lo, hi = bisect_left(starts, s), bisect_right(starts, e)
            if lo < hi:
                found += [i for i in order[lo:hi] if ends[i] <= e]
        if not found:
            return []
        if len(spans) > 1:
            found = sorted(set(found))
        elif len(found) > 1:
            found.sort()
        items = self.items
        return [items[i] for i in found]

    def _apart_within(self, spans: list[Span]) -> list[T]:
        """within() of items in start order and of spans in order, apart from each other:
        each span's items follow the previous span's, none twice, so the slices are
        joined as they come, with no sort."""
        starts, ends, items = self._starts, self._ends, self.items
        out: list[T] = []
        for s, e in spans:
            lo, hi = bisect_left(starts, s), bisect_right(starts, e)
            if lo < hi:
                if max(ends[lo:hi]) <= e:
                    out += items[lo:hi]
                else:
                    out += [items[i] for i in range(lo, hi) if ends[i] <= e]
        return out


def _apart(spans: list[Span]) -> bool:
    """Whether ``spans`` are in order and none touches or overlaps the next."""
    previous_end = -1
    for s, e in spans:
        if s <= previous_end or e < s:
            return False
        previous_end = e
    return True


@dataclass
class Document:
    """Everything found once over the whole text."""

    text: str
    names: list[NameMatch]
    dates: list[DateMention]
    kinds: list[KindMention]
    places: list[PlaceMention]
    actors: list[ActorMention]
    formats: list[FormatMention]
    tenses: list[tuple[int, int, str, str]]
    titles: list[TitleMention]
    counts: list[CountMention]
    theme_hits: list[theme_rules.ThemeHit]
    triggers: list[Trigger]
    reference: date
    reference_mode: str  # explicit, publication, document-year, today
    reference_note: str
    owner: tuple[str, NameMatch] | None = None  # the dialogue the document's heading names
    listed_kind: KindMention | None = None  # the one specific kind the first line names
    heading_end: int = 0  # end of the document's first three non-blank lines
    tags: list[Span] = field(default_factory=list)  # trailing tag runs of posts (tags.py)
    tokens: list[tuple[int, int, str]] = field(default_factory=list)  # folded word tokens
    furniture: list[Span] = field(default_factory=list)  # datelines, sign-offs (furniture.py)
    # dates and counts refused as implausible, with the reason (plausibility.py)
    rejected: list[Rejection] = field(default_factory=list)
    # the lists above, findable by span (built once in analyse)
    by_span: dict[str, SpanIndex[Any]] = field(default_factory=dict)
    # results of context tests that depend only on a position or a sentence
    memo: dict[tuple[str, int, int], Any] = field(default_factory=dict)
    # the candidates left aside and why (``extract(..., explain=True)``); None: not logged
    explain: list[Explanation] | None = None

    def within(self, name: str, spans: list[Span]) -> list[Any]:
        return self.by_span[name].within(spans)


def in_spans(spans: list[Span], start: int, end: int | None = None) -> bool:
    end = start if end is None else end
    if len(spans) == 1:
        s, e = spans[0]
        return s <= start and end <= e
    return any(s <= start and end <= e for s, e in spans)


def kind_starts_in(doc: Document, start: int, end: int) -> bool:
    """``any(start <= k.start < end for k in doc.kinds)``, by bisection of the sorted starts."""
    starts = doc.by_span["kinds"]._starts
    i = bisect_left(starts, start)
    return i < len(starts) and starts[i] < end


def found_in(doc: Document, pattern: re.Pattern[str], cues: Cues, start: int, end: int) -> bool:
    """``pattern.search(doc.text, start, end)``, skipped where none of its cues occurs
    (and begun at the first cue when the cues lead every match)."""
    at = cues.search_from(doc.text, doc.tokens, start, end)
    if at is None:
        return False
    return pattern.search(doc.text, at, end) is not None


def containing(sentence_spans: list[Span], positions: list[int]) -> list[Span]:
    """The sentences (sorted, disjoint) that hold one of ``positions``, in text order."""
    found: set[int] = set()
    for pos in positions:
        i = bisect_right(sentence_spans, (pos, _AFTER_ALL)) - 1
        if i >= 0 and pos < sentence_spans[i][1]:
            found.add(i)
    return [sentence_spans[i] for i in sorted(found)]


_AFTER_ALL = float("inf")


def subtract(spans: list[Span], holes: list[Span]) -> list[Span]:
    out = spans
    for h_s, h_e in holes:
        nxt: list[Span] = []
        for s, e in out:
            if h_e <= s or e <= h_s:
                nxt.append((s, e))
                continue
            if s < h_s:
                nxt.append((s, h_s))
            if h_e < e:
                nxt.append((h_e, e))
        out = nxt
    return out


def _dateline_days(text: str, furniture: list[Span], found: list[DateMention]) -> list[DateMention]:
    """The filing days of datelines written with an abbreviation the date grammar leaves
    ("Lisboa, 14 out 2025 (Lusa) -"), as publication dates."""
    out = []
    for span in furniture:
        if any(span[0] <= d.start < span[1] and d.first[1] is not None for d in found):
            continue
        day = dateline_day(text, span)
        if day is not None:
            start, end, part = day
            out.append(DateMention(start, end, text[start:end], part, part, "publication"))
    return out


def _publication_in(furniture: list[Span], dates: list[DateMention]) -> list[DateMention]:
    """A date written in a dateline is the story's filing date, not a meeting's."""
    if not furniture:
        return dates
    return [
        dataclasses.replace(d, role="publication") if in_spans(furniture, d.start, d.end) else d
        for d in dates
    ]


def _reference(
    text: str, dates: list[DateMention], given: date | None, today: date
) -> tuple[date, str, str]:
    if given is not None:
        return given, "explicit", f"reference date {given.isoformat()}"
    for mention in dates:
        if mention.role == "publication" and mention.first[2] is not None and mention.has_year:
            year, month, day = mention.first
            assert year is not None and month is not None and day is not None
            ref = date(year, month, day)
            return ref, "publication", f"publication date {ref.isoformat()}"
    years = [
        y
        for m in dates
        if m.role != "period"
        for y in (m.first[0], m.last[0])
        if y is not None and y <= today.year
    ]
    if years:
        year = max(years)
        ref = date(year, 7, 1) if year < today.year else today
        return ref, "document-year", f"latest year in the document, {year}"
    return today, "today", f"today's date {today.isoformat()}"


def analyse(text: str, reference_date: date | None, today: date) -> Document:
    index = name_index()
    folded = fold(text)
    starts = tokens(text, folded)
    names = dialogue_pairs(text, index.find(text, starts))
    name_spans = [(n.start, n.end) for n in names]
    tags = [t for s, e in posts(text) if (t := trailing_tags(text, s, e, name_spans))]
    furniture = datelines(text) + sign_offs(text) if "/" in text else datelines(text)
    furniture += site_lines(text)
    rejected: list[Rejection] = []
    found = find_dates(text, starts, relative=True, rejected=rejected)
    ends = [
        e for e in (place_date_head(text, found, names), place_date_foot(text, found, names)) if e
    ]
    kinds = find_kinds(text, starts, found)
    ends += not_heading_dates(text, post_date_lines(text, found), found, kinds)
    if ends:
        furniture = sorted([*furniture, *ends])
    dates = _publication_in(furniture, found)
    filed = _dateline_days(text, furniture, found)
    if filed:  # the day replaces its year, read alone: "14 out *2025*"
        dates = sorted(
            [d for d in dates if not any(f.start <= d.start < f.end for f in filed)] + filed,
            key=lambda d: d.start,
        )
    actors = without_postings(text, actors_from_names(names) + adjective_actors(text, starts))
    actors.sort(key=lambda a: a.start)
    if "inist" in text:  # a ministry's own release: "the Ministry" is its state
        actors = sorted(actors + issuer_actors(text, actors), key=lambda a: a.start)
    masked = [(n.start, n.end) for n in names if n.first("dialogue") or n.first("organisation")]
    ref, mode, note = _reference(text, dates, reference_date, today)
    # a dialogue tagged at the end of a post is notified, not the meeting's dialogue; the
    # letters of a sign-off are initials
    aside = tags + furniture
    untagged = [n for n in names if not in_spans(aside, n.start, n.end)] if aside else names
    owner = _owner(text, untagged)
    first_line = len(text) - len(text.lstrip())
    first_line = text.find("\n", first_line)
    first_line = len(text) if first_line == -1 else first_line
    named = [k for k in kinds if k.end <= first_line and k.kind != "other"]
    heading_end = 0
    for i, m in enumerate(re.finditer(r"[^\n]*\S[^\n]*", text)):
        heading_end = m.end()
        if i == 2:
            break
    named_spans = set(name_spans)
    places = find_places(text, names)
    dates = header_dates(text, dates, places, kinds)
    qualifiers = {
        p.end: p.start for p in places if p.city and p.country_start is None and p.text[0].isupper()
    }
    titles = [
        t
        for t in find_titles(text, starts, qualifiers, heading_end)
        if (t.start, t.end) not in named_spans
    ]
    listed_kind = named[0] if len({k.kind for k in named}) == 1 else None
    doc = Document(
        text=text,
        names=names,
        dates=dates,
        kinds=kinds,
        places=places,
        actors=actors,
        formats=find_formats(text, starts),
        tenses=tense_cues(text, starts),
        titles=titles,
        counts=find_counts(text, tokens=starts, rejected=rejected),
        theme_hits=theme_rules.theme_hits(text, masked, folded, starts),
        triggers=_with_table_triggers(find_triggers(text, starts), text),
        reference=ref,
        reference_mode=mode,
        reference_note=note,
        owner=owner,
        listed_kind=listed_kind,
        heading_end=heading_end,
        tags=tags,
        tokens=starts,
        furniture=furniture,
        rejected=sorted(rejected, key=lambda r: r.start),
    )
    _index(doc)
    return doc


def _with_table_triggers(triggers: list[Trigger], text: str) -> list[Trigger]:
    """The phrase triggers and those of a table's role columns, in text order."""
    columns = table_triggers(text)
    return sorted(triggers + columns, key=lambda t: t.start) if columns else triggers


def _index(doc: Document) -> None:
    """Span indexes of the document's mentions, and the lists every passage filters."""
    kinds = dialogue_kinds()
    # a declaration or a programme is not a meeting's dialogue
    owned = [
        n for n in doc.names
        if (entry := n.first("dialogue")) is not None and kinds.get(entry.name) in OWNER_KINDS
        and not (doc.tags and in_spans(doc.tags, n.start, n.end))
        and not (doc.furniture and in_spans(doc.furniture, n.start, n.end))  # "MTM/AMC/ANP"
    ]  # fmt: skip
    # a place the meeting did not take place in ("originally planned in Lisbon") is no venue
    by_span = doc.by_span
    by_span["kinds"] = SpanIndex.of(doc.kinds)  # the venues below ask it (_launched_at)
    launching = _LAUNCHED_CUES.search_from(doc.text, doc.tokens, 0, len(doc.text)) is not None
    venues = [
        p
        for p in doc.places
        if not found_in(doc, _NOT_VENUE, _NOT_VENUE_CUES, max(0, p.start - 60), p.start)
        and not in_spans(doc.furniture, p.start, p.end)  # a dateline's city
        and not (launching and _launched_at(doc, p.start))
    ]
    for name, items in (
        ("dates", doc.dates), ("titles", doc.titles),
        ("counts", doc.counts), ("formats", doc.formats), ("theme_hits", doc.theme_hits),
        ("dialogues", owned), ("venues", venues), ("rejected", doc.rejected),
    ):  # fmt: skip
        by_span[name] = SpanIndex.of(items)
    by_span["tenses"] = SpanIndex(
        doc.tenses, [t[0] for t in doc.tenses], [t[1] for t in doc.tenses]
    )


# where a dialogue was launched or founded is no meeting's venue: "Lancé en 2006 à Rabat, le
# Processus …", "launched in Rabat in 2006", "creado en Rabat", "lanciato a Rabat"
_LAUNCHED = re.compile(
    r"\b(?:launched|founded|established|created|born|lancée?|fondée?|créée?|née?|"
    r"lanzad[oa]|fundad[oa]|cread[oa]|nacid[oa]|lanciat[oa]|fondat[oa]|istituit[oa]|nat[oa]|"
    r"lançad[oa]|criad[oa]|nascid[oa])\b[^,.;:\n]{0,30}\Z",
    re.IGNORECASE,
)
_LAUNCHED_CUES = Cues(
    exact=("launched", "founded", "established", "created", "born", "nee", "ne"),
    prefixes=("lanc", "fond", "cree", "lanz", "fundad", "cread", "nacid", "istituit", "nat",
              "crid", "criad", "nascid"),
)  # fmt: skip


def _launched_at(doc: Document, pos: int) -> bool:
    """Whether the place at ``pos`` is where a dialogue was launched: the launching verb
    in its clause, no meeting noun between ("launched at the Ministerial Conference in
    Prague": the conference's venue)."""
    start = max(0, pos - 45)
    if not found_in(doc, _LAUNCHED, _LAUNCHED_CUES, start, pos):
        return False
    verb = _LAUNCHED.search(doc.text, start, pos)
    return verb is not None and not kind_starts_in(doc, verb.end(), pos)


def add_entry_titles(doc: Document, passages: list[Passage]) -> None:
    """Names on the title line of a list entry ("Workshop on labour migration" above
    "Rabat, Morocco, 4 May 2023"), read like a document's heading lines."""
    lines = []
    for passage in passages:
        if passage.shape != "listing" or passage.heading is None:
            continue
        start, end = passage.heading
        newline = doc.text.find("\n", start, end)
        if newline != -1:
            lines.append((start, newline))
        elif not _date_only(doc, start, end):
            lines.append((start, end))  # "14 January 2026 – Workshop on …, Bamako"
        else:
            # a calendar that writes each date above its title: the line under the date
            below = _line_below(doc.text, end, passage.end)
            if below is not None:
                lines.append(below)
    if not lines:
        return
    found = [
        t
        for t in heading_titles(doc.text, lines)
        if not any(o.start < t.end and t.start < o.end for o in doc.titles)
    ]
    if found:
        doc.titles = sorted(doc.titles + found, key=lambda t: t.start)
        doc.by_span["titles"] = SpanIndex.of(doc.titles)


def _date_only(doc: Document, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a date and nothing else but punctuation."""
    spans = [(d.start, d.end) for d in doc.dates if start <= d.start and d.end <= end]
    rest = subtract([(start, end)], spans) if spans else [(start, end)]
    return bool(spans) and not any(ch.isalnum() for s, e in rest for ch in doc.text[s:e])


def _line_below(text: str, end: int, limit: int) -> Span | None:
    """The line right under the one ending at ``end`` (no blank line between), if any."""
    if text[end : end + 1] != "\n":
        return None
    after = text.find("\n", end + 1, limit)
    line = (end + 1, after if after != -1 else limit)
    return line if text[line[0] : line[1]].strip() else None


def _owner(text: str, names: list[NameMatch]) -> tuple[str, NameMatch] | None:
    """The one dialogue named in the document's first two non-blank lines, if any.

    A page or a feed headed "Rabat Process – …" reports that dialogue's meetings, so
    meetings it mentions without naming a dialogue belong to it.  A heading that names
    two dialogues settles nothing.
    """
    end = 0
    for lines, m in enumerate(re.finditer(r"[^\n]*\S[^\n]*", text), start=1):
        line = m.group(0).strip()
        if len(line) > 220 or re.search(r"[.!?]\s", line):
            break  # prose, not a heading
        end = m.end()
        if lines == 2:
            break
    kinds = dialogue_kinds()
    found: dict[str, NameMatch] = {}
    for n in names:
        if n.start >= end:
            break
        entry = n.first("dialogue")
        if entry is not None and kinds.get(entry.name) in OWNER_KINDS:
            found.setdefault(entry.name, n)
    if len(found) != 1:
        return None
    name, match = next(iter(found.items()))
    return name, match
