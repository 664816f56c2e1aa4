"""Meetings named together in one sentence: one record each.

"A Senior Officials' Meeting and a special event on circular migration will be held in
Rabat on 31 January", "the membership convened for Steering Committee and Senior
Officials Meetings respectively on 15 and 16 December", "Steering Committee Meeting and
Senior Officials' Meeting, Cairo, April 2024": the sentence that dates the passage's
meeting names a second meeting of another kind, joined to the first by "and".  The second
meeting shares what the sentence says of both (its date, its place, its dialogues, its
format) but not what only the first was given later (roles, counts, a title).  With
"respectively", a range of as many days as meetings gives each its own day.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from processus.extraction.document import Document, Span
from processus.extraction.drafts import Draft
from processus.extraction.enumerations import enumerated_drafts
from processus.extraction.fields.kind import specific_of_generic
from processus.extraction.kinds import COORDINATED, KindMention
from processus.extraction.records import Evidence, MeetingRecord
from processus.extraction.role_rules import ACTIVE_VERBS
from processus.extraction.roles import verb_object_end
from processus.extraction.scan import Cues

_RESPECTIVELY = re.compile(r"\b(?:respectively|respectivement|respectivamente|rispettivamente)\b")
# the fields a companion shares with the meeting named beside it
_SHARED = ("dialogues", "start", "end", "city", "country", "format")


def companion_drafts(
    doc: Document, main: Draft, sentence: Span | None, taken: frozenset[int] = frozenset()
) -> list[Draft]:
    """The drafts of the meetings coordinated with ``main``'s own noun in ``sentence``
    (``taken``: the nouns of meetings recorded on their own), or of the meeting it was held
    in the margins of."""
    record = main.record
    if record.kind is None:
        return []
    listed = enumerated_drafts(doc, main, sentence)
    if listed is not None:
        return listed
    if sentence is None:
        return []
    host = _margins_host(doc, record, sentence, taken)
    if host is not None:
        companion = _companion(record, host, None, MARGINS_HOST)
        return [Draft(companion, main.tense, main.anchor, main.order + 1)]
    return _chain_drafts(doc, main, sentence, taken) + _beside_drafts(doc, main, sentence, taken)


def _chain_drafts(doc: Document, main: Draft, sentence: Span, taken: frozenset[int]) -> list[Draft]:
    """The drafts of the meetings coordinated with ``main``'s own noun by "and"."""
    record = main.record
    if record.kind == "other":
        return []
    own = _kind_evidence(record)
    if own is None:
        return []
    text = doc.text
    nouns = [
        k
        for k in doc.within("kinds", [sentence])
        if k.kind != "other"
        and (k.start not in taken or k.start == own.start)
        and not _acronym(text, k)
    ]
    if len(nouns) < 2:
        return []
    chain = _coordinated_chain(text, nouns, own)
    if len(chain) < 2:
        return []
    days = _days_each(text, sentence, record, len(chain))
    out = []
    for i, noun in enumerate(chain):
        if noun.start == own.start:
            if days:
                _set_day(record, days[i])
            continue
        companion = _companion(record, noun, days[i] if days else None)
        _move_roles(doc, record, companion)
        out.append(Draft(companion, main.tense, main.anchor, main.order + 1))
    return out


# a meeting the sentence tells as held just before or after its own: "The SOM in Kigali on
# 3 October was preceded by a Steering Committee meeting the day before", "la réunion sera
# suivie d'une visite de terrain", "precedida por una reunión del comité directivo"
_PRECEDED_OR_FOLLOWED = re.compile(
    r"\b(?:preceded|précédée?s?|precedid[oa]s?|precedut[oa]|"
    r"followed|suivie?s?|seguid[oa]s?|seguit[oa])\s+(?:by|par|d['’]|de|por|da|dal|dalla|pela|pelo)"
    r"(?!\s+(?:the|la|le|el|il|lo|o)\s)",
    re.IGNORECASE,
)
_BESIDE_CUES = Cues(prefixes=("preced", "follow", "suivi", "seguid", "seguit"))
_NOUN_REACH = 40  # characters between "preceded by" and the other meeting's noun
# the day the other meeting was held, told from the sentence's own
_DAY_BEFORE = re.compile(
    r"\s*(?:,\s*)?(?:on\s+)?(?P<day>the\s+day\s+before|the\s+previous\s+day|the\s+eve|la\s+veille|"
    r"el\s+día\s+anterior|la\s+víspera|il\s+giorno\s+prima|no\s+dia\s+anterior|na\s+véspera)\b",
    re.IGNORECASE,
)
_DAY_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:on\s+)?(?P<day>the\s+(?:next|following)\s+day|the\s+day\s+after|le\s+lendemain|"
    r"(?:el|al)\s+día\s+siguiente|il\s+giorno\s+(?:dopo|successivo)|no\s+dia\s+seguinte)\b",
    re.IGNORECASE,
)
BESIDE_RULE = "kind:held just before or after the meeting"


def _beside_drafts(
    doc: Document, main: Draft, sentence: Span, taken: frozenset[int]
) -> list[Draft]:
    """The meetings ``main``'s sentence tells as held just before or after it, with no date
    of their own ("was preceded by a Steering Committee meeting the day before and followed
    by a field visit"): held at its place; dated the day before or after when the sentence
    says so, else undated."""
    record = main.record
    own = _kind_evidence(record)
    if own is None or not _BESIDE_CUES.possible(doc.text, doc.tokens, *sentence):
        return []
    if len([d for d in doc.within("dates", [sentence]) if d.role == "meeting"]) > 1:
        return []  # the other meeting has a date of its own, and a record of its own
    out = []
    for verb in _PRECEDED_OR_FOLLOWED.finditer(doc.text, *sentence):
        reach = (verb.end(), min(sentence[1], verb.end() + _NOUN_REACH))
        nouns = [k for k in doc.within("kinds", [reach]) if k.start not in taken]
        if not nouns or nouns[0].start == own.start:
            continue
        noun = specific_of_generic(doc, nouns[0], nouns)  # "une réunion du comité de pilotage"
        if noun.kind in (record.kind, "other"):
            continue
        companion = _companion(record, noun, None, BESIDE_RULE)
        _place_and_day(
            doc, record, companion, noun, before=verb.group(0)[:4].lower() in ("prec", "préc")
        )
        out.append(Draft(companion, main.tense, main.anchor, main.order + 1))
    return out


def _place_and_day(
    doc: Document, record: MeetingRecord, companion: MeetingRecord, noun: KindMention, before: bool
) -> None:
    """The place of the meeting it is held beside (inferred), and the day before or after
    it when the words after the noun say so."""
    companion.start = companion.end = None
    note = "the place of the meeting it is held beside"
    companion.evidence = [
        replace(e, inferred=True, note=note) if e.field in ("city", "country") else e
        for e in companion.evidence
        if e.field not in ("start", "end")
    ]
    words = (_DAY_BEFORE if before else _DAY_AFTER).match(doc.text, noun.end)
    edge = record.start if before else record.end
    if words is None or edge is None or len(edge) != 10:
        return
    day = date.fromisoformat(edge) + timedelta(days=-1 if before else 1)
    _set_day(companion, day.isoformat())
    note = "the day before the meeting it precedes" if before else "the day after the meeting"
    for name in ("start", "end"):
        companion.evidence.append(
            Evidence(
                name,
                words.start("day"),
                words.end("day"),
                words.group("day"),
                True,
                note,
                BESIDE_RULE,
            )
        )


_ROLES = ("hosts", "chairs", "organisers")
_SENTENCE_EDGE = re.compile(r"[.!?\n]")


def _move_roles(doc: Document, record: MeetingRecord, companion: MeetingRecord) -> None:
    """Roles told in a sentence that names the companion's kind and not the record's
    ("The first meeting chaired by … Ethiopia, this Senior Officials Meeting agreed …")
    are the companion's."""
    text = doc.text
    names = {a.start: a.name for a in doc.actors}
    for evidence in [e for e in record.evidence if e.field in _ROLES]:
        start = max(text.rfind(c, 0, evidence.start) for c in ".!?\n") + 1
        stop = _SENTENCE_EDGE.search(text, evidence.end)
        sentence = (start, stop.start() if stop else len(text))
        kinds = {k.kind for k in doc.within("kinds", [sentence])}
        name = names.get(evidence.start)
        if name is None or companion.kind not in kinds:
            continue
        if record.kind in kinds and _verb_object(doc, evidence, sentence) != companion.kind:
            continue  # both named: the role is the companion's only as its verb's object
        record.evidence.remove(evidence)
        companion.evidence.append(evidence)
        theirs: list[str] = getattr(companion, evidence.field)
        if name not in theirs:
            theirs.append(name)
        kept = {names.get(e.start) for e in record.evidence if e.field == evidence.field}
        setattr(record, evidence.field, [v for v in getattr(record, evidence.field) if v in kept])


def _verb_object(doc: Document, evidence: Evidence, sentence: tuple[int, int]) -> str | None:
    """The kind of the meeting that is the object of the role verb after the actor of
    ``evidence`` ("… invites SOM participants to a *special event*"), if one is."""
    if evidence.rule not in _VERB_RULES:
        return None
    end = verb_object_end(doc.text, evidence.end, sentence[1])
    if end is None:
        return None
    kinds = [k for k in doc.within("kinds", [(evidence.end, end)]) if k.end == end]
    return kinds[0].kind if kinds else None


_VERB_RULES = frozenset(rule.name for rule in ACTIVE_VERBS)


# a meeting told as held just before, after or beside the passage's own: "The meeting will
# be preceded by a Steering Committee meeting on the morning of 29 January"
_BESIDE_MAIN = re.compile(
    r"\b(?:preceded|followed|précédée?s?|suivie?s?|precedid[oa]s?|seguid[oa]s?|"
    r"preceduta|preceduto|seguita|seguito)\s+(?:by|par|de|por|da|dal|dalla)\b|"
    r"\b(?:on\s+the\s+(?:margins|sidelines)\s+of|in\s+the\s+margins?\s+of|in\s+conjunction\s+"
    r"with|alongside|en\s+marge\s+d[eu]|the\s+day\s+before|the\s+previous\s+day|la\s+veille)\b",
    re.IGNORECASE,
)


def same_venue(doc: Document, sentence: Span, main: MeetingRecord, other: MeetingRecord) -> None:
    """A meeting told as held just before, after or beside the main one, with no place of
    its own, was held where the main one was."""
    if other.city or other.country or not (main.city or main.country):
        return
    if not _BESIDE_MAIN.search(doc.text, *sentence) and not _on_its_days(main, other):
        return
    other.city, other.country = main.city, main.country
    note = "the place of the meeting it is held beside"
    for field in ("city", "country"):
        source = next((e for e in main.evidence if e.field == field), None)
        if source is not None and getattr(other, field):
            other.evidence.append(
                Evidence(field, source.start, source.end, source.text, True, note, "place:beside")
            )


def _on_its_days(main: MeetingRecord, other: MeetingRecord) -> bool:
    """Whether ``other`` is held on one of the days the main meeting runs ("… in Rabat on
    9-10 December. A Steering Committee meeting will be held on 10 December")."""
    days = (main.start, main.end, other.start, other.end)
    if any(d is None or len(d) != 10 for d in days) or main.start == main.end:
        return False
    assert main.start and main.end and other.start and other.end
    return main.start <= other.start and other.end <= main.end


# "… was organised in the margins of a Rabat Process meeting in Abidjan": the meeting it
# was held beside took place then and there too
_MARGINS = re.compile(
    r"\b(?:(?:in|on)\s+the\s+(?:margins?|sidelines?)\s+of|en\s+marge\s+d[eu]|"
    r"al\s+margen\s+de|a\s+margine\s+d[ei]|à\s+margem\s+d[aeo])\b",
    re.IGNORECASE,
)
_MARGINS_CUES = Cues(exact=("margins", "margin", "sidelines", "sideline", "marge", "margen",
                            "margine", "margem"))  # fmt: skip
_HOST_REACH = 60  # characters between "in the margins of" and the host meeting's noun
#: the rule of the kind of a meeting another was held in the margins of; such a record is
#: never merged into the side meeting (see pipeline._mergeable)
MARGINS_HOST = "kind:the meeting another was held beside"


def _margins_host(
    doc: Document, record: MeetingRecord, sentence: Span, taken: frozenset[int]
) -> KindMention | None:
    """The noun of the meeting ``record``'s meeting was held in the margins of, when the
    sentence names one after its own noun and no other record has it."""
    own = _kind_evidence(record)
    if own is None or not _MARGINS_CUES.possible(doc.text, doc.tokens, *sentence):
        return None
    # before or after the meeting's own noun: "en marge de la réunion …, un atelier"
    margins = _MARGINS.search(doc.text, *sentence)
    if margins is None:
        return None
    reach = (margins.end(), min(sentence[1], margins.end() + _HOST_REACH))
    hosts = [
        k for k in doc.within("kinds", [reach]) if k.start not in taken and k.start != own.start
    ]
    if not hosts or hosts[0].kind == record.kind:
        return None
    host = hosts[0]
    if not _INDEFINITE.match(doc.text, margins.end(), host.start) and (
        host.kind == "other" or any(k.kind == host.kind for k in doc.kinds if k.end <= sentence[0])
    ):
        return None  # "en marge de la réunion", "… of the SOM": a meeting told before
    dated = [d for d in doc.within("dates", [sentence]) if d.role == "meeting"]
    if len(dated) > 1:
        return None  # "…, which opened on 4 May": the host has a date of its own
    return host


# "a Rabat Process meeting", "une réunion": a meeting not told before
_INDEFINITE = re.compile(r"\s*(?:an?|une?|una?|uma?)\s", re.IGNORECASE)


def _acronym(text: str, noun: KindMention) -> bool:
    """A noun written in brackets after its full form: "Senior Officials' Meeting (SOM)"."""
    return text[noun.start - 1 : noun.start] == "(" and text[noun.end : noun.end + 1] == ")"


def _kind_evidence(record: MeetingRecord) -> Evidence | None:
    return next((e for e in record.evidence if e.field == "kind" and not e.inferred), None)


def _coordinated_chain(text: str, nouns: list[KindMention], own: Evidence) -> list[KindMention]:
    """The nouns joined to the record's own noun by "and" or commas, in text order, each
    of another kind than the others."""
    index = next((i for i, k in enumerate(nouns) if k.start == own.start), None)
    if index is None:
        return []
    chain = [nouns[index]]
    for step in (-1, 1):
        i = index
        while 0 <= i + step < len(nouns):
            a, b = (nouns[i + step], nouns[i]) if step < 0 else (nouns[i], nouns[i + step])
            nxt = nouns[i + step]
            if not COORDINATED.fullmatch(text, a.end, b.start) or any(
                k.kind == nxt.kind for k in chain
            ):
                break
            if step < 0:
                chain.insert(0, nxt)
            else:
                chain.append(nxt)
            i += step
    return chain


def _days_each(text: str, sentence: Span, record: MeetingRecord, count: int) -> list[str] | None:
    """One day per meeting when the sentence says "respectively" and the record's range
    has exactly that many days."""
    if not _RESPECTIVELY.search(text, *sentence) or record.start is None or record.end is None:
        return None
    if len(record.start) != 10 or len(record.end) != 10:
        return None
    first, last = date.fromisoformat(record.start), date.fromisoformat(record.end)
    if (last - first).days + 1 != count:
        return None
    return [(first + timedelta(days=i)).isoformat() for i in range(count)]


def _set_day(record: MeetingRecord, day: str) -> None:
    record.start = record.end = day


def _companion(
    record: MeetingRecord, noun: KindMention, day: str | None, rule: str = "kind:companion noun"
) -> MeetingRecord:
    """A record of kind ``noun`` with what ``record``'s sentence says of both meetings."""
    companion = MeetingRecord(source=record.source, kind=noun.kind)
    for name in _SHARED:
        value = getattr(record, name)
        setattr(companion, name, list(value) if isinstance(value, list) else value)
    if day is not None:
        _set_day(companion, day)
    kind_evidence = Evidence("kind", noun.start, noun.end, noun.text, rule=rule)
    companion.evidence = [kind_evidence, *(e for e in record.evidence if e.field in _SHARED)]
    companion.status = record.status
    return companion
