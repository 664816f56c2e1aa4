"""One meeting record built from its spans of a passage, by the field resolvers."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from processus.extraction.aliases import NameMatch
from processus.extraction.chair_lists import under_a_chairs_list
from processus.extraction.dates import DateMention
from processus.extraction.document import Document, Span
from processus.extraction.fields import RESOLVERS
from processus.extraction.fields.context import FieldContext
from processus.extraction.fields.dates import same_date
from processus.extraction.fields.kind import choose_kind
from processus.extraction.records import Evidence, MeetingRecord
from processus.extraction.segmentation import Passage


@dataclass
class Draft:
    """A record under construction, with what merging and status still need."""

    record: MeetingRecord
    tense: list[list[tuple[int, int, str, str]]] = field(default_factory=list)
    anchor: DateMention | None = None
    order: int = 0


def build_draft(
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
) -> Draft | None:
    """The record of the meeting dated by ``anchor`` (if any) told in ``spans``, or None
    when they do not describe a meeting.

    ``secondary``: a meeting told inside another meeting's passage; ``context``: the
    passage's main date, for a year left unwritten; ``kind_spans`` and ``exclude_kinds``:
    where to look for the meeting's noun, less the nouns other meetings took.
    """
    anchors = [anchor] if anchor else []
    if anchor is not None:
        anchors += [
            d
            for d in doc.within("dates", spans)
            if d is not anchor and d.role == "meeting" and same_date(d, anchor)
        ]
    kind = choose_kind(doc, kind_spans or spans, anchors, sentence_spans, secondary, exclude_kinds)
    if (
        kind is None
        and passage.heading is not None
        and under_a_chairs_list(doc.text, passage.heading[0])
    ):
        return None  # "Chairs of the Dialogue⏎Egypt (2016)": a chair's year, no meeting
    if kind is None and passage.heading is None:
        # no meeting noun nor list entry's heading: no meeting is told here, and the
        # resolvers, most of a draft's cost, need not run
        return None
    ctx = FieldContext(
        doc, passage, spans, sentence_spans, anchor, anchors, kind, secondary, inherited, context
    )
    record = MeetingRecord(source=source)
    for resolve in RESOLVERS:
        resolve(ctx, record)
    if not describes_meeting(ctx, record):
        return None
    if ctx.rejected is not None and doc.explain is not None:
        doc.explain += ctx.rejected  # what a record that is no meeting weighed is not told
    record.evidence = ctx.evidence
    tense = doc.within("tenses", spans)
    return Draft(record, [tense], anchor, passage.start)


# "the conference", "this year's meeting", "la réunion": a generic noun with a definite
# article names a meeting already told of, not a new one
_DEFINITE = re.compile(
    r"\b(?:the|this|that|this\s+year's|its|la|le|l'|cette|ce|el|la|il|lo|a|o)\s*\Z", re.IGNORECASE
)


_NAMED_AFTER = re.compile(r"\s+(?:de\s+|du\s+|d'|of\s+|on\s+|sur\s+)(?:la\s+|le\s+|l')?[A-ZÀ-Ý]")


def _refers_back(ctx: FieldContext, record: MeetingRecord) -> bool:
    """A secondary mention that only says "the conference" again, with no place or name of
    its own, is the main meeting told once more."""
    kind = ctx.kind
    if kind is None or record.kind != "other" or record.city or record.title:
        return False
    text = ctx.doc.text
    if _NAMED_AFTER.match(text, kind.end):
        return False  # "le Sommet de La Valette", "the Summit on Migration": a named meeting
    return _DEFINITE.search(text, max(0, kind.start - 20), kind.start) is not None


def describes_meeting(ctx: FieldContext, record: MeetingRecord) -> bool:
    """Whether the filled record is a meeting at all (its passage has a meeting noun or a
    list entry's heading, :func:`build_draft` checked): at least one fact; a meeting of no
    dialogue must also have a kind and a date or a place, since the passage may just
    mention meetings in general."""
    if not (record.start or record.city or record.country):
        return False  # a meeting with neither a date nor a place is no record (its roles,
        # counts and title alone do not say which meeting: "Meetings under the French
        # chairmanship" heads a table of several)
    if ctx.secondary and _refers_back(ctx, record):
        return False
    if _job_or_tender_page(ctx.doc.text) and (
        not record.start or record.kind in (None, "other")
    ):  # the meetings a post or a contract serves, and the call's own dates
        return False
    if not record.start and _habitual(ctx, ctx.evidence):
        return False
    return bool(record.dialogues) or not (
        record.kind is None
        # a generic "meeting" of no dialogue needs both a date and a city to be a record
        or (record.kind == "other" and not (record.start and record.city))
        or not (record.start or record.city or record.country)
    )


# a page whose first line says it is a vacancy, a tender or a call: the meetings it names
# undated are the ones the post or the contract serves, not meetings it reports
_JOB_OR_TENDER_HEADING = re.compile(
    r"[^\n]{0,60}\b(?:vacanc(?:y|ies)|job\s+(?:offer|opening)|call\s+for\s+(?:tenders|"
    r"proposals|bids)|tender|offre\s+d['’]emploi|avis\s+de\s+vacance|appel\s+d['’]offres|"
    r"recrutement|oferta\s+de\s+empleo|licitación|vacante|offerta\s+di\s+lavoro|"
    r"bando\s+di\s+gara|vaga\s+de\s+emprego|concurso)\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=4)
def _job_or_tender_page(text: str) -> bool:
    """Asked once per record: remembered for the last pages (a text's hash is kept)."""
    return _JOB_OR_TENDER_HEADING.match(text) is not None


# the words that make a plural meeting noun name given meetings: "the workshops", "its
# thematic meetings", "two workshops", "ces ateliers", "los talleres", "gli incontri"
_DETERMINERS = frozenset({
    "the", "these", "those", "its", "their", "our", "both", "les", "ces", "ses", "leurs", "nos",
    "los", "las", "estos", "estas", "esos", "esas", "sus", "nuestros", "nuestras", "i", "gli",
    "questi", "queste", "quei", "quelle", "suoi", "sue", "loro", "os", "as", "estes", "seus",
    "suas", "nossos", "nossas", "two", "three", "four", "five", "deux", "trois", "quatre",
    "dos", "tres", "due", "tre", "duas", "três",
    # meetings placed in time: "Previous Senior Officials' Meetings took place in …"
    "previous", "past", "last", "earlier", "recent", "former", "précédentes", "précédents",
    "dernières", "derniers", "anteriores", "últimas", "últimos", "precedenti", "ultime",
    "ultimi", "passées", "passés",
    # a singular article before a noun that only ends like a plural ("La Réunion des hauts
    # fonctionnaires", "the Senior Officials' Meeting")
    "a", "an", "this", "that", "la", "le", "l'", "l’", "cette", "ce", "un", "une", "el", "esta",
    "este", "una", "il", "lo", "questa", "questo", "o", "um", "uma",
})  # fmt: skip
_WORD_BEFORE = re.compile(r"([\w'’]+)[^\w\n]*\Z")
# a meeting held every year is what a dialogue does, not one meeting: "organises every
# year a senior officials' meeting", "organise chaque année une réunion", "celebra cada año
# una reunión", "organizza ogni anno", "organiza todos os anos"
_EVERY_YEAR = re.compile(
    r"\b(?:every\s+year|each\s+year|annually|yearly|chaque\s+année|tous\s+les\s+ans|"
    r"annuellement|cada\s+año|todos\s+los\s+años|anualmente|ogni\s+anno|annualmente|"
    r"tutti\s+gli\s+anni|todos\s+os\s+anos)\s+(?:[\w'’-]+\s+){0,3}\Z",
    re.IGNORECASE,
)
# a verb in the simple past before the plural: the meetings were given ones ("In 2022, the
# Process held thematic meetings in Madrid (April) and Seville (September)", "celebró
# reuniones temáticas", "ha tenuto riunioni", "realizou reuniões"); not after "to be" or
# "would have" (still to come, or never held)
_PAST_VERB_BEFORE = re.compile(
    r"(?<!\bbe\s)(?<!\bbeen\s)(?<!would\shave\s)(?<!could\shave\s)(?<!should\shave\s)"
    r"\b(?:held|organi[sz]ed|hosted|convened|co-?organi[sz]ed|"
    r"celebró|organizó|realizó|acogió|convocó|ha\s+(?:tenuto|organizzato|ospitato|convocato)|"
    r"tenne|organizzò|ospitò|realizou|organizou|acolheu|promoveu|a\s+(?:tenu|organisé|"
    r"accueilli|convoqué)|ont\s+(?:tenu|organisé|accueilli))\s+(?:[\w'’-]+\s+){0,3}\Z",
    re.IGNORECASE,
)


def _habitual(ctx: FieldContext, evidence: list[Evidence]) -> bool:
    """Whether the record's only meeting noun is a bare plural, which tells what a dialogue
    does in general ("The Process organises thematic meetings", "prepare workshops with
    partner countries", "des ateliers de formation"), not a meeting; told as held or to be
    held ("des ateliers se sont tenus à Dakar") it is given meetings."""
    own = next((e for e in evidence if e.field == "kind" and not e.inferred), None)
    if own is None:
        return False
    text = ctx.doc.text
    if _EVERY_YEAR.search(text, max(0, own.start - 60), own.start):
        return True  # "organise chaque année une réunion des hauts fonctionnaires"
    sentence = next((s for s in ctx.sentence_spans if s[0] <= own.start < s[1]), None)
    if sentence is not None and ctx.doc.within("tenses", [sentence]):
        return False
    words = own.text.lower().split()
    if not (words and (words[-1][-1:] in "sx" or (len(words[0]) > 3 and words[0][-1] == "i"))):
        return False
    before = _WORD_BEFORE.search(text, max(0, own.start - 30), own.start)
    if before is None:
        return False
    word = before.group(1).lower()
    if word.isdigit() or word in _DETERMINERS:
        return False
    return _PAST_VERB_BEFORE.search(text, max(0, own.start - 60), own.start) is None
