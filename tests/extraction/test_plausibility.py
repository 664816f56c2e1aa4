"""Values out of bounds are refused whole, with the reason kept as evidence (issue #12)."""

from __future__ import annotations

from datetime import date

import pytest

from processus.extraction.counts import find_counts
from processus.extraction.dates import find_dates
from processus.extraction.pipeline import extract
from processus.extraction.plausibility import Rejection, count_problem, year_problem

TODAY = date(2026, 11, 23)


def _dates(text: str) -> tuple[list[str], list[Rejection]]:
    rejected: list[Rejection] = []
    return [d.text for d in find_dates(text, rejected=rejected)], rejected


@pytest.mark.parametrize(
    ("text", "kept", "reason"),
    [
        ("The meeting was held on 12 March 2024.", ["12 March 2024"], None),
        ("The meeting was held on 12 March 1950.", ["12 March 1950"], None),
        ("The meeting was held on 12 March 2100.", ["12 March 2100"], None),
        ("The meeting was held on 12 March 1949.", [], "the year 1949 is outside 1950-2100"),
        ("The meeting was held on 12 March 2101.", [], "the year 2101 is outside 1950-2100"),
        ("The meeting was held on 12 March 9999.", [], "the year 9999 is outside 1950-2100"),
        ("La réunion a eu lieu le 4 mai 1066.", [], "the year 1066 is outside 1950-2100"),
        ("The meeting was held on March 12, 9999.", [], "the year 9999 is outside 1950-2100"),
        ("The meeting was held in March 9999.", [], "the year 9999 is outside 1950-2100"),
        ("Listed: 12/03/9999.", [], "the year 9999 is outside 1950-2100"),
        ("Listed: 9999-03-12.", [], "the year 9999 is outside 1950-2100"),
        ("From 1 to 3 June 1066.", [], "the year 1066 is outside 1950-2100"),
        ("It was held on 31 February 2024.", [], "there is no day 31 in February"),
    ],
)
def test_a_date_out_of_bounds_is_refused_whole(text: str, kept: list[str], reason: str | None):
    found, rejected = _dates(text)
    assert found == kept
    assert [r.reason for r in rejected] == ([reason] if reason else [])
    if reason:
        assert rejected[0].field == "start"
        assert text[rejected[0].start : rejected[0].end] == rejected[0].text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The convention of 1945 is older.", []),  # history, neither a date nor a refusal
        ("The programme ran in 2019.", ["2019"]),
    ],
)
def test_a_year_alone_out_of_bounds_is_no_date_and_no_refusal(text: str, kept: list[str]):
    found, rejected = _dates(text)
    assert found == kept
    assert rejected == []


def _counts(text: str) -> tuple[list[tuple[str, int]], list[tuple[str, str, str]]]:
    rejected: list[Rejection] = []
    found = [(c.field, c.value) for c in find_counts(text, rejected=rejected)]
    return found, [(r.field, r.text, r.reason) for r in rejected]


POWER = "a number written as a power is not a count"


@pytest.mark.parametrize(
    ("text", "kept", "refused"),
    [
        ("It gathered 50,000 participants.", [("participants", 50000)], []),
        ("It gathered 50,001 participants.", [],
         [("participants", "50,001 participants",
           "more than 50,000 participants is not plausible for one meeting")]),
        ("It gathered 10^100 participants.", [], [("participants", "10^100 participants", POWER)]),
        ("It gathered 10**6 participants.", [], [("participants", "10**6 participants", POWER)]),
        ("It gathered 1e+6 participants.", [], [("participants", "1e+6 participants", POWER)]),
        ("It gathered 1e6 participants.", [], []),  # no count read at all
        ("It gathered 10¹⁰⁰ participants.", [], []),  # no count read at all
        ("It gathered 12345678 participants.", [],
         [("participants", "12345678 participants", "a number of 8 digits is not a count")]),
        ("It gathered 99 participants.", [("participants", 99)], []),
        ("Delegates from 200 countries took part.", [("countries_count", 200)], []),
        ("Delegates from 500 countries took part.", [],
         [("countries_count", "500 countries",
           "more than 200 countries is not plausible for one meeting")]),
    ],
)  # fmt: skip
def test_a_count_out_of_bounds_is_refused_whole(text, kept, refused):
    assert _counts(text) == (kept, refused)


def test_a_digit_run_longer_than_python_reads_is_refused_not_raised():
    digits = "9" * 5000  # int() refuses more than 4,300 digits
    found, refused = _counts(f"It gathered {digits} participants.")
    assert found == []
    assert refused == [("participants", f"{digits} participants",
                        "a number of 5000 digits is not a count")]  # fmt: skip


@pytest.mark.parametrize(
    ("year", "problem"),
    [(1950, None), (2100, None), (None, None), (1949, "the year 1949 is outside 1950-2100")],
)
def test_year_problem(year, problem):
    assert year_problem(year) == problem


def test_count_problem_superscript_exponent():
    text = "10⁶ participants"
    assert count_problem(text, 0, 2, "participants", 10) == POWER


def _record(text: str):
    records = extract(text, source="t.txt", reference_date=TODAY).records
    assert len(records) == 1
    return records[0]


def test_the_record_keeps_the_refused_values_as_evidence_and_leaves_fields_empty():
    record = _record(
        "Thematic meeting of the Rabat Process\n\n"
        "The thematic meeting took place in Rabat on 4 May 1066 with 10^100 participants.\n"
    )
    assert (record.start, record.participants, record.city) == (None, None, "Rabat")
    refused = [
        (e.field, e.text, e.note) for e in record.evidence if e.rule == "plausibility:rejected"
    ]
    assert refused == [
        ("start", "4 May 1066", "rejected: the year 1066 is outside 1950-2100"),
        ("participants", "10^100 participants", "rejected: " + POWER),
    ]


def test_a_refused_value_leaves_no_evidence_beside_a_value_the_field_kept():
    record = _record(
        "Expert meeting of the Rabat Process\n\n"
        "The expert meeting was held in Madrid on 3 June 2024 with 80 participants. "
        "A later report spoke of 10^100 participants.\n"
    )
    assert record.participants == 80
    assert [e.rule for e in record.evidence if e.field == "participants"] == ["count:participants"]
