"""The classifier's rules, one small case each (pure Python, no database)."""

from __future__ import annotations

import pytest

from processus.plans.classifier import MeetingText, PlanItem, classify, fold, plan_items
from processus.reference.lexicons import plan_lexicon

AREA_4 = PlanItem("area", "4", 1, ("border management", "gestion des frontières"))
OBJECTIVE_7 = PlanItem(
    "objective",
    "7",
    2,
    ("integrated border management", "border control", "gestion des frontières"),
    area="4",
)
OBJECTIVE_10 = PlanItem("objective", "10", 3, ("voluntary return", "retour volontaire"), area="5")
ACTION_15 = PlanItem("action", "15", 4, ("detection of smuggling",), area="4", objective="7")
BORROWED = PlanItem("objective", "8", 5, ("border management",), basis="area 4", area="4")
ITEMS = [AREA_4, OBJECTIVE_7, OBJECTIVE_10, ACTION_15, BORROWED]
BORDER = "Border control and integrated border management."
MADRID = "Partners met in Madrid. Integrated border management was the topic."


def found(meeting: MeetingText) -> dict[str, float]:
    return {f"{s.kind} {s.number}": s.score for s in classify(meeting, ITEMS)}


@pytest.mark.parametrize(
    ("meeting", "expected"),
    [
        # a term in the title is enough
        (MeetingText(1, title="Workshop on Border Management"), {"area 4"}),
        # French, accents folded both ways
        (MeetingText(1, title="Atelier sur la gestion des frontieres"), {"area 4", "objective 7"}),
        # one passage term is not enough, two are
        (MeetingText(1, passages=("We discussed border control.",)), set()),
        (
            MeetingText(1, passages=("Integrated border management and border control.",)),
            {"objective 7"},
        ),
        # the area's theme supports an objective named once in a passage
        (
            MeetingText(1, themes=("5",), passages=("A webinar on voluntary return.",)),
            {"objective 10"},
        ),
        (MeetingText(1, themes=("4",)), {"area 4"}),
        # a governance meeting's passages and themes weigh half: what counts for a workshop
        # does not for a Senior Officials' Meeting, which reviews the whole plan
        (MeetingText(1, themes=("4",), passages=(BORDER,)), {"area 4", "objective 7"}),
        (MeetingText(1, kind="senior_officials_meeting", themes=("4",), passages=(BORDER,)), set()),
        # an action with its objective suggested needs one of its own terms
        (
            MeetingText(1, title="Border control", passages=("Detection of smuggling at ports.",)),
            {"objective 7", "action 15"},
        ),
        (MeetingText(1, passages=("Detection of smuggling at ports.",)), set()),
        # a word inside another word is no match
        (MeetingText(1, title="Borders managements"), set()),
    ],
)
def test_rules(meeting, expected):
    assert set(found(meeting)) == expected


def test_items_whose_content_is_not_established_are_never_suggested():
    assert "objective 8" not in found(MeetingText(1, title="Border management", themes=("4",)))


def test_the_reason_names_the_terms_where_they_were_found_and_the_passage():
    meeting = MeetingText(1, title="Border control", passages=(MADRID,))
    suggestion = next(s for s in classify(meeting, ITEMS) if s.number == "7")
    assert suggestion.matches == [
        ("integrated border management", "passage"),
        ("border control", "title"),
    ]
    assert suggestion.fields == ["title", "passage"]
    assert suggestion.passage == "Border control"
    reason = suggestion.reason()
    assert reason["terms"] == ["integrated border management", "border control"]
    assert suggestion.score == 3.0


def test_the_passage_in_a_reason_is_the_original_text_around_the_term():
    long = (
        "Préambule. " * 40
        + "La réunion portait sur le retour volontaire des migrants. "
        + "Suite. " * 40
    )
    suggestion = next(
        s
        for s in classify(MeetingText(1, themes=("5",), passages=(long,)), ITEMS)
        if s.number == "10"
    )
    assert "retour volontaire" in suggestion.passage and suggestion.passage.startswith("…")
    assert len(suggestion.passage) < 400


def test_fold_keeps_offsets():
    text = "Réadmission d’un Élève"
    assert fold(text) == "readmission d'un eleve" and len(fold(text)) == len(text)


def test_the_cadiz_lexicon_gives_own_terms_to_established_items_only():
    lexicon = plan_lexicon("cadiz-2023-2027")
    pks = {("objective", n): i for i, n in enumerate(["1", "7", "10"])} | {("action", "3"): 9}
    items = {f"{i.kind} {i.number}": i for i in plan_items(lexicon, pks)}
    assert set(items) == {"objective 1", "objective 7", "objective 10", "action 3"}
    assert items["objective 7"].established is False  # borrows the terms of area 4
    assert items["objective 10"].established and "retour volontaire" in items["objective 10"].terms
