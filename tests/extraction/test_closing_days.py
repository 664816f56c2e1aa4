"""A meeting's last day told apart from its first."""

from __future__ import annotations

from datetime import date

import pytest

from processus.extraction import extract_text

READ_ON = date(2026, 11, 23)


def _dates(text: str) -> list[tuple[str | None, str | None]]:
    return [(r.start, r.end) for r in extract_text(text, "x", READ_ON)]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # a verb of going on with its "until", in five languages
        ("The Rabat Process thematic meeting opened in Banjul on 5 May 2026 and runs until "
         "7 May.", "2026-05-05", "2026-05-07"),
        ("The Rabat Process thematic meeting opened in Banjul on 5 May 2026 and will continue "
         "until 7 May 2026.", "2026-05-05", "2026-05-07"),
        ("La réunion thématique du Processus de Rabat s'est ouverte à Banjul le 5 mai 2026 et "
         "se poursuit jusqu'au 7 mai.", "2026-05-05", "2026-05-07"),
        ("La reunión temática del Proceso de Rabat se inauguró en Banjul el 5 de mayo de 2026 "
         "y se prolongará hasta el 7 de mayo.", "2026-05-05", "2026-05-07"),
        ("La riunione tematica del Processo di Rabat si è aperta a Banjul il 5 maggio 2026 e "
         "prosegue fino al 7 maggio.", "2026-05-05", "2026-05-07"),
        ("A reunião temática do Processo de Rabat abriu em Banjul a 5 de maio de 2026 e "
         "decorre até 7 de maio.", "2026-05-05", "2026-05-07"),
        # a verb of closing
        ("The Rabat Process workshop in Dakar opened on 2 June 2025 and closed on 4 June "
         "2025.", "2025-06-02", "2025-06-04"),
        ("L'atelier du Processus de Rabat s'est ouvert à Dakar le 2 juin 2025 et s'est "
         "clôturé le 4 juin 2025.", "2025-06-02", "2025-06-04"),
        ("El taller del Proceso de Rabat se inauguró en Dakar el 2 de junio de 2025 y se "
         "clausuró el 4 de junio de 2025.", "2025-06-02", "2025-06-04"),
        ("Il workshop del Processo di Rabat si è aperto a Dakar il 2 giugno 2025 e si è "
         "chiuso il 4 giugno 2025.", "2025-06-02", "2025-06-04"),
        ("A reunião do Processo de Rabat abriu em Dakar a 2 de junho de 2025 e encerrou a "
         "4 de junho de 2025.", "2025-06-02", "2025-06-04"),
        # in the next sentence, which opens on the meeting told again: one meeting
        ("The Rabat Process workshop opened in Dakar on 2 June 2025. The workshop closed on "
         "4 June.", "2025-06-02", "2025-06-04"),
        ("The Rabat Process thematic meeting opened in Banjul on 5 May 2026. The meeting, "
         "hosted by The Gambia, runs until 6 May.", "2026-05-05", "2026-05-06"),
        # its length, told after its first day
        ("The Rabat Process workshop began in Dakar on 2 June 2025 and ran for three days.",
         "2025-06-02", "2025-06-04"),
    ],
)  # fmt: skip
def test_the_last_day_told_apart(text: str, start: str, end: str) -> None:
    assert _dates(text) == [(start, end)]


@pytest.mark.parametrize(
    "text",
    [
        # what else closes: a registration, a call
        "The Rabat Process workshop opened in Dakar on 2 June 2025; registration closes on 4 June.",
        "The Rabat Process workshop opened in Dakar on 2 June 2025, and the call for "
        "applications ends on 4 June.",
        # a day that goes on after the first by more than two weeks is no last day
        "The Rabat Process workshop opened in Dakar on 2 June 2025 and the exhibition runs "
        "until 30 June.",
        # a date with no closing words before it
        "The Rabat Process workshop opened in Dakar on 2 June 2025 and a report followed on "
        "4 June.",
    ],
)
def test_no_last_day_told_apart(text: str) -> None:
    records = extract_text(text, "x", READ_ON)
    assert records
    assert (records[0].start, records[0].end) == ("2025-06-02", "2025-06-02")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a programme's day headings, one day after the other
        ("Thematic meeting of the Rabat Process\nDay 1 – 14 October 2026\nOpening session\n"
         "Day 2 – 15 October 2026\nClosing session", [("2026-10-14", "2026-10-15")]),
        ("Programme of the Rabat Process workshop in Dakar\nMonday 7 December 2026\n09:00 "
         "Opening\nTuesday 8 December 2026\n09:00 Panel\nWednesday 9 December 2026\n12:00 "
         "Closing", [("2026-12-07", "2026-12-09")]),
        ("Jour 1 : 14 octobre 2026\nOuverture de la réunion thématique du Processus de Rabat\n"
         "Jour 2 : 15 octobre 2026\nClôture", [("2026-10-14", "2026-10-15")]),
        # a calendar's bare dates head its entries, one meeting each
        ("Calendar of the Rabat Process\n14 October 2026\nThematic meeting (Dakar)\n"
         "15 October 2026\nSteering Committee (Rabat)",
         [("2026-10-14", "2026-10-14"), ("2026-10-15", "2026-10-15")]),
        # days that do not follow one another
        ("Thematic meeting of the Rabat Process\nDay 1 – 14 October 2026\nOpening\n"
         "Day 2 – 20 October 2026\nClosing", [("2026-10-14", "2026-10-14")]),
    ],
)  # fmt: skip
def test_a_programme_s_days(text: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(text)[: len(expected)] == expected


def test_a_programme_runs_a_week_at_most() -> None:
    days = "\n".join(f"Day {n} – {n + 10} October 2026\nSessions" for n in range(1, 11))
    text = "Thematic meeting of the Rabat Process\n" + days
    assert _dates(text)[:1] == [("2026-10-11", "2026-10-17")]


def test_a_long_programme_is_read() -> None:
    # a hostile page: thousands of day headings under one meeting's name
    days = [f"Day {n % 30 + 1} – {n % 28 + 1} March 2026\nSession" for n in range(3000)]
    text = "Thematic meeting of the Rabat Process\n" + "\n".join(days)
    records = extract_text(text, "x", READ_ON)
    assert records
    assert records[0].start == "2026-03-01"
