"""A meeting's last day: its length, the weekday it runs until, "closes tomorrow", a card's
end label, a last day told apart.

A meeting dated by one day may run longer: "a two-day workshop opened on 3 May", "les
travaux, qui se tiennent jusqu'à jeudi", "will close tomorrow", a card's "End date: 14 May
2026", "opened on 5 May and runs until 7 May".  The length may also make the day written
the last ("a three-day training ended on 3 May"), and then the first is counted back from
it.  What else runs until a day or closes (a registration, a call, an exhibition) dates
nothing of the meeting.

A last day written without its year takes it as the first day does: the caller,
:mod:`processus.extraction.fields.dates`, passes its date resolver in.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from processus.extraction.closing_days import LONGEST, closing_mention, programme_last_day
from processus.extraction.date_labels import labelled_end
from processus.extraction.date_words import WEEKDAYS, trie, word_key
from processus.extraction.dates import DateMention
from processus.extraction.document import Document
from processus.extraction.fields.context import FieldContext
from processus.extraction.scan import Cues
from processus.extraction.segmentation import Passage

#: a day of the meeting other than the one written, with its evidence: the day, the span
#: that tells it, whether it is inferred, the note and the rule
DayFound = tuple[str, int, int, bool, str | None, str]
#: fields.dates.resolve_date: (start, end, inferred?, note) of a date mention in a passage,
#: its missing year inferred from the context date
DateResolver = Callable[
    [Document, DateMention, Passage, DateMention | None],
    tuple[str | None, str | None, bool, str | None],
]

# the rules that date a meeting's first or last day apart from its anchor (see passages.py)
DATE_LABELLED_END = "date:labelled last day"
DATE_CLOSING_DAY = "date:last day told apart"
DATE_LENGTH = "date:first day and length"
DATE_UNTIL = "date:first day and the weekday it runs until"


def first_and_last_days(
    ctx: FieldContext,
    anchor: DateMention,
    start: str | None,
    one_day: bool,
    resolve: DateResolver,
) -> tuple[DayFound | None, DayFound | None]:
    """The meeting's first and last days where the text tells them apart from its anchor's
    ``start`` (``one_day``: the anchor is one whole day), each with its evidence; None
    where the anchor's own day stands."""
    length = _length(ctx, anchor) if one_day else None
    first = None
    if length is not None and length[3]:  # the day written is the last
        why = "the meeting's last day less its length"
        first = (_shifted(str(start), 1 - length[0]), length[1], length[2], True, why, DATE_LENGTH)
    return first, _last_day(ctx, anchor, start, one_day, length, resolve)


def _last_day(
    ctx: FieldContext,
    anchor: DateMention,
    start: str | None,
    one_day: bool,
    length: tuple[int, int, int, bool] | None,
    resolve: DateResolver,
) -> DayFound | None:
    """The last day: from the length, else the weekday the meeting runs until or "closes
    tomorrow", else a card's end label, else a last day the text tells apart."""
    until = _until_weekday(ctx, str(start)) if one_day and length is None else None
    if until is None and one_day and length is None:
        until = _closes_tomorrow(ctx, anchor, str(start))
    labelled = None if until or length else _labelled_last_day(ctx, anchor, start, resolve)
    if labelled is None and until is None and length is None and one_day:
        labelled = _closing_day(ctx, anchor, str(start), resolve)
    if length is not None and not length[3]:
        why = "the meeting's first day and its length"
        return _shifted(str(start), length[0] - 1), length[1], length[2], True, why, DATE_LENGTH
    if labelled is not None:
        return labelled
    if until is not None:
        why = "the first such weekday after the meeting's first day"
        return until[0], until[1], until[2], True, why, DATE_UNTIL
    return None


def _labelled_last_day(
    ctx: FieldContext, anchor: DateMention, start: str | None, resolve: DateResolver
) -> DayFound | None:
    """The last day a card writes under its end label ("Start date: 12 May 2026" / "End
    date: 14 May 2026"), with its evidence, when it falls after the first."""
    last = labelled_end(ctx.doc.text, ctx.doc.dates, anchor)
    if last is None or start is None:
        return None
    _first, end, inferred, note = resolve(ctx.doc, last, ctx.passage, anchor)
    if end is None or end < start:
        return None
    return end, last.start, last.end, inferred, note, DATE_LABELLED_END


def _closing_day(
    ctx: FieldContext, anchor: DateMention, start: str, resolve: DateResolver
) -> DayFound | None:
    """The last day the text tells apart from the first ("opened on 5 May and runs until 7
    May"), with its evidence, when it falls after the first and within two weeks."""
    doc = ctx.doc
    last = closing_mention(doc.text, doc.dates, anchor, ctx.sentence_spans)
    if last is None:
        last = programme_last_day(doc.text, doc.dates, anchor)
    if last is None:
        return None
    _first, end, inferred, note = resolve(doc, last, ctx.passage, anchor)
    if end is None or len(end) != 10 or end <= start:
        return None
    if (date.fromisoformat(end) - date.fromisoformat(start)).days > LONGEST:
        return None
    return end, last.start, last.end, inferred, note, DATE_CLOSING_DAY


# the length of a meeting, in days: "a two-day workshop", "over three days", "une réunion de
# deux jours", "pendant trois jours", "un taller de dos días", "durante tres días", "un
# seminario di due giorni", "per tre giorni", "uma reunião de dois dias", "durante três dias"
_NUMBERS = {
    "2": 2, "3": 3, "4": 4, "5": 5, "two": 2, "three": 3, "four": 4, "five": 5, "deux": 2,
    "trois": 3, "quatre": 4, "cinq": 5, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
    "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "dois": 2, "duas": 2, "três": 3,
}  # fmt: skip
_N = "(?:" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + ")"
_LENGTH = re.compile(
    rf"\b{_N}[- ]day\b|\b(?:over|for)\s+{_N}\s+days\b|"
    rf"\b(?:de|pendant|durant|sur)\s+{_N}\s+(?:jours|journées)\b|"
    rf"\b(?:de|durante)\s+{_N}\s+(?:días|dias|jornadas)\b|"
    rf"\b(?:di|per|nell['’]arco\s+di)\s+{_N}\s+(?:giorni|giornate)\b",
    re.IGNORECASE,
)


# the meeting opened on the day written: "a two-day workshop opened on 3 May and closed
# with recommendations" is dated by its first day
_OPENED = re.compile(
    r"\b(?:opened|began|started|kicked\s+off|s['’]est\s+ouverte?|a\s+débuté|a\s+commencé|"
    r"comenzó|se\s+inauguró|empezó|si\s+è\s+apert[oa]|è\s+iniziat[oa]|começou|abriu|"
    r"teve\s+início)\b",
    re.IGNORECASE,
)
# the date written is the meeting's last day: "a three-day training ended on 3 May"
_ENDED = re.compile(
    r"\b(?:ended|closed|concluded|wrapped\s+up|s['’]est\s+(?:achevée?|clôturée?|terminée?)|"
    r"a\s+pris\s+fin|se\s+clausuró|concluyó|finalizó|terminó|si\s+è\s+(?:conclus[oa]|"
    r"chius[oa])|terminou|encerrou|concluiu)\b",
    re.IGNORECASE,
)


# the weekday a meeting runs until: "the work goes on until Thursday", "les travaux, qui se
# tiennent jusqu'à jeudi", "hasta el jueves", "fino a giovedì", "até quinta-feira"
_UNTIL_WEEKDAY = re.compile(
    r"\b(?:until|till|through|jusqu['’]\s*(?:à|au)|hasta\s+el|fino\s+a|sino\s+a|"
    r"até\s+(?:[àa]\s+)?)\s*(?P<day>" + trie(WEEKDAYS) + r")(?!\w)",
    re.IGNORECASE,
)
# what else runs until a weekday: "registration is open until Friday", "les candidatures
# sont reçues jusqu'à jeudi", "la exposición sigue abierta hasta el viernes"
_OTHER_THINGS = (
    r"regist|inscri|deadline|candidat|submi|appl(?:y|ica)|plazo|scadenz|prazo|exhibit|expos"
)
_NOT_THE_MEETING = re.compile(_OTHER_THINGS + r"|open\b|ouvert|abiert|apert|abert", re.I)
# what else closes: "registration will close tomorrow" (a meeting that opened today may)
_NOT_THE_MEETING_CLOSING = re.compile(_OTHER_THINGS, re.IGNORECASE)
# the first word of each alternative of _UNTIL_WEEKDAY (see scan.Cues)
_UNTIL_CUES = Cues(
    exact=("until", "till", "through", "hasta", "fino", "sino", "ate"),
    prefixes=("jusqu",),
    leading=True,
)
_UNTIL_DAYS = 6  # a meeting that runs a week or more writes its last day out


def _until_weekday(ctx: FieldContext, start: str) -> tuple[str, int, int] | None:
    """The last day of a meeting whose first day is ``start`` and that the text says runs
    until a weekday ("… s'est ouvert mardi … Les travaux, qui se tiennent jusqu'à jeudi"):
    that weekday's date, the first after ``start``, with its span."""
    for s, e in ctx.spans:
        at = _UNTIL_CUES.search_from(ctx.doc.text, ctx.doc.tokens, s, e)
        m = None if at is None else _UNTIL_WEEKDAY.search(ctx.doc.text, at, e)
        if m is None:
            continue
        lo = max(s, m.start() - 60)
        clause = max(lo, ctx.doc.text.rfind(".", lo, m.start()) + 1)
        if _NOT_THE_MEETING.search(ctx.doc.text, clause, m.start()):
            continue
        first = date.fromisoformat(start)
        gap = (WEEKDAYS[word_key(m.group("day"))] - first.weekday()) % 7
        if 0 < gap <= _UNTIL_DAYS:
            return (first + timedelta(days=gap)).isoformat(), m.start(), m.end()
    return None


# a meeting that opened today and closes tomorrow: "will close tomorrow", "se clôturera
# demain", "se clausurará mañana", "si chiuderanno domani", "encerra amanhã"
_CLOSES_TOMORROW = re.compile(
    r"\b(?:(?:will\s+)?(?:close|end|conclude|wrap\s+up)s?|se\s+(?:clôturera|terminera|clôture)|"
    r"s['’]ach[eè]vera|prendra\s+fin|se\s+clausurará|(?:terminará|concluirá|finalizará)|"
    r"si\s+chiuder(?:à|anno)|(?:terminerà|termineranno|si\s+concluderà)|"
    r"(?:encerra|encerrará|terminará|termina|conclui))\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:tomorrow|demain|mañana|domani|amanhã)\b",
    re.IGNORECASE,
)
_CLOSES_CUES = Cues(exact=("tomorrow", "demain", "manana", "domani", "amanha"))


def _closes_tomorrow(
    ctx: FieldContext, anchor: DateMention, start: str
) -> tuple[str, int, int] | None:
    """The last day of a meeting told as opened today and closing tomorrow: the next day."""
    if anchor.relative != ("day", 0):
        return None
    for s, e in ctx.spans:
        if _CLOSES_CUES.search_from(ctx.doc.text, ctx.doc.tokens, s, e) is None:
            continue
        text = ctx.doc.text
        m = _CLOSES_TOMORROW.search(text, s, e)
        if m is None:
            continue
        lo = max(s, m.start() - 60)
        clause = max(lo, text.rfind(".", lo, m.start()) + 1)
        if not _NOT_THE_MEETING_CLOSING.search(text, clause, m.start()):
            return _shifted(start, 1), m.start(), m.end()
    return None


def _shifted(day: str, days: int) -> str:
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()


def _length(ctx: FieldContext, anchor: DateMention) -> tuple[int, int, int, bool] | None:
    """The meeting's length in days written in the sentence of its one-day date, its span,
    and whether that date is its last day ("a three-day training ended on 3 May") rather
    than its first ("opened on Tuesday a two-day meeting")."""
    index = next((i for i, s in enumerate(ctx.sentence_spans) if s[0] <= anchor.start < s[1]), None)
    if index is None:
        return None
    sentence = ctx.sentence_spans[index]
    m = _LENGTH.search(ctx.doc.text, *sentence)
    if m is None and index + 1 < len(ctx.sentence_spans):
        m = _told_next(ctx, ctx.sentence_spans[index + 1])
    if m is None:
        return None
    days = next(_NUMBERS[w] for w in re.split(r"[\s-]+", m.group(0).lower()) if w in _NUMBERS)
    text = ctx.doc.text
    ended = _ends_on(ctx, sentence, anchor) and not _OPENED.search(text, *sentence)
    return days, m.start(), m.end(), ended


def _ends_on(ctx: FieldContext, sentence: tuple[int, int], anchor: DateMention) -> bool:
    """Whether the sentence says the meeting ended on ``anchor``'s day: an end verb that
    dates no other day ("a two-day meeting, which ended on 2 October" ends on that other
    day, and the anchor is its first)."""
    dates = [d for d in ctx.doc.within("dates", [sentence]) if d is not anchor]
    for m in _ENDED.finditer(ctx.doc.text, *sentence):
        if not any(m.end() <= d.start <= m.end() + 30 for d in dates):
            return True
    return False


# the meeting named again at the start of the next sentence, with its length: "The two-day
# meeting is hosted by …", "Cet atelier de trois jours …", "La reunión, de dos días, …",
# "Il seminario di due giorni …", "O encontro de dois dias …"
_DEFINITE = re.compile(
    r"\s*(?:the|this|ce|cet|cette|la|le|l['’]|el|este|esta|il|lo|questo|questa|o|a|esse|essa)\s*(?:[\w'’]+,?\s+){0,2}?(?="
    + _LENGTH.pattern
    + ")",
    re.IGNORECASE,
)


# the event of the next sentence is another one: "the two-day training that followed", "la
# formation de deux jours qui a suivi", "el taller de dos días siguiente"
_ANOTHER_EVENT = re.compile(
    r"\b(?:follow\w*|preced\w*|next|previous|after|before|suivi\w*|suivant\w*|précéd\w*|"
    r"prochain\w*|siguiente|anterior|previo|posterior|successiv\w*|precedent\w*|seguinte)\b",
    re.IGNORECASE,
)


def _told_next(ctx: FieldContext, sentence: tuple[int, int]) -> re.Match[str] | None:
    """The length given where the next sentence opens on the meeting, when that sentence
    dates nothing of its own ("… opened in Windhoek on Tuesday. The two-day meeting is
    hosted by Namibia")."""
    opening = _DEFINITE.match(ctx.doc.text, *sentence)
    if opening is None or ctx.doc.within("dates", [sentence]):
        return None
    if _ANOTHER_EVENT.search(ctx.doc.text, *sentence):
        return None  # "The two-day training that followed …"
    return _LENGTH.match(ctx.doc.text, opening.end(), sentence[1])
