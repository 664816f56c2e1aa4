"""A statement's short summary: the country's own words, quoted with their span.

The rule is transparent, so that a reader can check why these words were chosen:

1. The question's **keywords** are the stems of its words in English and French
   (:func:`processus.search.text.stems`, the search index's light stemmer), less
   the search's stopwords and the words every guiding question uses ("what",
   "your", "country"...): :data:`QUESTION_WORDS`.
2. The statement is cut into **sentences** (a line break, or ``.``, ``!``, ``?``
   or ``;`` followed by a space).
3. Every run of consecutive sentences that fits in :data:`SUMMARY_CHARS`
   characters is a candidate; the one holding the **most distinct keywords** wins,
   then the shortest (the tightest quote holding them), then the earliest. With no
   keyword anywhere, the opening sentences (as many as fit) are the summary.
   A single sentence longer than the limit is cut at the last space before it
   (``truncated``).

The summary is never rewritten: it is ``text[start:end]`` exactly, and the span
is reported as character offsets into the statement's text, or into the
document's text when the statement was taken from a document. The same function
picks the snippet of a position found by a search (the query's words are then
the keywords).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from processus.search.text import STOPWORDS, stem, tokens

#: The longest summary, in characters (a single longer sentence is cut).
SUMMARY_CHARS = 300
#: Words of any guiding question that say nothing of its subject (folded, EN and FR).
QUESTION_WORDS = frozenset(
    " ".join(
        (
            "what which how why who where when would could should can may like share any there",
            "main role play your you their our country countries specifically current kind way",
            "ways quel quelle quels quelles comment pourquoi qui votre vos notre nos pays leur",
            "leurs peut peuvent pourraient souhaiteriez partager principaux principales actuel",
            "actuels",
        )
    ).split()
)
_BREAK = re.compile(r"\n+|(?<=[.!?;])\s+")


@dataclass(frozen=True)
class Summary:
    """``text[start:end]`` of a statement; offsets already shifted into its document when
    it came from one (``document_start``/``document_end``)."""

    quote: str
    start: int
    end: int
    keywords: tuple[str, ...]
    truncated: bool


def keywords(*texts: str) -> frozenset[str]:
    """The stems a summary looks for: content words of ``texts`` (a question in EN and FR)."""
    found = set()
    for text in texts:
        for _start, _end, word in tokens(text or ""):
            if len(word) < 3 or word.isdigit() or word in STOPWORDS or word in QUESTION_WORDS:
                continue
            found.add(stem(word))
    return frozenset(found)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of ``text``, surrounding spaces left out."""
    spans = []
    begin = 0
    for match in [*_BREAK.finditer(text), None]:
        finish = match.start() if match else len(text)
        piece = text[begin:finish]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            spans.append((begin + lead, begin + len(piece.rstrip())))
        if match:
            begin = match.end()
    return spans


def _stems_in(text: str) -> set[str]:
    return {stem(word) for _s, _e, word in tokens(text)}


def _windows(spans: list[tuple[int, int]], limit: int) -> Iterable[tuple[int, int]]:
    """Runs of consecutive sentences fitting in ``limit`` characters (a single sentence
    always), as text bounds: from each sentence, every run that fits."""
    for i, (begin, finish) in enumerate(spans):
        yield begin, finish
        for _next_begin, next_finish in spans[i + 1 :]:
            if next_finish - begin > limit:
                break
            yield begin, next_finish


def _cut(text: str, begin: int, end: int, limit: int) -> tuple[int, bool]:
    if end - begin <= limit:
        return end, False
    space = text.rfind(" ", begin, begin + limit)
    return (space if space > begin else begin + limit), True


def summarize(
    text: str, wanted: frozenset[str], offset: int = 0, limit: int = SUMMARY_CHARS
) -> Summary | None:
    """The sentences of ``text`` holding most of ``wanted`` (see the module docstring);
    ``offset`` shifts the span (where ``text`` starts in its document). ``None`` for no text."""
    spans = sentence_spans(text)
    if not spans:
        return None
    best: tuple[int, int, int, int] | None = None  # (-keywords, length, begin, end)
    best_found: set[str] = set()
    for begin, end in _windows(spans, limit):
        found = _stems_in(text[begin:end]) & wanted
        rank = (-len(found), end - begin, begin, end)
        if best is None or rank < best:
            best, best_found = rank, found
    assert best is not None
    begin, end = best[2], best[3]
    if not best_found:
        begin = spans[0][0]
        end = max(e for b, e in _windows(spans, limit) if b == begin)
    end, truncated = _cut(text, begin, end, limit)
    return Summary(
        quote=text[begin:end],
        start=offset + begin,
        end=offset + end,
        keywords=tuple(sorted(best_found & _stems_in(text[begin:end]))),
        truncated=truncated,
    )


def matches(text: str, terms: Iterable[str]) -> bool:
    """Whether every stem of ``terms`` (a parsed search query's) is in ``text``."""
    present = _stems_in(text)
    return all(term in present for term in terms)
