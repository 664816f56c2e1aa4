"""The action plans' content in ``frameworks.json``: totals that agree with the entries,
every entry sourced, and what no source establishes left visibly empty."""

from __future__ import annotations

import re
from typing import Any

import pytest

from processus import reference

FRAMEWORKS = {f["key"]: f for f in reference.frameworks()}
CADIZ = FRAMEWORKS["cadiz-2023-2027"]
MARRAKESH = FRAMEWORKS["marrakesh-2018-2022"]


def objectives(plan: dict[str, Any]) -> list[tuple[int | None, dict[str, Any]]]:
    placed = [(a["number"], o) for a in plan["areas"] for o in a["objectives"]]
    return placed + [(None, o) for o in plan.get("unplaced_objectives", [])]


def actions(plan: dict[str, Any]) -> list[tuple[str | None, dict[str, Any]]]:
    placed = [(o["number"], act) for _, o in objectives(plan) for act in o["actions"]]
    return placed + [(None, act) for act in plan.get("unplaced_actions", [])]


def items(plan: dict[str, Any]) -> list[dict[str, Any]]:
    return (
        list(plan["areas"]) + [o for _, o in objectives(plan)] + [act for _, act in actions(plan)]
    )


def base(number: str) -> str:
    match = re.match(r"\d+", number)
    assert match, number
    return match.group()


@pytest.mark.parametrize("plan", FRAMEWORKS.values(), ids=FRAMEWORKS.keys())
def test_totals_agree_with_the_entries(plan):
    assert len(plan["areas"]) == plan["areas_total"]
    assert [a["number"] for a in plan["areas"]] == list(range(1, plan["areas_total"] + 1))
    numbers = [o["number"] for _, o in objectives(plan)]
    assert len(numbers) == len(set(numbers))
    assert {base(n) for n in numbers} == {str(n) for n in range(1, plan["objectives_total"] + 1)}
    action_numbers = [act["number"] for _, act in actions(plan)]
    assert action_numbers == [str(n) for n in range(1, plan["actions_total"] + 1)]


@pytest.mark.parametrize("plan", FRAMEWORKS.values(), ids=FRAMEWORKS.keys())
def test_every_entry_is_sourced_or_visibly_to_be_completed(plan):
    entries = items(plan)
    assert len(entries) > plan["actions_total"]
    for entry in entries:
        assert entry["source_url"].startswith("https://"), entry
        assert entry.get("source_url_fr", "https://").startswith("https://"), entry
        if entry["established"]:
            assert entry["title"] and entry["title_fr"], entry
            assert entry["title"] != entry["title_fr"], entry
            assert len(entry["title"]) <= 120 and len(entry["title_fr"]) <= 130, entry
        else:
            assert entry["title"] == entry["title_fr"] == "", entry


def test_cadiz_places_actions_by_the_counts_the_plan_page_gives():
    per_objective: dict[str | None, list[int]] = {}
    for objective, action in actions(CADIZ):
        per_objective.setdefault(objective, []).append(int(action["number"]))
    assert {k: len(v) for k, v in per_objective.items() if k} == {
        "1": 3,
        "2": 2,
        "3": 5,
        "4": 2,
        "5a": 3,
        "5b": 2,
        "6": 2,
    }
    assert per_objective[None] == list(range(20, 30))
    # The Portuguese Chairmanship page: Action 3 serves Objective 1, Action 6 Objective 3.
    assert 3 in per_objective["1"] and 6 in per_objective["3"]


def test_cadiz_areas_four_and_five_hold_only_what_sources_establish():
    area_of = {o["number"]: area for area, o in objectives(CADIZ)}
    assert area_of["7"] == 4 and area_of["10"] == 5
    assert area_of["8"] is None and area_of["9"] is None
    by_number = {o["number"]: o for _, o in objectives(CADIZ)}
    assert "reintegration" in by_number["10"]["title"]
    assert "réintégration" in by_number["10"]["title_fr"]
    assert not any(by_number[n]["established"] for n in ("7", "8", "9"))


def test_cadiz_established_entries_are_the_ones_sources_give():
    established = {o["number"] for _, o in objectives(CADIZ) if o["established"]}
    assert established == {"1", "2", "3", "4", "5a", "5b", "6", "10"}
    assert [a["number"] for _, a in actions(CADIZ) if a["established"]] == ["3", "6"]
    assert all(a["established"] for a in CADIZ["areas"])


def test_marrakesh_is_complete_down_to_its_objectives():
    counts = {}
    for objective, _action in actions(MARRAKESH):
        assert objective is not None
        counts[objective] = counts.get(objective, 0) + 1
    assert counts == {
        "1": 3,
        "2": 2,
        "3": 3,
        "4": 2,
        "5": 2,
        "6": 2,
        "7": 3,
        "8": 2,
        "9": 2,
        "10": 2,
    }
    assert all(o["established"] for _, o in objectives(MARRAKESH))
    sourced = {a["number"]: a for _, a in actions(MARRAKESH) if a["established"]}
    assert set(sourced) == {"15", "16"}
    assert "financial investigations" in sourced["16"]["title"]


def test_french_titles_keep_french_words():
    for plan in FRAMEWORKS.values():
        titles = [e["title_fr"] for e in items(plan) if e["established"]]
        assert titles
        assert all(re.search(r"\b(des?|et|la|du|les)\b", t) for t in titles), titles
