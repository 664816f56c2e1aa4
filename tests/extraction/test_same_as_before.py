"""A meeting told as held "the same day" or "in the same city" as the one before it."""

from __future__ import annotations

from datetime import date

import pytest

from processus.extraction import extract_text
from processus.extraction.fields.same_as_before import SAME_DAY_RULE, SAME_PLACE_RULE

_BEFORE = "The Rabat Process workshop took place in Abidjan on 24 October 2019.\n\n"


def _records(text: str) -> list[tuple[str | None, str | None, str | None]]:
    records = extract_text(text, reference_date=date(2026, 11, 23))
    return sorted((r.kind, r.start, r.city) for r in records)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_BEFORE + "On the same day and in the same city, a side event was organised by IOM.",
         [("side_event", "2019-10-24", "Abidjan"), ("workshop", "2019-10-24", "Abidjan")]),
        (_BEFORE + "Le même jour et dans la même ville, un événement parallèle a été organisé "
         "par l'OIM.",
         [("side_event", "2019-10-24", "Abidjan"), ("workshop", "2019-10-24", "Abidjan")]),
        (_BEFORE + "El mismo día y en la misma ciudad, la OIM organizó un evento paralelo.",
         [("side_event", "2019-10-24", "Abidjan"), ("workshop", "2019-10-24", "Abidjan")]),
        (_BEFORE + "Lo stesso giorno e nella stessa città, l'OIM ha organizzato un evento "
         "collaterale.",
         [("side_event", "2019-10-24", "Abidjan"), ("workshop", "2019-10-24", "Abidjan")]),
        (_BEFORE + "No mesmo dia e na mesma cidade, a OIM organizou um evento paralelo.",
         [("side_event", "2019-10-24", "Abidjan"), ("workshop", "2019-10-24", "Abidjan")]),
        # a date or a place of its own is kept
        (_BEFORE + "On the same day, a side event was organised by IOM in Accra.",
         [("side_event", "2019-10-24", "Accra"), ("workshop", "2019-10-24", "Abidjan")]),
        # nothing told before, or no "same": no day and no place to take
        ("On the same day and in the same city, a side event was organised by IOM.", []),
        (_BEFORE + "On another day, a side event was organised by IOM.",
         [("workshop", "2019-10-24", "Abidjan")]),
    ],
)  # fmt: skip
def test_the_same_day_and_place_as_the_meeting_before(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _records(text) == expected


def test_the_evidence_cites_the_meeting_before() -> None:
    text = _BEFORE + "On the same day and in the same city, a side event was organised by IOM."
    [side] = [
        r for r in extract_text(text, reference_date=date(2026, 11, 23)) if r.kind == "side_event"
    ]
    found = {
        (e.field, e.text, e.inferred, e.rule) for e in side.evidence if e.field in ("start", "city")
    }
    assert found == {
        ("start", "24 October 2019", True, SAME_DAY_RULE),
        ("city", "Abidjan", True, SAME_PLACE_RULE),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The thematic meeting took place in Accra on 12 June 2025. A Steering Committee "
         "meeting was held the day before.",
         [("thematic_meeting", "2025-06-12", "Accra"),
          ("steering_committee", "2025-06-11", "Accra")]),
        ("La réunion thématique s'est tenue à Dakar le 12 juin 2025. Le lendemain, une visite "
         "de terrain a été organisée.",
         [("thematic_meeting", "2025-06-12", "Dakar"), ("field_visit", "2025-06-13", "Dakar")]),
        ("La reunión temática se celebró en Rabat el 12 de junio de 2025. El día anterior tuvo "
         "lugar una reunión del comité director.",
         [("thematic_meeting", "2025-06-12", "Rabat"),
          ("steering_committee", "2025-06-11", "Rabat")]),
        # the day after a meeting of two days is the day after its last
        ("The thematic meeting took place in Accra on 12-13 June 2025. The following day, a "
         "training was held in the same city.",
         [("thematic_meeting", "2025-06-12", "Accra"), ("training", "2025-06-14", "Accra")]),
        # the day before that names no meeting
        ("The thematic meeting took place in Accra on 12 June 2025. The day before, it rained.",
         [("thematic_meeting", "2025-06-12", "Accra")]),
    ],
)  # fmt: skip
def test_the_day_before_and_the_day_after(text: str, expected: list) -> None:
    records = extract_text(text, "page.txt", date(2026, 11, 23))
    assert [(r.kind, r.start, r.city) for r in records] == expected
