"""Word tokens: the folded runs of letters and digits, with their offsets in the text."""

from __future__ import annotations

import random
import re

import pytest

from processus.extraction.aliases import tokens
from processus.extraction.normalize import fold

_WORD = re.compile(r"[^\W_]+")


def _by_regex(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(fold(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        ("  \n", []),
        ("Rabat", [(0, 5, "rabat")]),
        ("  Côte d'Ivoire, 12-13 May", [(2, 6, "cote"), (7, 8, "d"), (9, 15, "ivoire"),
                                       (17, 19, "12"), (20, 22, "13"), (23, 26, "may")]),
        ("snake_case__x", [(0, 5, "snake"), (6, 10, "case"), (12, 13, "x")]),
        ("a\tb\x00c", [(0, 1, "a"), (2, 3, "b"), (4, 5, "c")]),
        ("Meeting – Dakar 🇸🇳 2025", [(0, 7, "meeting"), (10, 15, "dakar"), (19, 23, "2025")]),
    ],
)  # fmt: skip
def test_tokens(text: str, expected: list[tuple[int, int, str]]) -> None:
    assert tokens(text) == expected


def test_tokens_agree_with_the_word_pattern_on_random_text() -> None:
    """ASCII text is split without a regular expression: the same tokens as the pattern."""
    rng = random.Random(11)
    alphabet = [chr(c) for c in range(128)] + list("éÉ–’ßİ")
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert tokens(text) == _by_regex(text), repr(text)
