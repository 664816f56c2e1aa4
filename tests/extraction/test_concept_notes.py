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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the date under a "Venue and date" section is the note's meeting, over a meeting
        # the background recalls
        ("Concept note\nThematic Meeting on Return\nBackground\nThe topic of return was "
         "discussed at the Senior Officials' Meeting held in Lomé in March 2025.\nVenue and "
         "date\nThe meeting will take place in Accra on 5 May 2027.",
         ("Thematic Meeting on Return", "2027-05-05", "Accra")),
        ("Nota conceptual\nReunión temática sobre el retorno\nAntecedentes\nEl retorno se "
         "debatió en la reunión de altos funcionarios celebrada en Lomé en marzo de 2025.\n"
         "Fecha y lugar\nLa reunión se celebrará en Accra el 5 de mayo de 2027.",
         ("Reunión temática sobre el retorno", "2027-05-05", "Accra")),
        # the date line names its city after a comma
        ("Concept note\nRegional training on document fraud\nBackground\nThe first edition "
         "was held in Tbilisi in October 2023.\nDate and location\n18-20 May 2027, Warsaw.",
         ("Regional training on document fraud", "2027-05-18", "Warsaw")),
        ("Concept note\nRegional training on document fraud\nBackground\nPrevious editions "
         "took place in Tbilisi (2023) and Chisinau (2024).\nDate and venue: 18-20 May 2027, "
         "Warsaw", ("Regional training on document fraud", "2027-05-18", "Warsaw")),
    ],
)  # fmt: skip
def test_the_date_section_dates_the_note_s_meeting(text: str, expected: tuple) -> None:
    records = extract_text(text, "x", date(2026, 11, 23))
    assert records
    assert (records[0].title, records[0].start, records[0].city) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a heading that names no date leaves the first date the meeting's
        ("Concept note\nThematic Meeting on Return\nObjectives\nThe meeting will take place "
         "in Accra on 5 May 2027.", ("Thematic Meeting on Return", "2027-05-05", "Accra")),
        # a city after a date in prose with no comma is the nearest with its preposition
        ("The workshop took place on 3 May 2027 in Accra.", ("Workshop, Accra, May 2027",
                                                             "2027-05-03", "Accra")),
    ],
)  # fmt: skip
def test_the_date_section_negatives(text: str, expected: tuple) -> None:
    records = extract_text(text, "x", date(2026, 11, 23))
    assert records
    assert (records[0].title, records[0].start, records[0].city) == expected
