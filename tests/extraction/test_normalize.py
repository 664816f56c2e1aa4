"""Typographic clean-up and accent folding."""

from __future__ import annotations

import pytest

from processus.extraction.normalize import fold, normalize_text


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("the partners\u2019 meeting", "the partners' meeting"),
        ("\u201cquoted\u201d", '"quoted"'),
        ("10\u00a0May", "10 May"),
        ("in\u200bformation", "information"),
        ("the 4™ Ministerial Conference", "the 4th Ministerial Conference"),
        ("on 1 st July 2020", "on 1st July 2020"),
        ("on the 2 nd of June", "on the 2nd of June"),
        ("on l st June 2021", "on 1st June 2021"),
        ("ﬁnal ﬂows", "final flows"),
        ("9\ufe0f\u20e3 key messages", "9 key messages"),
        ("line\r\nbreak", "line\nbreak"),
        ("Cote\u0301", "Coté"),
        ("soft\u00adhyphen", "softhyphen"),
        # a calendar's date badge on three lines is one date
        ("Events\n12\nMAR\n2026\nSteering Committee", "Events\n12 MAR 2026\nSteering Committee"),
        ("Events\nMAR\n12\n2026\nWorkshop", "Events\nMAR 12 2026\nWorkshop"),
        ("Agenda\n08\navril\n2026\n", "Agenda\n08 avril 2026\n"),
        # on the text's first line it heads no calendar
        ("12\nMAR\n2026\nWorkshop", "12\nMAR\n2026\nWorkshop"),
        # numbers on lines of their own that are no badge stay as written
        ("Agenda\n12\n13\n2026\n", "Agenda\n12\n13\n2026\n"),
        ("12\nMarch of 2026\n", "12\nMarch of 2026\n"),
    ],
)
def test_normalize(raw: str, clean: str) -> None:
    assert normalize_text(raw) == clean


@pytest.mark.parametrize(
    "text",
    [
        "plain ascii",
        "Côte d’Ivoire ﬁ 6™",
        "a\r\n\u00a0b",
        "1 st l st",
        "x\u200b\u0301y",
        "12\nMAR\n2026",
    ],
)
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Côte d'Ivoire", "cote d'ivoire"),
        ("SÃO TOMÉ", "sao tome"),
        ("Straße", "strase"),
        ("İzmir", "izmir"),
        ("Ærø", "aro"),
    ],
)
def test_fold_keeps_length(text: str, folded: str) -> None:
    assert fold(text) == folded
    assert len(fold(text)) == len(text)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        # a footnote's superscript marker becomes a space, the word stays whole
        ("in Madrid¹ on 10 October", "in Madrid  on 10 October"),
        ("hosted by Spain²", "hosted by Spain "),
        ("120⁴ participants", "120  participants"),
        # ordinary digits stay
        ("in Madrid on 10 October", "in Madrid on 10 October"),
    ],
)
def test_a_footnote_marker_becomes_a_space(raw: str, clean: str) -> None:
    assert normalize_text(raw) == clean
