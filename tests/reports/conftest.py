"""Two records for the report tests.

``small_plan`` is built in code (a dialogue, a plan of 2 areas, objectives 1, 5a, 5b and
actions 1-3 of 4, a chairmanship, a few meetings, links and outcomes), so each figure
can be checked by hand. ``demo_record`` is the example corpus the demo ingests, loaded
once per module inside a transaction that is rolled back at the end, so the tests that
render it share one ingestion (a dozen seconds) and leave nothing behind.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from django.core.cache import cache
from django.db import transaction

from processus.kb.models import (
    Action,
    Actor,
    Area,
    Chairmanship,
    Dialogue,
    Framework,
    Meeting,
    MeetingLink,
    MeetingRole,
    Objective,
    Outcome,
)


@dataclass
class SmallPlan:
    dialogue: Dialogue
    framework: Framework
    objectives: dict[str, Objective]
    actions: dict[str, Action]
    meetings: dict[str, Meeting]
    portugal: Actor
    ghana: Actor


@pytest.fixture(autouse=True)
def _empty_cache() -> None:
    cache.clear()


def _meeting(
    dialogue: Dialogue, title: str, start: dt.date, country: Actor | None, **kw
) -> Meeting:
    m = Meeting.objects.create(
        title=title, start=start, city=kw.pop("city", ""), country=country, **kw
    )
    m.dialogues.add(dialogue)
    return m


@pytest.fixture
def small_plan(db) -> SmallPlan:
    rabat = Dialogue.objects.create(key="rabat-process", name="Rabat Process")
    other = Dialogue.objects.create(key="khartoum-process", name="Khartoum Process")
    framework = Framework.objects.create(
        key="small-plan", dialogue=rabat, name="Small Plan", name_fr="Petit plan",
        period_start=2023, period_end=2025, objectives_total=2, actions_total=4,
    )  # fmt: skip
    areas = {
        n: Area.objects.create(
            framework=framework, number=n, title=f"Area title {n}", title_fr=f"Domaine {n} fr"
        )
        for n in (1, 3)
    }
    objectives = {}
    for position, (number, area) in enumerate((("1", 1), ("5a", 3), ("5b", 3))):
        objectives[number] = Objective.objects.create(
            framework=framework, area=areas[area], number=number, position=position,
            title=f"Objective {number}", title_fr=f"Objectif {number}",
        )  # fmt: skip
    actions = {
        number: Action.objects.create(
            framework=framework,
            objective=objectives[objective],
            number=number,
            position=int(number),
            title=f"Action {number}",
        )
        for number, objective in (("1", "1"), ("2", "1"), ("3", "5a"))
    }
    portugal = Actor.objects.create(key="portugal", kind="country", name="Portugal", iso_code="PT")
    ghana = Actor.objects.create(key="ghana", kind="country", name="Ghana", iso_code="GH")
    Chairmanship.objects.create(
        dialogue=rabat, actor=portugal, start=dt.date(2024, 2, 1), start_precision="day",
        end=dt.date(2025, 1, 31), end_precision="day",
    )  # fmt: skip
    Chairmanship.objects.create(
        dialogue=rabat, actor=ghana, start=dt.date(2019, 1, 1), end=dt.date(2019, 12, 31)
    )
    meetings = {
        "lisbon": _meeting(rabat, "Lisbon workshop", dt.date(2024, 3, 5), portugal,
                           city="Lisbon", kind="workshop"),
        "accra": _meeting(rabat, "Accra SOM", dt.date(2024, 11, 20), ghana,
                          city="Accra", kind="senior_officials_meeting"),
        "accra2": _meeting(rabat, "Accra thematic meeting", dt.date(2025, 6, 2), ghana,
                           city="Accra", kind="thematic_meeting"),
        "early": _meeting(rabat, "Before the plan", dt.date(2022, 5, 1), portugal, city="Porto"),
        "khartoum": _meeting(other, "Khartoum meeting", dt.date(2024, 4, 1), None),
    }  # fmt: skip
    MeetingRole.objects.create(meeting=meetings["lisbon"], actor=portugal, role="host")
    MeetingRole.objects.create(meeting=meetings["lisbon"], actor=portugal, role="chair")
    MeetingRole.objects.create(meeting=meetings["lisbon"], actor=ghana, role="chair", position=1)
    MeetingRole.objects.create(meeting=meetings["accra"], actor=ghana, role="host")
    MeetingLink.objects.create(meeting=meetings["lisbon"], action=actions["1"])
    MeetingLink.objects.create(
        meeting=meetings["accra"], objective=objectives["5b"], source=MeetingLink.Source.CONFIRMED
    )
    MeetingLink.objects.create(meeting=meetings["accra2"], objective=objectives["1"])
    MeetingLink.objects.create(meeting=meetings["early"], objective=objectives["5a"])
    Outcome.objects.create(
        meeting=meetings["accra"], kind="recommendation", number=1, text="Share data on returns.",
        follow_up_status=Outcome.FollowUp.DONE,
    )  # fmt: skip
    Outcome.objects.create(
        meeting=meetings["accra"], kind="recommendation", number=2, text="Meet again in 2025.",
        follow_up_status=Outcome.FollowUp.OPEN,
    )  # fmt: skip
    Outcome.objects.create(meeting=meetings["early"], kind="conclusion", text="Out of scope.")
    return SmallPlan(rabat, framework, objectives, actions, meetings, portugal, ghana)


@pytest.fixture(scope="module")
def demo_record(django_db_setup, django_db_blocker) -> Iterator[None]:
    """The example corpus ingested as ``processus demo`` does, rolled back after the module."""
    from processus.commands.demo import demo_corpus
    from processus.commands.ingest import ingest_with_progress
    from processus.kb.reference_loader import load_reference_data

    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            load_reference_data()
            report = ingest_with_progress([str(demo_corpus())], 1, None, quiet=True)
            assert report.failed == []
            yield
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
