"""A card's labelled first and last days: "Start date: 12 May 2026" above "End date: 14 May
2026", "Date de début : … / Date de fin : …", "Fecha de inicio / Fecha de finalización",
"Data di inizio / Data di fine", "Data de início / Data de fim"; a plain "Date:" may open it.

The card's first date is the meeting's anchor; the date under the end label is its last day,
which would otherwise be read as one more date of the same meeting and left aside.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from processus.extraction.dates import DateMention

_I = re.IGNORECASE
_START_LABEL = re.compile(
    r"(?:start(?:ing)?\s+date|date\s+de\s+d[ée]but|fecha\s+de\s+inicio|data\s+di\s+inizio|"
    r"data\s+de\s+in[íi]cio|starts?|d[ée]but|inicio|inizio|in[íi]cio|dates?|fechas?|data)"
    r"\s*:\s*\Z",
    _I,
)
_END_LABEL = re.compile(
    r"(?:end(?:ing)?\s+date|date\s+de\s+fin|fecha\s+de\s+(?:fin|finalizaci[óo]n|t[ée]rmino)|"
    r"data\s+di\s+fine|data\s+de\s+(?:fim|t[ée]rmino|encerramento)|ends?|fin|fine|fim)"
    r"\s*:\s*\Z",
    _I,
)
_LABEL_REACH = 30  # how far before a date its label is sought, on its own line
_NEXT_LINES = 160  # how far below the first day the last day's line may be


def labelled_end(text: str, dates: list[DateMention], anchor: DateMention) -> DateMention | None:
    """The date under an end label, on a line just below ``anchor``'s start label; else
    None.  ``dates``: the document's, in text order."""
    if not _labelled(text, anchor.start, _START_LABEL):
        return None
    i = bisect_right(dates, anchor.start, key=lambda d: d.start)
    later = dates[i] if i < len(dates) else None
    if later is None or later.start - anchor.end > _NEXT_LINES:
        return None
    if "\n" not in text[anchor.end : later.start]:
        return None
    return later if _labelled(text, later.start, _END_LABEL) else None


def _labelled(text: str, start: int, label: re.Pattern[str]) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    reach = max(line_start, start - _LABEL_REACH)
    if text.find(":", reach, start) == -1:  # a label ends on its colon: most dates have none
        return False
    return label.search(text, reach, start) is not None
