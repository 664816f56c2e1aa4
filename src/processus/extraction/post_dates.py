"""The dates of a news listing's items: when each story was posted, not when its meeting was.

A page that lists news writes each item as a date line, a headline and an excerpt ("18 June
2026⏎Senior officials meet in Istanbul⏎Senior officials … met in Istanbul on 16-17 June …").
When the excerpt under (or right after) the date line reports its meeting on an earlier day of
its own, the date line is the story's: it is furniture, as a dateline is.  A calendar's date
line has no such excerpt, or one that tells of the same day, and keeps dating its entry.
"""

from __future__ import annotations

from processus.extraction.dates import DateMention

Span = tuple[int, int]

_EXCERPT = 60  # the shortest excerpt: a sentence or two of prose
_LINES_BELOW = 2  # the headline and the excerpt


def post_date_lines(text: str, dates: list[DateMention]) -> list[Span]:
    """The spans of the date lines that give a news item's posting day."""
    out: list[Span] = []
    for i, d in enumerate(dates):
        if d.role != "meeting" or d.first[2] is None or d.first != d.last:
            continue
        line = _line_at(text, d.start)
        if text[line[0] : line[1]].strip().rstrip(".") != d.text.rstrip("."):
            continue
        excerpt = _excerpt_below(text, line[1])
        if excerpt is None:
            continue
        told = [
            e for e in dates[i + 1 :] if excerpt[0] <= e.start < excerpt[1] and e.role == "meeting"
        ]
        if told and _before(told[0], d):
            out.append(line)
    return out


def _line_at(text: str, pos: int) -> Span:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end == -1 else end


def _excerpt_below(text: str, line_end: int) -> Span | None:
    """The first line of prose among the next lines below ``line_end``, no blank line
    between."""
    pos = line_end
    for _ in range(_LINES_BELOW):
        if pos >= len(text) or text[pos] != "\n":
            return None
        start = pos + 1
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        line = text[start:end].strip()
        if not line:
            return None
        if len(line) >= _EXCERPT and (". " in line or line.endswith((".", "›", "…", "»"))):
            return start, end
        pos = end
    return None


def _before(told: DateMention, posted: DateMention) -> bool:
    """Whether the excerpt's meeting day ``told`` comes before the posting day (its year,
    when it writes none, the posting's)."""
    year, month, day = told.first
    if month is None:
        return False
    p_year, p_month, p_day = posted.first
    assert p_year is not None and p_month is not None and p_day is not None
    return (year or p_year, month, day or 1) < (p_year, p_month, p_day)
