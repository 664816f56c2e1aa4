"""Two dialogues named with one plural noun, in five languages."""

from __future__ import annotations

import pytest

from processus.extraction import extract_text
from processus.extraction.aliases import name_index, tokens
from processus.extraction.dialogue_pairs import dialogue_pairs


def _dialogues(text: str) -> list[str]:
    names = dialogue_pairs(text, name_index().find(text, tokens(text)))
    return [entry.name for n in names for entry in n.entries if entry.type == "dialogue"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("officials of the Rabat and Khartoum Processes", ["Rabat Process", "Khartoum Process"]),
        ("the Prague and Budapest processes", ["Prague Process", "Budapest Process"]),
        ("des Processus de Rabat et de Khartoum", ["Rabat Process", "Khartoum Process"]),
        ("los Procesos de Rabat y de Jartum", ["Rabat Process", "Khartoum Process"]),
        ("los procesos de Praga y Budapest", ["Prague Process", "Budapest Process"]),
        ("dei Processi di Rabat e di Khartoum", ["Rabat Process", "Khartoum Process"]),
        ("dos Processos de Rabat e de Cartum", ["Rabat Process", "Khartoum Process"]),
        # a city that names no dialogue leaves the phrase as it was ("Processus de Rabat"
        # is the dialogue's own name, Dakar stays a city)
        ("les Processus de Rabat et de Dakar", ["Rabat Process"]),
        ("the Rabat and Dakar processes", []),
        # each dialogue written out needs nothing of this module
        ("the Rabat Process and the Khartoum Process", ["Rabat Process", "Khartoum Process"]),
        # "Khartoum" alone, beside one dialogue, is the city
        ("the Rabat Process and Khartoum", ["Rabat Process"]),
    ],
)
def test_dialogue_pairs(text: str, expected: list[str]) -> None:
    assert _dialogues(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Senior officials of the Rabat and Khartoum Processes met in Rome on 4 May 2025.",
        "Les hauts fonctionnaires des Processus de Rabat et de Khartoum se sont réunis à Rome "
        "le 4 mai 2025.",
        "Los altos funcionarios de los Procesos de Rabat y de Jartum se reunieron en Roma el 4 "
        "de mayo de 2025.",
        "Gli alti funzionari dei Processi di Rabat e di Khartoum si sono riuniti a Roma il 4 "
        "maggio 2025.",
        "Os altos funcionários dos Processos de Rabat e de Cartum reuniram-se em Roma a 4 de "
        "maio de 2025.",
    ],
)
def test_a_meeting_of_both_dialogues_is_held_where_the_text_says(text: str) -> None:
    [record] = extract_text(text)
    assert record.kind == "senior_officials_meeting"
    assert sorted(record.dialogues) == ["Khartoum Process", "Rabat Process"]
    assert (record.city, record.start) == ("Rome", "2025-05-04")
