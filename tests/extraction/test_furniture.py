"""Datelines are page furniture: their city is no venue, their date no meeting date."""

from __future__ import annotations

import pytest

from processus.extraction import extract_text
from processus.extraction.furniture import datelines


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("ACCRA, 4 June (GNA) - The regional workshop on return opened on Monday.",
         "ACCRA, 4 June (GNA) -"),
        ("LOMÉ, May 12 (Reuters) – Ministers from twelve states agreed on a plan.",
         "LOMÉ, May 12 (Reuters) –"),
        ("Bamako — Le Mali accueille depuis lundi une réunion régionale sur la traite.",
         "Bamako —"),
        ("Conakry, 3 mars (AGP)- La réunion des experts s'est ouverte ce matin à Kindia.",
         "Conakry, 3 mars (AGP)-"),
        # headings and titles are not datelines
        ("Lisbon, Portugal – 15-16 May 2024\nThe meeting gathers partners.", None),
        ("Rabat Process – News", None),
        ("Dakar - the city hosted the workshop on labour migration last year.", None),
        ("Press release – Abuja, 10 May 2025\nThe meeting took place.", None),
    ],
)  # fmt: skip
def test_datelines(text: str, dateline: str | None) -> None:
    found = [text[s:e] for s, e in datelines(text)]
    assert found == ([dateline] if dateline else [])


def test_dateline_city_is_not_the_venue_and_its_date_not_the_meeting_date() -> None:
    text = (
        "ACCRA, 4 June 2025 (GNA) - A thematic meeting of the Rabat Process opened in "
        "Kumasi on 3 June 2025, hosted by Ghana.\n"
    )
    [record] = extract_text(text, source="story.txt")
    assert (record.city, record.start) == ("Kumasi", "2025-06-03")


def test_without_a_venue_of_its_own_the_meeting_has_none() -> None:
    text = (
        "ACCRA, 4 June 2025 (GNA) - A thematic meeting of the Rabat Process on labour "
        "migration closed on 3 June 2025 with twelve recommendations.\n"
    )
    [record] = extract_text(text, source="story.txt")
    assert (record.city, record.start) == (None, "2025-06-03")
