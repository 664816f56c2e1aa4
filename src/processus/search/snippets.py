"""Snippets: the part of a text that best shows why it matched, with the words marked.

Built in Python from the original text, for every backend alike: the text is cut
into words, a word matches when its stem is one of the query's, the window of
about ``width`` characters holding the most matches is kept, and each piece is
escaped on its own before the matches are wrapped in ``<mark>``. Nothing from a
document is ever interpreted as HTML.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from html import escape
from itertools import compress

from django.utils.safestring import SafeString, mark_safe

from processus.search.text import WORD, fold, stem


@lru_cache(maxsize=65536)
def _stem(word: str) -> str | None:
    """The stem of a word as it stands in a text (folded first; ``None`` when folding
    leaves nothing); words repeat across results, so each is folded and stemmed once."""
    folded = fold(word)
    return stem(folded) if folded else None


def match_offsets(text: str, wanted: set[str]) -> list[tuple[int, int]]:
    """The ``(start, end)`` of every word of ``text`` whose stem is ``wanted``.

    The words are stemmed in bulk (``findall`` and ``map``); offsets are read only for
    the few that match."""
    found = [s in wanted for s in map(_stem, WORD.findall(text))]
    if not any(found):
        return []
    return [m.span() for m in compress(WORD.finditer(text), found)]


def _window(text: str, hits: list[tuple[int, int]], width: int) -> tuple[int, int]:
    if len(text) <= width:
        return 0, len(text)
    start = 0
    if hits:
        reach = width * 2 // 3
        starts = [a for a, _b in hits]
        best, best_count = hits[0][0], 0
        for n, a in enumerate(starts):
            count = bisect_left(starts, a + reach, n) - n  # hits starting in [a, a + reach)
            if count > best_count:
                best, best_count = a, count
        start = max(0, best - width // 4)
    end = min(len(text), start + width)
    # Do not cut words at either end.
    if start > 0:
        space = text.find(" ", start, start + 30)
        start = space + 1 if space >= 0 else start
    if end < len(text):
        space = text.rfind(" ", end - 30, end)
        end = space if space > start else end
    return start, end


def snippet(text: str, wanted: set[str], width: int = 240) -> SafeString:
    """``text`` around its best matches, escaped, matches in ``<mark>``, ``…`` where cut."""
    text = " ".join(text.split())
    hits = match_offsets(text, wanted)
    start, end = _window(text, hits, width)
    parts = ["…"] if start > 0 else []
    position = start
    for a, b in hits:
        if a < start or b > end:
            continue
        parts.append(escape(text[position:a]))
        parts.append(f"<mark>{escape(text[a:b])}</mark>")
        position = b
    parts.append(escape(text[position:end]))
    if end < len(text):
        parts.append("…")
    return mark_safe("".join(parts))  # every piece of text above is escaped
