"""A dialogue's list of its chairs by year is no list of meetings."""

from __future__ import annotations

from datetime import date

import pytest

from processus.extraction import extract_text
from processus.extraction.chair_lists import under_a_chairs_list

READ_ON = date(2026, 11, 23)


@pytest.mark.parametrize(
    "text",
    [
        "Khartoum Process\n\nChairs of the Dialogue\nItaly (2014)\nEgypt (2016)\n"
        "United Kingdom (2017)\n",
        "Processus de Rabat\n\nPrésidences successives\nSénégal (2016)\nBurkina Faso (2017)\n"
        "Espagne (2018)\n",
        "Rabat Process\n\nPast Chairs\n- Senegal, 2016\n- Burkina Faso, 2017\n- Spain, 2018\n",
    ],
)
def test_a_list_of_chairs_by_year_makes_no_record(text: str) -> None:
    assert extract_text(text, "x", READ_ON) == []


def test_the_meeting_beside_a_list_of_past_chairs_takes_none_of_them() -> None:
    text = (
        "The Rabat Process SOM took place in Abuja on 3 May 2026. Past chairs: Burkina Faso "
        "(2019), Spain (2020-2021), Nigeria (2025)."
    )
    [record] = extract_text(text, "x", READ_ON)
    assert (record.city, record.chairs) == ("Abuja", [])


@pytest.mark.parametrize(
    ("text", "entry", "expected"),
    [
        ("Chairs of the Dialogue\nEgypt (2016)\nItaly (2019)\n", "Italy", True),
        ("Présidences successives\n\nSénégal, 2015\n", "Sénégal", True),
        # a list of past ministerial conferences is a list of meetings
        ("Past Ministerial Conferences\nRabat (2006)\nParis (2008)\n", "Paris", False),
        # a line of prose under the heading ends the list
        ("Chairs of the Dialogue\nThe workshop took place in Dakar.\nDakar (2019)\n", "Dakar (",
         False),
    ],
)  # fmt: skip
def test_under_a_chairs_list(text: str, entry: str, expected: bool) -> None:
    assert under_a_chairs_list(text, text.index(entry)) is expected


def test_a_list_of_past_conferences_still_makes_records() -> None:
    text = "Past Ministerial Conferences\nRabat (2006)\nParis (2008)\n"
    assert [(r.city, r.start) for r in extract_text(text, "x", READ_ON)] == [
        ("Rabat", "2006"),
        ("Paris", "2008"),
    ]
