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
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Any

from processus.extraction.branches import Branches, leading_shapes

Token = tuple[int, int, str]


class _Lexicon:
    """Every word seen so far, in order, so that each pattern judges a word only once.

    A pattern's admitted words in a document are then the intersection of the words it
    has admitted so far with the document's vocabulary: a set operation that walks the
    smaller side, instead of sorting the whole vocabulary per pattern and document.
    """

    LIMIT = 200_000  # words remembered before starting afresh

    def __init__(self) -> None:
        self.words: list[str] = []
        self.seen: set[str] = set()
        self.generation = 0
        self._last: frozenset[str] | None = None

    def add(self, vocabulary: frozenset[str]) -> None:
        if vocabulary is self._last:
            return
        self._last = vocabulary
        new = vocabulary - self.seen
        if len(self.words) + len(new) > self.LIMIT:
            self.words, self.seen = [], set()
            self.generation += 1
            new = vocabulary
        self.words += new
        self.seen |= new


_LEXICON = _Lexicon()


@dataclass(frozen=True)
class FirstWords:
    """Folded words (exact) or word beginnings (prefixes) a pattern can start with."""

    exact: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()
    capitalised: bool = False  # any capitalised word (or number) may start the pattern
    # the words of the lexicon admitted so far, and [lexicon generation, words judged]
    _yes: set[str] = field(default_factory=set, compare=False, hash=False, repr=False)
    _judged: list[int] = field(default_factory=lambda: [0, 0], compare=False, repr=False)

    def admits(self, word: str) -> bool:
        return word in self.exact or word.startswith(self.prefixes)

    def admitted(self, vocabulary: AbstractSet[str]) -> set[str]:
        """The words of ``vocabulary`` (a set-like view) this pattern may start at."""
        if not isinstance(vocabulary, frozenset):
            vocabulary = frozenset(vocabulary)
        lexicon = _LEXICON
        lexicon.add(vocabulary)
        yes, judged = self._yes, self._judged
        if judged[0] != lexicon.generation:
            yes.clear()
            judged[0], judged[1] = lexicon.generation, 0
        words = lexicon.words
        if judged[1] < len(words):
            admits = self.admits
            yes.update(w for w in words[judged[1] :] if admits(w))
            judged[1] = len(words)
        return yes.intersection(vocabulary)


def match_at_words(
    pattern: re.Pattern[str] | Branches,
    text: str,
    tokens: list[Token] | None,
    first: FirstWords,
) -> Iterator[re.Match[str]]:
    """Non-overlapping matches of ``pattern`` that start at an admitted token.

    ``pattern`` may be a :class:`Branches`: then only the alternatives that can start
    with the token's word are tried there.
    """
    if tokens is None:
        from processus.extraction.aliases import tokens as tokenize

        tokens = tokenize(text)
    if isinstance(pattern, Branches):
        if _has_case_extras(text) or first.capitalised:
            pattern = pattern.whole
        else:
            yield from _match_branches(pattern, text, tokens, first)
            return
    taken = -1
    match = pattern.match
    if first.capitalised:
        positions = _capitalised_positions(text, tokens)
    else:
        # one set operation over the document's distinct words, not a test per token
        by_word = word_indices(tokens)
        lists = [by_word[word] for word in first.admitted(vocabulary(tokens))]
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


def _match_branches(
    branches: Branches, text: str, tokens: list[Token], first: FirstWords
) -> Iterator[re.Match[str]]:
    """match_at_words() for a pattern split by first word."""
    by_word = word_indices(tokens)
    # the alternatives are chosen once per distinct word, not once per token
    tries: list[tuple[int, re.Pattern[str]]] = []
    for word in first.admitted(vocabulary(tokens)):
        pattern, after = branches.for_words(word)
        if pattern is not None:
            tries += _followed(text, tokens, by_word[word], pattern, after)
    tries.sort(key=_first)
    taken = -1
    for i, pattern in tries:
        start = tokens[i][0]
        if start < taken:
            continue
        m = pattern.match(text, start)
        if m is not None and m.end() > m.start():
            taken = m.end()
            yield m


def _followed(
    text: str,
    tokens: list[Token],
    indices: list[int],
    pattern: re.Pattern[str],
    after: tuple[str, ...] | None,
) -> list[tuple[int, re.Pattern[str]]]:
    """The tokens at ``indices`` where ``pattern`` may match: all of them, or when every
    alternative left needs whitespace and then a word starting with ``after``, those so
    followed."""
    if after is None:
        return [(i, pattern) for i in indices]
    last = len(tokens) - 1
    out = []
    for i in indices:
        if i == last:
            continue
        end, following = tokens[i][1], tokens[i + 1]
        if following[2].startswith(after) and text[end : following[0]].isspace():
            out.append((i, pattern))
    return out


def _first(item: tuple[int, re.Pattern[str]]) -> int:
    return item[0]


_LAST: list[object] = [None, None, None]  # text, tokens, positions of the last call
# tokens, word -> indices, and the set of words of the last call
_WORDS: list[object] = [None, None, None]


def word_indices(tokens: list[Token]) -> dict[str, list[int]]:
    """word -> the indices of its tokens, for the current document (memoised)."""
    if _WORDS[0] is tokens:
        return _WORDS[1]  # type: ignore[return-value]
    grouped: defaultdict[str, list[int]] = defaultdict(list)
    for i, token in enumerate(tokens):
        grouped[token[2]].append(i)
    out = dict(grouped)  # a plain dict: a lookup of a missing word must not add it
    _WORDS[0], _WORDS[1], _WORDS[2] = tokens, out, frozenset(out)
    return out


def vocabulary(tokens: list[Token]) -> frozenset[str]:
    """The distinct words of ``tokens`` (memoised with :func:`word_indices`)."""
    word_indices(tokens)
    return _WORDS[2]  # type: ignore[return-value]


def _capitalised_positions(text: str, tokens: list[Token]) -> list[int]:
    """Starts of capitalised words and numbers (memoised for the current document)."""
    if _LAST[0] is text and _LAST[1] is tokens:
        return _LAST[2]  # type: ignore[return-value]
    positions = [t[0] for t in tokens if text[t[0]].isupper() or text[t[0]].isdigit()]
    _LAST[0], _LAST[1], _LAST[2] = text, tokens, positions
    return positions


# characters that Python's case-insensitive matching equates with an ASCII letter although
# their lower case is not that letter (İ ı ~ i, ſ ~ s, Kelvin sign ~ k)
_CASE_EXTRAS = "\u0130\u0131\u017f\u212a"


_EXTRAS_MEMO: list[Any] = [None, False]  # the last text asked about, and the answer


def _has_case_extras(text: str) -> bool:
    """Whether ``text`` holds one of ``_CASE_EXTRAS`` (remembered for the last text)."""
    if _EXTRAS_MEMO[0] is not text:
        _EXTRAS_MEMO[0] = text
        _EXTRAS_MEMO[1] = not text.isascii() and any(c in text for c in _CASE_EXTRAS)
    return bool(_EXTRAS_MEMO[1])


class Cues:
    """Words without which a pattern cannot match: a cheap test before a slow search.

    The sentence tests of the pipeline ("not a meeting of either dialogue", "previous",
    "joint meeting", "originally planned in") are case-insensitive alternations that
    ``re`` tries at every position of a span, and most spans contain none of their
    words.  Each such pattern declares cue words (folded, exact or by beginning) such
    that every match holds a token starting with a cue, inside the matched span; a span
    with no cue token is skipped without running the pattern.  Cue positions are found
    once per document from its word index.  Two cases are always "possible": a span
    whose end cuts a word (the pattern, which cannot see past the end, might match a
    cue word that the whole token is not), and a text with a character that
    case-insensitive matching equates with a different ASCII letter
    (``_CASE_EXTRAS``), where folding could hide a cue.
    """

    def __init__(
        self, exact: Iterable[str] = (), prefixes: Iterable[str] = (), leading: bool = False
    ) -> None:
        self.words = FirstWords(exact=frozenset(exact), prefixes=tuple(prefixes))
        # every match starts at a cue token (not only holds one): see search_from()
        self.leading = leading
        self._tokens: list[Token] | None = None
        self._positions: list[int] | None = None

    @classmethod
    def of(cls, pattern: re.Pattern[str]) -> Cues:
        """The cues of a pattern that starts at a word boundary, read from the pattern
        itself (:func:`processus.extraction.branches.leading_shapes`), so that they cannot
        fall out of step with it: each alternative's whole first word, or the letters its
        first word starts with."""
        shapes = leading_shapes(pattern.pattern, pattern.flags)
        if shapes is None or not pattern.pattern.startswith(r"\b"):
            raise ValueError(f"no cue words can be read from {pattern.pattern[:60]!r}")
        exact = [whole for whole, _letters, _next in shapes if whole is not None]
        prefixes = [letters for whole, letters, _next in shapes if whole is None]
        return cls(exact, prefixes, leading=True)

    def possible(self, text: str, tokens: list[Token], start: int, end: int) -> bool:
        """False only when no cue token starts inside ``text[start:end]``."""
        return self.search_from(text, tokens, start, end) is not None

    def search_from(self, text: str, tokens: list[Token], start: int, end: int) -> int | None:
        """Where a search of the pattern in ``text[start:end]`` may begin: None when no cue
        token starts there; the first cue token when cues lead every match (``leading``);
        else ``start``."""
        if self._tokens is not tokens:
            self._tokens = tokens
            if _has_case_extras(text):
                self._positions = None
            else:
                by_word = word_indices(tokens)
                found = [i for w in self.words.admitted(vocabulary(tokens)) for i in by_word[w]]
                self._positions = sorted(tokens[i][0] for i in found)
        positions = self._positions
        if positions is None:
            return start
        # a span that ends inside a word may hold a cue the whole token is not
        cut = 0 < end < len(text) and text[end - 1].isalnum() and text[end].isalnum()
        i = bisect_left(positions, start)
        if i < len(positions) and positions[i] < end:
            return positions[i] if self.leading and not cut else start
        return start if cut else None
