"""Several meetings of one kind listed by their days: one record per day."""

from __future__ import annotations

from datetime import date

import pytest

from processus.extraction import extract_text
from processus.extraction.listed_days import LISTED_DAYS_RULE


def _days(text: str) -> list[tuple[str | None, str | None, str | None]]:
    records = extract_text(text, reference_date=date(2026, 11, 23))
    return sorted((r.kind, r.start, r.end) for r in records)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a counted plural noun and its days joined by "and", in one mention or several
        ("Two webinars of the Khartoum Process were held on 3 and 17 February 2021.",
         [("workshop", "2021-02-03", "2021-02-03"), ("workshop", "2021-02-17", "2021-02-17")]),
        ("Two webinars were held on 3 February 2021 and on 17 February 2021.",
         [("workshop", "2021-02-03", "2021-02-03"), ("workshop", "2021-02-17", "2021-02-17")]),
        ("Deux ateliers du Processus de Rabat se sont tenus à Dakar les 4 et 18 mars 2025.",
         [("workshop", "2025-03-04", "2025-03-04"), ("workshop", "2025-03-18", "2025-03-18")]),
        ("Dos talleres del Proceso de Rabat se celebraron en Rabat los días 4 y 18 de marzo de "
         "2025.",
         [("workshop", "2025-03-04", "2025-03-04"), ("workshop", "2025-03-18", "2025-03-18")]),
        # three days need no number: the list says there are several
        ("The Rabat Process webinars took place on 3, 10 and 17 February 2021.",
         [("workshop", "2021-02-03", "2021-02-03"), ("workshop", "2021-02-10", "2021-02-10"),
          ("workshop", "2021-02-17", "2021-02-17")]),
        # one meeting over its days: a singular noun, a range, days in a row, two uncounted
        ("The Rabat Process webinar was held on 3 and 17 February 2021.",
         [("workshop", "2021-02-03", "2021-02-17")]),
        ("Two webinars of the Rabat Process were held from 3 to 17 February 2021.",
         [("workshop", "2021-02-03", "2021-02-17")]),
        ("Two workshops of the Rabat Process were held on 3 and 4 February 2021.",
         [("workshop", "2021-02-03", "2021-02-04")]),
        ("The workshops of the Rabat Process were held on 3 and 17 February 2021.",
         [("workshop", "2021-02-03", "2021-02-17")]),
    ],
)  # fmt: skip
def test_one_meeting_per_listed_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _days(text) == expected


def test_each_day_cites_its_rule() -> None:
    records = extract_text(
        "Two webinars were held on 3 February 2021 and on 17 February 2021.",
        reference_date=date(2026, 11, 23),
    )
    rules = {(r.start, e.text, e.rule) for r in records for e in r.evidence if e.field == "start"}
    assert rules == {
        ("2021-02-03", "3 February 2021", LISTED_DAYS_RULE),
        ("2021-02-17", "17 February 2021", LISTED_DAYS_RULE),
    }
