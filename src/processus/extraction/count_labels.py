"""A card's fields that count: "Participants: 42", "Countries represented (18):" …

A page laid out as a card gives the attendance and the countries as labelled fields
rather than in a sentence: the label says what the number counts, so none of the noun
patterns of :mod:`processus.extraction.counts` is needed.  A year in the field
("Participants: 2024") or words before the number that are no qualifier leave the field
unread.
"""

from __future__ import annotations

import re

from processus.extraction.count_mentions import (
    QUALIFIER_BEFORE,
    CountMention,
    qualifier_in_language,
)
from processus.extraction.plausibility import count_problem

# a card's field that gives the attendance: "Participants: 42 (including 15 women)",
# "Number of participants: 42", "Nombre de participants : 60", "Participantes: 35",
# "Partecipanti: 40", "Participants: 45 from 11 countries"; a qualifier may come first
# ("Participants: about 60")
_PARTICIPANTS_LABEL = re.compile(
    r"(?im)^[ \t•*·-]*(?:(?:total\s+)?(?:number\s+of\s+)?participants|"
    r"nombre\s+(?:total\s+)?de\s+participants|participantes|n[úu]mero\s+de\s+participantes|"
    r"partecipanti|numero\s+(?:di|dei)\s+partecipanti)[ \t]*:(?P<label>)[ \t]*"
    r"(?:[^\W\d]+(?:[ \t]+[^\W\d]+)?[ \t]+)?(?P<n>\d{1,5})(?![\d.,:/-]*\d)"
    r"(?=[ \t]*(?:\(|$|[.;,]|[ \t]+(?:people|persons|participants|personnes|personas|"
    r"persone|pessoas|from|de|des|venant|procedentes|provenienti|provenientes)\b))"
)
# the countries a card counts: "Countries represented: 11", "Number of countries: 18",
# "Countries represented (18): Mali, Niger …", "Pays représentés : 11", "Países: 11",
# "Paesi rappresentati (18):"
_COUNTRIES_LABEL = re.compile(
    r"(?im)^[ \t•*·-]*(?:(?:total\s+)?number\s+of\s+(?:participating\s+)?countries|"
    r"(?:participating\s+)?countries(?:\s+represented)?|nombre\s+de\s+pays|"
    r"pays(?:\s+représentés|\s+participants)?|n[úu]mero\s+de\s+pa[íi]ses|"
    r"pa[íi]ses(?:\s+representados|\s+participantes)?|numero\s+(?:di|dei)\s+paesi|"
    r"paesi(?:\s+rappresentati|\s+partecipanti)?)[ \t]*"
    r"(?:\([ \t]*(?P<paren>\d{1,3})[ \t]*\)[ \t]*:|:(?P<label>)[ \t]*(?P<n>\d{1,3})"
    r"(?![\d.,:/-]*\d)(?=[ \t]*(?:\(|$|[.;,])))"
)
#: the card fields that count, and the words their lines hold (found by substring first)
_COUNT_LABELS: tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...] = (
    ("participants", _PARTICIPANTS_LABEL, ("participant", "partecipanti")),
    ("countries_count", _COUNTRIES_LABEL, ("countries", "pays", "países", "paises", "paesi")),
)


def _label_lines(low: str, words: tuple[str, ...], start: int, end: int) -> list[int]:
    """Where the lines start whose label word a colon follows: the only places the label
    pattern may match (found by substring, not by trying it at every line)."""
    found = []
    for word in words:
        pos = low.find(word, start, end)
        while pos != -1:
            if low.find(":", pos, pos + 30) != -1:
                line_start = max(start, low.rfind("\n", 0, pos) + 1)
                if line_start not in found:
                    found.append(line_start)
            pos = low.find(word, pos + len(word), end)
    return sorted(found)


def labelled_counts(text: str, start: int, end: int) -> list[CountMention]:
    """The attendance and the countries a card's "Participants:" and "Countries
    represented:" fields give."""
    out: list[CountMention] = []
    low = text.lower()
    for field, pattern, words in _COUNT_LABELS:
        for line_start in _label_lines(low, words, start, end):
            m = pattern.match(text, line_start, end)
            if m is not None:
                found = _labelled_count(text, field, m)
                out += [found] if found is not None else []
    return out


def _labelled_count(text: str, field: str, m: re.Match[str]) -> CountMention | None:
    group = "n" if m.group("n") is not None else "paren"
    value = int(m.group(group))
    if value < 2 or 1900 <= value <= 2100:
        return None  # "Participants: 2024" is a year
    if count_problem(text, m.start(group), m.end(group), field, value):
        return None
    q, qspan = None, None
    label_end = m.end("label") if m.group("label") is not None else m.start(group)
    if text[label_end : m.start(group)].strip():  # "Participants: about 60"
        found = QUALIFIER_BEFORE.search(text, label_end, m.start(group))
        if found is None or found.start() > label_end + 2:
            return None  # words that are no qualifier: no count read safely
        q, qspan = qualifier_in_language(text, found), (found.start("q"), found.end("q"))
    return CountMention(field, m.start(group), m.end(group), m.group(group), value, q, qspan)
