"""The value of a number written in digits or words, read on its own."""

from __future__ import annotations

import re

import pytest

from processus.extraction.counts import find_counts
from processus.extraction.written_numbers import NUMBER_PATTERN, number_value, number_words


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("25", 25),
        ("1,200", 1200),
        ("1 200", 1200),
        ("1.200", 1200),
        ("2 thousand", 2000),
        ("twenty-five", 25),
        ("two hundred and fifty", 250),
        ("a hundred", 100),
        ("two dozen", 24),
        ("quatre-vingt-dix", 90),
        ("quatre-vingts", 80),
        ("soixante-treize", 73),
        ("vingt et un", 21),
        ("dix-sept", 17),
        ("trois cents", 300),
        ("deux mille", 2000),
        ("une centaine", 100),
        ("un millier", 1000),
        ("treinta y cinco", 35),
        ("veinticinco", 25),
        ("tres mil", 3000),
        ("trentacinque", 35),
        ("ventuno", 21),
        ("ventitré", 23),
        ("vinte e cinco", 25),
        ("una cinquantina", 50),
    ],
)
def test_numbers_and_their_values(raw: str, value: int) -> None:
    assert number_value(raw) == value


@pytest.mark.parametrize(
    "raw",
    [
        "two three",  # two units in a row
        "twenty thirty",  # two tens in a row
        "hundred hundred",
        "a thousand thousand",
        "two dozen five",  # nothing follows a dozen
        "fifty cents",  # English and French in one run
        "vingt cinco",
        "dix-deux",  # only 7-9 follow "dix"
    ],
)
def test_words_that_make_no_one_number_have_no_value(raw: str) -> None:
    assert number_value(raw) is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("some 250 people", "250"),
        ("two hundred and fifty people", "two hundred and fifty"),
        ("a hundred delegates", "a hundred"),
        ("une vingtaine d'experts", "une vingtaine"),
        ("veinticinco expertos", "veinticinco"),
    ],
)
def test_the_pattern_reads_the_whole_number(text: str, found: str) -> None:
    m = re.compile(NUMBER_PATTERN, re.IGNORECASE).search(text)
    assert m is not None
    assert m.group("n") == found


@pytest.mark.parametrize(("text"), ["a delegate", "un expert", "dos participantes", "uno"])
def test_words_that_do_not_start_a_number_alone(text: str) -> None:
    assert re.compile(r"^" + NUMBER_PATTERN + r"\b", re.IGNORECASE).match(text) is None


def test_number_words_between_two_values() -> None:
    words = number_words(2, 3)
    assert {"two", "three", "deux", "trois", "dos", "tres", "due", "tre", "dois", "três"} <= set(
        words
    )
    assert "four" not in words
    assert "one" not in words
    assert [len(w) for w in words] == sorted((len(w) for w in words), reverse=True)


@pytest.mark.parametrize(
    ("written", "value"),
    [
        # the hundreds in Spanish, Italian and Portuguese, and what follows them
        ("doscientos cincuenta", 250),
        ("ciento veinte", 120),
        ("quinientas", 500),
        ("cento e vinte", 120),
        ("duzentos", 200),
        ("centocinquanta", 150),
        ("duecentocinquanta", 250),
        ("novecento", 900),
        # a hundred after its tens makes no number
        ("cinquanta duecento", None),
        ("veinte doscientos", None),
    ],
)
def test_the_hundreds_in_spanish_italian_and_portuguese(written: str, value: int | None) -> None:
    assert number_value(written) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Reunió a una docena de países.", 12),
        ("Ha riunito una dozzina di paesi.", 12),
        ("Una quindicina di paesi erano presenti.", 15),
    ],
)
def test_more_approximate_nouns(text: str, value: int) -> None:
    assert [c.value for c in find_counts(text)] == [value]
