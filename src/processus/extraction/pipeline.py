"""From a document's text to its meeting records.

The steps, each in its own module:

1. :mod:`normalize` cleans the text once; all offsets refer to the cleaned text.
2. :mod:`document` finds names (countries, organisations, dialogues, places), dates,
   meeting kinds, counts, titles, role triggers and theme keywords once over the whole
   text.
3. :mod:`segmentation` splits the text into passages (posts, items, listing entries,
   or the whole document).  Inside a passage, a sentence that dates *another* meeting
   ("the previous meeting … in July 2019 in Madrid") becomes a record of its own and its
   facts are kept out of the passage's main record.
4. Each record takes facts only from its own spans; every value gets evidence.
5. Mentions of the same meeting inside one document are merged.

The reference date decides the year of dates written without one and whether a dated
meeting is past or upcoming.  It is the ``reference_date`` argument, else a
publication date stated in the document.  Without either, the year of undated days is
taken from the latest year the document mentions, and status follows the text's tense
("will take place" / "took place") before falling back to today's date.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from processus.extraction import themes as theme_rules
from processus.extraction.aliases import NameMatch, dialogue_kinds
from processus.extraction.counts import CountMention
from processus.extraction.dates import (
    DateMention,
    first_day,
    format_part,
    infer_year,
    last_day,
)
from processus.extraction.document import (
    OWNER_KINDS,
    Document,
    Span,
    add_entry_titles,
    analyse,
    containing,
    found_in,
    in_spans,
    kind_starts_in,
    subtract,
)
from processus.extraction.kinds import (
    FormatMention,
    KindMention,
)
from processus.extraction.normalize import normalize_text
from processus.extraction.places import PlaceMention
from processus.extraction.records import RECORD_KEYS, DocumentExtraction, Evidence, MeetingRecord
from processus.extraction.roles import find_roles, role_lists, unique_names
from processus.extraction.scan import Cues
from processus.extraction.segmentation import Passage, sentences, split_passages
from processus.extraction.titles import TitleMention

_RECALL = re.compile(
    r"\b(?:previous|last|earlier|prior|former|preceding|précédente?s?|dernière|dernier|"
    r"antérieure?s?)\b",
    re.IGNORECASE,
)
_RECALL_CUES = Cues(
    prefixes=("previous", "last", "earlier", "prior", "former", "preceding", "precedent",
              "derniere", "dernier", "anterieur"),
)  # fmt: skip
_RELATIONAL = re.compile(
    r"(?:in\s+the\s+margins?\s+of|on\s+the\s+(?:sidelines|margins?)\s+of|at\s+the\s+end\s+of|"
    r"ahead\s+of|following|after|before|prior\s+to|en\s+marge\s+de|à\s+l'issue\s+de|"
    r"alongside|in\s+parallel\s+to)\s+(?:the\s+|la\s+|le\s+|l'|du\s+|de\s+la\s+)?"
    r"(?:[\w'’-]+\s+){0,6}\Z",
    re.IGNORECASE,
)
# a meeting shared by dialogues: "joint" only counts next to a meeting word (a "Joint
# Action Plan" or a "plan d'action conjoint" is not a shared meeting)
_JOINT = re.compile(
    r"\bjoint(?:ly)?\s+(?:high[- ]level\s+|thematic\s+|technical\s+|ministerial\s+)?"
    r"(?:meetings?|conferences?|sessions?|events?|workshops?|webinars?|organi[sz]ed|hosted|"
    r"convened)\b|"
    r"\b(?:réunions?|rencontres?|conférences?|sessions?)\s+(?:[\w'-]+\s+){0,3}?conjointes?\b|"
    r"\bconjointement\b|\btrilat(?:eral|érale?s?)\b|\bboth\s+(?:dialogues|processes)\b|"
    r"\btogether\s+with\s+the|\bacross\s+the\s+dialogues\b|\bles\s+deux\s+processus\b|"
    r"\b(?:the|of)\s+two\s+(?:dialogues|processes)\b|\bdes\s+deux\s+(?:dialogues|processus)\b",
    re.IGNORECASE,
)
# a word of every alternative of _JOINT that starts a token ("conjointes" follows the
# meeting noun, "two" and "deux" follow "the", "les", "des")
_JOINT_CUES = Cues(
    exact=("joint", "jointly", "both", "together", "across", "two", "deux"),
    prefixes=("conjointe", "trilat"),
)
# two dialogues written as one subject: "the Khartoum Process and the Rabat Process met"
_PAIR_GAP = re.compile(r"\s*(?:,|and|et|&)\s*(?:the\s+|du\s+|le\s+|de\s+)?", re.IGNORECASE)
# a second dialogue whose partners are invited to or take part in the meeting
_PARTICIPATION = re.compile(
    r"\b(?:invited|invités?|invitées?|taking\s+part|take\s+part|took\s+part|particip\w*|"
    r"rejoindr\w*|join(?:ed|s)?|homologues|counterparts|together\s+with|aux\s+côtés)\b",
    re.IGNORECASE,
)
# a dialogue named as the meeting's guests: "members of the X Process were also invited"
_GUEST_BEFORE = re.compile(
    r"\b(?:members|partners|representatives|delegat(?:es|ions)|countries|states|"
    r"membres|partenaires|représentants|délégations|délégués|pays|états)\s+"
    r"(?:of\s+(?:the\s+)?|from\s+(?:the\s+)?|du\s+|de\s+la\s+|de\s+l'|des\s+)\Z",
    re.IGNORECASE,
)
_INVITED = re.compile(r"\binvit(?:ed|ée?s?)\b", re.IGNORECASE)
# "the summit was not a meeting of either dialogue"
_NOT_DIALOGUE = re.compile(
    r"\bnot\s+(?:a\s+)?(?:meeting|event|activity|part)\s+of\s+(?:either|any|the|both)\b|"
    r"\bn'(?:était|est|a\s+pas\s+été)\s+pas\s+une\s+(?:réunion|activité)\s+d",
    re.IGNORECASE,
)
_NOT_DIALOGUE_CUES = Cues(exact=("not", "n"))
# the nouns that only say "a meeting"; a summit, a forum or a round table is named
_GENERIC_KIND = re.compile(r"(?:meetings?|conferences?|réunions?|conférences?)", re.IGNORECASE)


@dataclass
class _Draft:
    """A record under construction, with what merging and status still need."""

    record: MeetingRecord
    tense: list[list[tuple[int, int, str, str]]] = field(default_factory=list)
    anchor: DateMention | None = None
    order: int = 0


# --- dialogues ---------------------------------------------------------------------------


def _dialogue_mentions(doc: Document, spans: list[Span]) -> list[NameMatch]:
    """Dialogues (not declarations or programmes) named inside ``spans``."""
    return doc.within("dialogues", spans)


def _counted(mentions: list[NameMatch]) -> list[tuple[str, NameMatch, int]]:
    """Each dialogue of ``mentions`` with its first mention and how often it is named,
    owner dialogues first, then the most named, then the first named."""
    kinds = dialogue_kinds()
    counts: dict[str, int] = {}
    first: dict[str, NameMatch] = {}
    for n in mentions:
        entry = n.first("dialogue")
        assert entry is not None
        counts[entry.name] = counts.get(entry.name, 0) + 1
        first.setdefault(entry.name, n)
    order = sorted(
        counts,
        key=lambda name: (
            kinds.get(name) not in OWNER_KINDS,
            -counts[name],
            first[name].start,
        ),
    )
    return [(name, first[name], counts[name]) for name in order]


def _ranked(mentions: list[NameMatch]) -> list[tuple[str, NameMatch]]:
    return [(name, n) for name, n, _count in _counted(mentions)]


def _dominant(doc: Document, spans: list[Span]) -> tuple[str, NameMatch] | None:
    """The dialogue ``spans`` name most often; none when two are named equally often
    (a page about "meetings shared by the Rabat Process and the Khartoum Process" gives
    neither to an entry that names none)."""
    counted = _counted(_dialogue_mentions(doc, spans))
    if not counted:
        return None
    if len(counted) >= 2:
        (_a, _n, a_count), (b, _m, b_count) = counted[0], counted[1]
        if a_count == b_count and dialogue_kinds().get(b) in OWNER_KINDS:
            return None
    return counted[0][0], counted[0][1]


def _paired(text: str, mentions: list[NameMatch], spans: list[Span]) -> bool:
    """Two different dialogues joined by "and" inside one of ``spans``."""
    for a, b in itertools.pairwise(mentions):
        if a.entries[0].name == b.entries[0].name or not in_spans(spans, a.start, b.end):
            continue
        if _PAIR_GAP.fullmatch(text, a.end, b.start):
            return True
    return False


def _guest(doc: Document, mention: NameMatch, sentence_spans: list[Span]) -> bool:
    """A dialogue named only as invited guests ("members of the X were also invited")."""
    text = doc.text
    if not _GUEST_BEFORE.search(text, max(0, mention.start - 40), mention.start):
        return False
    sentence = next((s for s in sentence_spans if s[0] <= mention.start < s[1]), None)
    return sentence is not None and bool(_INVITED.search(text, *sentence))


def _adjacent_dialogues(doc: Document, kind: KindMention) -> list[NameMatch]:
    """Dialogues written right before "Joint …" or right after "… of/between"."""
    text = doc.text
    found: list[NameMatch] = []
    dialogues = [
        n for n in doc.names if n.first("dialogue") and not in_spans(doc.tags, n.start, n.end)
    ]
    pos = kind.start
    for n in reversed([n for n in dialogues if n.end <= kind.start]):
        gap = text[n.end : pos]
        if re.fullmatch(r"\s*(?:,|and|&|et|'s|’s)?\s*(?:the\s+)?", gap, re.IGNORECASE):
            found.insert(0, n)
            pos = n.start
        else:
            break
    pos = kind.end
    for n in [n for n in dialogues if n.start >= kind.end]:
        gap = text[pos : n.start]
        if (
            re.fullmatch(
                r"(?:\s+(?:de\s+haut\s+niveau|high[- ]level|thématique|thematic|technique|"
                r"technical|ministérielle|ministerial))?"
                r"\s*(?:,|and|&|et)?\s*(?:of|between|with|du|des|de|entre)?\s*"
                r"(?:the|le|la|les)?\s*",
                gap,
                re.IGNORECASE,
            )
            and (n.start - pos) < 25
        ):
            found.append(n)
            pos = n.end
        else:
            break
    return found


# --- record building --------------------------------------------------------------------


def _ev(
    doc: Document, name: str, start: int, end: int, inferred: bool = False, note: str | None = None
) -> Evidence:
    # the frozen dataclass's __init__ sets each field through object.__setattr__; filling
    # the instance dict directly builds the same (equal, immutable) Evidence for less
    ev = _new(Evidence)
    ev.__dict__.update(
        field=name, start=start, end=end, text=doc.text[start:end], inferred=inferred, note=note
    )
    return ev


_new = object.__new__


_NOUN_THEN_NAME = re.compile(r"\s*[\"«]?\s*")
_NAME_THEN_NOUN = re.compile(
    r"\s*[\"»]?\s*[:–—-]\s*(?:an?\s+|une?\s+|la\s+|le\s+|the\s+)?(?:[\w'-]+\s+){0,3}"
)


def _names(text: str, title: TitleMention, noun: KindMention) -> bool:
    """Whether ``title`` is written as the name of the meeting noun ``noun``."""
    if noun.end <= title.start:
        return _NOUN_THEN_NAME.fullmatch(text, noun.end, title.start) is not None
    if title.end <= noun.start:
        return _NAME_THEN_NOUN.fullmatch(text, title.end, noun.start) is not None
    return False


_TOPIC_LINK = re.compile(r"[^.!?\n]*?\b(?:on|sur|about|consacrée?\s+à|dedicated\s+to)\b[^.!?\n]*")


def _noun_before(doc: Document, pos: int, reach: int) -> KindMention | None:
    """The meeting noun ending last within ``reach`` characters before ``pos``."""
    # a meeting noun is short: one that ends within reach starts after pos - reach - 60
    before = [
        k for k in doc.within("kinds", [(max(0, pos - reach - 60), pos)]) if pos - reach <= k.end
    ]
    return before[-1] if before else None


def _topic_of(doc: Document, pos: int) -> KindMention | None:
    """The meeting noun whose topic the keyword at ``pos`` is ("a thematic meeting on
    diaspora engagement", "un atelier sur le retour"), if any."""
    noun = _noun_before(doc, pos, 60)
    if noun is not None and _TOPIC_LINK.fullmatch(doc.text, noun.end, pos) is not None:
        return noun
    return None


# a keyword in another sense: "retour d'expérience" (feedback), "return to in-person
# meetings", "mobility apps"
_OTHER_SENSE = re.compile(r"\s+(?:d'expériences?|to\b|apps?\b|applications?\b)", re.IGNORECASE)
_TOPIC_START = re.compile(
    r"\s+(?:on|sur|about|consacrée?\s+à)\s+(?:(?:the|la|le|les|l'|des|du)\s*)?\Z", re.IGNORECASE
)


def _meeting_themes(
    doc: Document, hits: list[theme_rules.ThemeHit], record: MeetingRecord
) -> list[theme_rules.ThemeHit]:
    """The keyword hits that speak of this meeting.

    A keyword that is the topic of another kind of meeting is dropped: a senior
    officials' meeting that looks back on "a thematic meeting on diaspora engagement"
    did not address diaspora engagement itself.  When nothing else gives a domain, a
    weak keyword that opens the topic of this meeting's own noun ("a thematic meeting
    on return", "un atelier sur la traite") counts as strong.
    """
    out: list[theme_rules.ThemeHit] = []
    opening = []
    for hit in hits:
        noun = _topic_of(doc, hit.start)
        if noun is not None and noun.kind != "other":
            if noun.kind != record.kind:
                continue
            if _TOPIC_START.search(doc.text, noun.end, hit.start) and not _OTHER_SENSE.match(
                doc.text, hit.end
            ):
                opening.append(len(out))
        out.append(hit)
    if opening and not theme_rules.score_domains(out):
        strong = theme_rules.STRONG_SCORE
        for i in opening:
            out[i] = dataclasses.replace(out[i], score=strong)
    return out


def _same_date(a: DateMention, b: DateMention) -> bool:
    return (
        a.first[1:] == b.first[1:]
        and a.last[1:] == b.last[1:]
        and (a.first[0] is None or b.first[0] is None or a.first[0] == b.first[0])
    )


def _resolve(
    doc: Document,
    mention: DateMention,
    passage: Passage,
    context: DateMention | None = None,
) -> tuple[str | None, str | None, bool, str | None]:
    """start, end, inferred?, note for a date mention, inferring a missing year.

    The year comes from ``context`` (the passage's main date) when it has one, else
    from the nearest dated mention of the passage, else from the reference date.
    """
    first, last = mention.first, mention.last
    if first[0] is not None and last[0] is not None:
        return format_part(first), format_part(last), False, None
    month, day = first[1], first[2]
    assert month is not None
    nearby = [
        d
        for d in doc.dates
        if d is not mention
        and d.has_year
        and d.first[1] is not None
        and d.role in ("meeting", "deadline", "publication")
        and passage.start <= d.start < passage.end
    ]
    if context is not None and context is not mention and context.has_year:
        nearby = [context]
    if nearby:
        nearby.sort(key=lambda d: (d.start > mention.start, abs(d.start - mention.start)))
        near = nearby[0]
        y, mo, dd = near.first
        assert y is not None and mo is not None
        year = infer_year(month, day, date(y, mo, dd or 15))
        note = f"year from nearby date '{near.text}'"
    else:
        year = infer_year(month, day, doc.reference)
        note = f"year from {doc.reference_note}"
    start_part = (year, month, day)
    last_month = last[1] if last[1] is not None else month
    last_year = year + 1 if last_month < month else year
    end_part = (last_year, last_month, last[2])
    return format_part(start_part), format_part(end_part), True, note


def _choose_kind(
    doc: Document,
    spans: list[Span],
    anchors: list[DateMention],
    sentence_spans: list[Span],
    relational_ok: bool,
    exclude: frozenset[int] = frozenset(),
) -> KindMention | None:
    kinds = [k for k in doc.within("kinds", spans) if k.start not in exclude]
    if relational_ok and anchors and kinds:
        # another meeting dated in passing: the meeting noun written just before its date
        before = [k for k in kinds if k.end <= anchors[0].start]
        if before:
            return before[-1]
        # "On 31 January, on the margins of the SOM, a side event …": the side event
        after = [k for k in kinds if not _relational(doc, k)] or kinds
        return min(after, key=lambda k: abs(k.start - anchors[0].start))
    if not relational_ok:
        kinds = [k for k in kinds if not _relational(doc, k)] or kinds
    if not kinds:
        return None
    specific = [k for k in kinds if k.kind != "other" or not _GENERIC_KIND.fullmatch(k.text)]
    if anchors:
        anchor_sentences = containing(sentence_spans, [a.start for a in anchors])

        def distance(k: KindMention) -> int:
            # the gap between the noun and the date, whichever comes first
            return min(
                a.start - k.end if k.end <= a.start else max(0, k.start - a.end) for a in anchors
            )

        in_sentence = [k for k in specific if any(s <= k.start < e for s, e in anchor_sentences)]
        if in_sentence:
            return min(in_sentence, key=distance)
        if specific:
            return min(specific, key=distance)
        return min(kinds, key=distance)
    return specific[0] if specific else kinds[0]


def _relational(doc: Document, kind: KindMention) -> bool:
    """The meeting noun follows "in the margins of", "ahead of", … (memoised)."""
    key = ("relational", kind.start, kind.end)
    found = doc.memo.get(key)
    if found is None:
        window = doc.text[max(0, kind.start - 70) : kind.start]
        found = doc.memo[key] = _may_relate(window) and bool(_RELATIONAL.search(window))
    return found


# a substring of every alternative of _RELATIONAL (which has no leading \b)
_RELATIONAL_CUES = ("margin", "sideline", "end", "ahead", "following", "after", "before",
                    "prior", "marge", "issue", "alongside", "parallel")  # fmt: skip


def _may_relate(window: str) -> bool:
    """False only when _RELATIONAL cannot match ``window``: none of its cues occurs in
    the lower-cased window (exact unless the window holds a character that
    case-insensitive matching equates with another ASCII letter, such as "ı")."""
    if not window.isascii() and any(c in window for c in "\u0130\u0131\u017f\u212a"):
        return True
    low = window.lower()
    for cue in _RELATIONAL_CUES:  # noqa: SIM110 - a plain loop, cheaper than any()
        if cue in low:
            return True
    return False


_HELD_AT = re.compile(
    r"[^.!?\n]*?\b(?:held|took\s+place|organi[sz]ed|hosted|tenue?s?|organisée?s?|"
    r"accueillie?s?)\s+(?:in|at|à|en|au|aux)\s+(?:the\s+|la\s+|le\s+)?\Z",
    re.IGNORECASE,
)


def _venue_of_another(doc: Document, pos: int, kind: KindMention) -> bool:
    """Whether the place at ``pos`` is written as the venue of another kind of meeting:
    "the SOM of December 2024 recalled a thematic meeting … held in Praia"."""
    noun = _noun_before(doc, pos, 100)
    if noun is None or noun is kind or noun.kind in ("other", kind.kind):
        return False
    return _HELD_AT.fullmatch(doc.text, noun.end, pos) is not None


def _choose_place(
    doc: Document,
    spans: list[Span],
    anchors: list[DateMention],
    passage: Passage,
    sentence_spans: list[Span],
    kind: KindMention | None,
) -> PlaceMention | None:
    places: list[PlaceMention] = doc.within("venues", spans)
    if kind is not None and places:
        places = [p for p in places if not _venue_of_another(doc, p.start, kind)]
    if not places:
        return None
    focus = [a.start for a in anchors] or ([kind.start] if kind else [passage.start])

    def distance(p: PlaceMention) -> int:
        return min(abs(p.start - f) for f in focus)

    labelled = [p for p in places if p.labelled and p.city]
    if labelled:
        return labelled[0]
    if passage.heading is not None:
        heading = [p for p in places if passage.heading[0] <= p.start < passage.heading[1]]
        if heading:
            return heading[0]
    cities = [p for p in places if p.city]
    with_prep = [p for p in cities if p.preposition]
    if with_prep:
        return min(with_prep, key=distance)
    if cities:
        return min(cities, key=distance)
    labelled = [p for p in places if p.labelled]
    if labelled:
        return labelled[0]
    # a country named alone as the venue: only in a sentence about the meeting itself
    focus_sentences = [s for s in sentence_spans if any(s[0] <= f < s[1] for f in focus)]
    countries = [p for p in places if any(s <= p.start < e for s, e in focus_sentences)]
    return min(countries, key=distance) if countries else None


def _build(
    doc: Document,
    source: str,
    passage: Passage,
    spans: list[Span],
    sentence_spans: list[Span],
    anchor: DateMention | None,
    inherited: tuple[str, NameMatch] | None,
    secondary: bool,
    context: DateMention | None = None,
    kind_spans: list[Span] | None = None,
    exclude_kinds: frozenset[int] = frozenset(),
) -> _Draft | None:
    text = doc.text
    record = MeetingRecord(source=source)
    evidence: list[Evidence] = []

    anchors = [anchor] if anchor else []
    if anchor is not None:
        anchors += [
            d
            for d in doc.within("dates", spans)
            if d is not anchor and d.role == "meeting" and _same_date(d, anchor)
        ]

    # kind
    kind = _choose_kind(doc, kind_spans or spans, anchors, sentence_spans, secondary, exclude_kinds)
    listed = doc.listed_kind if passage.shape == "listing" and not secondary else None
    if listed is not None and (kind is None or kind.kind == "other"):
        # an archive of "ministerial conferences" lists ministerial conferences
        record.kind = listed.kind
        evidence.append(
            _ev(doc, "kind", listed.start, listed.end, True, "kind named by the list's title")
        )
    elif kind is not None:
        record.kind = kind.kind
        evidence.append(_ev(doc, "kind", kind.start, kind.end))
    elif passage.heading is not None and not secondary:
        record.kind = "other"
        evidence.append(_ev(doc, "kind", *passage.heading, True, "listed as a meeting"))

    # title
    titles: list[TitleMention] = doc.within("titles", spans)
    title: TitleMention | None = titles[0] if titles else None
    if kind is not None and titles:
        # the name of *this* meeting: the title that holds its meeting noun, or the quoted
        # name written right after it ('a side event entitled "…"')
        near = [t for t in titles if t.start <= kind.start < t.end] or [
            t for t in titles
            if kind.end <= t.start <= kind.end + 90
            and not re.search(r"[.!?]\s", text[kind.end : t.start])
        ]  # fmt: skip
        if not near:
            # a name set against another mention of this meeting: 'la réunion « … »',
            # '"…": high-level meeting in Málaga'
            nouns = [k for k in doc.within("kinds", spans) if k.kind in ("other", kind.kind)]
            near = [t for t in titles if any(_names(text, t, k) for k in nouns)]
        title = near[0] if near else None
        if title is None and not secondary and passage.shape == "document":
            # a page or a note headed by the meeting's name
            head = [
                t for t in titles
                if t.start < doc.heading_end and any(
                    t.start <= k.start < t.end and k.kind == kind.kind for k in doc.kinds
                )
            ]  # fmt: skip
            title = head[0] if head else None
    if title is not None:
        record.title = title.title
        evidence.append(_ev(doc, "title", title.start, title.end))

    # dates
    if anchor is not None:
        start, end, inferred, note = _resolve(doc, anchor, passage, context)
        record.start, record.end = start, end
        evidence.append(_ev(doc, "start", anchor.start, anchor.end, inferred, note))
        evidence.append(_ev(doc, "end", anchor.start, anchor.end, inferred, note))
    deadlines = [d for d in doc.within("dates", spans) if d.role == "deadline"]
    if deadlines:
        d_start, _d_end, inferred, note = _resolve(doc, deadlines[0], passage, anchor)
        record.registration_deadline = d_start
        evidence.append(
            _ev(doc, "registration_deadline", deadlines[0].start, deadlines[0].end, inferred, note)
        )

    # place
    place = _choose_place(doc, spans, anchors, passage, sentence_spans, kind)
    if place is not None:
        if place.city:
            record.city = place.city
            evidence.append(_ev(doc, "city", place.start, place.end))
        record.country = place.country
        if record.country:
            if place.city is None:
                evidence.append(_ev(doc, "country", place.start, place.end))
            elif place.country_start is not None and place.country_end is not None:
                evidence.append(_ev(doc, "country", place.country_start, place.country_end))
            else:
                evidence.append(
                    _ev(doc, "country", place.start, place.end, True,
                        f"country of {place.city} in the gazetteer")
                )  # fmt: skip

    # roles
    mentions = []
    for s, e in spans:
        mentions += find_roles(text, s, e, doc.actors, doc.triggers)
    for role, items in role_lists(mentions).items():
        setattr(record, role, unique_names(items))
        for m in items:
            evidence.append(_ev(doc, role, m.actor.start, m.actor.end, m.inferred, m.note))

    # counts
    counts: list[CountMention] = doc.within("counts", spans)
    for name in ("participants", "countries_count", "recommendations"):
        first = next((c for c in counts if c.field == name), None)
        if first is None:
            continue
        setattr(record, name, first.value)
        evidence.append(_ev(doc, name, first.start, first.end))
        if name == "participants" and first.qualifier:
            record.participants_qualifier = first.qualifier
            assert first.qualifier_span is not None
            evidence.append(_ev(doc, "participants_qualifier", *first.qualifier_span))

    # format: ignore sentences that list several formats ("virtual, hybrid or in person")
    formats: list[FormatMention] = doc.within("formats", spans)
    for f in formats:
        sentence = next((s for s in sentence_spans if s[0] <= f.start < s[1]), None)
        if sentence is not None:
            others = {g.format for g in formats if sentence[0] <= g.start < sentence[1]}
            # "a hybrid format: some delegations joined by videoconference" is hybrid; a
            # sentence that offers every format ("virtual, hybrid or in person") says nothing
            if len(others) > 2 or (len(others) == 2 and "hybrid" not in others):
                continue
            if len(others) == 2 and f.format != "hybrid":
                continue
        record.format = f.format
        evidence.append(_ev(doc, "format", f.start, f.end))
        break

    # themes: the title's topic decides when it names one
    hits: list[theme_rules.ThemeHit] = []
    if record.title:
        title_span = next(t for t in titles if t.title == record.title)
        hits = [h for h in doc.theme_hits if title_span.start <= h.start < title_span.end]
    if not theme_rules.score_domains(hits):
        hits = _meeting_themes(doc, doc.within("theme_hits", spans), record)
    record.themes = theme_rules.score_domains(hits)
    for domain in record.themes:
        hit = next(h for h in hits if h.domain == domain)
        evidence.append(_ev(doc, "themes", hit.start, hit.end, note=f"domain {domain}"))

    # dialogues
    mentions_d = _dialogue_mentions(doc, spans)
    chosen: list[tuple[str, NameMatch, bool]] = []
    # the sentences that hold the meeting's noun or one of its dates
    held = [a.start for a in anchors] + ([kind.start] if kind is not None else [])
    focus = [
        sp for sp in containing(sentence_spans, held) if in_spans(spans, sp[0])
    ] or spans  # fmt: skip
    joint_text = any(found_in(doc, _JOINT, _JOINT_CUES, s, e) for s, e in focus) or _paired(
        text, mentions_d, focus
    )
    if record.kind == "joint_meeting" or joint_text:
        adjacent: list[NameMatch] = []
        for k in doc.within("kinds", spans):
            if k.kind == "joint_meeting":
                adjacent += _adjacent_dialogues(doc, k)
        pool = adjacent or [
            n for n in mentions_d if dialogue_kinds().get(n.entries[0].name) in OWNER_KINDS
        ]
        for name, n in _ranked(pool):
            if dialogue_kinds().get(name) in OWNER_KINDS or adjacent:
                chosen.append((name, n, False))
        owner = inherited or doc.owner
        if len(chosen) < 2 and owner and all(c[0] != owner[0] for c in chosen):
            chosen.append((owner[0], owner[1], True))
        if len(chosen) < 2 and not mentions_d:
            # "the two dialogues" of a page headed "Meetings shared by the Rabat Process
            # and the Khartoum Process"
            for n in doc.names:
                entry = n.first("dialogue")
                if n.start >= doc.heading_end or len(chosen) >= 2:
                    break
                if (
                    entry is not None
                    and dialogue_kinds().get(entry.name) in OWNER_KINDS
                    and all(c[0] != entry.name for c in chosen)
                ):
                    chosen.append((entry.name, n, True))
    elif secondary and mentions_d and kind is not None:
        nearest = min(mentions_d, key=lambda n: abs(n.start - kind.start))
        entry = nearest.first("dialogue")
        assert entry is not None
        chosen.append((entry.name, nearest, False))
    else:
        ranked = _ranked(mentions_d)
        owned = [name for name, _n in ranked if dialogue_kinds().get(name) in OWNER_KINDS]
        if (
            passage.heading is not None
            and len(owned) >= 2
            and all(n.start < min(doc.heading_end, passage.heading[0]) for n in mentions_d)
        ):
            # a list entry whose only dialogues are the two its page's heading names: the
            # heading settles nothing
            ranked = []
        owner = inherited or doc.owner
        if (
            ranked
            and owner is not None
            and all(_guest(doc, n, sentence_spans) for n in mentions_d)
            and all(name != owner[0] for name, _n in ranked)
        ):
            # "members of the Khartoum Process were also invited" to an entry of a list of
            # the surrounding dialogue's meetings: the meeting stays that dialogue's own
            chosen.append((owner[0], owner[1], True))
            chosen += [(name, n, False) for name, n in ranked]
        elif ranked:
            chosen.append((ranked[0][0], ranked[0][1], False))
            for other_name, _first in ranked[1:]:
                # partners of another dialogue invited to / taking part in the meeting
                for mention in mentions_d:
                    entry = mention.first("dialogue")
                    if entry is None or entry.name != other_name:
                        continue
                    where = next((x for x in sentence_spans if x[0] <= mention.start < x[1]), None)
                    if where is not None and _PARTICIPATION.search(text, *where):
                        chosen.append((other_name, mention, False))
                        break
    if not chosen:
        owner = inherited or doc.owner
        if owner is not None:
            chosen.append((owner[0], owner[1], True))
    if any(found_in(doc, _NOT_DIALOGUE, _NOT_DIALOGUE_CUES, s, e) for s, e in spans):
        chosen = []
    record.dialogues = sorted({c[0] for c in chosen})
    for _name, n, inherited_flag in chosen:
        note = "dialogue of the surrounding document" if inherited_flag else None
        evidence.append(_ev(doc, "dialogues", n.start, n.end, inherited_flag, note))

    # does this passage describe a meeting at all?
    has_kind = kind is not None or passage.heading is not None
    has_facts = bool(
        record.start or record.city or record.country or record.hosts or record.chairs
        or record.organisers or record.participants or record.recommendations
    )  # fmt: skip
    if not (has_kind and has_facts):
        return None
    if not record.dialogues and (
        record.kind is None
        # a generic "meeting" of no dialogue needs both a date and a city to be a record
        or (record.kind == "other" and not (record.start and record.city))
        or not (record.start or record.city or record.country)
    ):
        return None

    record.evidence = evidence
    tense = doc.within("tenses", spans)
    return _Draft(record, [tense], anchor, passage.start)


# --- passages ----------------------------------------------------------------------------


def _passage_drafts(
    doc: Document,
    source: str,
    passage: Passage,
    own: list[Span],
    inherited: tuple[str, NameMatch] | None,
) -> list[_Draft]:
    text = doc.text
    sentence_spans: list[Span] = []
    for s, e in own:
        sentence_spans += sentences(text, s, e)

    def sentence_of(pos: int) -> Span | None:
        return next((s for s in sentence_spans if s[0] <= pos < s[1]), None)

    def is_recall(span: Span) -> bool:
        span = whole.get(span, span)
        key = ("recall", *span)
        found = doc.memo.get(key)
        if found is None:
            found = doc.memo[key] = found_in(
                doc, _RECALL, _RECALL_CUES, span[0], span[1]
            ) and kind_starts_in(doc, span[0], span[1])
        return found

    meeting_dates = [
        d for d in doc.within("dates", own) if d.role == "meeting" and d.first[1] is not None
    ]
    # a clause is a recall when its sentence is ("has already worked on it: A, and B")
    whole: dict[Span, Span] = {}
    years = [
        d
        for d in doc.within("dates", own)
        if d.role == "year" and _IN_YEAR.search(text, max(0, d.start - 16), d.start)
    ]
    if len(meeting_dates) + len(years) > 1:
        dated = sorted(meeting_dates + years, key=lambda d: d.start) if years else meeting_dates
        sentence_spans, whole = _clauses(doc, sentence_spans, dated)
    anchor: DateMention | None = None
    if passage.heading is not None:
        anchor = next(
            (d for d in meeting_dates if passage.heading[0] <= d.start < passage.heading[1]), None
        )
    if anchor is None:
        # the main meeting: the date whose sentence says the meeting takes place, not one
        # recalled as background ("held in Rome in 2014", "has already worked on it")
        best = -99
        first: DateMention | None = None
        for d in meeting_dates:
            sentence = sentence_of(d.start)
            if sentence is not None and is_recall(sentence):
                continue
            if first is None:
                first = d
                first_sentence = sentence
            score = _anchor_score(doc, sentence, whole.get(sentence)) if sentence is not None else 0
            if score > best:
                anchor, best = d, score
        # the first date keeps the lead when it is labelled ("Date: …") or when its sentence
        # places a meeting without naming one ("City, date, hosted by …"): as a secondary
        # sentence it would be lost
        if anchor is not first and first is not None and first_sentence is not None:
            labelled = re.search(
                r"\bDates?\s*:\s*\Z", text[max(0, first.start - 12) : first.start], re.IGNORECASE
            )
            unnamed = not kind_starts_in(doc, first_sentence[0], first_sentence[1])
            placed = any(
                first_sentence[0] <= p.start < first_sentence[1] and p.city for p in doc.places
            )
            if labelled or (unnamed and placed):
                anchor = first

    secondary: list[tuple[Span, DateMention | None, bool]] = []
    for d in meeting_dates + _year_dates(doc, years, meeting_dates, sentence_of):
        if anchor is not None and (d is anchor or _same_date(d, anchor)):
            continue
        sentence = sentence_of(d.start)
        if sentence is None or (anchor is not None and sentence[0] <= anchor.start < sentence[1]):
            continue
        if passage.heading is not None and sentence[0] < passage.heading[1]:
            continue
        if not kind_starts_in(doc, sentence[0], sentence[1]):
            continue
        if any(sentence == s for s, _, _ in secondary):
            continue
        secondary.append((sentence, d, is_recall(sentence)))
    # an undated meeting introduced with its place ("civil society organisations held
    # their own side event in Lisbon", "the programme included a field visit in Praia")
    dated_sentences = {s for s, _, _ in secondary}
    anchor_sentence = sentence_of(anchor.start) if anchor is not None else None
    for sentence in sentence_spans:
        if sentence in dated_sentences or sentence == anchor_sentence:
            continue
        if passage.heading is not None and sentence[0] < passage.heading[1]:
            continue
        if _placed_meeting(doc, sentence, anchor_sentence, years):
            secondary.append((sentence, None, is_recall(sentence)))
    secondary.sort(key=lambda item: item[0])

    # what a reported side meeting did is often told in the sentences after the one that
    # dates it ("… a side event gathered 130 participants. … the event produced 14
    # recommendations."): the rest of its paragraph goes with it, up to the next sentence
    # that dates or names a meeting
    extended: list[list[Span]] = []
    for sentence, _d, recall in secondary:
        spans_of = [sentence]
        # not when the sentence also names the passage's meeting ("a side event held in
        # the margins of the conference of 3 May. It looked at …" tells of the side event)
        if not recall and len(doc.within("kinds", [sentence])) == 1:
            later = [s for s in sentence_spans if s[0] >= sentence[1]]
            for nxt in later:
                if (
                    "\n" in text[spans_of[-1][1] : nxt[0] + 1]
                    or any(nxt[0] <= d.start < nxt[1] for d in meeting_dates)
                    or kind_starts_in(doc, nxt[0], nxt[1])
                ):
                    break
                if anchor is not None and nxt[0] <= anchor.start < nxt[1]:
                    break
                if _BACK_TO_MAIN.search(text, *nxt):
                    break
                spans_of.append(nxt)
        extended.append(spans_of)
    main_spans = subtract(own, [s for spans_of in extended for s in spans_of])
    # a sentence that dates another meeting may still name this one ("a side event in
    # the margins of the conference held on 3 May"): only its own meeting noun is taken
    taken_kinds = set()
    for sentence, d, _recall in secondary:
        other = _choose_kind(doc, [sentence], [d] if d else [], [sentence], True)
        if other is not None:
            taken_kinds.add(other.start)
    drafts: list[_Draft] = []
    main = _build(
        doc, source, passage, main_spans, sentence_spans, anchor, inherited, False,
        kind_spans=own, exclude_kinds=frozenset(taken_kinds),
    )  # fmt: skip
    if main is not None:
        drafts.append(main)
    for (sentence, d, recall), spans_of in zip(secondary, extended, strict=True):
        parent = None
        if recall:
            if main is not None and main.record.dialogues:
                name = main.record.dialogues[0]
                ev = next(e for e in main.record.evidence if e.field == "dialogues")
                match = next((n for n in doc.names if n.start == ev.start), None)
                parent = (name, match) if match else inherited
            else:
                parent = inherited
        draft = _build(doc, source, passage, spans_of, spans_of, d, parent, True, anchor)
        if draft is not None and main is not None and not draft.record.themes:
            _same_subject(doc, spans_of, main.record, draft.record)
        if draft is not None:
            draft.order = sentence[0]
            drafts.append(draft)
    return drafts


# a sentence that turns back to the passage's own meeting: "This new meeting …", or moves
# on in time ("Delegations then adopted …", "Les ministres ont ensuite adopté …")
_BACK_TO_MAIN = re.compile(
    r"\b(?:(?:this\s+(?:new|upcoming|year's)|the\s+(?:new|upcoming|coming|next)|"
    r"(?:cette|la)\s+(?:nouvelle|prochaine)|(?:ce|le)\s+(?:nouvel|nouveau|prochain))\s+"
    r"(?:\w+\s+)?(?:meeting|event|session|conference|workshop|rencontre|réunion|événement|"
    r"conférence|atelier|séminaire)|then|afterwards|thereafter|later|next|"
    r"ensuite|puis|par\s+la\s+suite|le\s+lendemain|the\s+(?:following|next)\s+day|"
    r"overall|in\s+all|in\s+total|au\s+total|en\s+tout|day\s+(?:one|two|three)|"
    r"(?:first|second|third|last|closing)\s+(?:day|session)|"
    r"(?:premier|première|deuxième|second|troisième|dernier|dernière)\s+(?:jour|journée)|"
    r"(?:two|three|deux|trois)\s+(?:days|jours|journées)|conclusions|declaration|déclaration)\b",
    re.IGNORECASE,
)
_IN_YEAR = re.compile(r"\b(?:in|en|dès|back\s+in|as\s+early\s+as)\s+\Z", re.IGNORECASE)
_HELD = re.compile(
    r"\b(?:took\s+place|held|organi[sz]ed|hosted|convened|"
    r"s'est\s+(?:tenue?|déroulée?)|s'étai(?:en)?t\s+(?:tenue?s?|déroulée?s?)|a\s+eu\s+lieu|"
    r"avai(?:en)?t\s+(?:eu\s+lieu|organisée?s?|accueillie?s?|tenue?s?)|"
    r"a\s+(?:organisée?s?|accueillie?s?|tenue?s?))\b",
    re.IGNORECASE,
)


# a meeting that did not (or not yet) take place
_UNREAL = re.compile(
    r"\b(?:possib\w*|planned|plans?\s+to|would|could|may|might|propos\w*|cancel\w*|"
    r"postpon\w*|envisag\w*|prévu\w*|annul\w*|report[ée]\w*|pourrait|éventuel\w*)\b",
    re.IGNORECASE,
)
_AT_PLACE = re.compile(r"\b(?:in|at|à|au|aux|en)\s+\Z", re.IGNORECASE)
# told as part of, or beside, the passage's meeting
_ALONGSIDE = re.compile(
    r"\b(?:alongside|also|in\s+addition|additionally|as\s+part\s+of|on\s+the\s+sidelines|"
    r"in\s+the\s+margins?|programme|program|included|featured|également|aussi|en\s+marge|"
    r"en\s+parallèle|parallèlement|comprenait|a\s+inclus)\b",
    re.IGNORECASE,
)
# a new meeting introduced by its noun: "a field visit", "their own side event", "une visite"
_INTRODUCED = re.compile(
    r"\b(?:a|an|un|une|(?:their|its|his|her)\s+own|leur\s+propre|son\s+propre|sa\s+propre)"
    r"\s+(?:[\w-]+\s+)?\Z",
    re.IGNORECASE,
)


def _placed_meeting(
    doc: Document, sentence: Span, anchor_sentence: Span | None, years: list[DateMention]
) -> bool:
    """Whether an undated sentence introduces a meeting of its own kind with its place.

    The contract makes a record of every meeting the text dates *or places*: a sentence
    told as part of or beside the passage's meeting ("alongside", "also", "the programme
    included"), a kind noun other than a generic one written as something new ("a",
    "their own"), of another kind than the dated meeting's sentence names, and a city
    after it with a preposition.
    """
    start, end = sentence
    kinds = [k for k in doc.within("kinds", [sentence]) if k.kind != "other"]
    if not kinds or doc.within("dates", [sentence]):
        return False
    if not _ALONGSIDE.search(doc.text, start, end) or _UNREAL.search(doc.text, start, end):
        return False
    main_kinds = (
        {k.kind for k in doc.within("kinds", [anchor_sentence])} if anchor_sentence else set()
    )
    for k in kinds:
        if k.kind in main_kinds or not _INTRODUCED.search(
            doc.text, max(start, k.start - 30), k.start
        ):
            continue
        if any(
            p.city
            and p.preposition
            and p.start >= k.end
            and _AT_PLACE.search(doc.text, max(0, p.start - 6), p.start)
            for p in doc.within("venues", [sentence])
        ):
            return True
    return False


def _year_dates(
    doc: Document,
    years: list[DateMention],
    meeting_dates: list[DateMention],
    sentence_of: Callable[[int], Span | None],
) -> list[DateMention]:
    """Years that date a past meeting of their own sentence.

    "their first joint thematic meeting took place in Luxor in 2017", "dès 2021, le
    Processus de Rabat avait organisé un atelier": the year is the meeting's date, at
    year precision, when the sentence names a meeting, says it was held, and gives no
    fuller date (``years``: the passage's years written "in 2017", "dès 2021"; the
    sentence may be a clause of a longer one).
    """
    out = []
    text = doc.text
    for d in years:
        sentence = sentence_of(d.start)
        if (
            sentence is None
            or any(sentence[0] <= m.start < sentence[1] for m in meeting_dates)
            or not kind_starts_in(doc, *sentence)
        ):
            continue
        held = [m for m in _HELD.finditer(text, *sentence)]
        # the year belongs to the verb: after it in the same clause ("held in Luxor, in
        # Egypt, in 2017"), or opening the sentence before it ("dès 2021, … avait organisé")
        before = [m for m in held if m.end() <= d.start]
        if (
            before
            and _SAME_CLAUSE.fullmatch(_PLACE_ASIDE.sub(" ", text[before[-1].end() : d.start]))
        ) or (
            any(m.start() > d.end for m in held)
            and _OPENS.fullmatch(text, sentence[0], d.start) is not None
        ):
            out.append(d)
    return out


# between a verb and its year: no clause break, once ", in Egypt," asides are set apart
_PLACE_ASIDE = re.compile(r",\s*(?:in|en|à|au|aux)?\s*[A-ZÀ-Ý][^,;:.\n]{1,30},")
_SAME_CLAUSE = re.compile(r"[^,;:.!?\n]{0,120}")
# a year that opens its sentence or clause: "Dès 2021, …", "Back in 2019, …", "In 2018, …"
_OPENS = re.compile(
    r"(?:[^.!?\n]*[:;]\s*)?(?:\w+\s+){0,2}?(?:dès|back\s+in|as\s+early\s+as|in|en)\s+",
    re.IGNORECASE,
)


_CLAUSE_BREAK = re.compile(r",?\s+(?:and|et|while|tandis\s+que|alors\s+que)\s+|;\s+")


def _clauses(
    doc: Document, sentence_spans: list[Span], dates: list[DateMention]
) -> tuple[list[Span], dict[Span, Span]]:
    """Sentences that date two meetings, cut in two clauses.

    "a virtual meeting was held in December 2021, and a thematic meeting took place in
    Málaga on 29-30 September 2022": each clause names and dates its own meeting, so
    each becomes a sentence of its own; the second value maps each clause to the whole
    sentence.  A sentence is cut only where both sides name a
    meeting, so "on 3 and 4 May" or a date range stays whole.
    """
    starts = [s for s, _e in sentence_spans]
    by_sentence: dict[int, list[DateMention]] = {}
    for d in dates:
        i = bisect_right(starts, d.start) - 1
        if i >= 0 and d.start < sentence_spans[i][1]:
            by_sentence.setdefault(i, []).append(d)
    whole: dict[Span, Span] = {}
    if all(len(inside) < 2 for inside in by_sentence.values()):
        return sentence_spans, whole
    out: list[Span] = []
    for i, (start, end) in enumerate(sentence_spans):
        inside = by_sentence.get(i, [])
        if len(inside) < 2:
            out.append((start, end))
            continue
        pieces = [start]
        for before, after in itertools.pairwise(inside):
            if _same_date(before, after):
                continue
            cut = _CLAUSE_BREAK.search(doc.text, before.end, after.start)
            if cut is None:
                continue
            if kind_starts_in(doc, pieces[-1], cut.start()) and _new_meeting_in(
                doc, cut.start(), end
            ):
                pieces.append(cut.start())
        pieces.append(end)
        clauses = list(itertools.pairwise(pieces))
        out += clauses
        if len(clauses) > 1:
            whole.update((clause, (start, end)) for clause in clauses)
    return out, whole


# "the meeting", "la réunion", "this conference": the same meeting again
_ANAPHORIC = re.compile(
    r"\b(?:the|this|that|la|le|l'|cette|ce)\s*(?:same\s+|même\s+)?\Z", re.IGNORECASE
)


def _new_meeting_in(doc: Document, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names a meeting other than one already told: a specific
    kind, or a generic noun that is not "the meeting" / "la réunion" again."""
    for k in doc.within("kinds", [(start, end)]):
        if k.kind != "other" or not _ANAPHORIC.search(doc.text, max(start, k.start - 12), k.start):
            return True
        if _NAMED_AFTER.match(doc.text, k.end):
            return True  # "la réunion « Solutions durables »": a meeting named anew
    return False


_NAMED_AFTER = re.compile(r"\s*[«\"“]")


_SAME_SUBJECT = re.compile(
    r"\b(?:on|about|with)\s+the\s+same\s+(?:subject|topic|theme|issue|focus)s?\b|"
    r"\bsur\s+(?:le|la)\s+même\s+(?:sujet|thème|thématique|question)\b",
    re.IGNORECASE,
)


def _same_subject(
    doc: Document, spans: list[Span], main: MeetingRecord, other: MeetingRecord
) -> None:
    """A meeting "on the same subject" as the passage's meeting shares its themes."""
    for start, end in spans:
        found = _SAME_SUBJECT.search(doc.text, start, end)
        if found is not None:
            other.themes = list(main.themes)
            other.evidence += [
                _ev(
                    doc,
                    "themes",
                    *found.span(),
                    True,
                    f"domain {domain}, as the main meeting of the passage",
                )
                for domain in main.themes
            ]
            return


_TAKES_PLACE = re.compile(
    r"\b(?:will\s+(?:take\s+place|be\s+held|be\s+organi[sz]ed|host|convene|open)|"
    r"(?:takes|took)\s+place|(?:is|was|were|are)\s+(?:being\s+)?held|(?:was|is)\s+hosted|"
    r"held\s+(?:in|on|at)|attended|"
    r"to\s+be\s+held|met|gathered|aura\s+lieu|se\s+tiendra|se\s+déroulera|accueillera|"
    r"s'est\s+(?:tenue?|déroulée?)|a\s+eu\s+lieu|a\s+accueilli|organise(?:ra)?|réunira|"
    r"s'est\s+réuni)\b",
    re.IGNORECASE,
)
_BACKGROUND = re.compile(
    r"\b(?:already|earlier|since|previously|follow(?:s|ed|ing)?|(?:builds?|built)\s+on|"
    r"recalled|based\s+on|follow-up\s+to|continues|"
    r"déjà|dès|depuis|fait\s+suite|précédemment|avait|had)\b|,\s*(?:held|tenue?s?)\b",
    re.IGNORECASE,
)


# a word of every alternative of the two patterns above (see scan.Cues)
_TAKES_PLACE_CUES = Cues(
    exact=("will", "takes", "took", "held", "hosted", "attended", "met", "gathered", "aura",
           "tiendra", "deroulera", "accueillera", "tenu", "tenue", "deroule", "deroulee",
           "lieu", "accueilli", "organise", "organisera", "reunira", "reuni"),
)  # fmt: skip
_BACKGROUND_CUES = Cues(
    exact=("already", "earlier", "since", "previously", "follow", "follows", "followed",
           "following", "build", "builds", "built", "recalled", "based", "continues", "deja",
           "des", "depuis", "fait", "precedemment", "avait", "had", "held", "tenu", "tenue",
           "tenus", "tenues"),
)  # fmt: skip


def _anchor_score(doc: Document, sentence: Span, whole: Span | None = None) -> int:
    """How surely ``sentence`` reports the passage's own meeting (``whole``: the sentence
    a clause was cut from, whose background cues it shares)."""
    key = ("anchor", *sentence)
    score = doc.memo.get(key)
    if score is None:
        score = 0
        if found_in(doc, _TAKES_PLACE, _TAKES_PLACE_CUES, *sentence):
            score += 2
        if found_in(doc, _BACKGROUND, _BACKGROUND_CUES, *(whole or sentence)):
            score -= 2
        doc.memo[key] = score
    return score


def _mergeable(a: MeetingRecord, b: MeetingRecord) -> bool:
    def compatible(x: object, y: object) -> bool:
        return x is None or y is None or x == y

    if not (compatible(a.start, b.start) and compatible(a.city, b.city)):
        return False
    if not compatible(a.country, b.country):
        return False
    kinds_ok = a.kind == b.kind or a.kind in (None, "other") or b.kind in (None, "other")
    if not kinds_ok:
        return False
    if a.dialogues and b.dialogues and set(a.dialogues) != set(b.dialogues):
        return False
    for name in ("participants", "countries_count", "recommendations"):
        if not compatible(getattr(a, name), getattr(b, name)):
            return False
    same_title = bool(a.title and b.title and a.title.lower() == b.title.lower())
    same_date = a.start is not None and a.start == b.start
    same_city = a.city is not None and a.city == b.city and a.kind == b.kind
    if a.kind in (None, "other") or b.kind in (None, "other"):
        return same_date and (a.city == b.city or same_title)
    return same_date or same_city or same_title


def _merge(into: _Draft, other: _Draft) -> None:
    a, b = into.record, other.record
    for name in (
        "kind", "title", "start", "end", "city", "country", "format", "participants",
        "participants_qualifier", "countries_count", "recommendations", "registration_deadline",
    ):  # fmt: skip
        if getattr(a, name) in (None, "other") and getattr(b, name) is not None:
            if name == "kind" and a.kind == "other" and b.kind is None:
                continue
            setattr(a, name, getattr(b, name))
    for name in ("dialogues", "hosts", "chairs", "organisers"):
        merged = list(getattr(a, name))
        for item in getattr(b, name):
            if item not in merged:
                merged.append(item)
        setattr(a, name, sorted(merged) if name == "dialogues" else merged)
    a.themes = sorted(set(a.themes) | set(b.themes))
    kept = {(e.field, e.start, e.end) for e in a.evidence}
    a.evidence += [e for e in b.evidence if (e.field, e.start, e.end) not in kept]
    into.tense += other.tense
    if into.anchor is None:
        into.anchor = other.anchor


def _finalise(doc: Document, draft: _Draft, today: date) -> None:
    record = draft.record
    record.evidence = [e for e in record.evidence if e.field != "status"]
    # evidence only for values that survived merging (the record's fields by name, without
    # the cost of to_dict(), which also copies every evidence item)
    values = {key: getattr(record, key) for key in RECORD_KEYS}
    record.evidence = [
        e for e in record.evidence if e.field in values and values[e.field] not in (None, [])
    ]
    status: str | None = None
    ev: Evidence | None = None
    if record.start is not None and doc.reference_mode in ("explicit", "publication"):
        status, ev = _status_from_date(doc, record, draft, doc.reference, doc.reference_note)
    else:
        # each merged mention votes by its own tense; a meeting told as past is past
        votes = []
        for cues in draft.tense:
            past = [t for t in cues if t[3] == "past"]
            upcoming = [t for t in cues if t[3] == "upcoming"]
            if past or upcoming:
                votes.append(past[0] if len(past) >= len(upcoming) and past else upcoming[0])
        if votes:
            cue = next((v for v in votes if v[3] == "past"), votes[0])
            status = cue[3]
            ev = _ev(doc, "status", cue[0], cue[1])
        elif record.start is not None:
            status, ev = _status_from_date(doc, record, draft, today, f"today's date {today}")
    record.status = status
    if ev is not None:
        record.evidence.append(ev)
    order = {key: i for i, key in enumerate(values)}
    record.evidence.sort(key=lambda e: (order.get(e.field, 99), e.start))


def _status_from_date(
    doc: Document, record: MeetingRecord, draft: _Draft, ref: date, note: str
) -> tuple[str, Evidence | None]:
    assert record.start is not None
    end = record.end or record.start
    status = "past" if last_day(end) < ref else "upcoming"
    if first_day(record.start) > ref:
        status = "upcoming"
    span = draft.anchor
    ev = (
        _ev(doc, "status", span.start, span.end, True, f"compared with {note}")
        if span is not None
        else None
    )
    return status, ev


def extract(
    text: str, source: str = "<text>", reference_date: date | None = None, today: date | None = None
) -> DocumentExtraction:
    """Normalise ``text`` and extract its meetings; offsets refer to the returned text."""
    text = normalize_text(text)
    today = today or date.today()
    doc = analyse(text, reference_date, today)
    passages = split_passages(text, doc.dates, doc.names, [(k.start, k.end) for k in doc.kinds])
    add_entry_titles(doc, passages)
    drafts: list[_Draft] = []
    for i, passage in enumerate(passages):
        children = [(p.start, p.end) for p in passages if p.parent == i]
        own = subtract([(passage.start, passage.end)], children)
        if not any(text[s:e].strip() for s, e in own):
            continue
        inherited = None
        if passage.parent is not None:
            parent = passages[passage.parent]
            inherited = _dominant(doc, [(parent.start, parent.end)])
        drafts += _passage_drafts(doc, source, passage, own, inherited)
    drafts.sort(key=lambda d: d.order)
    merged: list[_Draft] = []
    for draft in drafts:
        target = next((m for m in merged if _mergeable(m.record, draft.record)), None)
        if target is None:
            merged.append(draft)
        else:
            _merge(target, draft)
    for draft in merged:
        _finalise(doc, draft, today)
    return DocumentExtraction(source, text, [d.record for d in merged])


def extract_text(
    text: str, source: str = "<text>", reference_date: date | None = None
) -> list[MeetingRecord]:
    """Meeting records of ``text``; evidence offsets index into ``normalize_text(text)``."""
    return extract(text, source, reference_date).records


def extract_document(path: str | Path, reference_date: date | None = None) -> DocumentExtraction:
    """Load a file (txt, md, html, pdf, docx) and extract its meetings.

    Raises :class:`DocumentError` with a one-line reason when the file cannot be read.
    """
    from processus.extraction.loaders import load_document

    loaded = load_document(path)
    result = extract(loaded.text, str(path), reference_date)
    return DocumentExtraction(result.source, result.text, result.records, loaded.media_type)
