"""A dialogue's list of its chairs by year is no list of meetings.

"Chairs of the Dialogue⏎Egypt (2016)⏎United Kingdom (2017)", "Présidences successives⏎
Sénégal, 2015⏎France, 2016", "Past Chairs⏎- Senegal, 2016": each line names a state and
the year it held the chair, not a meeting held there that year.
"""

from __future__ import annotations

import re

# a line of the list: a name and its year or years, in brackets or after a comma
_CHAIR_LINE = re.compile(
    r"[ \t]*(?:[-•·▪*][ \t]*)?[A-ZÀ-Ý][^\n,()]{1,50}?(?:[ \t]*\(|,[ \t]*)(?:19|20)\d\d"
    r"(?:[ \t]*[-–/][ \t]*(?:19|20)?\d\d)?\)?[ \t]*"
)
# the list's heading: "Chairs of the Dialogue", "Past Chairs", "Chairmanships", "Présidences
# successives", "Presidencias", "Presidenze", "Presidências"
_CHAIRS_HEADING = re.compile(
    r"[ \t#*•-]*(?:(?:past|former|successive|previous)\s+)?(?:chairs?|chairmanships?|"
    r"chairpersons?|presidenc(?:y|ies)|(?:les\s+)?présidences?(?:\s+successives)?|"
    r"(?:anciennes\s+)?présidences|presidencias|presidenze|presidências|"
    r"chair\s+countries)\b[^\n]{0,60}",
    re.IGNORECASE,
)
# how many lines of the list may stand between an entry and its heading
_LONGEST_LIST = 60


def under_a_chairs_list(text: str, pos: int) -> bool:
    """Whether the line at ``pos`` is an entry of a list of chairs by year: its line and
    the lines above it up to the list's heading are all "State (year)" lines."""
    end = text.find("\n", pos)
    line_start = text.rfind("\n", 0, pos) + 1
    if _CHAIR_LINE.fullmatch(text, line_start, len(text) if end == -1 else end) is None:
        return False
    for _ in range(_LONGEST_LIST):
        if line_start == 0:
            return False
        above_end = line_start - 1
        line_start = text.rfind("\n", 0, above_end) + 1
        line = text[line_start:above_end]
        if not line.strip() or _CHAIR_LINE.fullmatch(line):
            continue
        return _CHAIRS_HEADING.fullmatch(line.strip()) is not None
    return False
