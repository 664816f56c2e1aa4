"""Where the meeting took place: its city and country."""

from __future__ import annotations

import re

from processus.extraction.dates import DateMention
from processus.extraction.document import Document
from processus.extraction.fields.context import FieldContext
from processus.extraction.fields.kind import noun_before
from processus.extraction.kinds import COORDINATED, KindMention
from processus.extraction.places import PlaceMention
from processus.extraction.records import MeetingRecord

# a meeting before or after the one told: "the next workshop", "la prochaine réunion", "el
# próximo taller", "il prossimo seminario", "a próxima reunião", "the previous SOM"
_NEXT_OR_LAST = re.compile(
    r"\b(?:next|previous|last|following|upcoming|forthcoming|prochaine?|précédente?|dernière|"
    r"dernier|próxim[oa]|anterior|últim[oa]|prossim[oa]|precedente|ultim[oa])\s+"
    r"(?:[\w'’-]+\s+)?\Z",
    re.IGNORECASE,
)
# the place in the same sentence as that noun
_IN_ITS_SENTENCE = re.compile(r"[^.!?\n]*")
_HELD_AT = re.compile(
    r"[^.!?\n]*?\b(?:held|took\s+place|organi[sz]ed|hosted|tenue?s?|organisée?s?|"
    r"accueillie?s?)\s+(?:in|at|à|en|au|aux)\s+(?:the\s+|la\s+|le\s+)?\Z",
    re.IGNORECASE,
)


def resolve_place(ctx: FieldContext, record: MeetingRecord) -> None:
    """``city`` and ``country`` from the chosen venue; a country the text does not write
    next to the city is the gazetteer's."""
    place, rule = _choose_place(ctx)
    if ctx.doc.explain is not None:
        _explain_places(ctx, place, rule)
    if place is None:
        return
    if place.city:
        record.city = place.city
        if place.capital:
            note = f"the capital of {place.country} in the gazetteer"
            ctx.add("city", place.start, place.end, True, note, rule)
        else:
            ctx.add("city", place.start, place.end, rule=rule)
    record.country = place.country
    if not record.country:
        return
    if place.city is None or place.capital:  # the country is written: "the Ethiopian capital"
        ctx.add("country", place.start, place.end, rule=rule)
    elif place.country_start is not None and place.country_end is not None:
        ctx.add("country", place.country_start, place.country_end, rule=rule)
    else:
        ctx.add(
            "country", place.start, place.end, True, f"country of {place.city} in the gazetteer",
            rule,
        )  # fmt: skip


# the rules that choose the venue (see _choose_place)
PLACE_LABELLED = "place:labelled"
PLACE_HEADING = "place:entry heading"
PLACE_PREPOSITION = "place:nearest city with preposition"
PLACE_NEAREST = "place:nearest city"
PLACE_COUNTRY_LABELLED = "place:labelled country"
PLACE_COUNTRY = "place:country in the meeting's sentence"
PLACE_AFTER_DATE = "place:city after the date on its line"

# a date line that names its city after a comma: "18-20 May 2027, Warsaw", "8 décembre
# 2026, Dakar (Sénégal)"
_COMMA_THEN = re.compile(r"[ \t]*,[ \t]*")


def _after_date(text: str, anchor: DateMention, place: PlaceMention) -> bool:
    gap = _COMMA_THEN.fullmatch(text, anchor.end, place.start)
    return gap is not None and "\n" not in text[anchor.end : place.start]


def _choose_place(ctx: FieldContext) -> tuple[PlaceMention | None, str]:
    """The venue of the meeting: a labelled city, the entry's heading, then the city
    nearest the meeting's date (or noun), then a country named in the meeting's sentence;
    and the name of the rule that chose it."""
    doc, kind, passage = ctx.doc, ctx.kind, ctx.passage
    places: list[PlaceMention] = doc.within("venues", ctx.spans)
    if kind is not None and places:
        places = [p for p in places if not _venue_of_another(doc, p.start, kind)]
    places = [p for p in places if not _a_seat_line(doc, p)]
    if not places:
        return None, ""
    focus = [a.start for a in ctx.anchors] or ([kind.start] if kind else [passage.start])

    def distance(p: PlaceMention) -> int:
        return min(abs(p.start - f) for f in focus)

    labelled = [p for p in places if p.labelled and p.city]
    if labelled:
        return labelled[0], PLACE_LABELLED
    if passage.heading is not None:
        heading = [p for p in places if passage.heading[0] <= p.start < passage.heading[1]]
        if heading:
            return heading[0], PLACE_HEADING
    cities = [p for p in places if p.city]
    after_date = next((p for p in cities for a in ctx.anchors if _after_date(doc.text, a, p)), None)
    if after_date is not None:
        return after_date, PLACE_AFTER_DATE
    if not ctx.anchors and kind is not None:
        # an undated meeting takes no city from a sentence that does not name it ("5,300
        # migrants were registered in Kassala. … the Steering Committee at its next meeting")
        own = _own_sentences(ctx, [k.start for k in doc.within("kinds", ctx.spans)])
        cities = [p for p in cities if any(s <= p.start < e for s, e in own)]
    with_prep = [p for p in cities if p.preposition]
    if with_prep:
        nearest = min(with_prep, key=distance)
        # "held in Tegucigalpa, Honduras, on 26 June 2025. Delegates then travelled to
        # Madrid": the country written after a city the gazetteer does not know, in the
        # meeting's own sentence, beats a known city of another sentence
        own = _own_sentences(ctx, focus)
        if not any(s <= p.start < e for p in with_prep for s, e in own):
            text = ctx.doc.text
            country = next(
                (p for p in places if not p.city and p.preposition
                 and text[max(0, p.start - 4) : p.start].rstrip()[-1:] in (",", "(")
                 and any(s <= p.start < e for s, e in own)),
                None,
            )  # fmt: skip
            if country is not None:
                return country, PLACE_COUNTRY
        return nearest, PLACE_PREPOSITION
    if cities:
        return min(cities, key=distance), PLACE_NEAREST
    labelled = [p for p in places if p.labelled]
    if labelled:
        return labelled[0], PLACE_COUNTRY_LABELLED
    # a country named alone as the venue: only in a sentence about the meeting itself
    focus_sentences = _own_sentences(ctx, focus)
    countries = [p for p in places if any(s <= p.start < e for s, e in focus_sentences)]
    return (min(countries, key=distance) if countries else None), PLACE_COUNTRY


# the seat of a body, on a line of its own under the story: "ICMPD Brussels Mission",
# "Secrétariat du Processus de Rabat – Bruxelles", "ECOWAS Commission, Abuja, Nigeria"
_SEAT_WORDS = re.compile(
    r"\b(?:Secretariat|Secrétariat|Secretaría|Segretariato|Secretariado|Mission|Office|"
    r"Bureau|Oficina|Ufficio|Escritório|Headquarters|Siège|Sede|Commission|Delegation|"
    r"Délégation|Delegación|Delegazione|Delegação)\b"
)
_SEAT_LINE = 90  # a line of a body's name and its city, no longer


def _a_seat_line(doc: Document, place: PlaceMention) -> bool:
    """Whether ``place`` stands on a short line that names a body and its seat, with no
    verb, date or meeting noun: the body's address, not a venue."""
    text = doc.text
    start = text.rfind("\n", 0, place.start) + 1
    end = text.find("\n", place.end)
    end = len(text) if end == -1 else end
    if end - start > _SEAT_LINE or _SEAT_WORDS.search(text, start, end) is None:
        return False
    if doc.within("dates", [(start, end)]) or doc.within("kinds", [(start, end)]):
        return False
    return not any(c in text[start:end] for c in ".;!?")


def _own_sentences(ctx: FieldContext, focus: list[int]) -> list[tuple[int, int]]:
    """The sentences of the meeting's date (or noun)."""
    return [s for s in ctx.sentence_spans if any(s[0] <= f < s[1] for f in focus)]


def _explain_places(ctx: FieldContext, chosen: PlaceMention | None, rule: str) -> None:
    """Log the places of the spans that are not the venue, and why."""
    doc, kind = ctx.doc, ctx.kind
    for p in doc.within("venues", ctx.spans):
        if p is chosen or (chosen is not None and p.city and p.city == chosen.city):
            continue
        noun = noun_before(doc, p.start, 100) if kind is not None else None
        if kind is not None and noun is not None and _venue_of_another(doc, p.start, kind):
            reason = f"venue of another meeting, the '{noun.text}' written before it"
        elif chosen is None:
            reason = "a country named outside the meeting's sentence"
        elif rule in (PLACE_LABELLED, PLACE_HEADING):
            where = "labelled as the venue" if rule == PLACE_LABELLED else "in the entry's heading"
            reason = f"'{chosen.text}' is {where}"
        elif chosen.city and not p.city:
            reason = f"a country: the city '{chosen.text}' is the venue"
        elif rule == PLACE_PREPOSITION and not p.preposition:
            reason = f"no preposition before it ('in', 'à'); '{chosen.text}' has one"
        else:
            reason = f"not the nearest to the meeting's date or noun: '{chosen.text}' is"
        ctx.reject("city" if p.city else "country", p.start, p.end, reason)


_IN_THE_MARGINS = re.compile(
    r"\b(?:in\s+the\s+margins?\s+of|on\s+the\s+(?:sidelines|margins?)\s+of|alongside|"
    r"en\s+marge\s+d[eu']|al\s+margen\s+de|a\s+margine\s+d|à\s+margem\s+d|"
    r"paralelamente\s+a)\s*(?:the\s+|la\s+|le\s+|l['’]|el\s+|il\s+|a\s+|o\s+)?\S*\s*\Z",
    re.IGNORECASE,
)


def _venue_of_another(doc: Document, pos: int, kind: KindMention) -> bool:
    """Whether the place at ``pos`` is written as the venue of another kind of meeting:
    "the SOM of December 2024 recalled a thematic meeting … held in Praia"."""
    noun = noun_before(doc, pos, 100)
    if noun is None or noun is kind:
        return False
    if _NEXT_OR_LAST.search(doc.text, max(0, noun.start - 24), noun.start):
        # "The next workshop in the series will take place in Kampala": another meeting's
        return _IN_ITS_SENTENCE.fullmatch(doc.text, noun.end, pos) is not None
    if noun.kind in ("other", kind.kind):
        return False
    if _IN_THE_MARGINS.search(doc.text, max(0, noun.start - 40), noun.start):
        # "In the margins of the SOM held in Dakar on 4 December, ICMPD organised a side
        # event": the side meeting was held at the other's venue
        return False
    if kind.end <= noun.start and COORDINATED.fullmatch(doc.text, kind.end, noun.start):
        return False  # "a SOM and a side event will be held in Rabat": the venue of both
    return _HELD_AT.fullmatch(doc.text, noun.end, pos) is not None
