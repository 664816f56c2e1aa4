"""A small plan built in code: 2 areas, objectives 1, 5a, 5b (two objectives as the plan
counts them), actions 1-3 and a plan total of 4 actions; a dialogue, two countries
and a chairmanship."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.core.cache import cache

from processus.kb.models import (
    Action,
    Actor,
    Area,
    Chairmanship,
    Dialogue,
    Framework,
    Meeting,
    MeetingRole,
    Objective,
)
from processus.kb.operations import create_editor


@dataclass
class Plan:
    dialogue: Dialogue
    framework: Framework
    areas: dict[int, Area]
    objectives: dict[str, Objective]
    actions: dict[str, Action]
    spain: Actor
    ghana: Actor


@pytest.fixture(autouse=True)
def _empty_cache() -> None:
    cache.clear()


@pytest.fixture
def plan(db) -> Plan:
    rabat = Dialogue.objects.create(key="rabat-process", name="Rabat Process")
    framework = Framework.objects.create(
        key="test-plan", dialogue=rabat, name="Test Plan", period_start=2023, period_end=2027,
        actions_total=4,
    )  # fmt: skip
    areas = {
        n: Area.objects.create(framework=framework, number=n, title=f"Area {n}") for n in (1, 3)
    }
    objectives = {
        number: Objective.objects.create(
            framework=framework,
            area=areas[area],
            number=number,
            title=f"Objective {number}",
            position=position,
        )
        for position, (number, area) in enumerate((("1", 1), ("5a", 3), ("5b", 3)))
    }
    actions = {
        number: Action.objects.create(
            objective=objectives[objective], number=number, position=int(number)
        )
        for number, objective in (("1", "1"), ("2", "1"), ("3", "5a"))
    }
    spain = Actor.objects.create(key="spain", kind="country", name="Spain", iso_code="ES")
    ghana = Actor.objects.create(key="ghana", kind="country", name="Ghana", iso_code="GH")
    Chairmanship.objects.create(
        dialogue=rabat, actor=ghana, start=dt.date(2024, 1, 1), end=dt.date(2024, 1, 1)
    )
    return Plan(rabat, framework, areas, objectives, actions, spain, ghana)


def meeting(plan: Plan, start: dt.date, title: str = "", host: Actor | None = None) -> Meeting:
    created = Meeting.objects.create(start=start, end=start, title=title)
    created.dialogues.add(plan.dialogue)
    if host is not None:
        MeetingRole.objects.create(meeting=created, actor=host, role=MeetingRole.Role.HOST)
    return created


@pytest.fixture
def editor(db):
    return create_editor("amina", "amina@example.org", "a-long-pass-123")


CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"


@pytest.fixture
def corpus_db(db, settings, tmp_path):
    """The example corpus, ingested for real (a few seconds); ingestion suggests the links."""
    from processus.kb.ingest import ingest
    from processus.kb.reference_loader import load_reference_data

    settings.MEDIA_ROOT = tmp_path / "media"
    load_reference_data()
    report = ingest([CORPUS])
    assert not report.failed
