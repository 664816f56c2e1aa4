"""``load-reference`` and the action plans' content: counts, sources, editors' changes kept."""

from __future__ import annotations

import copy

import pytest

from processus import reference
from processus.kb.models import Action, Area, Framework, Objective
from processus.kb.reference_loader import load_reference_data

pytestmark = pytest.mark.django_db

PLAN_MODELS = (Framework, Area, Objective, Action)


@pytest.fixture
def loaded():
    return load_reference_data()


def snapshot():
    return {model.__name__: list(model.objects.order_by("pk").values()) for model in PLAN_MODELS}


def edited_frameworks(monkeypatch, change):
    """Make ``reference.frameworks()`` return a copy of the files changed by ``change``."""
    frameworks = copy.deepcopy(reference.frameworks())
    change({f["key"]: f for f in frameworks})
    monkeypatch.setattr(reference, "frameworks", lambda: frameworks)


def test_cadiz_has_5_areas_10_objectives_and_29_actions(loaded):
    cadiz = Framework.objects.get(key="cadiz-2023-2027")
    assert cadiz.areas.count() == 5
    objectives = list(cadiz.objectives.all())
    assert len({o.base_number for o in objectives}) == 10 == cadiz.objectives_total
    assert [o.number for o in objectives if o.number.startswith("5")] == ["5a", "5b"]
    assert cadiz.actions.count() == 29 == cadiz.actions_total
    assert sorted(int(a.number) for a in cadiz.actions.all()) == list(range(1, 30))


@pytest.mark.parametrize("key", ["cadiz-2023-2027", "marrakesh-2018-2022"])
def test_every_item_has_a_title_and_source_or_is_marked_to_be_completed(loaded, key):
    framework = Framework.objects.get(key=key)
    items = [*framework.areas.all(), *framework.objectives.all(), *framework.actions.all()]
    assert len(items) > 30
    for item in items:
        assert item.source_url.startswith("https://"), item
        if item.established:
            assert item.title and item.title_fr, item
        else:
            assert item.title == item.title_fr == "", item
    assert any(not item.established for item in items)


def test_items_sit_where_the_sources_place_them(loaded):
    cadiz = Framework.objects.get(key="cadiz-2023-2027")
    action = {a.number: a for a in cadiz.actions.select_related("objective")}
    assert action["3"].objective.number == "1" and action["3"].established
    assert action["6"].objective.number == "3"
    assert "Talent Partnerships" in action["6"].title
    unplaced = [a.number for a in cadiz.actions.filter(objective=None)]
    assert unplaced == [str(n) for n in range(20, 30)]
    objective = {o.number: o for o in cadiz.objectives.select_related("area")}
    assert objective["7"].area.number == 4 and objective["10"].area.number == 5
    assert objective["8"].area is None and objective["9"].area is None
    assert "réintégration" in objective["10"].title_fr
    # Actions are kept in the plan's order, unplaced ones last.
    assert [a.number for a in cadiz.actions.all()][:3] == ["1", "2", "3"]


def test_marrakesh_has_its_23_actions_under_its_10_objectives(loaded):
    marrakesh = Framework.objects.get(key="marrakesh-2018-2022")
    assert marrakesh.objectives.count() == 10 == marrakesh.objectives_total
    assert marrakesh.actions.count() == 23 == marrakesh.actions_total
    assert not marrakesh.actions.filter(objective=None).exists()
    border = marrakesh.objectives.get(number="7")
    assert [a.number for a in border.actions.all()] == ["15", "16", "17"]
    assert border.area.number == 4


def test_a_second_load_changes_nothing(loaded):
    assert loaded.changed > 0
    before = snapshot()
    second = load_reference_data()
    assert second.changed == 0
    assert second.warnings == []
    assert snapshot() == before


def test_an_editors_title_is_kept_and_the_files_still_move_other_fields(loaded, monkeypatch):
    objective = Objective.objects.get(framework__key="cadiz-2023-2027", number="1")
    objective.title = "Edited by an editor"
    objective.save()

    def change(plans):
        entry = plans["cadiz-2023-2027"]["areas"][0]["objectives"][0]
        entry["title"] = "New title from the files"
        entry["title_fr"] = "Nouveau titre"

    edited_frameworks(monkeypatch, change)
    report = load_reference_data()
    objective.refresh_from_db()
    assert objective.title == "Edited by an editor"
    assert objective.title_fr == "Nouveau titre"
    assert any("kept as an editor set it" in w and "objective 1" in w for w in report.warnings)
    # Loading the same files again neither moves the editor's value nor warns again.
    again = load_reference_data()
    objective.refresh_from_db()
    assert objective.title == "Edited by an editor"
    assert again.changed == 0 and again.warnings == []


def test_an_editor_placing_an_action_is_not_undone(loaded):
    objective = Objective.objects.get(framework__key="cadiz-2023-2027", number="7")
    action = Action.objects.get(framework__key="cadiz-2023-2027", number="20")
    action.objective = objective
    action.save()
    report = load_reference_data()
    action.refresh_from_db()
    assert action.objective == objective
    assert report.changed == 0


def test_an_edited_file_moves_values_nobody_edited(loaded, monkeypatch):
    def change(plans):
        plans["cadiz-2023-2027"]["unplaced_actions"][0].update(
            title="Action 20 title", title_fr="Titre de l'action 20", established=True
        )

    edited_frameworks(monkeypatch, change)
    report = load_reference_data()
    action = Action.objects.get(framework__key="cadiz-2023-2027", number="20")
    assert (action.title, action.title_fr, action.established) == (
        "Action 20 title",
        "Titre de l'action 20",
        True,
    )
    assert report.warnings == []


def test_rows_loaded_before_values_were_recorded_follow_the_files(loaded):
    Objective.objects.filter(number="2").update(title="Old title", reference_values={})
    load_reference_data()
    titles = set(Objective.objects.filter(number="2").values_list("title", flat=True))
    assert titles == {"Understand the root causes of irregular migration and forced displacement"}


def test_an_action_created_under_an_objective_belongs_to_its_plan(loaded):
    objective = Objective.objects.get(framework__key="marrakesh-2018-2022", number="9")
    action = Action.objects.create(objective=objective, number="99", title="Added by hand")
    assert action.framework.key == "marrakesh-2018-2022"
