"""Meeting results read as one line in the reader's language, not as index text."""

import datetime as dt

import pytest
from django.utils import translation

from processus.search.engine import meeting_summary
from tests.web.factories import (
    CountryFactory,
    DialogueFactory,
    MeetingFactory,
    MeetingRoleFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def meeting():
    spain = CountryFactory(name="Spain", name_fr="Espagne")
    morocco = CountryFactory(name="Morocco", name_fr="Maroc")
    meeting = MeetingFactory(
        kind="technical_meeting",
        start=dt.date(2019, 7, 1),
        end=dt.date(2019, 7, 2),
        city="Madrid",
        country=spain,
    )
    meeting.dialogues.add(DialogueFactory(name="Rabat Process", name_fr="Processus de Rabat"))
    MeetingRoleFactory(meeting=meeting, actor=spain, role="host")
    MeetingRoleFactory(meeting=meeting, actor=morocco, role="chair", position=1)
    return meeting


def test_summary_in_english(meeting):
    with translation.override("en"):
        summary = meeting_summary(meeting)
    assert summary == (
        "technical meeting · 2019-07-01 – 2019-07-02 · Madrid, Spain · Rabat Process"
        " · hosted by Spain · chaired by Morocco"
    )


def test_summary_in_french_names_countries_and_dialogues_in_french(meeting):
    with translation.override("fr"):
        summary = meeting_summary(meeting)
    assert "Madrid, Espagne" in summary
    assert "Processus de Rabat" in summary
    assert "Maroc" in summary
    assert "Spain" not in summary
