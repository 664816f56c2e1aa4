"""The date grammar: formats, ranges, roles and year inference."""

from __future__ import annotations

from datetime import date

import pytest

from processus.extraction.dates import find_dates, first_day, format_part, infer_year, last_day


def _only(text: str):
    found = find_dates(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("3 March 2021", (2021, 3, 3), (2021, 3, 3)),
        ("March 3, 2021", (2021, 3, 3), (2021, 3, 3)),
        ("March 3 2021", (2021, 3, 3), (2021, 3, 3)),
        ("on the 9th February 2018", (2018, 2, 9), (2018, 2, 9)),
        ("the 9th of February 2018", (2018, 2, 9), (2018, 2, 9)),
        ("7th and 8th May 2023", (2023, 5, 7), (2023, 5, 8)),
        ("11 and 12 April 2017", (2017, 4, 11), (2017, 4, 12)),
        ("between 2nd and 3rd June 2020", (2020, 6, 2), (2020, 6, 3)),
        ("8-10 September 2021", (2021, 9, 8), (2021, 9, 10)),
        ("8–10 September 2021", (2021, 9, 8), (2021, 9, 10)),
        ("28 February - 2 March 2024", (2024, 2, 28), (2024, 3, 2)),
        ("29 September – 1 October 2014", (2014, 9, 29), (2014, 10, 1)),
        ("from 30 April to 2 May 2019", (2019, 4, 30), (2019, 5, 2)),
        ("4, 5 and 6 November 2020", (2020, 11, 4), (2020, 11, 6)),
        ("2021-03-03", (2021, 3, 3), (2021, 3, 3)),
        ("03/04/2021", (2021, 4, 3), (2021, 4, 3)),
        ("3.4.2021", (2021, 4, 3), (2021, 4, 3)),
        ("September 14-15, 2023", (2023, 9, 14), (2023, 9, 15)),
        ("Sept. 14, 2023", (2023, 9, 14), (2023, 9, 14)),
        ("in August 2016", (2016, 8, None), (2016, 8, None)),
        ("June-July 2019", (2019, 6, None), (2019, 7, None)),
        ("le 7 mars 2022", (2022, 3, 7), (2022, 3, 7)),
        ("les 20 et 21 janvier 2025", (2025, 1, 20), (2025, 1, 21)),
        ("du 28 février au 2 mars 2024", (2024, 2, 28), (2024, 3, 2)),
        ("du 1er au 3 octobre 2018", (2018, 10, 1), (2018, 10, 3)),
        ("le 1er décembre 2020", (2020, 12, 1), (2020, 12, 1)),
        ("le 1er decembre 2020", (2020, 12, 1), (2020, 12, 1)),
        ("en août 2016", (2016, 8, None), (2016, 8, None)),
        ("en février 2011", (2011, 2, None), (2011, 2, None)),
        ("mi-juin 2012 juin 2012", (2012, 6, None), (2012, 6, None)),
    ],
)
def test_formats(text: str, first: tuple, last: tuple) -> None:
    mention = find_dates(text)[0]
    assert mention.first == first
    assert mention.last == last
    assert text[mention.start : mention.end] == mention.text


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("on 9 and 10 March", (None, 3, 9), (None, 3, 10)),
        ("from 3 to 4 December", (None, 12, 3), (None, 12, 4)),
        ("le 1er juillet", (None, 7, 1), (None, 7, 1)),
        ("October 5", (None, 10, 5), (None, 10, 5)),
    ],
)
def test_dates_without_year(text: str, first: tuple, last: tuple) -> None:
    mention = _only(text)
    assert (mention.first, mention.last) == (first, last)
    assert not mention.has_year


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Delegations must register before 2 May 2022 on the website.", "deadline"),
        ("Registration is open until 12 June 2023.", "deadline"),
        ("Deadline for applications: 4 April 2021", "deadline"),
        ("Merci de vous inscrire avant le 3 mai 2022.", "deadline"),
        ("The charter was signed on 5 March 2016 by ten states.", "signing"),
        ("The declaration adopted on 12 July 2019 remains the reference.", "signing"),
        ("La déclaration signée le 5 mars 2016 engage les pays.", "signing"),
        ("Published on 14 February 2024", "publication"),
        ("Publié le 14 février 2024", "publication"),
        ("Archive compiled 3 August 2024", "publication"),
        ("Page mise à jour le 9 janvier 2022", "publication"),
        ("Feed of the dialogue (captured 6 June 2023)", "publication"),
        ("Processus de Rabat – Annonce du 2 février 2021", "publication"),
        ("Dialogue | Announcement | 11 March 2025", "publication"),
        ("Working draft of May 2020", "publication"),
        ("Note, version of 4 April 2019", "publication"),
        ("Date: 14-15 March 2023", "meeting"),
        ("Press release – Accra, 4 June 2024\n\nThe meeting opens.", "publication"),
        ("Communiqué – Dakar, le 3 mars 2021\n\nLa réunion s'ouvre.", "publication"),
        ("Concept note | Round table | Lomé, May 2019\n\nText.", "publication"),
        ("Thematic meeting – Accra, 4 June 2024\n\nThe meeting opens.", "meeting"),
        ("On 18 December, the International Day of Migrants is marked.", "other"),
        ("The plan covers the period 2021-2025.", "period"),
        ("A new programme (2023 – 2027) was adopted.", "period"),
        ("The workshop took place on 9 May 2019 in Accra.", "meeting"),
        ("Partners met in Dakar in 2019.", "year"),
    ],
)
def test_roles(text: str, role: str) -> None:
    mentions = find_dates(text)
    assert mentions, text
    assert mentions[0].role == role


@pytest.mark.parametrize(
    "text",
    [
        "Members may 16 times a year decide",
        "1,704 followers",
        "Page 1 of 2",
        "Domain 4 (irregular migration)",
        "Room 45 is on floor 3",
        "the 2000s were different",
    ],
)
def test_not_dates(text: str) -> None:
    assert [m for m in find_dates(text) if m.role != "year"] == []


def test_impossible_day_is_not_a_day() -> None:
    assert all(m.first[2] is None for m in find_dates("31 February 2020"))


def test_reversed_range_is_rejected() -> None:
    assert all(m.first <= m.last for m in find_dates("12-9 June 2020"))


@pytest.mark.parametrize(
    ("month", "day", "reference", "expected"),
    [
        (10, 16, date(2024, 7, 1), 2024),
        (1, 10, date(2023, 12, 20), 2024),
        (12, 20, date(2024, 1, 10), 2023),
        (6, 1, date(2020, 6, 2), 2020),
    ],
)
def test_infer_year(month: int, day: int, reference: date, expected: int) -> None:
    assert infer_year(month, day, reference) == expected


def test_format_and_bounds() -> None:
    assert format_part((2019, 10, 24)) == "2019-10-24"
    assert format_part((2019, 7, None)) == "2019-07"
    assert format_part((2019, None, None)) == "2019"
    assert format_part((None, 7, 1)) is None
    assert last_day("2019-02") == date(2019, 2, 28)
    assert last_day("2020") == date(2020, 12, 31)
    assert first_day("2020-05") == date(2020, 5, 1)


def test_offsets_in_a_sentence() -> None:
    text = "After a pause, experts gathered in Tunis on 5 and 6 October 2021 for two days."
    mention = _only(text)
    assert text[mention.start : mention.end] == "5 and 6 October 2021"
