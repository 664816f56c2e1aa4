import copy

import pytest

from processus import reference
from processus.kb.models import (
    Actor,
    ActorAlias,
    Area,
    Chairmanship,
    Dialogue,
    Framework,
    Membership,
)
from processus.kb.reference_loader import ReferenceDataError, load_reference_data
from processus.kb.text import fold

pytestmark = pytest.mark.django_db


@pytest.fixture
def loaded():
    return load_reference_data()


def test_everything_in_the_files_is_loaded(loaded):
    assert Actor.objects.filter(kind="country").count() == len(reference.countries())
    assert Actor.objects.filter(kind="organisation").count() == len(reference.organisations())
    assert Dialogue.objects.count() == len(reference.dialogues())
    assert Framework.objects.count() == len(reference.frameworks())
    partnerships = reference.partnerships()
    assert Membership.objects.count() == len(partnerships["memberships"])
    assert Chairmanship.objects.count() == len(partnerships["chairmanships"])
    assert loaded.warnings == []


def test_loading_twice_changes_nothing(loaded):
    before = {
        model.__name__: list(model.objects.order_by("pk").values())
        for model in (Actor, ActorAlias, Dialogue, Membership, Chairmanship, Framework, Area)
    }
    second = load_reference_data()
    assert second.changed == 0
    after = {
        model.__name__: list(model.objects.order_by("pk").values())
        for model in (Actor, ActorAlias, Dialogue, Membership, Chairmanship, Framework, Area)
    }
    assert after == before


@pytest.mark.parametrize(
    ("alias", "key"),
    [
        ("Côte d'Ivoire", "ci"),
        ("Cote d'Ivoire", "ci"),
        ("Ivory Coast", "ci"),
        ("Kingdom of Morocco", "ma"),
        ("Maroc", "ma"),
        ("Cape Verde", "cv"),
        ("Cabo Verde", "cv"),
        ("the Gambia", "gm"),
        ("Espagne", "es"),
        ("ICMPD", "icmpd"),
        ("International Centre for Migration Policy Development", "icmpd"),
    ],
)
def test_aliases_resolve_to_one_actor(loaded, alias, key):
    assert ActorAlias.objects.get(normalized=fold(alias)).actor.key == key


def test_rabat_process_has_its_partners_and_a_chair(loaded):
    rabat = Dialogue.objects.get(key="rabat-process")
    assert rabat.name_fr == "Processus de Rabat"
    assert rabat.memberships.filter(role="partner").exists()
    assert rabat.chairmanships.exists()


def test_an_edited_file_updates_rows_in_place(loaded, monkeypatch):
    countries = copy.deepcopy(reference.countries())
    for entry in countries:
        if entry["code"] == "MA":
            entry["name_fr"] = "Royaume du Maroc (test)"
            entry["aliases"] = [*entry["aliases"], "Al-Maghrib (test)"]
    monkeypatch.setattr(reference, "countries", lambda: countries)
    pk = Actor.objects.get(key="ma").pk
    report = load_reference_data()
    morocco = Actor.objects.get(key="ma")
    assert morocco.pk == pk
    assert morocco.name_fr == "Royaume du Maroc (test)"
    assert ActorAlias.objects.get(normalized=fold("al-maghrib (test)")).actor == morocco
    assert report.changed == 3  # the country, its new alias and its new French name


def test_an_alias_claimed_by_two_actors_is_reported_not_moved(loaded, monkeypatch):
    countries = copy.deepcopy(reference.countries())
    for entry in countries:
        if entry["code"] == "ES":
            entry["aliases"] = [*entry["aliases"], "Maroc"]
    monkeypatch.setattr(reference, "countries", lambda: countries)
    report = load_reference_data()
    assert ActorAlias.objects.get(normalized="maroc").actor.key == "ma"
    assert any("Maroc" in warning for warning in report.warnings)


def test_unknown_actor_in_partnerships_is_a_clear_error_and_nothing_is_written(monkeypatch):
    partnerships = copy.deepcopy(reference.partnerships())
    partnerships["memberships"].append(
        {"dialogue": "rabat-process", "actor": "zz-unknown", "role": "partner"}
    )
    monkeypatch.setattr(reference, "partnerships", lambda: partnerships)
    with pytest.raises(ReferenceDataError, match="zz-unknown"):
        load_reference_data()
    assert not Actor.objects.exists()


def test_objectives_keep_their_order_and_unplaced_ones_are_kept(loaded):
    for entry in reference.frameworks():
        expected = [
            str(objective["number"])
            for area in entry.get("areas", [])
            for objective in area.get("objectives", [])
        ] + [str(objective["number"]) for objective in entry.get("unplaced_objectives", [])]
        framework = Framework.objects.get(key=entry["key"])
        assert list(framework.objectives.values_list("number", flat=True)) == expected


def test_cadiz_action_plan_counts_ten_objectives(loaded):
    cadiz = Framework.objects.get(key="cadiz-2023-2027")
    assert cadiz.areas.count() == 5
    assert cadiz.objectives.values("number").distinct().count() >= 10
    assert cadiz.actions_total == 29


def test_chairmanship_with_year_end_ends_on_the_last_day(loaded):
    for chairmanship in Chairmanship.objects.filter(end_precision="year", end__isnull=False):
        assert (chairmanship.end.month, chairmanship.end.day) == (12, 31)


def test_partners_keep_the_side_the_dialogue_counts_them_on(loaded):
    rabat = Dialogue.objects.get(key="rabat-process")
    partners = rabat.memberships.filter(role="partner", until="")
    assert partners.get(actor__key="cy").group == "europe"
    assert partners.get(actor__key="sn").group == "africa"
    assert partners.filter(group="africa").count() + partners.filter(group="europe").count() == (
        partners.count()
    )
