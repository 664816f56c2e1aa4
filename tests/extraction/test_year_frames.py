"""A sentence that opens on a year frames the months told after it in its paragraph."""

from __future__ import annotations

from datetime import date

import pytest

from processus.extraction import extract_text

READ_ON = date(2026, 11, 23)


def _dated(text: str) -> list[tuple[str | None, str | None]]:
    return [(r.start, r.city) for r in extract_text(text, "x", READ_ON)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the opening year frames the months of the sentences after it
        ("In 2025, the dialogue reviewed its work plan. In March, a thematic meeting took "
         "place in Accra. In October, the Senior Officials' Meeting was held in Lisbon.",
         [("2025-03", "Accra"), ("2025-10", "Lisbon")]),
        ("En 2024, le dialogue a revu son plan. En mars, une réunion thématique s'est tenue "
         "à Accra.", [("2024-03", "Accra")]),
        ("En 2024, el diálogo revisó su plan. En marzo, una reunión técnica se celebró en "
         "Accra.", [("2024-03", "Accra")]),
        ("Nel 2024, il dialogo ha rivisto il piano. A marzo, una riunione tecnica si è "
         "svolta ad Accra.", [("2024-03", "Accra")]),
        ("Em 2024, o diálogo reviu o seu plano. Em março, uma reunião técnica realizou-se "
         "em Acra.", [("2024-03", "Accra")]),
        ("Throughout 2023, the partners worked on return. In May, a workshop was held in "
         "Dakar.", [("2023-05", "Dakar")]),
        # a year told inside a sentence frames nothing: the month takes the page's year
        ("The partners reviewed the plan adopted in 2024. In March, a thematic meeting took "
         "place in Accra.", [("2026-03", "Accra")]),
        # nor a year that opens a founding sentence
        ("In 2014, the Khartoum Process was launched. In November, a thematic meeting took "
         "place in Addis Ababa.", [("2026-11", "Addis Ababa")]),
        ("En 2014, le Processus de Khartoum a été lancé. En novembre, un atelier s'est tenu "
         "à Addis-Abeba.", [("2026-11", "Addis Ababa")]),
        # a later year written between ends the frame
        ("In 2023, the dialogue reviewed its plan. The review ended in 2024. In March, a "
         "thematic meeting took place in Accra.", [("2026-03", "Accra")]),
        # a new paragraph leaves the frame behind
        ("In 2023, the dialogue reviewed its plan.\nIn March, a thematic meeting took place "
         "in Accra.", [("2026-03", "Accra")]),
    ],
)  # fmt: skip
def test_an_opening_year_frames_the_months_after_it(text: str, expected: list) -> None:
    assert _dated(text) == expected


def test_the_note_names_the_framing_sentence() -> None:
    [record] = extract_text(
        "In 2025, the dialogue reviewed its plan. In March, a workshop took place in Accra.",
        "x",
        READ_ON,
    )
    start = next(e for e in record.evidence if e.field == "start")
    assert (start.inferred, start.note) == (True, "year from the sentence it follows, '… 2025, …'")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the frame is the paragraph's: a year in the paragraph above frames nothing here
        ("Annual report.\nIn 2023, the dialogue reviewed its plan.\nIn March, a thematic "
         "meeting took place in Accra.", [("2026-03", "Accra")]),
        # a year that opens a sentence after the month frames nothing before it
        ("In March, a thematic meeting took place in Accra. In 2025, the dialogue reviewed "
         "its plan.", [("2026-03", "Accra")]),
        # the opening year needs its comma; a range of years is no frame
        ("In 2025 the dialogue reviewed its plan. In March, a thematic meeting took place in "
         "Accra.", [("2026-03", "Accra")]),
        ("In 2023-2024, the dialogue reviewed its plan. In March, a thematic meeting took "
         "place in Accra.", [("2026-03", "Accra")]),
        # a year inside a sentence ends the frame as any written year does
        ("In 2023, the dialogue reviewed its plan. The review, which ended in 2024, was long. "
         "In March, a thematic meeting took place in Accra.", [("2026-03", "Accra")]),
        # a founding sentence frames nothing, wherever it stands in the paragraph
        ("The dialogue met often. In 2014, the Khartoum Process was launched. In November, a "
         "thematic meeting took place in Addis Ababa.", [("2026-11", "Addis Ababa")]),
        # the frame reaches the next sentence without a full stop and a space
        ("In 2025, the dialogue reviewed its plan; in March, a thematic meeting took place in "
         "Accra.", [("2025-03", "Accra")]),
        # the other openings of a frame
        ("During 2023, the partners worked on return. In May, a workshop was held in Dakar.",
         [("2023-05", "Dakar")]),
        ("Au cours de l'année 2023, les partenaires ont travaillé. En mai, un atelier s'est "
         "tenu à Dakar.", [("2023-05", "Dakar")]),
        ("A lo largo de 2023, los socios trabajaron. En mayo, un taller se celebró en Dakar.",
         [("2023-05", "Dakar")]),
        ("Nel corso del 2023, i partner hanno lavorato. A maggio, un seminario si è svolto a "
         "Dakar.", [("2023-05", "Dakar")]),
        ("Ao longo de 2023, os parceiros trabalharam. Em maio, uma oficina sobre retorno "
         "realizou-se em Dacar.", [("2023-05", "Dakar")]),
        # founding and signing words of each language
        ("En 2014, el Proceso de Jartum fue creado. En noviembre, un taller se celebró en "
         "Addis Abeba.", [("2026-11", "Addis Ababa")]),
        ("In 2015, the Valletta Action Plan was adopted. In November, a workshop took place in "
         "Accra.", [("2026-11", "Accra")]),
    ],
)  # fmt: skip
def test_the_frames_limits_and_openings(text: str, expected: list) -> None:
    assert _dated(text) == expected
