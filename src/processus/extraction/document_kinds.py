"""What kind of document a text is: a concept note, an announcement, a list of meetings, …

The kind is per document, not per meeting record: it is not part of the record contract
(``docs/extraction-contract.md``) and travels beside the records in
:class:`~processus.extraction.records.DocumentExtraction`.

The decision is a small ordered table of named cues (:data:`RULES`); the first cue that
holds decides, and the result says which cue it was and where it stands in the text:

1. **feed layout**: posts separated by a social network's boilerplate → ``social_post``
   (the same test as :func:`processus.extraction.segmentation.is_feed`);
2. **heading says "Concept note"** (EN/FR/ES/IT/PT) → ``concept_note``;
3. **several "City, date" entries** (the listing passages of
   :func:`~processus.extraction.segmentation.split_passages`) **or a calendar** (lines that
   open with a date) → ``meeting_list``;
4. heading words for an **agenda** ("ordre du jour", "orden del día", …) or a programme laid
   out in time slots → ``agenda``; an **announcement** ("Save the date", "Annonce",
   "Call for registration", "Upcoming") → ``announcement``; an **outcome** ("Conclusions",
   "Report", "Compte rendu", "Relatório", …) → ``outcome``; a vacancy notice, an "About"
   page, a project sheet or a data brief → ``other``;
5. **hashtags or @mentions in a short text** → ``social_post``;
6. a news agency's **dateline** ("DAKAR, 3 May 2024 (APS) –", read by
   :func:`processus.extraction.furniture.datelines`) or a **byline** ("By Jane Doe") →
   ``news``;
7. a **press release** heading, a **News** section ("Actualités", "Noticias", …) or a
   **meetings** section ("Political meetings", "Réunions thématiques") in the heading →
   ``news`` / ``meeting_page``, or ``announcement`` when the page tells of its meeting in
   the future tense ("will take place", "se tiendra");
8. **one meeting with its date or place near the top** → ``meeting_page`` (``announcement``
   when that meeting is still to come);
9. a **publication line** ("Published on …", "Publié le …") over a story → ``news``;
10. none of these → ``other``.

Heading words count only in the document's heading lines (its first short lines), at the
start of a line or after a separator ("Rabat Process – Concept note", "Annonce du 28 avril
2022", "Save the date: …"), so "the agenda of the meeting includes …" in running prose
makes no agenda, and a news story that mentions a concept note stays news.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from processus.extraction.dates import DateMention, find_dates, first_day
from processus.extraction.furniture import datelines
from processus.extraction.records import MeetingRecord
from processus.extraction.segmentation import Passage, is_feed, posts
from processus.extraction.tenses import tense_cues

Span = tuple[int, int]

#: Every kind a document can have, in the order pages list them.
DOCUMENT_KINDS: tuple[str, ...] = (
    "concept_note",
    "announcement",
    "agenda",
    "meeting_list",
    "meeting_page",
    "outcome",
    "news",
    "social_post",
    "other",
)


@dataclass(frozen=True)
class DocumentKind:
    """A document's kind, the cue that decided it (one short line) and where that cue is."""

    kind: str
    reason: str
    span: Span | None = None


# --- heading words ------------------------------------------------------------------------


@dataclass(frozen=True)
class HeadingCue:
    """Words that, heading a document, say what it is. ``kind`` is a document kind, or
    ``press`` / ``news_section`` / ``meeting_section`` (decided with the tense)."""

    name: str
    kind: str
    pattern: str


# What may follow heading words in their segment: nothing, a bracket, a date, or a
# connector and anything ("Annonce du 28 avril", "Report of the meeting", "Note for …").
_TAIL = (
    r"(?:\s*[?!]?\s*$|\s*[(\[]|\s+\d|\s+(?:of|for|on|from|by|to|dated|du|de|des|d'|sur|pour|par|del|"
    r"della|dello|dei|degli|di|do|da|dos|das|para|per|sobre|su)\b)"
)

#: Heading words in English, French, Spanish, Italian and Portuguese, tried in this order.
HEADING_CUES: tuple[HeadingCue, ...] = (
    HeadingCue(
        "concept note",
        "concept_note",
        r"(?:draft\s+|revised\s+|projet\s+de\s+)?(?:concept\s+note|note\s+conceptuelle|"
        r"nota\s+(?:conceptual|concetual|de\s+concepto|concettuale|concettuale))",
    ),
    HeadingCue(
        "agenda",
        "agenda",
        r"(?:(?:draft|provisional|annotated|revised)\s+)?agenda|"
        r"(?:projet\s+d')?ordre\s+du\s+jour(?:\s+(?:provisoire|annoté))?|"
        r"orden\s+del\s+d[ií]a|ordine\s+del\s+giorno|ordem\s+(?:de\s+trabalhos|do\s+dia)|"
        r"(?:meeting\s+programme|programme\s+of\s+the\s+meeting|programme\s+de\s+la\s+réunion|"
        r"programa\s+de\s+la\s+reunión|programma\s+della\s+riunione|programa\s+da\s+reunião)",
    ),
    HeadingCue(
        "announcement",
        "announcement",
        r"announcement|save\s+the\s+date|call\s+for\s+(?:registration|participation)|"
        r"registration\s+(?:is\s+)?open|upcoming(?:\s+(?:events?|meetings?|activities))?|"
        r"forthcoming(?:\s+(?:events?|meetings?))?|invitation|"
        r"annonce|avis\s+de\s+réunion|appel\s+à\s+inscription|inscriptions?\s+ouvertes?|"
        r"(?:événements?|réunions?)\s+à\s+venir|à\s+venir|"
        r"anuncio|convocatoria|próximos?\s+eventos|"
        r"annuncio|convocazione|prossimi\s+eventi|"
        r"anúncio|convocatória|próximos\s+eventos",
    ),
    HeadingCue(
        "outcome",
        "outcome",
        r"(?:final\s+|meeting\s+)?(?:outcome(?:\s+document|s)?|report|conclusions|"
        r"recommendations)|(?:chair(?:'s|s|manship)?\s+)?conclusions|summary\s+of\s+conclusions|"
        r"rapport(?:\s+final)?|compte[-\s]rendu|relevé\s+de\s+conclusions|résultats|"
        r"recommandations|informe(?:\s+final)?|conclusiones|recomendaciones|"
        r"relazione(?:\s+finale)?|rapporto(?:\s+finale)?|conclusioni|raccomandazioni|"
        r"relatório(?:\s+final)?|conclusões|recomendações",
    ),
    HeadingCue(
        "not about meetings",
        "other",
        r"vacancy(?:\s+notice)?|job\s+(?:offer|opening)|call\s+for\s+applications|"
        r"offre\s+d'emploi|avis\s+de\s+vacance|oferta\s+de\s+empleo|offerta\s+di\s+lavoro|"
        r"oferta\s+de\s+emprego|about(?:\s+us|\s+the\s+[^\d]+)?(?!\s+\d)|à\s+propos|qui\s+sommes-nous|"
        r"who\s+are\s+our\s+members|qui\s+sont\s+nos\s+membres|(?:a\s+)?(?:short\s+)?history|"
        r"project\s+(?:description|sheet)|fiche\s+de\s+projet|data\s+brief|"
        r"(?:members|membres|miembros|membri|membros)(?:\s+(?:and|et)\s+\w+)?",
    ),
    HeadingCue(
        "blog or social post",
        "social_post",
        r"blog\s+post|billet\s+de\s+blog|entrada\s+de\s+blog|post\s+del\s+blog",
    ),
    HeadingCue(
        "press release",
        "press",
        r"press\s+(?:release|statement)|news\s+release|communiqué(?:\s+de\s+presse)?|"
        r"comunicado(?:\s+de\s+(?:prensa|imprensa))?|nota\s+de\s+(?:prensa|imprensa)|"
        r"comunicato(?:\s+stampa)?",
    ),
    HeadingCue(
        "news section",
        "news_section",
        r"(?:latest\s+)?news|actualités?|noticias|notícias|notizie|fil\s+d'actualité",
    ),
    HeadingCue(
        "meetings section",
        "meeting_section",
        r"meeting\s+page|fiche\s+de\s+réunion|(?:[\w'-]+\s+){0,2}(?:meetings|conferences|"
        r"workshops|trainings|events|activities|réunions|conférences|ateliers|formations|"
        r"événements|activités|reuniones|conferencias|talleres|eventos|actividades|riunioni|"
        r"conferenze|eventi|attività|reuniões|conferências|oficinas|atividades)"
        r"(?:\s+[\w'-]+){0,2}",
    ),
)

_CUE_PATTERNS = [
    (cue, re.compile(r"(?P<cue>" + cue.pattern + r")" + _TAIL, re.IGNORECASE))
    for cue in HEADING_CUES
]
# words that close a heading about no meeting: "Le Processus de Budapest en bref",
# "Labour migration in Southern Africa in figures"
_OTHER_TAIL = HeadingCue(
    "closing words of a heading about no meeting",
    "other",
    r"\b(?:en\s+bref|in\s+brief|at\s+a\s+glance|in\s+figures|en\s+chiffres|en\s+cifras|"
    r"in\s+cifre|em\s+números)\s*$",
)
_OTHER_TAIL_PATTERN = re.compile(_OTHER_TAIL.pattern, re.IGNORECASE)
# a heading line is cut into segments at separators: "A – B", "A | B", "A › B", "A: B"
_SEPARATOR = re.compile(r"\s+[–—-]\s+|\s*[|›»•·]\s*|:\s+|\s+/\s+")
_MARKUP = re.compile(r"[#*_>\s]*")
_HEADING_LINES = 4
_HEADING_WIDTH = 200


def heading_segments(text: str) -> list[Span]:
    """The segments of the document's heading lines: its first short lines (at most
    four, none longer than a line of prose), cut at separators, markup stripped."""
    out: list[Span] = []
    for number, line in enumerate(re.finditer(r"[^\n]*\S[^\n]*", text)):
        if number >= _HEADING_LINES or len(line.group().strip()) > _HEADING_WIDTH:
            break
        pos = line.start()
        cuts = [(m.start(), m.end()) for m in _SEPARATOR.finditer(text, pos, line.end())]
        if _menu(text, pos, line.end(), cuts):
            continue  # "Home | About | Activities | News": a site's menu, not the heading
        for stop, after in [*cuts, (line.end(), line.end())]:
            start = _MARKUP.match(text, pos, stop)
            s = start.end() if start else pos
            e = stop
            while e > s and text[e - 1] in " \t*_":
                e -= 1
            if e > s:
                out.append((s, e))
            pos = after
    return out


_MENU_ITEM = 24  # the longest item of a site's menu line


def _menu(text: str, start: int, end: int, cuts: list[Span]) -> bool:
    """Whether a line of three items or more, each short, is a site's menu."""
    if len(cuts) < 2:
        return False
    bounds = [start, *(c for cut in cuts for c in cut), end]
    items = [text[bounds[i] : bounds[i + 1]].strip() for i in range(0, len(bounds), 2)]
    return all(0 < len(item) <= _MENU_ITEM and len(item.split()) <= 3 for item in items)


def heading_cues(text: str, segments: Sequence[Span]) -> dict[str, tuple[HeadingCue, Span]]:
    """For each kind of :data:`HEADING_CUES`, its first heading segment that opens with its
    heading words, and the span of those words."""
    found: dict[str, tuple[HeadingCue, Span]] = {}
    for s, e in segments:
        segment = text[s:e]
        for cue, pattern in _CUE_PATTERNS:
            if cue.kind in found:
                continue
            m = pattern.match(segment)
            if m is not None:
                found[cue.kind] = (cue, (s + m.start("cue"), s + m.end("cue")))
        if "other" not in found:
            m = _OTHER_TAIL_PATTERN.search(text, s, e)
            if m is not None:
                found["other"] = (_OTHER_TAIL, m.span())
    return found


# --- layout -------------------------------------------------------------------------------

_HASHTAG = re.compile(r"(?<![\w#@/])[#@][^\W\d_]\w+")
_SHORT_POST = 1500
# "By Jane Doe", "Par Awa Diop", "Por Ana da Silva": a name of two words or more
_BYLINE = re.compile(
    r"(?:[Bb]y|BY|[Pp]ar|PAR|[Pp]or|POR|[Dd]i)\s+[A-ZÀ-Ý][\w'’.-]+"
    r"(?:\s+(?:[A-ZÀ-Ý][\w'’.-]+|de|da|do|dos|van|von|el|di))*\s+[A-ZÀ-Ý][\w'’.-]+"
)
_PUBLISHED = re.compile(
    r"(?:published|posted|publié(?:e|s)?|mis\s+en\s+ligne|publicad[oa]|pubblicat[oa])"
    r"(?:\s+(?:on|le|el|em|il))?\s+\d",
    re.IGNORECASE,
)
_TIME_SLOT = re.compile(
    r"(?m)^[ \t]*(?:\d{1,2}[:.h]\d{2}|\d{1,2}h)\s*(?:[-–—]\s*\d{1,2}[:.h]\d{2})?\b"
)
_LIST_WORDS = re.compile(
    r"\b(?:list|liste|lista|calendar|calendrier|calendario|calendário|archives?|archivio|"
    r"arquivo|past\s+meetings|réunions\s+passées|tableau|agenda\s+(?:des|of|de)\b)",
    re.IGNORECASE,
)
_TOP = 700  # how far from the start a meeting's date or place is "near the top"


@dataclass
class _Context:
    """What the rules read, computed once and only when a rule asks."""

    text: str
    records: list[MeetingRecord]
    passages: Sequence[Passage] | None
    dates: Sequence[DateMention] | None

    _segments: list[Span] | None = None
    _cues: dict[str, tuple[HeadingCue, Span]] | None = None

    def segments(self) -> list[Span]:
        if self._segments is None:
            self._segments = heading_segments(self.text)
        return self._segments

    def heading_cue(self, kind: str) -> tuple[HeadingCue, Span] | None:
        if self._cues is None:
            self._cues = heading_cues(self.text, self.segments())
        return self._cues.get(kind)

    def listing_entries(self) -> list[Passage]:
        if self.passages is None:
            from processus.extraction.document import analyse
            from processus.extraction.segmentation import split_passages

            doc = analyse(self.text, None, _TODAY)
            self.dates = doc.dates
            self.passages = split_passages(
                self.text, doc.dates, doc.names, [(k.start, k.end) for k in doc.kinds]
            )
        return [p for p in self.passages if p.shape == "listing"]

    def all_dates(self) -> Sequence[DateMention]:
        if self.dates is None:
            self.dates = find_dates(self.text)
        return self.dates

    def main_record(self) -> MeetingRecord | None:
        """The meeting the document tells most about (most evidence; the first on ties)."""
        best: MeetingRecord | None = None
        for record in self.records:
            if best is None or len(record.evidence) > len(best.evidence):
                best = record
        return best

    def upcoming(self) -> tuple[bool, str]:
        """Whether the document tells of its main meeting as still to come, as the document
        saw it when it was written (not as the reference date of the extraction sees it),
        and a few words that say how:

        1. the tense its main meeting's status was read from ("will take place");
        2. else the meeting's start against the date the document was published;
        3. else the first tense cue of the lead (the heading and the first paragraph);
        4. else the main meeting's status.
        """
        main = self.main_record()
        if main is not None and main.status is not None:
            told = [e for e in main.evidence if e.field == "status" and not e.inferred]
            if told:
                return (
                    main.status == "upcoming",
                    f'"{_quote(self.text, (told[0].start, told[0].end))}"',
                )
        published = next(
            (d for d in self.all_dates() if d.role == "publication" and None not in d.first),
            None,
        )
        if main is not None and main.start is not None and published is not None:
            year, month, day = published.first
            assert year is not None and month is not None and day is not None
            later = first_day(main.start) > date(year, month, day)
            return later, f"after the publication date, {published.text}"
        cues = tense_cues(self.text[: _lead_end(self.text)])
        if cues:
            start, end, _t, tense = cues[0]
            return tense == "upcoming", f'"{_quote(self.text, (start, end))}"'
        if main is not None and main.status is not None:
            return main.status == "upcoming", "its status"
        return False, ""


def _lead_end(text: str) -> int:
    """End of the first paragraph of prose (a line longer than a heading), at most 1500."""
    for line in re.finditer(r"[^\n]*\S[^\n]*", text):
        if len(line.group()) > 120:
            return min(line.end(), 1500)
        if line.start() > 1500:
            break
    return min(len(text), 1500)


# the day standalone analysis is made for: only its passages are read, never a status
_TODAY = date(2000, 1, 1)


def _quote(text: str, span: Span, limit: int = 60) -> str:
    words = " ".join(text[span[0] : span[1]].split())
    return words if len(words) <= limit else words[: limit - 1].rstrip() + "…"


# --- the rules ----------------------------------------------------------------------------

Rule = Callable[[_Context], DocumentKind | None]


def _feed(ctx: _Context) -> DocumentKind | None:
    if not is_feed(ctx.text):
        return None
    blocks = posts(ctx.text)
    span: Span | None = None
    if len(blocks) >= 2:  # the first boilerplate line between two posts
        m = re.search(r"[^\n]*\S[^\n]*", ctx.text[blocks[0][1] : blocks[1][0]])
        if m is not None:
            span = (blocks[0][1] + m.start(), blocks[0][1] + m.end())
    return DocumentKind("social_post", f"{len(blocks)} posts (feed layout)", span)


def _heading(kind: str) -> Rule:
    def rule(ctx: _Context) -> DocumentKind | None:
        found = ctx.heading_cue(kind)
        if found is None:
            return None
        cue, span = found
        return DocumentKind(cue.kind, f'heading says "{_quote(ctx.text, span)}"', span)

    rule.__name__ = f"heading_{kind}"
    return rule


def _listing(ctx: _Context) -> DocumentKind | None:
    entries = ctx.listing_entries()
    if len(entries) >= 3 or (
        len(entries) == 2
        and len(ctx.records) >= 2
        and _LIST_WORDS.search(ctx.text, 0, _lead_end(ctx.text)) is not None
    ):
        first = entries[0].heading or (entries[0].start, entries[0].start)
        line_end = ctx.text.find("\n", first[0])
        span = (first[0], line_end if line_end != -1 else len(ctx.text))
        return DocumentKind("meeting_list", f'{len(entries)} entries "City, date"', span)
    # a calendar: lines that open with a date ("27/01/2026", "2026-12-01 – 2026-12-02 | Vienne")
    text = ctx.text
    opening = [
        d
        for d in ctx.all_dates()
        if d.first[1] is not None
        and d.role != "publication"
        and not text[text.rfind("\n", 0, d.start) + 1 : d.start].strip()
    ]
    if len({d.first for d in opening}) >= 3:
        return DocumentKind(
            "meeting_list",
            f"calendar: {len(opening)} lines open with a date",
            (opening[0].start, opening[0].end),
        )
    return None


def _time_slots(ctx: _Context) -> DocumentKind | None:
    slots = list(_TIME_SLOT.finditer(ctx.text))
    if len(slots) < 3:
        return None
    return DocumentKind(
        "agenda", f"programme in {len(slots)} time slots", (slots[0].start(), slots[0].end())
    )


def _hashtags(ctx: _Context) -> DocumentKind | None:
    if len(ctx.text) > 2 * _SHORT_POST or len(ctx.text.strip()) > _SHORT_POST:
        return None
    tags = list(_HASHTAG.finditer(ctx.text))
    if len(tags) < 2:
        return None
    return DocumentKind(
        "social_post", f"short post with {len(tags)} hashtags or mentions", tags[0].span()
    )


def _dateline(ctx: _Context) -> DocumentKind | None:
    for s, e in datelines(ctx.text):
        # a dateline files the story somewhere on some day, or through an agency:
        # "Rabat Process – …" in a heading is a name, not a dateline
        if any(c.isdigit() for c in ctx.text[s:e]) or "(" in ctx.text[s:e]:
            return DocumentKind("news", f'dateline "{_quote(ctx.text, (s, e))}"', (s, e))
    return None


def _byline(ctx: _Context) -> DocumentKind | None:
    for s, e in ctx.segments():
        m = _BYLINE.fullmatch(ctx.text, s, e)
        if m is not None:
            return DocumentKind("news", f'byline "{_quote(ctx.text, (s, e))}"', (s, e))
    return None


def _with_tense(kind: str, cue_kind: str) -> Rule:
    """A heading cue whose document announces its meeting when told in the future tense."""

    def rule(ctx: _Context) -> DocumentKind | None:
        found = ctx.heading_cue(cue_kind)
        if found is None:
            return None
        _cue, span = found
        said = _quote(ctx.text, span)
        upcoming, how = ctx.upcoming()
        if upcoming:
            return DocumentKind(
                "announcement", f'heading says "{said}", about a meeting to come ({how})', span
            )
        return DocumentKind(kind, f'heading says "{said}"', span)

    rule.__name__ = f"tense_{kind}"
    return rule


_TOP_FIELDS = ("start", "city", "country", "title", "kind")


def _one_meeting(ctx: _Context) -> DocumentKind | None:
    main = ctx.main_record()
    if main is None:
        return None
    near = sorted(
        (e for e in main.evidence if e.field in _TOP_FIELDS and e.start < _TOP),
        key=lambda e: (e.field not in ("start", "city"), e.start),
    )
    if not near:
        return None
    cue = near[0]
    said = _quote(ctx.text, (cue.start, cue.end))
    upcoming, how = ctx.upcoming()
    if upcoming:
        return DocumentKind(
            "announcement",
            f'one meeting to come ({how}), "{said}" near the top',
            (cue.start, cue.end),
        )
    return DocumentKind("meeting_page", f'one meeting, "{said}" near the top', (cue.start, cue.end))


def _published(ctx: _Context) -> DocumentKind | None:
    for s, e in ctx.segments():
        if _PUBLISHED.match(ctx.text, s, e) is not None:
            return DocumentKind("news", f'publication line "{_quote(ctx.text, (s, e))}"', (s, e))
    return None


#: The cues in the order they are tried; the first that holds decides.
RULES: tuple[tuple[str, Rule], ...] = (
    ("feed layout", _feed),
    ("concept note heading", _heading("concept_note")),
    ("list of meetings or calendar", _listing),
    ("agenda heading", _heading("agenda")),
    ("programme in time slots", _time_slots),
    ("announcement heading", _heading("announcement")),
    ("outcome heading", _heading("outcome")),
    ("heading of a document about no meeting", _heading("other")),
    ("blog or social post heading", _heading("social_post")),
    ("hashtags in a short post", _hashtags),
    ("news dateline", _dateline),
    ("byline", _byline),
    ("press release heading", _with_tense("news", "press")),
    ("news section heading", _with_tense("news", "news_section")),
    ("meetings section heading", _with_tense("meeting_page", "meeting_section")),
    ("one meeting near the top", _one_meeting),
    ("publication line", _published),
)


def classify_document(
    text: str,
    records: list[MeetingRecord],
    *,
    passages: Sequence[Passage] | None = None,
    dates: Sequence[DateMention] | None = None,
) -> DocumentKind:
    """The kind of the document ``text`` whose meetings are ``records``.

    ``text`` is the normalised text the records' evidence indexes into.  The pipeline
    passes the ``passages`` and ``dates`` it has already found; without them they are
    computed here when a rule needs them.
    """
    ctx = _Context(text, records, passages, dates)
    for _name, rule in RULES:
        found = rule(ctx)
        if found is not None:
            return found
    if records:
        return DocumentKind("other", f"no cue; {len(records)} meetings mentioned in passing")
    return DocumentKind("other", "no cue and no meeting")
