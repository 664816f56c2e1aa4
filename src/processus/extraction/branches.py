"""A phrase pattern split by the first word of each of its alternatives.

A phrase pattern such as the tense cues ("will take place" | "took place" | "s'est
tenue" | …) is one long alternation.  ``re`` tries its alternatives one after the
other at every position it is asked about, so at a token "the" it still tries "will",
"shall", "took", … before the one alternative that starts with "the".  A
:class:`Branches` keeps the alternatives in their order and gives, for the folded word
found at a position, a pattern made of only the alternatives that can start with that
word: those whose leading letters the word begins with, and those that do not start
with plain letters (a group, a class).  Since a match is decided by the first
alternative that matches, and only alternatives that cannot match are left out, the
smaller pattern finds exactly the same match, with the same named group.

The leading letters are compared in folded form (lower case, no accents); a document
holding a character that case-insensitive matching equates with another ASCII letter
("ſ", "ı", …) must use the whole pattern (see :func:`processus.extraction.scan`).
"""

from __future__ import annotations

import re

from processus.extraction.normalize import fold

# an alternative's leading letters, after an optional \b
_LEADING = re.compile(r"(?:\\b)?([^\W\d_]+)")


def split_alternatives(source: str) -> list[str]:
    """The top-level alternatives of a regular expression's source."""
    out: list[str] = []
    depth = 0
    start = 0
    in_class = False
    i = 0
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
            if source.startswith("^", i + 1):
                i += 1
            if source.startswith("]", i + 1):
                i += 1  # a "]" first in a class is a literal
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(source[start:i])
            start = i + 1
        i += 1
    out.append(source[start:])
    return out


def leading_letters(alternative: str) -> str | None:
    """The folded letters every match of ``alternative`` starts with, or None."""
    m = _LEADING.match(alternative)
    if m is None:
        return None
    letters = m.group(1)
    if alternative[m.end() : m.end() + 1] in ("?", "*", "{"):
        letters = letters[:-1]  # "prochaine?": the last letter is optional
    return fold(letters) or None


class Branches:
    """The alternatives of named groups (or of one unnamed pattern), by first word."""

    def __init__(self, groups: list[tuple[str | None, str]], flags: int) -> None:
        self.flags = flags
        self.whole = re.compile(
            "|".join(f"(?P<{name}>{src})" if name else src for name, src in groups), flags
        )
        self._branches = [
            (name, alt, leading_letters(alt))
            for name, src in groups
            for alt in split_alternatives(src)
        ]
        self._by_word: dict[str, re.Pattern[str] | None] = {}

    def for_word(self, word: str) -> re.Pattern[str] | None:
        """The pattern of the alternatives that can start at ``word`` (None: none can)."""
        try:
            return self._by_word[word]
        except KeyError:
            pass
        runs: list[tuple[str | None, list[str]]] = []
        for name, alt, letters in self._branches:
            if letters is not None and not word.startswith(letters):
                continue
            if runs and runs[-1][0] == name:
                runs[-1][1].append(alt)
            else:
                runs.append((name, [alt]))
        pattern = None
        if runs:
            source = "|".join(
                f"(?P<{name}>{'|'.join(alts)})" if name else "|".join(alts) for name, alts in runs
            )
            pattern = re.compile(source, self.flags)
        if len(self._by_word) < 20_000:
            self._by_word[word] = pattern
        return pattern
