"""A phrase pattern split by first word finds what the whole pattern finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from processus.extraction import normalize_text
from processus.extraction.aliases import tokens
from processus.extraction.branches import (
    Branches,
    leading_letters,
    leading_prefixes,
    split_alternatives,
)
from processus.extraction.formats import _ALL_FORMATS
from processus.extraction.kinds import _ALL_KINDS
from processus.extraction.roles import _ALL_TRIGGERS
from processus.extraction.tenses import _TENSE
from tests.extraction import documents

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"


def test_split_alternatives() -> None:
    assert split_alternatives(r"a(?:b|c)|[|(]d|\|e|f") == ["a(?:b|c)", "[|(]d", r"\|e", "f"]
    assert split_alternatives(r"[]|]x|y") == ["[]|]x", "y"]


@pytest.mark.parametrize(
    ("alternative", "letters"),
    [
        (r"\bwill\s+be", "will"),
        (r"\bprochaine?\b", "prochain"),
        (r"\bà\s+venir\b", "a"),
        (r"\bs'est\s+tenue", "s"),
        (r"\b(?:our|the)\s+recent", None),
        (r"organi[sz]ed", "organi"),
        (r"\d+", None),
    ],
)
def test_leading_letters(alternative: str, letters: str | None) -> None:
    assert leading_letters(alternative) == letters


@pytest.mark.parametrize(
    ("alternative", "prefixes"),
    [
        (r"\bwill\s+be", ("will",)),
        (r"\b(?:our|the)\s+recent", ("our", "the")),
        (r"(?<!-)\bchaired\s+by\b", ("chaired",)),
        (r"\b(?:conférences?|réunions?)\s+ministérielles?\b", ("conference", "reunion")),
        (r"\b(?:co-?)?chaired", ("chaired", "co")),
        (r"organi[sz]ed", ("organised", "organized")),
        (r"(?-i:\bTMs?\b)", ("tm",)),
        (r"\bà\s+venir\b", ("a",)),
        (r"\d+", None),
        (r"(?:the\s+)?meeting", ("meeting", "the")),
        (r"[^\W\d_]+ing", None),
    ],
)
def test_leading_prefixes(alternative: str, prefixes: tuple[str, ...] | None) -> None:
    assert leading_prefixes(alternative, re.IGNORECASE) == prefixes


def _texts() -> list[str]:
    texts = [v for k, v in vars(documents).items() if k.isupper() and isinstance(v, str)]
    texts += [p.read_text(errors="replace") for p in sorted(CORPUS.glob("*.txt"))]
    texts.append("He will TAKE PLACE; Elle s'est tenue; à venir; the recent Summit; prochain")
    return [normalize_text(t) for t in texts]


@pytest.mark.parametrize(
    "branches",
    [_TENSE, _ALL_KINDS, _ALL_FORMATS, _ALL_TRIGGERS],
    ids=["tense", "kinds", "formats", "triggers"],
)
def test_same_match_at_every_word(branches: Branches) -> None:
    for text in _texts():
        toks = tokens(text)
        for i, (start, end, word) in enumerate(toks):
            whole = branches.whole.match(text, start)
            part, after = branches.for_words(word)
            found = part.match(text, start) if part is not None else None
            expected = (whole.span(), whole.lastgroup) if whole else None
            got = (found.span(), found.lastgroup) if found else None
            assert got == expected, text[start : start + 40]
            if after is not None and whole is not None:
                # the next word test of scan._match_branches never rejects a match
                assert i + 1 < len(toks), text[start : start + 40]
                assert toks[i + 1][2].startswith(after), text[start : start + 40]
                assert text[end : toks[i + 1][0]].isspace(), text[start : start + 40]


def test_next_word_test() -> None:
    pattern = Branches([("a", r"\bthe\s+(?:co-?)?chair\b"), ("b", r"\bthe\s+'s\b")], re.I)
    assert pattern.for_words("the")[1] is None  # "the 's": no word after the whitespace
    pattern = Branches([("a", r"\bthe\s+(?:co-?)?chair\b|\b(?:at|on)\s+the\s+")], re.I)
    assert pattern.for_words("the")[1] == ("chair", "co")
    assert pattern.for_words("these") == (None, None)  # "the" must be the whole word
    assert pattern.for_words("on")[1] == ("the",)


def test_whole_pattern_is_the_alternation() -> None:
    assert _TENSE.whole.flags & re.IGNORECASE
