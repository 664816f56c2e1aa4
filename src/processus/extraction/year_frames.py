"""The year a narrative sets for the months told after it.

"In 2025, the Rabat Process held several meetings. In March, a thematic meeting took place
in Accra. In October, …": the sentence that opens on a year frames the months of the
sentences after it in its paragraph, until another year is written.  A year told inside a
sentence ("The Process was launched in 2014.") frames nothing, nor does a year that opens a
founding or signing sentence ("In 2014, the Khartoum Process was launched."): the issue's
rule that an institution's or a law's year never dates a meeting.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from processus.extraction.dates import DateMention

# what may stand before the framing year at a sentence's start: "In", "En", "Nel", "Em",
# "During", "Throughout", "Au cours de l'année", "A lo largo de", "Ao longo de", "Nel corso del"
_OPENING = re.compile(
    r"(?:^|[.!?]\s+|\n[ \t]*)(?:in|en|nel|em|during|throughout|durant|durante|"
    r"au\s+cours\s+de|dans\s+le\s+courant\s+de|a\s+lo\s+largo\s+de|ao\s+longo\s+de|"
    r"nel\s+corso\s+del)\s+(?:(?:the\s+year|l['’]année|el\s+año|l['’]anno|o\s+ano\s+de)\s+)?\Z",
    re.IGNORECASE,
)
_AFTER = re.compile(r"\s*,")
# a founding, launching or signing sentence sets no frame
_FOUNDING = re.compile(
    r"\b(?:launched|founded|established|created|set\s+up|signed|adopted|entered\s+into\s+force|"
    r"lancée?s?|fondée?s?|créée?s?|signée?s?|adoptée?s?|lanzad[oa]s?|fundad[oa]s?|"
    r"cread[oa]s?|firmad[oa]s?|lanciat[oa]|fondat[oa]|istituit[oa]|firmat[oa]|"
    r"lançad[oa]s?|criad[oa]s?|assinad[oa]s?)\b",
    re.IGNORECASE,
)
_REACH = 40  # how far before the year its opening words are sought


def framing_year(text: str, dates: list[DateMention], mention: DateMention) -> DateMention | None:
    """The year-only date that opens a sentence earlier in ``mention``'s paragraph and frames
    it ("In 2025, …"), with no other year written between them; else None.  ``dates``: the
    document's, in text order."""
    paragraph = text.rfind("\n", 0, mention.start) + 1
    i = bisect_left(dates, mention.start, key=lambda d: d.start)
    while i > 0 and dates[i - 1].start >= paragraph:
        i -= 1
        if dates[i].first[0] is not None:  # the last year written before the month
            return dates[i] if _opens_sentence(text, dates[i]) else None
    return None


def _opens_sentence(text: str, d: DateMention) -> bool:
    if d.first[1] is not None or d.first != d.last or not _AFTER.match(text, d.end):
        return False
    if _OPENING.search(text, max(0, d.start - _REACH), d.start) is None:
        return False
    ends = [i for i in (text.find(". ", d.end), text.find("\n", d.end)) if i != -1]
    return _FOUNDING.search(text, d.end, min(ends, default=len(text))) is None
