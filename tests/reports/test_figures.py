"""The report's figures, checked by hand on a small plan built in code."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import translation

from processus.outcomes.models import Tracking
from processus.plans.coverage import plan_coverage
from processus.reports.figures import ReportError, build_report, report_facts
from processus.reports.rendering import make_report

pytestmark = pytest.mark.django_db

PERIOD = {"start": dt.date(2023, 1, 1), "end": dt.date(2025, 12, 31)}


def test_a_period_report_counts_the_dialogues_meetings_and_the_coverage(small_plan):
    report = build_report("small-plan", **PERIOD)
    # the Khartoum meeting (another dialogue, no link) and the 2022 one (before) are out
    assert [m.title for m in report.meetings] == [
        "Lisbon workshop", "Accra SOM", "Accra thematic meeting",
    ]  # fmt: skip
    s = report.summary
    assert (s.meetings, s.meetings_addressing, s.countries) == (3, 3, 2)
    # objective 1 (via action 1 and directly) and 5 (5b, confirmed): 2 of 2, 1 confirmed
    assert (s.objectives_addressed, s.objectives_confirmed, s.objectives_total) == (2, 1, 2)
    assert (s.actions_addressed, s.actions_confirmed, s.actions_total) == (1, 0, 4)
    assert (s.areas_addressed, s.areas_total) == (2, 2)
    same = plan_coverage("small-plan", **PERIOD)
    assert (same.objectives_addressed, same.actions_addressed) == (2, 1)
    assert report_facts(report)["objectives_confirmed"] == 1


def test_the_heat_map_counts_meetings_per_objective_and_year(small_plan):
    report = build_report("small-plan", **PERIOD)
    assert report.heat_years == [2023, 2024, 2025]
    rows = {row.number: row for row in report.heat_rows}
    assert [(y, n) for y, n, _level in rows["1"].cells] == [(2023, 0), (2024, 1), (2025, 1)]
    assert [(y, n) for y, n, _level in rows["5b"].cells] == [(2023, 0), (2024, 1), (2025, 0)]
    assert [n for _y, n, _level in rows["5a"].cells] == [0, 0, 0]  # its 2022 link is out
    assert rows["1"].total == 2
    levels = [level for row in report.heat_rows for _y, n, level in row.cells if n]
    assert levels and all(level == 4 for level in levels)  # one meeting is the busiest cell
    assert all(level == 0 for row in report.heat_rows for _y, n, level in row.cells if not n)
    assert report.objective_gaps == [("5a", "Objective 5a")]
    assert report.action_gaps == ["2", "3"]


def test_charts_data_per_year_kind_and_area(small_plan):
    report = build_report("small-plan", **PERIOD)
    assert report.per_year == [("2023", 0), ("2024", 2), ("2025", 1)]
    assert sorted(report.per_kind) == [
        ("senior officials' meeting", 1), ("thematic meeting", 1), ("workshop", 1),
    ]  # fmt: skip
    assert report.per_area == [("Area 1: Area title 1", 2), ("Area 3: Area title 3", 1)]


def test_host_countries_and_roles(small_plan):
    report = build_report("small-plan", **PERIOD)
    countries = {c.name: (c.held, c.hosted, c.chaired) for c in report.countries}
    assert countries == {"Ghana": (2, 1, 1), "Portugal": (1, 1, 1)}
    lisbon = report.meetings[0]
    assert (lisbon.city, lisbon.country) == ("Lisbon", "Portugal")
    assert (lisbon.hosts, lisbon.chairs) == (["Portugal"], ["Portugal", "Ghana"])
    assert lisbon.addresses is True


def test_outcomes_of_the_meetings_in_scope_with_status_and_owner(small_plan):
    done = small_plan.meetings["accra"].outcomes.get(number=1)
    Tracking.objects.create(outcome=done, owner="Secretariat")
    report = build_report("small-plan", **PERIOD)
    assert [(o.number, o.status, o.owner) for o in report.outcomes] == [
        (1, "done", "Secretariat"), (2, "open", ""),
    ]  # fmt: skip
    assert report.summary.outcomes == 2  # the 2022 meeting's conclusion is out of scope
    assert [(s, n) for s, _label, n in report.summary.outcomes_by_status] == [
        ("open", 1), ("done", 1),
    ]  # fmt: skip


def test_a_chairmanship_report_keeps_the_chairs_months_within_the_plan(small_plan):
    report = build_report("small-plan", chairmanship="Portugal")
    assert report.scope == "chairmanship" and report.chairmanship == "Portugal"
    assert report.periods == [(dt.date(2024, 2, 1), dt.date(2025, 1, 31))]
    assert [m.title for m in report.meetings] == ["Lisbon workshop", "Accra SOM"]
    assert report.heat_years == [2024, 2025]
    assert (report.summary.objectives_addressed, report.summary.actions_addressed) == (2, 1)
    assert "Portugal" in report.title


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"chairmanship": "Ghana"}, "Ghana did not chair the dialogue during the plan's period"),
        ({"chairmanship": "Atlantis"}, "unknown country or organisation: 'Atlantis'"),
        ({"chairmanship": "PT", "start": dt.date(2024, 1, 1)}, "not both"),
        ({"start": dt.date(2025, 1, 1), "end": dt.date(2024, 1, 1)}, "before it starts"),
    ],
)
def test_questions_a_report_cannot_answer_say_why(small_plan, kwargs, message):
    with pytest.raises(ReportError, match=message):
        build_report("small-plan", **kwargs)


def test_an_unknown_plan_is_named(db):
    with pytest.raises(ReportError, match="unknown action plan: 'nope'"):
        build_report("nope")


def test_a_french_report_has_french_titles_and_labels(small_plan):
    report = make_report("small-plan", **PERIOD, language="fr")
    assert report.plan_name == "Petit plan"
    assert report.per_area[0][0].endswith("Domaine 1 fr")
    assert {r.title for r in report.heat_rows} == {"Objectif 1", "Objectif 5a", "Objectif 5b"}
    assert ("atelier", 1) in report.per_kind
    with translation.override("en"):
        english = build_report("small-plan", **PERIOD)
    assert english.plan_name == "Small Plan" and ("workshop", 1) in english.per_kind


def test_each_addressed_objective_lists_its_meetings_with_status_and_reason(small_plan):
    report = build_report("small-plan", **PERIOD)
    listed = {number: rows for number, _title, rows in report.addressed_objectives}
    assert sorted(listed) == ["1", "5b"]
    by_title = {row.title: row for row in listed["1"]}
    assert set(by_title) == {"Lisbon workshop", "Accra thematic meeting"}
    assert (by_title["Lisbon workshop"].via_action, by_title["Lisbon workshop"].confirmed) == (
        "1",
        False,
    )
    assert by_title["Accra thematic meeting"].via_action == ""
    (accra,) = listed["5b"]
    assert accra.confirmed and accra.reason == "added or confirmed by an editor"
