"""Everything the meeting page and the country page show, for a meeting with much of it.

Written before these pages read their rows with hand-written SQL: the same assertions
prove that no part (roles, dialogues, evidence from two documents, conflicts, the
editor's correction, plan links, outcomes, related meetings, the history, French
names and titles) was lost in the change.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client

from processus.kb.models import MeetingRole, Outcome
from processus.kb.operations import correct_meeting

from .conftest import World, page_text
from .factories import DocumentFactory, EvidenceFactory, MeetingFactory, MeetingRoleFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def rich(world: World, editor) -> World:
    """The SOM with two dialogues, evidence from a second document, a correction, an
    outcome, a meeting of the same series before it, and French plan titles."""
    som = world.som
    som.dialogues.add(world.khartoum)
    report = DocumentFactory(
        title="Report of the SOM",
        text="The hybrid meeting gathered 120 delegates.",
        kind="report",
        language="en",
        document_date=dt.date(2024, 7, 1),
    )
    EvidenceFactory(
        meeting=som, document=report, field="participants", value=120, quote="120 delegates"
    )
    EvidenceFactory(meeting=som, document=report, field="format", value="hybrid", quote="hybrid")
    correct_meeting(som, editor, {"participants": 130}, "Attendance list")
    Outcome.objects.create(
        meeting=som, kind=Outcome.Kind.RECOMMENDATION, number=1, text="Share border data"
    )
    earlier = MeetingFactory(
        kind="senior_officials_meeting",
        title="Earlier SOM",
        start=dt.date(2023, 3, 2),
        city="Madrid",
        dialogues=[world.rabat, world.khartoum],
    )
    MeetingRoleFactory(meeting=earlier, actor=world.morocco, role=MeetingRole.Role.CHAIR)
    world.area_2.title_fr = "Migration régulière et mobilité"
    world.area_2.save()
    world.action_1.title_fr = "Cartographier les causes"
    world.action_1.save()
    return world


def _meeting(client: Client, world: World, language: str = "") -> str:
    return page_text(client.get(f"{language}/meetings/{world.som.pk}/"))


@pytest.mark.parametrize(
    "expected",
    [
        "<h1>Senior Officials' Meeting</h1>",
        "Senior officials' meeting · June 12, 2024 · Rabat, Morocco",
        # roles, in order, each a link to its actor
        '<a href="/actors/ma/">Morocco</a> </dd>',
        '<a href="/actors/ma/">Morocco</a>, <a href="/actors/es/">Spain</a>',
        '<a href="/actors/icmpd/">ICMPD</a>',
        "Khartoum Process, Rabat Process",
        # evidence from the announcement, with its anchor, and the inferred country
        "<blockquote>hosted by the Kingdom of Morocco</blockquote>",
        "#ev-",
        'Announcement of the SOM</a> <span class="tag">inferred</span> country of the city',
        # evidence from the second document
        '<span class="conflict-value">120</span> — <a href="/documents/',
        "Report of the SOM</a> (<q>120 delegates</q>)",
        # conflicts
        "The sources disagree on 3 values",
        '<span class="conflict-value">Marrakesh</span> — ',
        "(<q>in Marrakesh</q>)",
        '<span class="conflict-value">hybrid</span>',
        # the editor's correction
        '<dd class="record__value"> 130 <span class="tag tag--edited">corrected',
        "<q>Attendance list</q>",
        "Corrected by editor on",
        # plan links
        "Cadiz Action Plan · Objective 1, action 1</a> — Map causes",
        "Cadiz Action Plan · Area 2</a> — Regular migration and mobility",
        # outcomes
        '<strong>1.</strong> Share border data <span class="tag outcome-status',
        # documents, in date order
        'Announcement of the SOM</a> <span class="meta">announcement · May 2, 2024</span>',
        'Report of the SOM</a> <span class="meta">report · July 1, 2024</span>',
        # related meetings: follow-up and same series
        "Follow-ups:",
        "Workshop on skills",
        "Same series (same kind and dialogue):",
        'Earlier SOM</a> <span class="when">March 2, 2023</span> <span class="where">· Madrid',
        # the history
        "<td>editor</td><td>participants</td><td>120</td><td>130</td><td>Attendance list</td>",
    ],
)
def test_the_meeting_page_shows_every_part(anon_client: Client, rich: World, expected) -> None:
    text = _meeting(anon_client, rich).replace("</td> <td>", "</td><td>")
    assert expected in text


@pytest.mark.parametrize(
    "absent",
    [
        # what only editors see
        "Correct this record",
        "Revert",
        "Edit or remove",
        # the second document's format is a conflict, not evidence for the format shown
        "<blockquote>hybrid</blockquote>",
        # the English title of an item when the page is English is not replaced
        "Migration régulière",
    ],
)
def test_the_meeting_page_shows_readers_no_more(anon_client: Client, rich: World, absent) -> None:
    assert absent not in _meeting(anon_client, rich)


@pytest.mark.parametrize(
    "expected",
    [
        "Correct this record",
        "Merge with another meeting",
        "Split this meeting in two",
        ">Revert<",
        "Edit or remove",
        'action="/meetings/{som}/outcomes/add/"',
    ],
)
def test_editors_see_their_tools(editor_client: Client, rich: World, expected) -> None:
    text = _meeting(editor_client, rich)
    assert expected.format(som=rich.som.pk) in text


@pytest.mark.parametrize(
    "expected",
    [
        "Khartoum Process, Processus de Rabat",
        '<a href="/fr/actors/ma/">Maroc</a>, <a href="/fr/actors/es/">Espagne</a>',
        "Plan d'action de Cadix · Domaine 2</a> — Migration régulière et mobilité",
        "Plan d'action de Cadix · Objectif 1, action 1</a> — Cartographier les causes",
        "<td>Plan d'action de Cadix · Action 1 — Cartographier les causes</td>",
        '<a href="/fr/documents/',
    ],
)
def test_the_french_meeting_page(anon_client: Client, rich: World, expected) -> None:
    assert expected in _meeting(anon_client, rich, "/fr")


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("/actors/ma/", "<h1>Morocco</h1>"),
        ("/actors/ma/", "Country (MA)"),
        ("/actors/ma/", "Held in the country: 1 meeting"),
        ("/actors/ma/", "Hosted: 1 meeting"),
        ("/actors/ma/", "Chaired: 2 meetings"),
        ("/actors/ma/", '<a href="/meetings/{som}/">Senior Officials\' Meeting</a>'),
        ("/actors/ma/", 'Earlier SOM</a> <span class="when">March 2, 2023</span>'),
        ("/actors/ma/", "<li>Rabat Process: from 2024</li>"),
        ("/actors/ma/", "<li>Rabat Process: partner country</li>"),
        ("/actors/ma/", 'Reference country for</h2> <p class="empty">'),
        ("/actors/ma/", "<title>2023 · chaired: 1</title>"),
        ("/actors/sn/", "Cadiz Action Plan · Area 1</a> — Development and root causes"),
        ("/actors/icmpd/", "Organised: 1 meeting"),
        ("/fr/actors/ma/", "<h1>Maroc</h1>"),
        ("/fr/actors/ma/", "Processus de Rabat"),
        ("/fr/actors/ma/", 'href="/fr/meetings/'),
    ],
)
def test_the_country_page_shows_every_part(
    anon_client: Client, rich: World, address: str, expected: str
) -> None:
    assert expected.format(som=rich.som.pk) in page_text(anon_client.get(address))
