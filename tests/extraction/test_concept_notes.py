"""A concept note's practical information dates and places its own meeting, over the
meetings its background recalls."""

from __future__ import annotations

from datetime import date

import pytest

from processus.extraction import extract_text

READ_ON = date(2026, 11, 23)

_EN = (
    "Concept note\nRabat Process Thematic Meeting on Skills Partnerships\n\nBackground\n"
    "The partners have discussed legal migration before, most recently at a thematic meeting "
    "held in Madrid in June 2022.\n\nPractical information\nVenue: Hotel Ambassador, Accra, "
    "Ghana\n{label} 9-10 September 2026\nWorking languages: English and French\n"
)
_FR = (
    "Note conceptuelle\nAtelier régional du MIDWA sur la gestion des frontières\n\nContexte\n"
    "Un premier atelier sur ce thème s'était tenu à Lomé en mars 2024.\n\nInformations "
    "pratiques\nLieu : Hôtel de l'Amitié, Bamako (Mali)\n{label} 24 et 25 novembre 2026\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_EN.format(label="Dates:"),
         [("2026-09-09", "Accra"), ("2022-06", "Madrid")]),
        (_EN.format(label="Date:"),
         [("2026-09-09", "Accra"), ("2022-06", "Madrid")]),
        (_FR.format(label="Date :"),
         [("2026-11-24", "Bamako"), ("2024-03", "Lomé")]),
        (_FR.format(label="Fecha:"),
         [("2026-11-24", "Bamako"), ("2024-03", "Lomé")]),
        # a calendar's cards: each entry keeps its own labelled date and place
        ("Calendar\n\nWorkshop on return\nDate: 3 May 2026\nVenue: Dakar, Senegal\n\n"
         "Workshop on smuggling\nDate: 9 June 2026\nVenue: Accra, Ghana\n",
         [("2026-05-03", "Dakar"), ("2026-06-09", "Accra")]),
    ],
)  # fmt: skip
def test_the_practical_informations_date_is_the_pages_meeting(text: str, expected: list) -> None:
    records = extract_text(text, "note.txt", READ_ON)
    assert [(r.start, r.city) for r in records] == expected
