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

The leading letters are read from the parsed alternative (:func:`leading_prefixes`), so
an alternative that starts with a group of words ("\\b(?:conférences?|réunions?)\\s+…"),
an optional prefix ("(?:co-?)?chaired"), a letter class ("organi[sz]ed") or a
look-behind ("(?<!-)\\bchaired") still has its possible first letters; only one that
may start with anything else (a digit class, ".", a repeated class) is tried at every
word.

The leading letters are compared in folded form (lower case, no accents); a document
holding a character that case-insensitive matching equates with another ASCII letter
("ſ", "ı", …) must use the whole pattern (see :func:`processus.extraction.scan`).
"""

from __future__ import annotations

import re
from re import _constants as _sre  # type: ignore[attr-defined]
from re import _parser as _sre_parse  # type: ignore[attr-defined]
from typing import Any

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


# a prefix set larger than this is not worth its startswith() test: try the alternative
_MAX_PREFIXES = 64
_ZERO_WIDTH = (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT)
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)
# a prefix being read: (folded letters, whether later letters may still extend it)
_State = tuple[str, bool]


def leading_prefixes(alternative: str, flags: int = 0) -> tuple[str, ...] | None:
    """Folded letter strings one of which starts every match of ``alternative``, or None.

    Read from the parsed pattern: look-arounds and ``\\b`` take no letters, a group or
    an alternation gives each of its branches' prefixes, an optional part gives the
    prefixes with and without it, a class of plain letters gives one prefix per letter,
    and the first thing that is not a word character (a space, a hyphen, a class of
    categories) ends a prefix.  Every match of the alternative at a word starts with one
    of the returned strings, compared with the folded word; None when some match may
    start with no letter at all (then the alternative is tried at every word).
    """
    try:
        parsed = _sre_parse.parse(alternative, flags)
    except re.error:
        return None
    states = _walk(list(parsed), [("", True)])
    if states is None:
        return None
    prefixes = {letters for letters, _open in states}
    if "" in prefixes:
        return None
    # a prefix that starts with another one adds nothing ("co" covers "cohosted")
    return tuple(
        sorted(p for p in prefixes if not any(p != q and p.startswith(q) for q in prefixes))
    )


def _word_char(code: int) -> str | None:
    """The folded character of ``code`` when it is part of a word token, else None."""
    char = fold(chr(code))
    return char if len(char) == 1 and char.isalnum() else None


def _class_chars(items: list[tuple[Any, Any]]) -> list[str] | None:
    """The folded word characters of a class of plain literals ([sz], [oa]), else None."""
    chars = []
    for op, av in items:
        if op is not _sre.LITERAL:
            return None
        char = _word_char(av)
        if char is None:
            return None
        chars.append(char)
    return sorted(set(chars))


def _walk(items: list[tuple[Any, Any]], states: list[_State]) -> list[_State] | None:
    """The prefixes of ``states`` extended by the parsed ``items`` (None: too many)."""
    for op, av in items:
        if not any(is_open for _letters, is_open in states):
            break
        if op in _ZERO_WIDTH:
            continue
        done = [(letters, False) for letters, is_open in states if not is_open]
        going = [letters for letters, is_open in states if is_open]
        extended: list[_State] | None
        if op is _sre.LITERAL:
            char = _word_char(av)
            extended = [(g + char, True) if char else (g, False) for g in going]
        elif op is _sre.IN:
            chars = _class_chars(av)
            extended = (
                [(g + c, True) for g in going for c in chars]
                if chars
                else [(g, False) for g in going]
            )
        elif op is _sre.SUBPATTERN:
            extended = _walk(list(av[3]), [(g, True) for g in going])
        elif op is _sre.BRANCH:
            extended = []
            for branch in av[1]:
                found = _walk(list(branch), [(g, True) for g in going])
                if found is None:
                    return None
                extended += found
        elif op in _REPEATS:
            low, _high, sub = av
            once = _walk(list(sub), [(g, True) for g in going])
            if once is None:
                return None
            # one pass at most is read: what a second pass adds is not needed
            extended = [(letters, False) for letters, _open in once]
            if low == 0:
                extended += [(g, True) for g in going]
        else:
            extended = [(g, False) for g in going]
        if extended is None:
            return None
        states = list(dict.fromkeys(done + extended))
        if len(states) > _MAX_PREFIXES:
            return None
    return states


class Branches:
    """The alternatives of named groups (or of one unnamed pattern), by first word."""

    def __init__(self, groups: list[tuple[str | None, str]], flags: int) -> None:
        self.flags = flags
        self.whole = re.compile(
            "|".join(f"(?P<{name}>{src})" if name else src for name, src in groups), flags
        )
        self._branches = [
            (name, alt, leading_prefixes(alt, flags))
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
