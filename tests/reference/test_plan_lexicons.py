"""The bilingual lexicons of the action plans (``lexicon-<plan>.json``)."""

from __future__ import annotations

import pytest

from processus import reference
from processus.reference.lexicons import (
    OWN,
    LexiconError,
    normalise_term,
    plan_lexicon,
    plan_lexicons,
    resolve_lexicon,
)

FRAMEWORKS = {f["key"]: f for f in reference.frameworks()}
LEXICONS = plan_lexicons()
#: Single words too common in the dialogue's documents to say which item a meeting addresses.
TOO_GENERIC = {"migration", "migrations", "migrant", "migrants", "development", "développement"}


def plan_items(plan):
    """(kind, number, entry, area number) of every item of a plan in frameworks.json."""
    found = [("areas", str(a["number"]), a, a["number"]) for a in plan["areas"]]
    placed = [(a["number"], o) for a in plan["areas"] for o in a["objectives"]]
    placed += [(None, o) for o in plan.get("unplaced_objectives", [])]
    for area, objective in placed:
        found.append(("objectives", objective["number"], objective, area))
        found += [("actions", act["number"], act, area) for act in objective["actions"]]
    found += [("actions", act["number"], act, None) for act in plan.get("unplaced_actions", [])]
    return found


def every_entry():
    return [
        pytest.param(key, kind, number, id=f"{key}-{kind}-{number}")
        for key, plan in FRAMEWORKS.items()
        for kind, number, _, _ in plan_items(plan)
    ]


def test_every_plan_has_a_lexicon_for_exactly_its_items():
    assert set(LEXICONS) == set(FRAMEWORKS)
    for key, plan in FRAMEWORKS.items():
        expected = {(kind, number) for kind, number, _, _ in plan_items(plan)}
        lexicon = LEXICONS[key]
        kinds = ("areas", "objectives", "actions")
        found = {(kind, number) for kind in kinds for number in lexicon[kind]}
        assert found == expected, key


def test_cadiz_has_an_entry_for_each_of_its_10_objectives_and_29_actions():
    cadiz = LEXICONS["cadiz-2023-2027"]
    assert {n.rstrip("ab") for n in cadiz["objectives"]} == {str(n) for n in range(1, 11)}
    assert set(cadiz["actions"]) == {str(n) for n in range(1, 30)}


@pytest.mark.parametrize(("key", "kind", "number"), every_entry())
def test_each_item_has_three_terms_per_language(key, kind, number):
    entry = LEXICONS[key][kind][number]
    assert len(entry["en"]) >= 3 and len(entry["fr"]) >= 3, entry


@pytest.mark.parametrize(("key", "kind", "number"), every_entry())
def test_terms_are_normalised_distinct_and_specific(key, kind, number):
    entry = LEXICONS[key][kind][number]
    for language in ("en", "fr"):
        terms = entry[language]
        assert terms and all(term == normalise_term(term) and len(term) >= 3 for term in terms)
        assert len(terms) == len(set(terms)), terms
        assert not TOO_GENERIC & set(terms), terms


def test_items_sources_establish_have_terms_of_their_own_the_others_borrow():
    for key, plan in FRAMEWORKS.items():
        lexicon = LEXICONS[key]
        checked = 0
        for kind, number, item, _ in plan_items(plan):
            basis = lexicon[kind][number]["basis"]
            assert (basis == OWN) == item["established"], (key, kind, number, basis)
            checked += 1
        assert checked > 30


def test_borrowed_terms_come_from_the_items_named():
    cadiz = LEXICONS["cadiz-2023-2027"]
    assert cadiz["actions"]["1"]["basis"] == "objective 1"
    assert cadiz["actions"]["1"]["en"] == cadiz["objectives"]["1"]["en"]
    assert cadiz["actions"]["20"]["basis"] == "area 4, area 5"
    assert "migrant smuggling" in cadiz["actions"]["20"]["en"]
    assert "réadmission" in cadiz["actions"]["20"]["fr"]
    assert cadiz["actions"]["6"]["basis"] == OWN
    assert "talent partnerships" in cadiz["actions"]["6"]["en"]
    assert "partenariats pour les talents" in cadiz["actions"]["6"]["fr"]


def test_border_management_signals_the_border_objective_in_both_languages():
    marrakesh = LEXICONS["marrakesh-2018-2022"]["objectives"]["7"]
    assert "integrated border management" in marrakesh["en"]
    assert "gestion intégrée des frontières" in marrakesh["fr"]
    cadiz = LEXICONS["cadiz-2023-2027"]["objectives"]
    assert "border management" not in cadiz["4"]["en"]


def unlisted_shared_terms(lexicon, areas):
    """(term, first objective, second objective) for every term two objectives of one area
    share without the lexicon listing it as shared on purpose for that area."""
    found = []
    for area in areas:
        shared = lexicon["shared"].get(str(area["number"]), {})
        for language in ("en", "fr"):
            seen: dict[str, str] = {}
            for objective in area["objectives"]:
                number = objective["number"]
                for term in lexicon["objectives"][number][language]:
                    first = seen.setdefault(term, number)
                    if first != number and term not in shared.get(language, []):
                        found.append((term, first, number))
    return found


@pytest.mark.parametrize("key", FRAMEWORKS)
def test_objectives_of_one_area_share_no_term_unless_on_purpose(key):
    plan = FRAMEWORKS[key]
    assert sum(len(a["objectives"]) for a in plan["areas"]) >= 8
    assert unlisted_shared_terms(LEXICONS[key], plan["areas"]) == []


@pytest.mark.parametrize("key", FRAMEWORKS)
def test_terms_listed_as_shared_are_used_by_two_objectives_of_the_area(key):
    plan, lexicon = FRAMEWORKS[key], LEXICONS[key]
    assert lexicon["shared"], key
    for area in plan["areas"]:
        shared = lexicon["shared"].get(str(area["number"]), {})
        for language in ("en", "fr"):
            for term in shared.get(language, []):
                users = [
                    o["number"]
                    for o in area["objectives"]
                    if term in lexicon["objectives"][o["number"]][language]
                ]
                assert len(users) >= 2, (key, term, users)


def test_a_term_shared_without_being_listed_is_caught():
    areas = [{"number": 2, "objectives": [{"number": "3"}, {"number": "4"}]}]
    data = {
        "objectives": {
            "3": {"en": ["mobility schemes", "visa"], "fr": ["a b c"]},
            "4": {"en": ["visa", "visa issuance"], "fr": ["d e f"]},
        },
    }
    assert unlisted_shared_terms(resolve_lexicon("p", data), areas) == [("visa", "3", "4")]
    data["shared"] = {"2": {"en": ["visa"], "fr": []}}
    assert unlisted_shared_terms(resolve_lexicon("p", data), areas) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  Gestion   Intégrée des Frontières ", "gestion intégrée des frontières"),
        ("droits de l\u2019homme", "droits de l'homme"),
        ("Re\u0301adMission", "réadmission"),
    ],
)
def test_normalise_term(text, expected):
    assert normalise_term(text) == expected


def test_borrowing_from_an_unknown_or_borrowing_item_is_a_clear_error():
    with pytest.raises(LexiconError, match="objective 99"):
        resolve_lexicon("p", {"actions": {"1": {"from": ["objective 99"]}}})
    chained = {
        "objectives": {"1": {"from": ["area 1"]}},
        "areas": {"1": {"en": ["a b c"], "fr": ["a b c"]}},
        "actions": {"1": {"from": ["objective 1"]}},
    }
    with pytest.raises(LexiconError, match="objective 1"):
        resolve_lexicon("p", chained)


def test_a_plan_without_a_lexicon_file_is_a_clear_error():
    with pytest.raises(LexiconError, match="no lexicon for plan 'no-such-plan'"):
        plan_lexicon("no-such-plan")


def test_callers_cannot_alter_the_shared_data():
    first = plan_lexicon("cadiz-2023-2027")
    first["objectives"]["1"]["en"].append("changed")
    first["shared"]["3"]["en"].append("changed")
    again = plan_lexicon("cadiz-2023-2027")
    assert "changed" not in again["objectives"]["1"]["en"]
    assert "changed" not in again["shared"]["3"]["en"]
