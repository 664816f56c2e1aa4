"""The registration rules as a table: each outcome, and the case just beside it."""

from __future__ import annotations

import datetime as dt

import pytest

from processus.preparation import rules
from processus.preparation.rules import Candidate, Seats, Settings

NOW = dt.datetime(2026, 5, 1, 12, 0, tzinfo=dt.UTC)
HOUR = dt.timedelta(hours=1)
OPEN = Settings(opens=NOW - HOUR, deadline=NOW + HOUR, capacity=10, quota_per_country=2)
SENEGAL, SPAIN, GROUP = 1, 2, 7


@pytest.mark.parametrize(
    ("window", "seats", "candidate", "now", "expected"),
    [
        # the window
        (OPEN, Seats(), Candidate(SENEGAL), NOW - 2 * HOUR, "refused"),
        (OPEN, Seats(), Candidate(SENEGAL), NOW - HOUR, "confirmed"),  # at the opening
        (OPEN, Seats(), Candidate(SENEGAL), NOW + HOUR, "confirmed"),  # at the deadline
        (OPEN, Seats(), Candidate(SENEGAL), NOW + 2 * HOUR, "refused"),
        (Settings(), Seats(), Candidate(SENEGAL), NOW, "confirmed"),  # no window, no limit
        # the capacity
        (OPEN, Seats(total=9), Candidate(SENEGAL), NOW, "confirmed"),
        (OPEN, Seats(total=10), Candidate(SENEGAL), NOW, "waitlisted"),
        # the country's quota
        (OPEN, Seats(total=2, by_country={SENEGAL: 1}), Candidate(SENEGAL), NOW, "confirmed"),
        (OPEN, Seats(total=2, by_country={SENEGAL: 2}), Candidate(SENEGAL), NOW, "waitlisted"),
        (OPEN, Seats(total=2, by_country={SENEGAL: 2}), Candidate(SPAIN), NOW, "confirmed"),
        (OPEN, Seats(total=2, by_country={SENEGAL: 2}), Candidate(None), NOW, "confirmed"),
        # the working group's capacity
        (OPEN, Seats(total=1, by_group={GROUP: 1}), Candidate(SPAIN, GROUP, 2), NOW, "confirmed"),
        (OPEN, Seats(total=2, by_group={GROUP: 2}), Candidate(SPAIN, GROUP, 2), NOW, "waitlisted"),
        (OPEN, Seats(total=2, by_group={GROUP: 2}), Candidate(SPAIN), NOW, "confirmed"),
        # approval
        (Settings(approval_required=True), Seats(), Candidate(SPAIN), NOW, "pending"),
        (
            Settings(approval_required=True, capacity=1),
            Seats(total=1),
            Candidate(SPAIN),
            NOW,
            "waitlisted",
        ),
    ],
)
def test_decide(window, seats, candidate, now, expected) -> None:
    assert rules.decide(window, seats, candidate, now).status == expected


def test_refusals_name_the_time_in_the_announced_zone() -> None:
    from zoneinfo import ZoneInfo

    settings = Settings(opens=NOW, deadline=NOW + HOUR, time_zone=ZoneInfo("Africa/Casablanca"))
    late = rules.decide(settings, Seats(), Candidate(), NOW + 2 * HOUR)
    assert late.refused
    assert late.reason.startswith("Registration closed on")
    assert "+01" in late.reason  # Casablanca's offset, not UTC
    early = rules.decide(settings, Seats(), Candidate(), NOW - HOUR)
    assert early.reason.startswith("Registration opens on")
    assert not rules.decide(settings, Seats(), Candidate(), NOW).refused


def test_first_promotable_is_the_first_compatible_in_order_of_arrival() -> None:
    settings = Settings(capacity=2, quota_per_country=1)
    seats = Seats(total=1, by_country={SENEGAL: 1})
    waiting = [(10, Candidate(SENEGAL)), (11, Candidate(SPAIN)), (12, Candidate(SPAIN))]
    assert rules.first_promotable(settings, seats, waiting) == 11
    assert rules.first_promotable(settings, seats, waiting[:1]) is None
    assert rules.first_promotable(settings, Seats(total=2), waiting) is None
