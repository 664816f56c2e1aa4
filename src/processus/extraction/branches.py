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
_SPACE_CODES = frozenset(map(ord, " \t\n\r\f\v"))
# a prefix being read: (the first word when it is complete, the folded letters read since,
# whether later letters may still extend it)
_State = tuple[str | None, str, bool]
#: how every match of an alternative may start: (the whole first word, or None when only a
#: prefix of it is known; that prefix or whole word; when the first word is whole, a prefix
#: of the word that follows it after whitespace, or None when that is not known)
Shape = tuple[str | None, str, str | None]


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
    shapes = leading_shapes(alternative, flags)
    if shapes is None:
        return None
    prefixes = {letters if whole is None else whole for whole, letters, _second in shapes}
    return _shortest(prefixes)


def _shortest(prefixes: set[str]) -> tuple[str, ...]:
    """``prefixes`` less those that start with another one ("co" covers "cohosted")."""
    return tuple(
        sorted(p for p in prefixes if not any(p != q and p.startswith(q) for q in prefixes))
    )


def leading_shapes(alternative: str, flags: int = 0) -> tuple[Shape, ...] | None:
    """How every match of ``alternative`` starts, as :data:`Shape` s, or None (unknown).

    A shape ``(None, "organi", None)`` says the first word starts with "organi"; a shape
    ``("the", "the", "chair")`` says the first word *is* "the", followed by whitespace and
    a word that starts with "chair" (``\\bthe\\s+(?:co-?)?chair…`` gives that shape and
    ``("the", "the", "co")``); ``("the", "the", None)``, that the first word is "the" and
    whitespace follows.  Whitespace is any run of ``\\s`` or spaces.
    """
    try:
        parsed = _sre_parse.parse(alternative, flags)
    except re.error:
        return None
    states = _walk(list(parsed), [(None, "", True)])
    if states is None:
        return None
    shapes: set[Shape] = set()
    for whole, letters, _open in states:
        if whole is None:
            if not letters:
                return None  # a match may start with no letter: no prefix
            shapes.add((None, letters, None))
        else:
            shapes.add((whole, whole, letters or None))
    return tuple(sorted(shapes, key=lambda shape: (shape[0] or "", shape[1], shape[2] or "")))


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


def _is_space(op: Any, av: Any) -> bool:
    """Whether the parsed item matches whitespace only (``\\s``, ``[\\s]``, a space)."""
    if op is _sre.LITERAL:
        return av in _SPACE_CODES
    if op is _sre.IN:
        return bool(av) and all(
            (o is _sre.CATEGORY and a is _sre.CATEGORY_SPACE)
            or (o is _sre.LITERAL and a in _SPACE_CODES)
            for o, a in av
        )
    return False


def _space(state: _State) -> _State:
    """``state`` after whitespace: its first word is then whole; a second word ends it."""
    whole, letters, is_open = state
    if not is_open:
        return state
    if whole is None:
        # whitespace before any letter: a match starting there starts no word
        return (letters, "", True) if letters else (None, "", False)
    return (whole, letters, not letters)  # more whitespace, or the end of the second word


def _walk(items: list[tuple[Any, Any]], states: list[_State]) -> list[_State] | None:
    """``states`` extended by the parsed ``items`` (None: too many prefixes)."""
    for op, av in items:
        if not any(state[2] for state in states):
            break
        if op in _ZERO_WIDTH:
            continue
        done = [state for state in states if not state[2]]
        going = [state for state in states if state[2]]
        extended = _step(op, av, going)
        if extended is None:
            return None
        states = list(dict.fromkeys(done + extended))
        if len(states) > _MAX_PREFIXES:
            return None
    return states


def _step(op: Any, av: Any, going: list[_State]) -> list[_State] | None:
    """The open states ``going`` after one parsed item (None: too many prefixes)."""
    if _is_space(op, av):
        return [_space(state) for state in going]
    if op is _sre.LITERAL:
        char = _word_char(av)
        return [(w, g + char, True) if char else (w, g, False) for w, g, _o in going]
    if op is _sre.IN:
        chars = _class_chars(av)
        if not chars:
            return [(w, g, False) for w, g, _o in going]
        return [(w, g + c, True) for w, g, _o in going for c in chars]
    if op is _sre.SUBPATTERN:
        return _walk(list(av[3]), going)
    if op is _sre.BRANCH:
        extended: list[_State] = []
        for branch in av[1]:
            found = _walk(list(branch), going)
            if found is None:
                return None
            extended += found
        return extended
    if op in _REPEATS:
        low, high, sub = av
        if len(sub) == 1 and _is_space(*sub[0]):
            # a run of whitespace: one space or more reads the same
            once = [_space(state) for state in going]
        else:
            found = _walk(list(sub), going)
            if found is None:
                return None
            # an optional part is read whole; of a longer repeat, one pass only (what a
            # second pass adds is not needed)
            once = found if high == 1 else [(w, g, False) for w, g, _o in found]
        return once + going if low == 0 else once
    return [(w, g, False) for w, g, _o in going]


class Branches:
    """The alternatives of named groups (or of one unnamed pattern), by first word."""

    def __init__(self, groups: list[tuple[str | None, str]], flags: int) -> None:
        self.flags = flags
        self.whole = re.compile(
            "|".join(f"(?P<{name}>{src})" if name else src for name, src in groups), flags
        )
        self._branches = [
            (name, alt, leading_shapes(alt, flags))
            for name, src in groups
            for alt in split_alternatives(src)
        ]
        self._by_word: dict[str, tuple[re.Pattern[str] | None, tuple[str, ...] | None]] = {}

    def for_word(self, word: str) -> re.Pattern[str] | None:
        """The pattern of the alternatives that can start at ``word`` (None: none can)."""
        return self.for_words(word)[0]

    def for_words(self, word: str) -> tuple[re.Pattern[str] | None, tuple[str, ...] | None]:
        """The pattern of the alternatives that can start at ``word``, and what the next
        word must start with for one of them to match: None when any next word may do,
        else prefixes one of which the next word must start with, with only whitespace
        between the two words."""
        try:
            return self._by_word[word]
        except KeyError:
            pass
        runs: list[tuple[str | None, list[str]]] = []
        gate: set[str] | None = set()
        for name, alt, shapes in self._branches:
            if shapes is None:
                gate = None
            else:
                fits = [
                    shape
                    for shape in shapes
                    if (word == shape[0] if shape[0] is not None else word.startswith(shape[1]))
                ]
                if not fits:
                    continue
                if gate is not None and all(shape[2] is not None for shape in fits):
                    gate.update(shape[2] for shape in fits if shape[2] is not None)
                else:
                    gate = None
            if runs and runs[-1][0] == name:
                runs[-1][1].append(alt)
            else:
                runs.append((name, [alt]))
        found: tuple[re.Pattern[str] | None, tuple[str, ...] | None] = (None, None)
        if runs:
            source = "|".join(
                f"(?P<{name}>{'|'.join(alts)})" if name else "|".join(alts) for name, alts in runs
            )
            found = (re.compile(source, self.flags), None if gate is None else _shortest(gate))
        if len(self._by_word) < 20_000:
            self._by_word[word] = found
        return found
