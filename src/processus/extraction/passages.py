"""From one passage to its meeting records.

A passage is about (at most) one main meeting, dated by its *anchor*: the date whose
sentence says the meeting takes place.  Other sentences that date or place another
meeting are *secondary*: each becomes a record of its own, with the rest of its
paragraph when it goes on about that meeting, and its facts are kept out of the main
record.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import pairwise

from processus.extraction.aliases import NameMatch
from processus.extraction.companions import companion_drafts, same_venue
from processus.extraction.date_roles import first_line_end
from processus.extraction.dates import DateMention
from processus.extraction.document import Document, Span, found_in, kind_starts_in, subtract
from processus.extraction.drafts import Draft, build_draft
from processus.extraction.enumerations import LISTED_RULE
from processus.extraction.fields.dates import is_relative, relative_reference, same_date
from processus.extraction.fields.kind import choose_kind
from processus.extraction.fields.themes import same_subject
from processus.extraction.kinds import KindMention
from processus.extraction.other_meetings import (
    cut_clauses,
    named_years,
    opens_in_passing,
    own_meeting_first,
    placed_meeting,
    year_dates,
)
from processus.extraction.scan import Cues
from processus.extraction.segmentation import Passage, sentences

_RECALL = re.compile(
    r"\b(?:previous|last|earlier|prior|former|preceding|précédente?s?|dernière|dernier|"
    r"antérieure?s?|anterior(?:es)?|precedent[ei])\b",
    re.IGNORECASE,
)
_RECALL_CUES = Cues(
    prefixes=("previous", "last", "earlier", "prior", "former", "preceding", "precedent",
              "derniere", "dernier", "anterieur", "anterior"),
)  # fmt: skip
# a recall word that is part of a date ("last week", "earlier this year", "la semaine
# dernière", "el año anterior", "la settimana precedente"): the time noun written after
# or before it, unless the date names a meeting ("last year's meeting", "la réunion de
# l'année dernière", "la reunión del año anterior" are recalled meetings)
_TIME_NOUN = (
    r"(?:weeks?|months?|years?|days?|weekend|night|autumn|spring|summer|winter|fall|quarter|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"semaines?|mois|années?|l['’]an|jours?|week-end|été|automne|hiver|printemps|trimestre|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"semanas?|mes(?:es)?|años?|días?|verano|otoño|invierno|primavera|"
    r"settiman[ae]|mes[ei]|ann[io]|giorn[io]|estate|autunno|inverno|"
    r"mês|meses|anos?|dias?|verão|outono)"
)
_TIME_NOUN_AFTER = re.compile(
    rf"\s+(?:(?:two|three|few|several|\d+)\s+)?{_TIME_NOUN}\b(?!['’]s\b)|"
    r"\s+(?:this|that|today|in)\b(?!-)",
    re.IGNORECASE,
)
_TIME_NOUN_BEFORE = re.compile(
    r"(?:\b(?P<of>de|du|d['’]|del|della|dello|dell['’]|da|do|dos)\s*(?:l['’]|la\s+|le\s+|el\s+)?)?"
    rf"\b{_TIME_NOUN}\s+\Z",
    re.IGNORECASE,
)
# verbs that say a sentence's meeting takes (took, will take) place, one row a language
_TAKES_PLACE_ROWS = (
    r"will\s+(?:take\s+place|be\s+held|be\s+organi[sz]ed|host|convene|open)|"
    r"(?:takes|took)\s+place|(?:is|was|were|are)\s+(?:being\s+)?held|(?:was|is)\s+hosted|"
    r"held\s+(?:in|on|at)|attended|"
    r"to\s+be\s+held|met|(?:will|to)\s+(?:meet|convene|gather)|gathered|convened|"
    r"(?:was|were)\s+(?:carried\s+out|conducted)|came\s+together|"
    # "the meeting opened in Rabat", not "a closed-door session"
    r"(?:opened|closed|concluded)(?![\s-]+(?:doors?|sessions?)\b)|"
    # an active verb and its meeting: "The Process held a thematic meeting on 4 May",
    # "ICMPD organised a regional workshop"
    r"(?:held|organi[sz]ed|co-?organi[sz]ed|hosted|co-?hosted|convened)\s+"
    r"(?:a|an|its|their|the)\s+(?=\w)",
    r"aura\s+lieu|se\s+tiendra|se\s+déroulera|accueillera|"
    r"s'est\s+(?:tenue?|déroulée?|ouverte?|clôturée?|achevée?)|a\s+eu\s+lieu|a\s+accueilli|"
    r"organise(?:ra)?|réunira|s'est\s+réuni|se\s+sont\s+(?:réunie?s|retrouvée?s)|se\s+réuniront",
    r"se\s+(?:celebró|celebrará|reunieron|reunirán|reunió|reunirá|llevó\s+a\s+cabo|"
    r"llevará\s+a\s+cabo|inauguró|clausuró)|(?:tuvo|tendrá)\s+lugar|acogerá|acogió|"
    r"(?:celebró|organizó|convocó)\s+(?:un|una|su|la|el)\s+(?=\w)",
    r"si\s+(?:è|e)\s+(?:svolt[oa]|tenut[oa]|riunit[oa]|apert[oa]|chius[oa])|"
    r"si\s+sono\s+(?:riunit[ie]|svolt[ie]|tenut[ie])|si\s+(?:svolgerà|terrà|riuniranno|riunirà)|"
    r"(?:ha|avrà)\s+(?:avuto\s+)?luogo|ospiterà|ha\s+ospitato|"
    r"ha\s+(?:tenuto|organizzato|convocato)\s+(?:un|una|uno|la|il|l['’])\s*(?=\w)",
    r"realizou-se|realizar-se-á|decorreu|decorrerá|(?:teve|terá)\s+lugar|"
    r"reuniram-se|reuniu-se|(?:se|vão)\s+reunir(?:am|ão|-se)|se\s+realizou|se\s+realizará|"
    r"acolherá|acolheu|(?:realizou|organizou|promoveu)\s+(?:um|uma|a|o)\s+(?=\w)",
)
_TAKES_PLACE = re.compile(r"\b(?:" + "|".join(_TAKES_PLACE_ROWS) + r")\b", re.IGNORECASE)
# words that tell of a meeting as background to the passage's own, one row a language
_BACKGROUND_ROWS = (
    r"already|earlier|since|previously|follow(?:s|ed|ing)?|(?:builds?|built)\s+on|"
    r"recalled|based\s+on|follow-up\s+to|continues|had",
    r"déjà|dès|depuis|fait\s+suite|précédemment|avait",
    r"ya|anteriormente|previamente|había(?:n)?",
    r"già|in\s+precedenza|precedentemente|aveva(?:no)?",
    r"já|tinha(?:m)?|havia(?:m)?",
)
_BACKGROUND = re.compile(
    r"\b(?:" + "|".join(_BACKGROUND_ROWS) + r")\b|"
    # "…, held in Rome in 2014": a meeting dated in an aside
    r",\s*(?:held|tenue?s?|celebrad[oa]s?|tenut[oaie]|svolt[oaie]|realizad[oa]s?)\b",
    re.IGNORECASE,
)
# a word of every alternative of the two patterns above (see scan.Cues)
_TAKES_PLACE_CUES = Cues(
    exact=("will", "takes", "took", "held", "hosted", "attended", "met", "gathered", "aura",
           "convened", "came", "sont", "to", "was", "were", "opened", "closed", "concluded",
           "tiendra", "deroulera", "accueillera", "tenu", "tenue", "deroule", "deroulee",
           "ouvert", "ouverte", "cloture", "cloturee", "acheve", "achevee",
           "lieu", "accueilli", "organise", "organisera", "reunira", "reuni", "reuniront",
           "se", "lugar", "si", "luogo", "realizou", "realizar", "decorreu", "decorrera",
           "reuniram", "reuniu", "vao", "acogera", "acogio", "ospitera", "ospitato",
           "acolhera", "acolheu", "organised", "organized", "co", "cohosted", "coorganised",
           "coorganized", "celebro", "organizo", "convoco", "ha", "organizou", "promoveu"),
)  # fmt: skip
_BACKGROUND_CUES = Cues(
    exact=("already", "earlier", "since", "previously", "follow", "follows", "followed",
           "following", "build", "builds", "built", "recalled", "based", "continues", "deja",
           "des", "depuis", "fait", "precedemment", "avait", "had", "held", "tenu", "tenue",
           "tenus", "tenues", "ya", "anteriormente", "previamente", "habia", "habian",
           "gia", "precedenza", "precedentemente", "aveva", "avevano", "ja", "tinha", "tinham",
           "havia", "haviam", "celebrado", "celebrada", "celebrados", "celebradas", "tenuto",
           "tenuta", "tenuti", "tenute", "svolto", "svolta", "svolti", "svolte", "realizado",
           "realizada", "realizados", "realizadas"),
)  # fmt: skip
# a concept note's label of its meeting's date, on the date's line ("Date: 8-10 December",
# "Date and venue: 18-20 May 2027, Warsaw") or as the heading of its section ("Venue and
# date⏎The meeting will take place in Accra on 5 May 2027", "Lieu et date", "Fecha y lugar")
_DATE_WORDS = (
    r"(?:(?:venue|location|place)\s+and\s+dates?|dates?\s+and\s+(?:venue|location|place)|"
    r"lieu\s+et\s+dates?|dates?\s+et\s+lieu|lugar\s+y\s+fechas?|fechas?\s+y\s+lugar|"
    r"luogo\s+e\s+dat[ae]|dat[ae]\s+e\s+luogo|local\s+e\s+datas?|datas?\s+e\s+local|"
    r"Dates?|Fechas?|Data)"
)
_DATE_LABEL = re.compile(r"\b" + _DATE_WORDS + r"\s*:\s*\Z", re.IGNORECASE)
_DATE_HEADING = re.compile(r"[ \t#*•-]*" + _DATE_WORDS + r"[ \t]*:?[ \t]*", re.IGNORECASE)
_IN_YEAR = re.compile(
    r"\b(?:in|en|dès|back\s+in|as\s+early\s+as|em|nel|ya\s+en|già\s+nel)\s+\Z",
    re.IGNORECASE,
)
# a year in brackets after its place: "held a ministerial conference in Paris (2008)",
# "a organisé un atelier à Saly (2019)"
_PLACE_YEAR = re.compile(
    r"\b(?:in|at|à|en|a|em|di)\s+[A-ZÀ-Ý][\w'’-]*(?:[ -][A-ZÀ-Ý][\w'’-]*){0,2}\s*\(\Z"
)
# more places after it: the year is one entry's of a list (see enumerations)
_MORE_PLACES = re.compile(r"\s*(?:,|and\b|et\b|y\b|e\b)\s*[A-ZÀ-Ý]")
_MORE_DATED_PLACES = re.compile(
    r"\s*(?:,|and\b|et\b|y\b|e\b)\s*[A-ZÀ-Ý][\w'’-]*(?:[ -][A-ZÀ-Ý][\w'’-]*){0,2}\s*"
    r"\((?:19|20)\d\d\)"
)
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
# a word inside every match of the pattern above (see scan.Cues)
_BACK_TO_MAIN_CUES = Cues(
    exact=("meeting", "event", "session", "conference", "workshop", "rencontre", "reunion",
           "evenement", "atelier", "seminaire", "then", "afterwards", "thereafter", "later",
           "next", "ensuite", "puis", "suite", "lendemain", "day", "overall", "all", "total",
           "tout", "jour", "journee", "days", "jours", "journees", "conclusions", "declaration"),
)  # fmt: skip

#: a sentence that tells of another meeting: its span, its date (None for a meeting
#: placed but not dated) and whether it recalls a past meeting ("the previous meeting")
Secondary = tuple[Span, DateMention | None, bool]


@dataclass
class _Sentences:
    """The sentences of a passage's own text, sentences that date two meetings cut in
    clauses (``whole`` maps each clause to its sentence)."""

    doc: Document
    spans: list[Span]
    whole: dict[Span, Span] = field(default_factory=dict)
    _indexed: list[Span] | None = field(default=None, repr=False)  # spans _starts was built of
    _starts: list[int] = field(default_factory=list, repr=False)

    def _index(self) -> list[int]:
        """The starts of the spans when they are sorted and disjoint, else []."""
        spans = self.spans
        if self._indexed is not spans:
            self._indexed, self._starts = spans, [s[0] for s in spans]
            if any(a[1] > b[0] for a, b in pairwise(spans)):
                self._starts = []  # not sorted and disjoint: look at each
        return self._starts

    def of(self, pos: int) -> Span | None:
        """The sentence (or clause) that holds ``pos``: a binary search of the sorted,
        disjoint spans (a page of thousands of dated lines asks for each of its dates)."""
        spans, starts = self.spans, self._index()
        if not starts:
            return next((s for s in spans if s[0] <= pos < s[1]), None)
        i = bisect_right(starts, pos) - 1
        return spans[i] if i >= 0 and pos < spans[i][1] else None

    def starting_from(self, pos: int) -> list[Span]:
        """The sentences that start at ``pos`` or after it, in order."""
        spans, starts = self.spans, self._index()
        if not starts:
            return [s for s in spans if s[0] >= pos]
        return spans[bisect_left(starts, pos) :]

    def is_recall(self, span: Span) -> bool:
        """Whether the sentence names a meeting recalled as a previous one (a clause is a
        recall when its sentence is: "has already worked on it: A, and B")."""
        doc = self.doc
        span = self.whole.get(span, span)
        key = ("recall", *span)
        found = doc.memo.get(key)
        if found is None:
            found = doc.memo[key] = _recalls(doc, *span) and kind_starts_in(doc, *span)
        return found


def _recalls(doc: Document, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a recall word ("the previous meeting", "la
    réunion précédente") that is not part of a date ("last week", "l'année dernière")."""
    at = _RECALL_CUES.search_from(doc.text, doc.tokens, start, end)
    if at is None:
        return False
    text = doc.text
    for m in _RECALL.finditer(text, at, end):
        if _TIME_NOUN_AFTER.match(text, m.end(), end) is not None:
            continue
        before = _TIME_NOUN_BEFORE.search(text, max(start, m.start() - 30), m.start())
        if before is None or before.group("of"):
            return True
    return False


def passage_drafts(
    doc: Document,
    source: str,
    passage: Passage,
    own: list[Span],
    inherited: tuple[str, NameMatch] | None,
) -> list[Draft]:
    """The records of ``passage`` (``own``: its text less its child passages), the main
    meeting's first; ``inherited``: the dialogue of the enclosing passage."""
    text = doc.text
    found = _Sentences(doc, [s for start, end in own for s in sentences(text, start, end)])
    # "the partners met on Tuesday", "next month" count when the document's own date says
    # when they were
    # a timeline entry's year heads its line: "2006 – Rabat: first … Conference"
    heading = passage.heading or (0, 0)
    meeting_dates = [
        d
        for d in doc.within("dates", own)
        if (
            d.role == "meeting"
            and (
                d.first[1] is not None
                or (is_relative(d) and relative_reference(doc, d))
                or (heading[0] <= d.start < heading[1] and d.first[0] is not None)
                # a timeline's year that opens its line: "2015 – Valletta: Summit on …"
                or (
                    d.first[0] is not None
                    and text[text.rfind("\n", 0, d.start) + 1 : d.start].strip(" \t•·*-") == ""
                )
            )
        )
        # a list entry's year alone: "Budapest, Hungary (1991)" under "Past Ministerial
        # Conferences"
        or (d.role == "year" and heading[0] <= d.start < heading[1])
    ]
    meeting_starts = [d.start for d in meeting_dates]  # in text order
    years = [
        d
        for d in doc.within("dates", own)
        if (d.role == "year" and _year_of_a_meeting(text, d))
        or _year_part_alone(d, found, meeting_starts)
    ]
    if len(meeting_dates) + len(years) > 1:
        dated = sorted(meeting_dates + years, key=lambda d: d.start) if years else meeting_dates
        found.spans, found.whole = cut_clauses(doc, found.spans, dated)
    anchor = _choose_anchor(doc, passage, meeting_dates, found)
    secondary = _secondary_sentences(doc, passage, anchor, meeting_dates, years, found)
    extended = [
        _extend(doc, sentence, recall, found, meeting_dates, anchor)
        for sentence, _d, recall in secondary
    ]
    return _build_drafts(doc, source, passage, own, found, anchor, inherited, secondary, extended)


def _year_of_a_meeting(text: str, d: DateMention) -> bool:
    """Whether a year alone is written where a meeting's may be ("in 2019", "dès 2021", "in
    Paris (2008)", not "in Abuja (2023), Accra and Porto"): the sentence's verb decides
    (see year_dates)."""
    if _IN_YEAR.search(text, max(0, d.start - 16), d.start):
        return True
    return (
        text[d.end : d.end + 1] == ")"
        and (
            _MORE_PLACES.match(text, d.end + 1) is None
            # the first of places that each have their year: "held in Rabat (2006), Paris
            # (2008) and Dakar (2011)", a list the enumeration reads from this year
            or _MORE_DATED_PLACES.match(text, d.end + 1) is not None
        )
        and bool(_PLACE_YEAR.search(text, max(0, d.start - 48), d.start))
    )


def _year_part_alone(d: DateMention, found: _Sentences, meeting_starts: list[int]) -> bool:
    """A part of a year that dates a meeting of its own sentence ("The next workshop will
    take place in Kampala in early 2026", "… à Kampala fin 2026"), in a sentence that dates
    no meeting to the month: there, the year's part is one more clause's date."""
    if d.role != "meeting" or d.first[0] is None or d.first[1] is not None:
        return False
    sentence = found.of(d.start)
    if sentence is None:
        return False
    i = bisect_left(meeting_starts, sentence[0])
    return not (i < len(meeting_starts) and meeting_starts[i] < sentence[1])


def _choose_anchor(
    doc: Document, passage: Passage, meeting_dates: list[DateMention], found: _Sentences
) -> DateMention | None:
    """The date of the passage's own meeting: the one in a list entry's heading, else the
    date whose sentence most surely reports the meeting, not one recalled as background
    ("held in Rome in 2014", "has already worked on it")."""
    if passage.heading is not None:
        start, end = passage.heading
        in_heading = next((d for d in meeting_dates if start <= d.start < end), None)
        if in_heading is not None:
            return in_heading
    anchor: DateMention | None = None
    best = -99
    first: DateMention | None = None
    first_sentence: Span | None = None
    for d in meeting_dates:
        sentence = found.of(d.start)
        if sentence is not None and found.is_recall(sentence):
            continue
        if first is None:
            first, first_sentence = d, sentence
        score = _date_score(doc, passage, d, sentence, found, meeting_dates)
        if score > best:
            anchor, best = d, score
    if (
        anchor is not first
        and first is not None
        and first_sentence is not None
        and _keeps_lead(doc, first, first_sentence)
    ):
        return first
    if anchor is not None and passage.shape == "document" and not _labelled(doc, anchor):
        # a page's "Dates: 9-10 September 2026" line is its own meeting's, over a meeting
        # its background recalls ("most recently at a thematic meeting held in Madrid")
        labelled = next((d for d in meeting_dates if _labelled(doc, d)), None)
        if labelled is not None:
            return labelled
    return anchor


def _labelled(doc: Document, d: DateMention) -> bool:
    """Whether a label names ``d`` the meeting's date: on its line, or as the heading of
    its section, with no other line of prose between them."""
    text = doc.text
    if _DATE_LABEL.search(text, max(0, d.start - 32), d.start) is not None:
        return True
    line_start = text.rfind("\n", 0, d.start) + 1
    above_end = text.rfind("\n", 0, max(0, line_start - 1)) + 1 if line_start else -1
    if line_start == 0 or d.start - line_start > _UNDER_HEADING:
        return False
    heading = text[above_end : line_start - 1]
    return _DATE_HEADING.fullmatch(heading) is not None


# how far into the line under a date heading the date may be written
_UNDER_HEADING = 120


def _date_score(
    doc: Document,
    passage: Passage,
    d: DateMention,
    sentence: Span | None,
    found: _Sentences,
    meeting_dates: list[DateMention],
) -> int:
    """How surely the date ``d`` of ``sentence`` dates the passage's own meeting."""
    if sentence is None:
        return 0
    score = _anchor_score(doc, sentence, found.whole.get(sentence))
    if passage.shape == "document" and _names_headline(doc, sentence):
        score += 3  # the headline's meeting is the page's own
    if not d.has_year and d.first[2] is None and not d.direction and d.relative is None:
        score -= 1  # "in October": a month alone is vaguer than any written date
    elif d.relative is not None and d.relative[0] in ("year", "month"):
        score -= 1  # "This year, the meeting took place on 3 and 4 November": the days do
    elif d.relative is not None and _written_day_beside(d, sentence, meeting_dates):
        score -= 1  # "took part this week in the Forum, held on 6-7 July 2026": the days do
    if sentence not in found.whole and opens_in_passing(doc, sentence):
        # "Following a preparation started in December 2022, a thematic meeting was held
        # on 9 September 2026": a date of the opening clause, before a comma and the
        # sentence's own date, is not its meeting's
        text = doc.text
        if any(
            d.end <= later.start < sentence[1] and ", " in text[d.end : later.start]
            for later in meeting_dates
        ):
            score -= 2
    return score


def _written_day_beside(d: DateMention, sentence: Span, dates: list[DateMention]) -> bool:
    """Whether ``sentence`` writes a day out besides the relative mention ``d``."""
    return any(
        o is not d
        and o.relative is None
        and o.first[2] is not None
        and sentence[0] <= o.start < sentence[1]
        for o in dates
    )


def _keeps_lead(doc: Document, first: DateMention, sentence: Span) -> bool:
    """Whether the passage's first date stays the anchor though a later one scores more."""
    # the first date keeps the lead when it is labelled ("Date: …") or when its sentence
    # places a meeting without naming one ("City, date, hosted by …"): as a secondary
    # sentence it would be lost
    labelled = _labelled(doc, first)
    unnamed = not kind_starts_in(doc, sentence[0], sentence[1])
    placed = any(sentence[0] <= p.start < sentence[1] and p.city for p in doc.places)
    return bool(labelled or (unnamed and placed))


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
        if whole is not None and opens_in_passing(doc, sentence):
            score -= 2  # the clause of a meeting told beside the sentence's own
        doc.memo[key] = score
    return score


def _names_headline(doc: Document, sentence: Span) -> bool:
    """Whether ``sentence``, below the page's heading, names the meeting the heading names
    ("Egypt to host Second Ministerial Meeting …" above "… set to chair the Second
    Ministerial Meeting … on Wednesday, 9 April")."""
    first_line = first_line_end(doc.text)
    if sentence[0] < first_line:
        return False
    headline = {t.title.casefold() for t in doc.titles if t.start < first_line}
    if not headline:
        return False
    named = doc.within("titles", [sentence])
    return any(t.title.casefold() in headline for t in named)


def _secondary_sentences(
    doc: Document,
    passage: Passage,
    anchor: DateMention | None,
    meeting_dates: list[DateMention],
    years: list[DateMention],
    found: _Sentences,
) -> list[Secondary]:
    """The sentences that date or place a meeting other than the anchor's, in order."""
    secondary = _dated_others(doc, passage, anchor, meeting_dates, years, found)
    # an undated meeting introduced with its place ("civil society organisations held
    # their own side event in Lisbon", "the programme included a field visit in Praia")
    dated_sentences = {s for s, _, _ in secondary}
    anchor_sentence = found.of(anchor.start) if anchor is not None else None
    for sentence in found.spans:
        if sentence in dated_sentences or sentence == anchor_sentence:
            continue
        if passage.heading is not None and sentence[0] < passage.heading[1]:
            continue
        if placed_meeting(doc, sentence, anchor_sentence, years):
            secondary.append((sentence, None, found.is_recall(sentence)))
    secondary.sort(key=lambda item: item[0])
    return secondary


def _dated_others(
    doc: Document,
    passage: Passage,
    anchor: DateMention | None,
    meeting_dates: list[DateMention],
    years: list[DateMention],
    found: _Sentences,
) -> list[Secondary]:
    """The sentences (one per sentence, outside the anchor's and the heading) whose date
    is not the anchor's and that name a meeting."""
    secondary: list[Secondary] = []
    taken: set[Span] = set()
    held_years = year_dates(doc, years, meeting_dates, found.of)
    modifiers = [
        d for d in named_years(doc, doc.within("dates", found.spans)) if d not in held_years
    ]
    for d in meeting_dates + held_years + modifiers:
        if anchor is not None and (d is anchor or same_date(d, anchor)):
            continue
        sentence = found.of(d.start)
        if (
            sentence is not None
            and anchor is not None
            and sentence[0] <= anchor.start < sentence[1]
        ):
            if d in modifiers:
                clause = _named_in_passing(doc, d, sentence, anchor)
            else:  # "… on 14-15 December 2019, followed by a side event on 16 December"
                clause = _own_clause(doc, d, sentence, anchor)
            if clause is not None and clause not in taken:
                taken.add(clause)
                secondary.append((clause, d, d in modifiers))
            continue
        if sentence is None:
            continue
        if passage.heading is not None and sentence[0] < passage.heading[1]:
            continue
        if not kind_starts_in(doc, sentence[0], sentence[1]):
            continue
        if sentence in taken:
            continue
        taken.add(sentence)
        secondary.append((sentence, d, found.is_recall(sentence)))
    return secondary


_CLAUSE_EDGE = re.compile(r"[,;:()]\s*|\s+(?:and|et|y|e)\s+", re.IGNORECASE)


def _named_in_passing(
    doc: Document, d: DateMention, sentence: Span, anchor: DateMention
) -> Span | None:
    """The clause of the anchor's sentence that names a meeting by its year ("partners
    reviewed the commitments made at the 2022 Cádiz ministerial conference"), when the
    rest of the sentence still names the anchor's meeting; else None."""
    text = doc.text
    # a clause is looked for within _CLAUSE_REACH characters of its date: a sentence of
    # thousands of dates on one line must not cost each of them the whole line
    lo = max(sentence[0], d.start - _CLAUSE_REACH)
    start = lo
    for edge in _CLAUSE_EDGE.finditer(text, lo, d.start):
        start = edge.end()
    following = _CLAUSE_EDGE.search(text, d.end, min(sentence[1], d.end + _CLAUSE_REACH))
    end = following.start() if following else min(sentence[1], d.end + _CLAUSE_REACH)
    if start <= anchor.start < end or not kind_starts_in(doc, start, end):
        return None
    rest = kind_starts_in(doc, sentence[0], start) or kind_starts_in(doc, end, sentence[1])
    return (start, end) if rest else None


_CLAUSE_REACH = 400


def _own_clause(doc: Document, d: DateMention, sentence: Span, anchor: DateMention) -> Span | None:
    """The clause of the anchor's sentence that dates a second meeting with its own noun,
    nearer to its date than to the anchor ("The SOM took place on 14-15 December 2019,
    followed by a side event on 16 December"), or None."""
    clause = _named_in_passing(doc, d, sentence, anchor)
    if clause is None:
        return None
    nouns = doc.within("kinds", [clause])
    gap_to_d = min(abs(k.start - d.end) if k.start >= d.end else d.start - k.end for k in nouns)
    gap_to_anchor = min(
        abs(k.start - anchor.end) if k.start >= anchor.end else anchor.start - k.end for k in nouns
    )
    return clause if gap_to_d < gap_to_anchor else None


def _extend(
    doc: Document,
    sentence: Span,
    recall: bool,
    found: _Sentences,
    meeting_dates: list[DateMention],
    anchor: DateMention | None,
) -> list[Span]:
    """The spans of a secondary meeting: its sentence and those that go on about it.

    What a reported side meeting did is often told in the sentences after the one that
    dates it ("… a side event gathered 130 participants. … the event produced 14
    recommendations."): the rest of its paragraph goes with it, up to the next sentence
    that dates or names a meeting.
    """
    spans_of = [sentence]
    # not when the sentence also names the passage's meeting ("a side event held in
    # the margins of the conference of 3 May. It looked at …" tells of the side event)
    kinds = doc.within("kinds", [sentence])
    if recall or len(kinds) != 1:
        return spans_of
    text = doc.text
    for nxt in found.starting_from(sentence[1]):
        if any(nxt[0] <= d.start < nxt[1] for d in meeting_dates):
            break
        if _names_it_again(doc, nxt, kinds[0]):
            # a newsletter's item: "Workshop on diaspora (Praia, 28-29 April 2026)⏎The
            # workshop, organised with ICMPD, …" goes on about that workshop
            spans_of.append(nxt)
            continue
        if "\n" in text[spans_of[-1][1] : nxt[0] + 1] or kind_starts_in(doc, nxt[0], nxt[1]):
            break
        if anchor is not None and nxt[0] <= anchor.start < nxt[1]:
            break
        if found_in(doc, _BACK_TO_MAIN, _BACK_TO_MAIN_CUES, *nxt):
            break
        spans_of.append(nxt)
    return spans_of


# a sentence that opens on a meeting named again with its definite article
_DEFINITE_OPENING = re.compile(
    r"\s*(?:the|this|le|la|l['’]|cet|cette|ce|el|este|esta|il|lo|questo|questa|o|a|este|esta)"
    r"\s*\Z",
    re.IGNORECASE,
)


def _names_it_again(doc: Document, sentence: Span, kind: KindMention) -> bool:
    """Whether ``sentence`` opens on the meeting of ``kind`` told again ("The workshop, …",
    "L'atelier …"): the first noun of the sentence, of the same kind, after an article."""
    first = next(iter(doc.within("kinds", [sentence])), None)
    return (
        first is not None
        and first.kind == kind.kind
        and _DEFINITE_OPENING.fullmatch(doc.text, sentence[0], first.start) is not None
    )


def _build_drafts(
    doc: Document,
    source: str,
    passage: Passage,
    own: list[Span],
    found: _Sentences,
    anchor: DateMention | None,
    inherited: tuple[str, NameMatch] | None,
    secondary: list[Secondary],
    extended: list[list[Span]],
) -> list[Draft]:
    """The main record from what the secondary meetings leave, then theirs."""
    # a sentence that dates another meeting may still name this one ("a side event in
    # the margins of the conference held on 3 May"): only its own meeting noun is taken
    taken_kinds = set()
    for i, (sentence, d, _recall) in enumerate(secondary):
        other = choose_kind(doc, [sentence], [d] if d else [], [sentence], True)
        if other is not None:
            taken_kinds.add(other.start)
            if own_meeting_first(doc, sentence, other.start):
                # "Hosted by Poland, the meeting took stock of … since": the other from its noun
                extended[i] = [(max(s, other.start), e) if s == sentence[0] else (s, e)
                               for s, e in extended[i]]  # fmt: skip
    main_spans = subtract(own, [s for spans_of in extended for s in spans_of])
    drafts: list[Draft] = []
    main = build_draft(
        doc, source, passage, main_spans, found.spans, anchor, inherited, False,
        kind_spans=own, exclude_kinds=frozenset(taken_kinds),
    )  # fmt: skip
    if main is not None:
        drafts.append(main)
        anchor_sentence = found.of(anchor.start) if anchor is not None else None
        drafts += companion_drafts(doc, main, anchor_sentence, frozenset(taken_kinds))
    listed = _listed_dates(drafts)
    for (sentence, d, recall), spans_of in zip(secondary, extended, strict=True):
        if d is not None and (d.start, d.end) in listed:
            continue  # a meeting of the list its sentence opened, already recorded
        parent = _recall_parent(doc, main, inherited) if recall else None
        draft = build_draft(doc, source, passage, spans_of, spans_of, d, parent, True, anchor)
        if draft is None:
            continue
        if main is not None and not draft.record.themes:
            same_subject(doc, spans_of, main.record, draft.record)
        if main is not None and not recall:
            same_venue(doc, sentence, main.record, draft.record)
        draft.order = sentence[0]
        drafts.append(draft)
        drafts += companion_drafts(doc, draft, sentence, frozenset(taken_kinds))
    return drafts


def _listed_dates(drafts: list[Draft]) -> set[Span]:
    """The spans of the dates that the meetings of a list took ("the SOMs in Dakar (May
    2024) and Lisbon (October 2024)"), each its own record."""
    return {
        (e.start, e.end)
        for draft in drafts
        for e in draft.record.evidence
        if e.field == "start" and e.rule == LISTED_RULE
    }


def _recall_parent(
    doc: Document, main: Draft | None, inherited: tuple[str, NameMatch] | None
) -> tuple[str, NameMatch] | None:
    """The dialogue a recalled meeting ("the previous meeting") takes when the text
    names none for it: the main meeting's, else the enclosing passage's."""
    if main is None or not main.record.dialogues:
        return inherited
    # the dialogue of the main meeting's first evidence, named as that evidence names it
    # (the record's list is sorted by name: its first need not be the one first written)
    ev = next(e for e in main.record.evidence if e.field == "dialogues")
    match = next((n for n in doc.names if n.start == ev.start), None)
    entry = match.first("dialogue") if match is not None else None
    return (entry.name, match) if match is not None and entry is not None else inherited
