"""A meeting's last day told apart from its first: "opened on 5 May and runs until 7 May",
"s'est ouvert le 2 juin et s'est clôturé le 4 juin", "se inauguró el 2 de junio y se
clausuró el 4", "The meeting, hosted by The Gambia, runs until 6 May".

The words before the second date say that it closes the meeting: a verb of going on with
its "until" ("runs until", "se poursuit jusqu'au", "se prolongará hasta el", "prosegue fino
al", "decorre até"), or a verb of closing ("closed on", "s'est achevé le", "concluyó el",
"si è chiuso il", "encerrou a").  What else closes (a registration, a call, an exhibition)
closes nothing of the meeting.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from processus.extraction.dates import DateMention

_I = re.IGNORECASE

# the words right before the last day (searched in the stretch that ends at the date)
_GOES_ON_UNTIL = (
    r"(?:runs?|ran|running|continues?|continued|continuing|lasts?|lasted|goes\s+on|went\s+on|"
    r"extends?|extended|will\s+(?:run|continue|last|go\s+on))\s+(?:until|till|through|to)|"
    r"(?:se\s+poursui\w*|continu\w*|dur\w*|se\s+prolong\w*|se\s+déroul\w*)\s+jusqu['’]\s*(?:au|à)|"
    r"(?:se\s+prolong\w*|continu\w*|dur\w*|se\s+extend\w*)\s+hasta\s+el|"
    r"(?:prosegu\w*|continu\w*|dur\w*)\s+fino\s+al?|"
    r"(?:prossegu\w*|continu\w*|decorr\w*|dur\w*)\s+até\s+(?:[àa]o?\s+)?"
)
_CLOSES_ON = (
    r"(?:clos(?:es|ed|ing)|(?:will\s+)?close|end(?:s|ed)?|(?:will\s+)?end|conclude[sd]?|"
    r"(?:will\s+)?conclude|wrap(?:s|ped)?\s+up|came\s+to\s+a\s+close)\s+(?:on\s+)?|"
    r"(?:s['’]est\s+(?:clôturée?|achevée?|terminée?|clos(?:e)?)|(?:a\s+)?pris\s+fin|"
    r"prendra\s+fin|se\s+(?:clôtur|termin|conclu|achèv)\w*)\s+(?:le\s+)?|"
    r"(?:se\s+clausur\w*|conclu(?:yó|irá)|finaliz(?:ó|ará)|termin(?:ó|ará)|cerr(?:ó|ará))\s+"
    r"(?:el\s+)?|"
    r"(?:si\s+è\s+(?:chius|conclus)[oa]|si\s+(?:chiuder|concluder)(?:à|anno)|terminat[oa])\s+"
    r"(?:il\s+)?|"
    r"(?:encerr(?:ou|ará|a)|termin(?:ou|ará|a)|conclu(?:iu|irá))\s+(?:a|em|no|na)?\s*"
)
_CLOSING = re.compile(r"\b(?:" + _GOES_ON_UNTIL + "|" + _CLOSES_ON + r")\s*\Z", _I)
# what closes other than the meeting: "registration closes on 4 June", "the call ends on"
_OTHER_THING = re.compile(
    r"regist|inscri|deadline|candidat|submi|appl(?:y|ica)|plazo|scadenz|prazo|exhibit|expos|"
    r"call\b|appel|convocatoria|bando|edital",
    _I,
)
# how far before the date the closing words may begin
_REACH = 70
# the next sentence opens on the meeting told again: "The meeting, hosted by The Gambia,
# runs until 6 May", "Les travaux se poursuivent jusqu'au 7 mai"
_SAME_MEETING = re.compile(
    r"\s*(?:(?:the|this)\s+(?:meeting|event|workshop|conference|session|forum|seminar|training|"
    r"dialogue|discussions?)|it|they|les\s+travaux|la\s+(?:réunion|conférence|rencontre|"
    r"session|formation)|l['’](?:atelier|événement)|le\s+(?:séminaire|forum)|el\s+(?:encuentro|"
    r"taller|seminario|foro)|la\s+(?:reunión|conferencia|sesión)|i\s+lavori|la\s+riunione|"
    r"il\s+(?:seminario|workshop)|o\s+(?:encontro|seminário)|a\s+(?:reunião|conferência))\b",
    _I,
)
# a meeting lasts two weeks at most when its last day is told apart
LONGEST = 14


def closing_mention(
    text: str,
    dates: list[DateMention],
    anchor: DateMention,
    sentences: list[tuple[int, int]],
) -> DateMention | None:
    """The date the words before it say closes the meeting whose first day is ``anchor``:
    in the anchor's sentence after it, or in the next sentence when that one opens on the
    meeting told again."""
    index = next((i for i, s in enumerate(sentences) if s[0] <= anchor.start < s[1]), None)
    if index is None:
        return None
    stretches = [(anchor.end, sentences[index][1])]
    if index + 1 < len(sentences) and _SAME_MEETING.match(text, sentences[index + 1][0]):
        stretches.append(sentences[index + 1])
    starts = [d.start for d in dates]  # the dates are in text order
    for lo, hi in stretches:
        for d in dates[bisect_left(starts, lo) : bisect_left(starts, hi)]:
            if d is not anchor and _closes(text, lo, d):
                return d
    return None


def _closes(text: str, lo: int, d: DateMention) -> bool:
    begin = max(lo, d.start - _REACH)
    words = _CLOSING.search(text, begin, d.start)
    if words is None:
        return False
    clause = max(begin, text.rfind(",", begin, words.start()) + 1)
    return _OTHER_THING.search(text, clause, words.start()) is None


# a programme's day heading: "Day 1 – 14 October 2026", "Jour 2 : 15 octobre 2026", or
# "Monday 7 December 2026" (the weekday is the date's own), alone on its line; a calendar's
# bare dates over its entries ("14 October 2026⏎Thematic meeting (Dakar)") head none
_DAY_HEADING_BEFORE = re.compile(
    r"[ \t•*-]*(?P<numbered>(?:day|jour|journée|día|dia|giorno)\s*\d{1,2}\s*[:–—-]?\s*)?\(?\Z",
    _I,
)
_DAY_HEADING_AFTER = re.compile(r"\)?[ \t]*(?:[–—:-][^\n]{0,40})?(?:\n|\Z)")
# a programme runs a week at most, a day's sessions fill a page at most
_PROGRAMME_DAYS = 7
_PROGRAMME_REACH = 3000


def _day_heading(text: str, d: DateMention) -> bool:
    line_start = text.rfind("\n", 0, d.start) + 1
    before = _DAY_HEADING_BEFORE.fullmatch(text, line_start, d.start)
    if before is None or _DAY_HEADING_AFTER.match(text, d.end) is None:
        return False
    return before.group("numbered") is not None or d.weekday is not None


def programme_last_day(
    text: str, dates: list[DateMention], anchor: DateMention
) -> DateMention | None:
    """The last of the days a programme heads one after the other from ``anchor`` ("Day 1 –
    14 October 2026" … "Day 2 – 15 October 2026"): the mention of the last day, or None
    when ``anchor`` heads no such run."""
    year, month, first_day = anchor.first
    if anchor.first != anchor.last or first_day is None or not _day_heading(text, anchor):
        return None
    last, day, reach = None, first_day, anchor.end + _PROGRAMME_REACH
    starts = [d.start for d in dates]  # the dates are in text order
    for d in dates[bisect_left(starts, anchor.end) :]:
        if d.start > reach:
            break  # a programme's days follow within a page's length of each other
        if d.first != d.last or d.first[2] is None or not _day_heading(text, d):
            continue
        if d.first[1] != month or d.first[2] != day + 1 or d.first[0] not in (None, year):
            break  # days that do not follow one another (a month's turn is left out)
        last, day, reach = d, day + 1, d.end + _PROGRAMME_REACH
        if day - first_day >= _PROGRAMME_DAYS - 1:
            break
    return last
