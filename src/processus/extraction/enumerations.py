"""Several meetings of one kind listed in one sentence, each with its own place and date.

"the SOMs in Dakar (May) and Lisbon (October)", "les réunions de Bamako (le 4 mars
2025) et de Nouakchott (le 17 juin 2025)", "met in Tashkent on 12 May 2025 and in
Bishkek on 9 September 2025", "workshops in Accra, Lomé and Cotonou in March, April and
June 2025": one record per place.  They share what the sentence says of all (kind,
dialogues, organisers, format); hosts and chairs go by position under "respectively",
else to the meeting in the host country, else to none (a wrong role is worse than none).

Only a run of two or more places joined by commas or "and", each followed by its own date
(in brackets or "on DATE"), or followed as a whole by as many months as places, lists
meetings: "in Dakar and online", "in Brussels (Belgium)", "from Dakar to Lisbon" or "in
Dakar in May and June 2025" stay one meeting.
"""

from __future__ import annotations

import copy
import re

from processus.extraction.date_parts import format_part
from processus.extraction.date_words import MONTHS
from processus.extraction.document import Document, Span
from processus.extraction.drafts import Draft
from processus.extraction.listed_days import listed_days
from processus.extraction.places import PlaceMention
from processus.extraction.records import Evidence, MeetingRecord

_RESPECTIVELY = re.compile(r"\b(?:respectively|respectivement|respectivamente|rispettivamente)\b")
# between two listed places: a comma or "and", then maybe the preposition again
# or a word of sequence, with or without "and": "in Paris on 15 January then in Rabat on
# 20 April", "à Paris le 15 janvier puis à Rabat", "luego en Rabat", "e poi a Rabat",
# "e depois em Dakar"
_THEN = (
    r"(?:then|again|then\s+again|puis|ensuite|à\s+nouveau|de\s+nouveau|luego|después|"
    r"de\s+nuevo|nuevamente|poi|quindi|di\s+nuovo|nuovamente|depois|seguidamente|"
    r"novamente|de\s+novo)"
)
_JOIN = re.compile(
    r"\s*(?:,\s*(?:(?:and|et|y|e|ed)\s+)?(?:" + _THEN + r"\s+)?|"
    r"\s+(?:and|et|y|e|ed)\s+(?:" + _THEN + r"\s+)?|\s+" + _THEN + r"\s+)"
    r"(?:(?:in|at|à|de|en|a|em|di|da)\s+|d')?",
    re.IGNORECASE,
)
_BRACKET = re.compile(r"\s*\(([^()]{2,40})\)")
# "on 12 May 2025", "le 4 mars", "el 3 de mayo", "il 5 maggio", "em 6 de maio", "a 12 de
# janeiro", "no dia 6 de maio", "el día 3", "from 3 to 5 May", "du 3 au 5 mai", "dal 3 al
# 5 maggio", "del 3 al 5 de mayo", "los días 4 y 5", "les 4 et 5 mars", "nos dias 4 e 5"
# (longest first: the match is taken as it comes); "in May 2025", "en mai", "em maio", "a
# maggio", "nel maggio" say a month (see _own_date)
_ON = re.compile(
    r"\s*,?\s*(?:(?:(?P<day>no\s+dia|nos\s+dias|el\s+día|los\s+días|les|le|el|il|on|em|o|"
    r"a|from|du|dal|del)|(?P<month>in|en|nel|nello))(?![\w-]))?\s*",
    re.IGNORECASE,
)
_MONTH_WORD = re.compile(r"[^\W\d_]+\.?", re.UNICODE)
_LIST_LEAD = re.compile(r"\s*(?:in|en|em|a|di|de|between)\s+", re.IGNORECASE)
_LIST_SEP = re.compile(r"\s*(?:,\s*(?:(?:and|et|y|e|ed)\s+)?|\s+(?:and|et|y|e|ed)\s+)", re.I)
_YEAR_AFTER = re.compile(r"\s*(?:de\s+|del\s+|of\s+)?((?:19|20)\d\d)\b")
LISTED_RULE = "enumeration:one meeting per listed place"
_RULE = LISTED_RULE
_ROLES = ("hosts", "chairs")
_PLACE_FIELDS = ("city", "country", "start", "end")
_MISSING: tuple[int | None, int | None, int | None] = (None, None, None)
Part = tuple[int | None, int | None, int | None]
Dated = tuple[PlaceMention, Part, Part, Span]  # place, first, last, date's span
_OwnDate = tuple[Part, Part, Span, int]  # first, last, the date's span, where its writing ends


def enumerated_drafts(doc: Document, main: Draft, sentence: Span | None) -> list[Draft] | None:
    """The drafts of the other meetings listed beside ``main``'s in its sentence (``main``'s
    record becomes the first listed), or None when the sentence lists no meetings."""
    record = main.record
    own = next((e for e in record.evidence if e.field == "kind" and not e.inferred), None)
    if record.kind is None or own is None:
        return None
    # the whole sentence: the passage may have cut it where a second meeting's date starts
    # a clause ("The SOMs in Dakar (May 2024) | and Lisbon (October 2024) prepared …")
    whole = _sentence_of(doc.text, own.start)
    if sentence is None or (whole[0] <= sentence[0] and sentence[1] <= whole[1]):
        sentence = whole
    if not sentence[0] <= own.start < sentence[1]:
        return None
    listed = _listed(doc, sentence, own.end, own.text)
    if listed is None:
        days = listed_days(doc, record, own, sentence, _plural(own.text))
        if days is None:
            shared = _sharing_the_date(doc, record, sentence, own.end, own.text)
            if shared is None:
                return None
            main.record.__dict__.update(shared[0].__dict__)
            return [
                Draft(r, main.tense, main.anchor, main.order + i)
                for i, r in enumerate(shared[1:], 1)
            ]
        main.record.__dict__.update(days[0].__dict__)
        return [
            Draft(r, main.tense, main.anchor, main.order + i) for i, r in enumerate(days[1:], 1)
        ]
    if record.city is not None and record.city not in {p.city for p, *_ in listed}:
        return None  # the record's own venue is not one of the list
    year = _year(doc, sentence, record)
    records = [_one_of(doc, record, item, year) for item in listed]
    if any(r.start is None for r in records):
        return None
    _split_roles(doc, record, records, sentence)
    main.record.__dict__.update(records[0].__dict__)
    return [Draft(r, main.tense, main.anchor, main.order + i) for i, r in enumerate(records[1:], 1)]


_SENTENCE_END = re.compile(r"[.!?\n]")
_SENTENCE_REACH = 1000  # a sentence is looked for this far back at most


def _sentence_of(text: str, pos: int) -> Span:
    lo = max(0, pos - _SENTENCE_REACH)
    start = max(lo - 1, *(text.rfind(c, lo, pos) for c in ".!?\n")) + 1
    stop = _SENTENCE_END.search(text, pos)
    return start, stop.start() if stop else len(text)


def _listed(doc: Document, sentence: Span, after: int, noun: str) -> list[Dated] | None:
    """The run of places after the noun, with each one's date, when the run lists meetings."""
    text = doc.text
    places = [p for p in doc.within("venues", [sentence]) if p.start >= after and p.code]
    for i, first in enumerate(places):
        run = [first]
        dates: list[_OwnDate | None] = []
        for nxt in places[i + 1 :]:
            dated = _own_date(doc, run[-1].end, nxt.start)
            rest = dated[3] if dated else run[-1].end
            if not _JOIN.fullmatch(text, rest, nxt.start):
                break
            dates.append(dated)
            run.append(nxt)
        if len(run) < 2:
            continue
        dates.append(_own_date(doc, run[-1].end, sentence[1]))
        if all(dates):
            return [(p, *d[:3]) for p, d in zip(run, dates, strict=True) if d]
        # the last place's "in February" may open a parallel list of months ("in Rabat,
        # Accra and Kampala in February, May and October 2024")
        if any(dates[:-1]) or not _plural(noun):
            return None
        months = _month_list(text, run[-1].end, sentence[1])
        if months is None or len(months) != len(run):
            return None
        return [(p, m[0], m[0], m[1]) for p, m in zip(run, months, strict=True)]
    return None


def _sharing_the_date(
    doc: Document, record: MeetingRecord, sentence: Span, after: int, noun: str
) -> list[MeetingRecord] | None:
    """One record per city of a run after a plural noun that the meetings share their date
    with: "In 2024, the Process held three workshops, in Accra, Abuja and Dakar", "des
    ateliers nationaux à Accra, à Abuja et à Dakar en 2024"; None when the noun is
    singular, the meetings undated or the run holds fewer than two cities."""
    if not _plural(noun) or record.start is None:
        return None
    text = doc.text
    places = [p for p in doc.within("venues", [sentence]) if p.start >= after and p.city]
    run: list[PlaceMention] = []
    for p in places:
        if run and not _JOIN.fullmatch(text, run[-1].end, p.start):
            break
        run.append(p)
    if len(run) < 2 or len({p.city for p in run}) < len(run):
        return None
    if record.city is not None and record.city != run[0].city:
        return None
    out = []
    for place in run:
        one = copy.deepcopy(record)
        one.city, one.country = place.city, place.country
        one.hosts, one.chairs = [], []  # a role told of all is no one meeting's
        one.evidence = [e for e in one.evidence if e.field not in ("city", "country", *_ROLES)]
        one.evidence.append(Evidence("city", place.start, place.end, place.text, rule=_RULE))
        note = f"country of {place.city} in the gazetteer"
        one.evidence.append(
            Evidence("country", place.start, place.end, place.text, True, note, _RULE)
        )
        out.append(one)
    return out


def _plural(noun: str) -> bool:
    """A plural meeting noun ("workshops", "SOMs", "réunions", "talleres", "riunioni")."""
    words = noun.lower().split() or [""]
    if any(len(w) > 2 and w[-1] in "sx" for w in words):
        return True
    return len(words[0]) > 3 and words[0][-1] == "i"  # Italian "riunioni", "seminari"


def _own_date(doc: Document, end: int, limit: int) -> _OwnDate | None:
    """The date written just after a place: "(May)", "(le 4 mars 2025)", "on 12 May 2025"."""
    text = doc.text
    bracket = _BRACKET.match(text, end, limit)
    if bracket is not None:
        inside = (bracket.start(1), bracket.end(1))
        # "(May)", "(le 4 mars 2025)", and a year alone: "in Abuja (2023), Accra (2024)"
        found = [d for d in doc.within("dates", [inside]) if d.first[0] or d.first[1]]
        if found:
            return found[0].first, found[0].last, (found[0].start, found[0].end), bracket.end()
        month = MONTHS.get(bracket.group(1).strip().lower())
        if month is None:
            return None  # "(Belgium)": not a date
        inside = (bracket.start(1), bracket.end(1))
        return (None, month, None), (None, month, None), inside, bracket.end()
    lead = _ON.match(text, end, limit)
    at = lead.end() if lead else end
    # a day after "on", "le", …; a month after "in", "en", "em", "a" (Portuguese and
    # Italian "em maio", "a maggio" share their word with the day's "a 12 de maio")
    month_lead = lead is not None and (
        lead.group("month") is not None or (lead.group("day") or "").lower() in ("em", "a")
    )
    # a month's mention may hold its preposition ("in May 2025")
    word = "month" if lead is not None and lead.group("month") else "day"
    starts = (at, lead.start(word)) if month_lead and lead is not None else (at,)
    # a month, or a year alone, after "in": "in Dakar in 2012, in Abuja in 2016"
    found = [
        d
        for d in doc.within("dates", [(min(starts), limit)])
        if d.start in starts
        and (d.first[2] is not None or (month_lead and (d.first[1] or d.first[0]) is not None))
    ]
    if not found or lead is None or not lead.group().strip():
        return None  # "on" or "le" must say the date is the place's
    return found[0].first, found[0].last, (found[0].start, found[0].end), found[0].end


def _month_list(text: str, end: int, limit: int) -> list[tuple[Part, Span]] | None:
    """ "in March, April and June 2025" after the last place: the months, in order."""
    lead = _LIST_LEAD.match(text, end, limit)
    if lead is None:
        return None
    pos, months = lead.end(), list[tuple[Part, Span]]()
    while True:
        word = _MONTH_WORD.match(text, pos, limit)
        month = MONTHS.get(word.group().lower().rstrip(".")) if word else None
        if word is None or month is None:
            return None
        months.append(((None, month, None), (word.start(), word.end())))
        sep = _LIST_SEP.match(text, word.end(), limit)
        if sep is None:
            break
        pos = sep.end()
    year = _YEAR_AFTER.match(text, months[-1][1][1], limit)
    if year is not None:
        found = int(year.group(1))
        months = [((found, p[1], None), span) for p, span in months]
    return months


def _year(doc: Document, sentence: Span, record: MeetingRecord) -> int | None:
    """The year of months listed without one: the sentence's, else the record's."""
    for d in doc.within("dates", [sentence]):
        if d.role != "publication" and d.first[0] is not None:
            return d.first[0]
    return int(record.start[:4]) if record.start else None


def _one_of(doc: Document, record: MeetingRecord, item: Dated, year: int | None) -> MeetingRecord:
    """A record of ``record``'s kind at one listed place and date; it keeps what the sentence
    says of all the meetings, not the main record's title, roles or counts."""
    place, first, last, span = item
    one = MeetingRecord(source=record.source, kind=record.kind)
    for name in ("dialogues", "organisers", "format", "themes", "status"):
        value = getattr(record, name)
        setattr(one, name, copy.copy(value))
    one.city, one.country = place.city, place.country
    one.start, one.end = format_part(_with_year(first, year)), format_part(_with_year(last, year))
    keep = ("kind", "dialogues", "organisers", "format", "themes")
    one.evidence = [e for e in record.evidence if e.field in keep]
    text = doc.text
    if place.city:
        one.evidence.append(Evidence("city", place.start, place.end, place.text, rule=_RULE))
    if place.country:
        note = None if place.city is None else f"country of {place.city} in the gazetteer"
        one.evidence.append(
            Evidence("country", place.start, place.end, place.text, place.city is not None,
                     note, _RULE)
        )  # fmt: skip
    # a month listed without its year takes the sentence's (or the record's) year
    note = None if first[0] is not None else f"the year {year} of the sentence"
    for name in ("start", "end"):
        one.evidence.append(Evidence(name, span[0], span[1], text[span[0] : span[1]],
                                     note is not None, note, _RULE))  # fmt: skip
    return one


def _with_year(part: Part, year: int | None) -> Part:
    return part if part[0] is not None else (year, part[1], part[2])


def _split_roles(
    doc: Document, record: MeetingRecord, records: list[MeetingRecord], sentence: Span
) -> None:
    """Hosts and chairs: by position under "respectively", else each to the meeting held in
    its own country, else to none."""
    respectively = _RESPECTIVELY.search(doc.text, *sentence) is not None
    for name in _ROLES:
        values: list[str] = getattr(record, name)
        evidence = [e for e in record.evidence if e.field == name]
        if not values:
            continue
        if respectively and len(values) == len(records):
            owners = list(range(len(records)))
        else:
            countries = [r.country for r in records]
            owners = [countries.index(v) if countries.count(v) == 1 else -1 for v in values]
            if -1 in owners:
                continue
        for value, owner in zip(values, owners, strict=True):
            getattr(records[owner], name).append(value)
            records[owner].evidence += [e for e in evidence if doc.text[e.start : e.end] and
                                        _names(doc, e, value)]  # fmt: skip


def _names(doc: Document, evidence: Evidence, value: str) -> bool:
    """Whether ``evidence`` is that of the actor ``value``."""
    return any(a.start == evidence.start and a.name == value for a in doc.actors)
