"""One token index over every name the extractor recognises.

Countries, organisations, dialogues and places share a single index so that the
longest name wins across kinds: ``Rabat Process`` (a dialogue) hides the city
``Rabat``, ``Equatorial Guinea`` hides ``Guinea``, ``Niamey Declaration`` hides
``Niamey``.  Matching works on tokens of the folded text (accent- and case-free, same
length as the original), so a lookup is a few dictionary probes per word instead of
one regular expression per alias.

Case still matters where it carries meaning: an alias written in capitals (``AU``,
``EU``, ``UN``) only matches capitals (never the French "au"), and every other alias
needs at least one capital letter in the text (``Chad``, ``Mali``, not "chad").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import accumulate, chain, compress
from operator import add
from typing import Any

from processus import reference
from processus.extraction.normalize import fold
from processus.extraction.scan import word_indices

_TOKEN = re.compile(r"([^\W_]+)")
# in ASCII text the class is letters and digits: everything else is a gap
_ASCII_GAPS = str.maketrans({chr(c): " " for c in range(128) if not chr(c).isalnum()})
_PLUS_ONE = (1).__add__
# what may separate two tokens of one name: a space, hyphen, apostrophe, dot, ampersand
# (a line break too, once: a name a PDF's line wraps, "Sierra⏎Leone", "the Rabat⏎Process"; a
# blank line between two words always parts them)
_GAP = re.compile(r"[ \-'.&/()]{1,3}|[ \t]*\n[ \t]*")
_ARTICLES = frozenset({"the", "la", "le", "les", "l"})
_END = ""  # trie key of an alias's entries (a token is never empty)


@dataclass(frozen=True)
class Entry:
    """One thing a name can stand for."""

    type: str  # "country", "organisation", "dialogue", "place"
    name: str  # canonical name (English short name for countries, gazetteer name for places)
    code: str | None = None  # alpha-2 of a country, or of a place's country
    acronym: bool = False  # the alias is written in capitals and must match capitals


@dataclass(frozen=True)
class NameMatch:
    """A span of the text that names one or more entries (all of the same tokens)."""

    start: int
    end: int
    text: str
    entries: tuple[Entry, ...]

    def first(self, type_: str) -> Entry | None:
        for entry in self.entries:
            if entry.type == type_:
                return entry
        return None


def tokens(text: str, folded: str | None = None) -> list[tuple[int, int, str]]:
    """Word tokens of ``text`` as (start, end, folded word)."""
    if folded is None:
        folded = fold(text)
    if folded.isascii():
        # every gap character becomes one space, so split(" ") gives the words with empty
        # strings between them, and each part starts one past the end of the previous:
        # no regular expression and no Python-level step per word
        parts = folded.translate(_ASCII_GAPS).split(" ")
        sizes = list(map(len, parts))
        starts = list(compress(accumulate(map(_PLUS_ONE, sizes), initial=0), sizes))
        ends = map(add, starts, compress(sizes, sizes))
        return list(zip(starts, ends, compress(parts, sizes), strict=True))
    # split() with the word as its group alternates gaps and words; the offsets are the
    # running sum of their lengths
    parts = _TOKEN.split(folded)
    offsets = list(accumulate(map(len, parts), initial=0))
    return list(zip(offsets[1::2], offsets[2::2], parts[1::2], strict=False))


class AliasIndex:
    """Longest-match lookup of multi-word names over word tokens.

    The aliases form a word trie, so a lookup walks forward only as far as some alias
    continues and then tries the names it passed, longest first.
    """

    def __init__(self) -> None:
        self._keys: dict[tuple[str, ...], list[Entry]] = {}
        # first word -> trie node; a node maps the next word to a node, and _END to the
        # entries of the alias that ends there
        self._trie: dict[str, dict[str, Any]] = {}
        self.max_len = 1

    def add(self, alias: str, entry: Entry) -> None:
        alias = alias.strip()
        words = tuple(t[2] for t in tokens(alias))
        if not words:
            return
        letters = [c for c in alias if c.isalpha()]
        acronym = bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 8
        if acronym:
            entry = Entry(entry.type, entry.name, entry.code, True)
        bucket = self._keys.setdefault(words, [])
        if entry not in bucket:
            bucket.append(entry)
        node = self._trie.setdefault(words[0], {})
        for word in words[1:]:
            node = node.setdefault(word, {})
        node[_END] = bucket
        self.max_len = max(self.max_len, len(words))

    def find(self, text: str, toks: list[tuple[int, int, str]] | None = None) -> list[NameMatch]:
        """All non-overlapping names in ``text``, longest first, left to right."""
        if toks is None:
            toks = tokens(text)
        out: list[NameMatch] = []
        words = [t[2] for t in toks]
        n = len(toks)
        taken = 0
        first = self._trie
        # only words that can start a name are tried
        by_word = word_indices(toks)
        starters = [by_word[w] for w in first.keys() & by_word.keys()]
        candidates = starters[0] if len(starters) == 1 else sorted(chain.from_iterable(starters))
        for i in candidates:
            if i < taken:
                continue
            if i + 1 >= n or words[i + 1] not in first[words[i]]:
                # only the word itself can be a name, and a name has a capital letter
                # ("the", "national" written in lower case start no name): skip the walk
                start, end, _word = toks[i]
                if text[start:end].islower():
                    continue
            found = self._longest_at(text, toks, words, i)
            if found is None:
                continue
            length, match = found
            if words[i] in _ARTICLES and i + 1 < n and words[i + 1] in first:
                # "the African Union Commission": a longer name after the article wins
                after = self._longest_at(text, toks, words, i + 1)
                if after is not None and i + 1 + after[0] > i + length:
                    continue
            out.append(match)
            taken = i + length
        return out

    def _longest_at(
        self, text: str, toks: list[tuple[int, int, str]], words: list[str], i: int
    ) -> tuple[int, NameMatch] | None:
        node = self._trie[words[i]]
        ends: list[tuple[int, list[Entry]]] = []
        if _END in node:
            ends.append((1, node[_END]))
        k, n = i + 1, len(words)
        while k < n:
            following = node.get(words[k])
            if following is None:
                break
            node = following
            k += 1
            bucket = node.get(_END)
            if bucket is not None:
                ends.append((k - i, bucket))
        for length, bucket in reversed(ends):
            start, end = toks[i][0], toks[i + length - 1][1]
            if length > 1 and not self._contiguous(text, toks, i, length):
                continue
            span = text[start:end]
            upper = any(map(str.isupper, span))  # what _case_ok asks of a plain name
            entries = tuple(e for e in bucket if (_case_ok(span, e) if e.acronym else upper))
            if entries:
                return length, NameMatch(start, end, span, entries)
        return None

    @staticmethod
    def _contiguous(text: str, toks: list[tuple[int, int, str]], i: int, length: int) -> bool:
        for k in range(i, i + length - 1):
            gap = text[toks[k][1] : toks[k + 1][0]]
            if not _GAP.fullmatch(gap):
                return False
        return True


def _case_ok(span: str, entry: Entry) -> bool:
    if entry.acronym:
        return all(not c.isalpha() or c.isupper() for c in span)
    return any(c.isupper() for c in span)


_HASHTAG_GAPS = re.compile(r"[\s'’-]+")


@cache
def name_index() -> AliasIndex:
    """The shared index of countries, organisations, dialogues and places."""
    index = AliasIndex()
    for country in reference.countries():
        entry = Entry("country", country["name"], country["code"])
        names = [country["name"], country.get("official_name"), *country.get("aliases", [])]
        for alias in names:
            if (
                alias and "," not in alias
            ):  # "Congo, The Democratic Republic of the" is a catalogue form
                index.add(alias, entry)
    for org in reference.organisations():
        entry = Entry("organisation", org["name"])
        # a dialogue's secretariat names the dialogue too: "organised by the Secrétariat du
        # Processus de Rabat" is a Rabat Process meeting
        of_dialogue = Entry("dialogue", org["dialogue"]) if org.get("dialogue") else None
        names = [
            org["name"],
            org.get("acronym"),
            org.get("full_name"),
            org.get("name_fr"),
            org.get("full_name_fr"),
            *org.get("aliases", []),
        ]
        for alias in names:
            if alias:
                index.add(alias, entry)
                if of_dialogue is not None:
                    index.add(alias, of_dialogue)
    for dialogue in reference.dialogues():
        entry = Entry("dialogue", dialogue["name"])
        names = [
            dialogue["name"],
            dialogue.get("name_fr"),
            dialogue.get("full_name"),
            dialogue.get("full_name_fr"),
            *dialogue.get("aliases", []),
        ]
        for alias in names:
            if alias:
                index.add(alias, entry)
                if " " in alias:  # its hashtag: "#RabatProcess", "#ProcessusDeRabat"
                    index.add(_HASHTAG_GAPS.sub("", alias), entry)
    known = {c["code"] for c in reference.countries()}
    for place in reference.places():
        if place["country"] not in known:
            continue
        entry = Entry("place", place["name"], place["country"])
        for alias in [place["name"], *place.get("aliases", [])]:
            index.add(alias, entry)
    return index


@cache
def country_names() -> dict[str, str]:
    """alpha-2 code -> English short name."""
    return {c["code"]: c["name"] for c in reference.countries()}


@cache
def dialogue_kinds() -> dict[str, str]:
    """canonical dialogue name -> its kind in the reference data (dialogue, programme, …)."""
    return {d["name"]: d.get("kind", "dialogue") for d in reference.dialogues()}
