"""A meeting's own name."""

from __future__ import annotations

import pytest

from processus.extraction.titles import find_titles


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("attended the Thematic Meeting on Labour Migration and Skills in Accra",
         "Thematic Meeting on Labour Migration and Skills"),
        ('held a Technical Meeting on "Data Sharing between Border Agencies" in May',
         "Technical Meeting on Data Sharing between Border Agencies"),
        ("the 4th Ministerial Conference of the Rabat Process opened",
         "4th Ministerial Conference of the Rabat Process"),
        ("Our Joint High-Level Meeting starts", "Joint High-Level Meeting"),
        ("la 3e Conférence ministérielle euro-africaine a été ouverte",
         "3e Conférence ministérielle euro-africaine"),
        ("Réunion thématique sur « la migration de travail »",
         "Réunion thématique sur la migration de travail"),
        ('a side event entitled "Seasonal Work: Lessons Learnt" on 3 May',
         "Seasonal Work: Lessons Learnt"),
        ("une réunion intitulée « Villes et migrations : quel rôle ? » à Lyon",
         "Villes et migrations : quel rôle ?"),
        ('a thematic meeting on "Skills, Jobs and Mobility" in Accra', "Skills, Jobs and Mobility"),
        ('"Skills for Jobs": thematic meeting in Accra', "Skills for Jobs"),
        ("« Villes et migrations » : rencontre à Lyon", "Villes et migrations"),
        ("the Thematic Meeting on the Role of Diaspora Investment: Lessons from Cities",
         "Thematic Meeting on the Role of Diaspora Investment: Lessons from Cities"),
        ("the Lomé Summit on Migration took place", "Summit on Migration"),
    ],
)  # fmt: skip
def test_titles(text: str, title: str) -> None:
    found = find_titles(text)
    assert found and found[0].title == title
    assert text[found[0].start : found[0].end] == found[0].text


@pytest.mark.parametrize(
    "text",
    [
        "a Thematic Meeting exclusively focused on trade",
        "the Ministerial Conference on 13-14 December 2022",
        "the meeting on labour migration",
        "a Thematic Meeting.",
        'He said "Thank you all" to the partners.',
        'the meeting was "useful" for all',
    ],
)
def test_no_title(text: str) -> None:
    assert find_titles(text) == []
