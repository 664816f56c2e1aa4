"""A card's labelled first and last days."""

from __future__ import annotations

from datetime import date

import pytest

from processus.extraction import extract_text

READ_ON = date(2026, 11, 23)


def _card(first: str, last: str, place: str = "Location: Tbilisi, Georgia") -> str:
    return f"Thematic meeting on return\n{first}\n{last}\n{place}\n"


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (_card("Start date: 12 May 2026", "End date: 14 May 2026"), "2026-05-12", "2026-05-14"),
        (_card("Date de début : 12 mai 2026", "Date de fin : 14 mai 2026"),
         "2026-05-12", "2026-05-14"),
        (_card("Fecha de inicio: 12 de mayo de 2026", "Fecha de finalización: 14 de mayo de 2026"),
         "2026-05-12", "2026-05-14"),
        (_card("Data di inizio: 12 maggio 2026", "Data di fine: 14 maggio 2026"),
         "2026-05-12", "2026-05-14"),
        (_card("Data de início: 12 de maio de 2026", "Data de fim: 14 de maio de 2026"),
         "2026-05-12", "2026-05-14"),
        (_card("Starts: 12 May 2026", "Ends: 14 May 2026"), "2026-05-12", "2026-05-14"),
        # the last day without its year takes the first's
        (_card("Start date: 30 December 2026", "End date: 2 January"), "2026-12-30", "2027-01-02"),
        # a date under another label is no last day
        (_card("Start date: 12 May 2026", "Registration deadline: 4 May 2026"),
         "2026-05-12", "2026-05-12"),
        (_card("Date: 12 May 2026", "End date: 14 May 2026"), "2026-05-12", "2026-05-14"),
        # an end label with no label above it closes nothing: the first day is prose's
        ("The thematic meeting on return opens in Tbilisi on 12 May 2026.\n"
         "End date: 14 May 2026\n", "2026-05-12", "2026-05-12"),
        # nor a last day before the first
        (_card("Start date: 12 May 2026", "End date: 10 May 2026"), "2026-05-12", "2026-05-12"),
    ],
)  # fmt: skip
def test_a_labelled_last_day_ends_the_meeting(text: str, start: str, end: str) -> None:
    [record] = extract_text(text, "card.txt", READ_ON)
    assert (record.start, record.end) == (start, end)


def test_the_last_days_evidence_names_its_rule() -> None:
    [record] = extract_text(_card("Start date: 12 May 2026", "End date: 14 May 2026"), "c", READ_ON)
    end = next(e for e in record.evidence if e.field == "end")
    assert (end.text, end.rule) == ("14 May 2026", "date:labelled last day")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # a date under another label is no last day, nor one whose label ends the line above
        (_card("Start date: 12 May 2026", "Published: 20 May 2026"), "2026-05-12", "2026-05-12"),
        ("Thematic meeting on return\nStart date: 12 May 2026\nEnd:\n14 May 2026\n",
         "2026-05-12", "2026-05-12"),
        # under a long title line the card still gives its last day
        ("Regional thematic meeting of the Rabat Process on return, readmission and "
         "sustainable reintegration of migrants in their countries of origin\n"
         "Start date: 12 May 2026\nEnd date: 14 May 2026\n", "2026-05-12", "2026-05-14"),
        # the other end labels
        (_card("Date de début : 12 mai 2026", "Fin : 14 mai 2026"), "2026-05-12", "2026-05-14"),
        (_card("Data de início: 12 de maio de 2026", "Data de término: 14 de maio de 2026"),
         "2026-05-12", "2026-05-14"),
        (_card("Fecha de inicio: 12 de mayo de 2026", "Fecha de término: 14 de mayo de 2026"),
         "2026-05-12", "2026-05-14"),
        (_card("Inizio: 12 maggio 2026", "Fine: 14 maggio 2026"), "2026-05-12", "2026-05-14"),
    ],
)  # fmt: skip
def test_the_labels_limits(text: str, start: str, end: str) -> None:
    [record] = extract_text(text, "card.txt", READ_ON)
    assert (record.start, record.end) == (start, end)
