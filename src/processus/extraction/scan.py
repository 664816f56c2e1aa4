"""Run a phrase pattern only where one of its first words starts.

Python's ``re`` tries every alternative of a big alternation at every character.  The
phrase patterns of this package (meeting kinds, role triggers, tense cues, formats)
all begin with one of a known set of words, so each pattern declares those first
words (:class:`FirstWords`) and is only tried at tokens that qualify.  Tokens are
the folded words of :func:`processus.extraction.aliases.tokens`, computed once per
document.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

Token = tuple[int, int, str]


@dataclass(frozen=True)
class FirstWords:
    """Folded words (exact) or word beginnings (prefixes) a pattern can start with."""

    exact: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()
    capitalised: bool = False  # any capitalised word (or number) may start the pattern
    # words already judged, so that a document's vocabulary is sorted with set operations
    _yes: set[str] = field(default_factory=set, compare=False, hash=False, repr=False)
    _no: set[str] = field(default_factory=set, compare=False, hash=False, repr=False)

    def admits(self, word: str) -> bool:
        return word in self.exact or word.startswith(self.prefixes)

    def admitted(self, vocabulary: Iterable[str]) -> set[str]:
        """The words of ``vocabulary`` (a set-like view) this pattern may start at."""
        yes, no = self._yes, self._no
        hits = yes.intersection(vocabulary)
        unknown = set(vocabulary)
        unknown -= hits
        unknown -= no
        remember = len(yes) + len(no) + len(unknown) <= 200_000
        for word in unknown:
            if self.admits(word):
                hits.add(word)
                if remember:
                    yes.add(word)
            elif remember:
                no.add(word)
        return hits


def match_at_words(
    pattern: re.Pattern[str], text: str, tokens: list[Token] | None, first: FirstWords
) -> Iterator[re.Match[str]]:
    """Non-overlapping matches of ``pattern`` that start at an admitted token."""
    if tokens is None:
        from processus.extraction.aliases import tokens as tokenize

        tokens = tokenize(text)
    taken = -1
    match = pattern.match
    if first.capitalised:
        positions = _capitalised_positions(text, tokens)
    else:
        # one set operation over the document's distinct words, not a test per token
        by_word = word_indices(tokens)
        lists = [by_word[word] for word in first.admitted(by_word.keys())]
        if not lists:
            return
        chosen = lists[0] if len(lists) == 1 else sorted(i for ids in lists for i in ids)
        positions = [tokens[i][0] for i in chosen]
    for start in positions:
        if start < taken:
            continue
        m = match(text, start)
        if m is not None and m.end() > m.start():
            taken = m.end()
            yield m


_LAST: list[object] = [None, None, None]  # text, tokens, positions of the last call
_WORDS: list[object] = [None, None]  # tokens, word -> indices of the last call


def word_indices(tokens: list[Token]) -> dict[str, list[int]]:
    """word -> the indices of its tokens, for the current document (memoised)."""
    if _WORDS[0] is tokens:
        return _WORDS[1]  # type: ignore[return-value]
    out: dict[str, list[int]] = {}
    for i, (_start, _end, word) in enumerate(tokens):
        found = out.get(word)
        if found is None:
            out[word] = [i]
        else:
            found.append(i)
    _WORDS[0], _WORDS[1] = tokens, out
    return out


def _capitalised_positions(text: str, tokens: list[Token]) -> list[int]:
    """Starts of capitalised words and numbers (memoised for the current document)."""
    if _LAST[0] is text and _LAST[1] is tokens:
        return _LAST[2]  # type: ignore[return-value]
    positions = [t[0] for t in tokens if text[t[0]].isupper() or text[t[0]].isdigit()]
    _LAST[0], _LAST[1], _LAST[2] = text, tokens, positions
    return positions
