"""Suggested objectives: whole-word lexicon terms of the plan, accents and case aside."""

from __future__ import annotations

import pytest

from processus.outcomes.objectives import matching_objectives

PLAN = "cadiz-2023-2027"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Simplify visa procedures for students.", {"4"}),
        ("Simplifier les PROCEDURES DE VISA.", {"4"}),  # accents and case aside
        ("Protect asylum seekers and support resettlement.", {"5a"}),
        ("Engage diaspora associations and lower the cost of remittances.", {"1"}),
        ("Revisa the agenda.", set()),  # 'visa' inside a word is no match
        ("The meeting closed at noon.", set()),
    ],
)
def test_matching_objectives(text: str, expected: set[str]) -> None:
    assert {m.number for m in matching_objectives(PLAN, text)} == expected


def test_terms_are_named() -> None:
    (match,) = matching_objectives(PLAN, "Share data on visa applications.")
    assert "visa applications" in match.terms


def test_unknown_plan_suggests_nothing() -> None:
    assert matching_objectives("no-such-plan", "visa procedures") == []
