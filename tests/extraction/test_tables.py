"""A table's role columns name each row's host, chairs and organisers (issue #11, family 5:
tables flattened to text)."""

from __future__ import annotations

from datetime import date

import pytest

from processus.extraction import extract_text
from processus.extraction.tables import table_triggers

READ_ON = date(2026, 11, 23)


def _roles(text: str) -> list[tuple[list[str], list[str], list[str]]]:
    return [(r.hosts, r.chairs, r.organisers) for r in extract_text(text, "t", READ_ON)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a host column, in English, French, Spanish, Italian and Portuguese
        ("Date | Event | Place | Host\n"
         "12/02/2025 | Thematic meeting on diaspora engagement | Banjul | The Gambia\n"
         "03/04/2025 | Steering Committee meeting | Brussels | Belgium",
         [(["Gambia"], [], []), (["Belgium"], [], [])]),
        ("Date | Réunion | Lieu | Pays hôte\n"
         "12/02/2025 | Réunion thématique sur la diaspora | Banjul | Gambie",
         [(["Gambia"], [], [])]),
        ("Fecha | Reunión | Lugar | Anfitrión\n"
         "10/03/2025 | Reunión temática sobre migración laboral | Madrid | España",
         [(["Spain"], [], [])]),
        ("Data | Riunione | Luogo | Paese ospitante\n"
         "10/03/2025 | Riunione tematica sulla migrazione | Roma | Italia",
         [(["Italy"], [], [])]),
        ("Data | Reunião | Local | País anfitrião\n"
         "10/03/2025 | Reunião temática sobre migração | Lisboa | Portugal",
         [(["Portugal"], [], [])]),
        # a Markdown table with its rule row; chairs and organisers, several in a cell
        ("| Dates | Réunion | Lieu | Présidence | Organisateur |\n|---|---|---|---|---|\n"
         "| 14-15 novembre 2024 | Réunion thématique sur le retour | Accra | Ghana, Espagne "
         "| ICMPD |", [([], ["Ghana", "Spain"], ["ICMPD"])]),
        ("Date | Event | Venue | Chair | Organised by\n"
         "22/05/2024 | Senior Officials' Meeting | Brussels | Belgium | ICMPD",
         [([], ["Belgium"], ["ICMPD"])]),
        # no role column: a country in a cell is no role
        ("Date | Event | Place | Notes\n"
         "12/02/2025 | Thematic meeting on diaspora engagement | Banjul | The Gambia",
         [([], [], [])]),
        # a row that does not line up with the header (a cell missing) takes no role
        ("Date | Event | Place | Host\n"
         "12/02/2025 | Thematic meeting on diaspora engagement | The Gambia",
         [([], [], [])]),
    ],
)  # fmt: skip
def test_role_columns(text: str, expected: list) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a page header with pipes is no table: too few cells, or a date among them
        "News | 24 June 2025",
        "Rabat Process | Announcement | Host | 4 March 2025\nDakar | Senegal | Mali | x",
        # prose after the table ends it
        "Date | Event | Host\nThe table was removed.\n12/02/2025 | Thematic meeting | Gambia",
    ],
)
def test_no_table_no_column_roles(text: str) -> None:
    assert table_triggers(text) == []


def test_a_trigger_names_its_column_and_sits_at_the_cell() -> None:
    text = "Date | Event | Host\n12/02/2025 | Thematic meeting | The Gambia"
    [trigger] = table_triggers(text)
    assert (text[trigger.start :], trigger.roles, trigger.rule) == (
        "The Gambia", ("hosts",), "table column 'Host'",
    )  # fmt: skip


def test_a_chair_column_heading_is_no_verb_of_the_row_under_it() -> None:
    """ "Chair" ends the heading line; "Steering Committee" opens the next row: the
    committee is a meeting, not a body someone chairs."""
    text = (
        "Rabat Process – Meetings under the French chairmanship\n\n"
        "Meeting | Dates | Place | Chair\n"
        "Steering Committee | 4 Feb 2026 | Brussels | France\n"
        "Senior Officials' Meeting | 10-11 Jun 2026 | Rabat | Morocco\n"
    )
    records = extract_text(text, reference_date=date(2026, 11, 23))
    # the heading, which names meetings with neither a date nor a place, makes no record
    assert [(r.kind, r.start, r.city) for r in records] == [
        ("steering_committee", "2026-02-04", "Brussels"),
        ("senior_officials_meeting", "2026-06-10", "Rabat"),
    ]


def test_a_chair_on_the_same_line_still_names_the_committee_a_body() -> None:
    text = "Morocco chairs the Steering Committee of the Rabat Process since 2023."
    assert extract_text(text, reference_date=date(2026, 11, 23)) == []
