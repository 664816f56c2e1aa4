"""Meetings told in passing: dated by a year written as their modifier, named by their
year and then by their full date."""

from __future__ import annotations

import pytest

from processus.extraction import extract_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The request was made at the 2019 Senior Officials' Meeting in Accra. The Rabat Process "
         "thematic meeting took place in Dakar on 3 May 2021.",
         [("senior_officials_meeting", "2019", "Accra"),
          ("thematic_meeting", "2021-05-03", "Dakar")]),
        ("It follows the 2018 Joint Valletta Action Plan (JVAP) Senior Officials' Meeting. The "
         "Rabat Process workshop took place in Dakar on 3 May 2021.",
         [("senior_officials_meeting", "2018", None), ("workshop", "2021-05-03", "Dakar")]),
        # a year that is not the meeting's modifier dates nothing
        ("The 2019 report was presented. The Rabat Process workshop took place in Dakar on "
         "3 May 2021.", [("workshop", "2021-05-03", "Dakar")]),
        ("In 2019 workshops were rare. The Rabat Process workshop took place in Dakar on 3 May "
         "2021.", [("workshop", "2021-05-03", "Dakar")]),
    ],
)  # fmt: skip
def test_a_year_written_as_the_meetings_modifier(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert sorted((r.kind, r.start, r.city) for r in extract_text(text)) == sorted(expected)


def test_a_meeting_named_by_its_year_then_by_its_date_is_one_record() -> None:
    text = (
        "Chisinau to host the 2025 Senior Officials' Meeting\n\n"
        "The Senior Officials' Meeting of the Prague Process will take place in Chisinau on 10 "
        "and 11 April 2025."
    )
    [record] = extract_text(text)
    assert (record.start, record.end, record.city) == ("2025-04-10", "2025-04-11", "Chisinau")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the page's own meeting is placed but not dated; another meeting is dated
        ("La réunion des hauts fonctionnaires du Processus de Rabat tiendra ses travaux jeudi "
         "et vendredi à Rabat. Elle préparera la conférence ministérielle qui se déroulera le "
         "27 novembre 2014 à Rome.",
         [("ministerial_conference", "2014-11-27", "Rome"),
          ("senior_officials_meeting", None, "Rabat")]),
        # a meeting only planned is no record
        ("A senior officials' meeting of the Rabat Process could take place in Rabat. The "
         "ministerial conference took place in Rome on 27 November 2014.",
         [("ministerial_conference", "2014-11-27", "Rome")]),
    ],
)  # fmt: skip
def test_a_meeting_placed_but_not_dated(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    found = sorted(((r.kind, r.start, r.city) for r in extract_text(text)), key=str)
    assert found == sorted(expected, key=str)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The thematic meeting of the Rabat Process took place in Accra on 3 May 2024, following "
         "the ministerial conference in Cádiz (December 2022).",
         [("ministerial_conference", "2022-12", "Cádiz"),
          ("thematic_meeting", "2024-05-03", "Accra")]),
        ("La réunion thématique du Processus de Rabat s'est tenue à Accra le 3 mai 2024, à la "
         "suite de la conférence ministérielle de Cadix (décembre 2022).",
         [("ministerial_conference", "2022-12", "Cádiz"),
          ("thematic_meeting", "2024-05-03", "Accra")]),
        # the same meeting told with its range is no second meeting
        ("The thematic meeting of the Rabat Process took place in Accra on 3 May 2024, following "
         "a long preparation that started in December 2022.",
         [("thematic_meeting", "2024-05-03", "Accra")]),
    ],
)  # fmt: skip
def test_a_meeting_recalled_after_a_comma(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert sorted((r.kind, r.start, r.city) for r in extract_text(text)) == expected
