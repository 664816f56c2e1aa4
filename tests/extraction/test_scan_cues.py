"""Cue words read from a pattern: a span without them is skipped, one with them is searched."""

from __future__ import annotations

import re

import pytest

from processus.extraction.aliases import tokens
from processus.extraction.other_meetings import _ALONGSIDE, _HELD_HERE, _UNREAL
from processus.extraction.passages import _BACK_TO_MAIN, _BACK_TO_MAIN_CUES
from processus.extraction.scan import Cues

_HELD = re.compile(r"\b(?:took\s+place|organi[sz]ed|se\s+tiendra)\b", re.IGNORECASE)


def test_cues_are_read_from_the_pattern() -> None:
    cues = Cues.of(_HELD)
    assert cues.words.exact == frozenset({"took", "se"})
    assert set(cues.words.prefixes) == {"organised", "organized"}


@pytest.mark.parametrize(
    ("text", "possible"),
    [
        ("The workshop took place in Dakar.", True),
        ("It was organized by Ghana.", True),
        ("La réunion SE TIENDRA à Rabat.", True),
        ("Delegations exchanged views in Dakar.", False),  # no cue word at all
        ("The tookan is no cue.", False),  # "took" must be the whole first word
    ],
)
def test_a_span_without_cue_words_is_skipped(text: str, possible: bool) -> None:
    cues = Cues.of(_HELD)
    assert cues.possible(text, tokens(text), 0, len(text)) is possible
    if not possible:
        assert _HELD.search(text) is None


def test_a_pattern_not_starting_at_a_word_boundary_has_no_cues() -> None:
    with pytest.raises(ValueError, match="no cue words"):
        Cues.of(re.compile(r"(?:took\s+place)"))
    with pytest.raises(ValueError, match="no cue words"):
        Cues.of(re.compile(r"\b(?:\d+\s+participants)"))


@pytest.mark.parametrize(
    ("pattern", "sentence"),
    [
        (_UNREAL, "A second meeting was possibly to follow in Accra."),
        (_UNREAL, "La réunion a été reportée à Dakar."),
        (_UNREAL, "They plan to meet in Lomé."),
        (_HELD_HERE, "La réunion se déroulera à Niamey."),
        (_HELD_HERE, "A reunião decorrerá em Lisboa."),
        (_HELD_HERE, "The forum is being held in Praia."),
        (_ALONGSIDE, "Parallèlement, un atelier a eu lieu à Dakar."),
        (_ALONGSIDE, "A side event was held in the margins of the meeting."),
    ],
)
def test_the_sentence_tests_of_placed_meetings_still_match(
    pattern: re.Pattern[str], sentence: str
) -> None:
    cues = Cues.of(pattern)
    assert pattern.search(sentence) is not None
    assert cues.possible(sentence, tokens(sentence), 0, len(sentence))


def test_a_search_begins_at_the_first_leading_cue() -> None:
    text = "Delegations met. The workshop took place in Dakar."
    cues = Cues.of(_HELD)
    assert cues.search_from(text, tokens(text), 0, len(text)) == text.index("took")
    assert cues.search_from(text, tokens(text), 0, text.index("took")) is None


def test_a_span_ending_inside_a_word_is_searched_whole() -> None:
    """ "tookan" cut after "took" reads as the cue word: the search starts at the span's
    start, as with cue words that a match only holds somewhere."""
    took = re.compile(r"\b(?:took|organi[sz]ed)\b", re.IGNORECASE)
    text = "It was tookan, then organised."
    cues = Cues.of(took)
    cut = text.index("tookan") + 4
    assert cues.search_from(text, tokens(text), 0, cut) == 0
    assert took.search(text, 0, cut) is not None
    assert cues.search_from(text, tokens(text), cut + 3, len(text)) == text.index("organised")
    inside = Cues(exact=("place",))  # held by "took place", not leading it
    assert not inside.leading
    sentence = "The workshop took place in Dakar."
    assert inside.search_from(sentence, tokens(sentence), 0, len(sentence)) == 0


@pytest.mark.parametrize(
    "sentence",
    [
        "This new meeting gathered the partners.",
        "La prochaine réunion se tiendra à Dakar.",
        "Le nouveau séminaire a réuni 40 experts.",
        "Delegations then adopted the conclusions.",
        "Les ministres ont ensuite adopté une déclaration.",
        "Par la suite, un atelier a eu lieu.",
        "The following day was devoted to field visits.",
        "In all, 120 people took part.",
        "Au total, 30 pays étaient présents.",
        "Day two focused on returns.",
        "The closing session adopted a text.",
        "La deuxième journée a porté sur le retour.",
        "Three days of talks followed.",
    ],
)
def test_a_sentence_turning_back_to_the_main_meeting_has_a_cue(sentence: str) -> None:
    assert _BACK_TO_MAIN.search(sentence) is not None
    assert _BACK_TO_MAIN_CUES.possible(sentence, tokens(sentence), 0, len(sentence))


def test_a_sentence_going_on_about_a_side_meeting_is_not_searched() -> None:
    sentence = "It gathered 130 participants on labour migration in Praia."
    assert _BACK_TO_MAIN.search(sentence) is None
    assert not _BACK_TO_MAIN_CUES.possible(sentence, tokens(sentence), 0, len(sentence))
