"""Coverage counts suggested and confirmed links, confirmed beside; rolls up; answers questions."""

from __future__ import annotations

import datetime as dt

import pytest

from processus.kb.models import MeetingLink
from processus.plans.coverage import CoverageError, plan_coverage
from processus.plans.models import LinkSuggestion
from processus.plans.operations import decide_link
from tests.plans.conftest import meeting

pytestmark = pytest.mark.django_db


def _link(m, source=MeetingLink.Source.EXTRACTED, **target):
    MeetingLink.objects.create(meeting=m, source=source, **target)


def test_an_unlinked_plan_is_all_gaps(plan):
    result = plan_coverage("test-plan")
    assert (result.objectives_addressed, result.objectives_total) == (0, 2)
    assert (result.actions_addressed, result.actions_total) == (0, 4)
    assert [o.number for o in result.objective_gaps] == ["1", "5a", "5b"]
    assert len(result.action_gaps) == 3


def test_action_links_address_their_objective_and_area_and_parts_count_once(plan):
    first = meeting(plan, dt.date(2024, 3, 1), "Workshop on diaspora investment")
    second = meeting(plan, dt.date(2025, 5, 2), "Protection meeting")
    _link(first, action=plan.actions["1"])
    _link(second, objective=plan.objectives["5a"])
    _link(second, source=MeetingLink.Source.CONFIRMED, objective=plan.objectives["5b"])
    LinkSuggestion.objects.create(
        meeting=first, framework=plan.framework, action=plan.actions["1"], score=3.0,
        reason={"terms": ["diaspora investment"], "fields": ["title"],
                "passage": "Workshop on diaspora investment"},
    )  # fmt: skip
    result = plan_coverage("test-plan")
    # objective 1 (through action 1) and objective 5 (5a, 5b): 2 of 2; 5b is confirmed
    assert (result.objectives_addressed, result.objectives_confirmed) == (2, 1)
    assert (result.actions_addressed, result.actions_confirmed, result.actions_total) == (1, 0, 4)
    assert (result.areas_addressed, result.areas_confirmed) == (2, 1)
    objective_1 = result.objectives[0]
    assert [m.meeting_id for m in objective_1.meetings] == [first.pk]
    assert objective_1.meetings[0].via == "action 1"
    action_1 = result.actions[0]
    assert action_1.meetings[0].status == "suggested"
    assert '"diaspora investment"' in action_1.meetings[0].reason
    assert "Workshop on diaspora investment" in action_1.meetings[0].reason
    data = result.as_json()
    assert data["objectives"][0]["meeting_ids"] == [first.pk]
    assert data["objectives_total"] == 2 and data["actions_total"] == 4
    assert [o["number"] for o in data["objectives"] if not o["addressed"]] == []
    assert [a["number"] for a in data["actions"] if not a["addressed"]] == ["2", "3"]


def test_rejecting_a_link_removes_it_from_coverage_and_confirming_counts_it(plan, editor):
    m = meeting(plan, dt.date(2024, 3, 1))
    _link(m, action=plan.actions["3"])
    assert plan_coverage("test-plan").actions_addressed == 1
    decide_link(m.pk, "action", plan.actions["3"].pk, "rejected", editor)
    assert plan_coverage("test-plan").actions_addressed == 0
    decide_link(m.pk, "action", plan.actions["2"].pk, "confirmed", editor, note="agenda item 2")
    result = plan_coverage("test-plan")
    assert (result.actions_addressed, result.actions_confirmed) == (1, 1)
    assert result.actions[1].meetings[0].reason == "agenda item 2"


def test_period_chairmanship_country_and_dialogue(plan):
    early = meeting(plan, dt.date(2023, 6, 1), host=plan.spain)
    chaired = meeting(plan, dt.date(2024, 6, 1), host=plan.ghana)
    for m in (early, chaired):
        _link(m, objective=plan.objectives["1"])
    _link(early, objective=plan.objectives["5b"])
    assert plan_coverage("test-plan").objectives_addressed == 2
    assert plan_coverage("test-plan", start=dt.date(2024, 1, 1)).objectives_addressed == 1
    under_ghana = plan_coverage("test-plan", chairmanship="Ghana")
    assert under_ghana.meeting_ids == [chaired.pk]
    assert under_ghana.chairmanship_periods == [(dt.date(2024, 1, 1), dt.date(2024, 12, 31))]
    assert plan_coverage("test-plan", country="ES").meeting_ids == [early.pk]
    assert plan_coverage("test-plan", country="spain").objectives_addressed == 2
    assert plan_coverage("test-plan", dialogue="rabat-process").objectives_addressed == 2


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"plan_key": "nope"}, "unknown action plan: 'nope'"),
        ({"plan_key": "test-plan", "dialogue": "x"}, "unknown dialogue: 'x'"),
        ({"plan_key": "test-plan", "country": "Atlantis"}, "unknown country or organisation"),
        ({"plan_key": "test-plan", "chairmanship": "Spain"}, "Spain has no chairmanship"),
        (
            {"plan_key": "test-plan", "start": dt.date(2025, 1, 1), "end": dt.date(2024, 1, 1)},
            "ends (2024-01-01) before it starts",
        ),
    ],
)
def test_questions_that_cannot_be_answered_say_why(plan, arguments, message):
    with pytest.raises(CoverageError, match=message.replace("(", r"\(").replace(")", r"\)")):
        plan_coverage(arguments.pop("plan_key"), **arguments)
