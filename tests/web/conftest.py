"""Shared data and role-named clients for the page tests.

``world`` is a small dialogue record written for these tests: two dialogues, a few
countries and an organisation, an action plan with areas, objectives and actions,
three meetings with roles, evidence from two documents (one of them hostile HTML),
and links to the plan. ``anon_client``, ``user_client`` (signed in, not staff),
``editor_client`` (staff) and ``admin_client`` (superuser) make permission tests
read like sentences.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass

import pytest
from django.contrib.auth import get_user_model

from processus.kb.models import (
    Action,
    Actor,
    Area,
    Dialogue,
    Document,
    Framework,
    Meeting,
    MeetingRole,
    Objective,
)

from .factories import (
    ActionFactory,
    AreaFactory,
    ChairmanshipFactory,
    CountryFactory,
    DialogueFactory,
    DocumentFactory,
    EvidenceFactory,
    FrameworkFactory,
    MeetingFactory,
    MeetingLinkFactory,
    MeetingRoleFactory,
    MembershipFactory,
    ObjectiveFactory,
    OrganisationFactory,
    ReferenceCountryFactory,
)

HOSTILE = '<script>alert("x")</script><img src=x onerror="alert(1)">'


def page_text(response) -> str:
    """The page's HTML with entities decoded and runs of whitespace collapsed."""
    assert response.status_code == 200, response.status_code
    return " ".join(html.unescape(response.content.decode()).split())


def raw_html(response) -> str:
    """The page's HTML as sent (entities kept), to check escaping."""
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def streamed(response) -> str:
    """A streamed download's body. The test client closes the response once it is read
    (closing it again would close the database connection mid-test on PostgreSQL)."""
    assert response.status_code == 200, response.status_code
    return b"".join(response.streaming_content).decode()


def csrf_token(text: str) -> str:
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', text)
    assert match, "the page has a CSRF token"
    return match.group(1)


@dataclass
class World:
    rabat: Dialogue
    khartoum: Dialogue
    morocco: Actor
    spain: Actor
    senegal: Actor
    icmpd: Actor
    plan: Framework
    area_1: Area
    area_2: Area
    objective_1: Objective
    objective_2: Objective
    objective_3: Objective
    action_1: Action
    action_2: Action
    som: Meeting
    thematic: Meeting
    workshop: Meeting
    announcement: Document
    hostile: Document


ANNOUNCEMENT = (
    "Notice to partners.\n"
    "The senior officials will gather in Rabat on 12 June 2024, hosted by the Kingdom of "
    "Morocco and co-chaired by Spain. Some 120 delegates are expected.\n"
    "A later note placed the meeting in Marrakesh instead."
)


@pytest.fixture
def world(db) -> World:
    rabat = DialogueFactory(key="rabat-process", name="Rabat Process", name_fr="Processus de Rabat")
    khartoum = DialogueFactory(key="khartoum-process", name="Khartoum Process")
    morocco = CountryFactory(key="ma", iso_code="MA", name="Morocco", name_fr="Maroc")
    spain = CountryFactory(
        key="es", iso_code="ES", name="Spain", name_fr="Espagne", continent="Europe"
    )
    senegal = CountryFactory(key="sn", iso_code="SN", name="Senegal", name_fr="Sénégal")
    icmpd = OrganisationFactory(key="icmpd", name="ICMPD")
    MembershipFactory(dialogue=rabat, actor=morocco)
    ChairmanshipFactory(
        dialogue=rabat, actor=spain, start=dt.date(2023, 7, 1), end=dt.date(2024, 6, 30)
    )
    ChairmanshipFactory(dialogue=rabat, actor=morocco, start=dt.date(2024, 7, 1), end=None)

    plan = FrameworkFactory(
        dialogue=rabat,
        key="cadiz-action-plan",
        name="Cadiz Action Plan",
        name_fr="Plan d'action de Cadix",
        period_start=2023,
        period_end=2027,
        actions_total=29,
    )
    area_1 = AreaFactory(framework=plan, number=1, title="Development and root causes")
    area_2 = AreaFactory(framework=plan, number=2, title="Regular migration and mobility")
    objective_1 = ObjectiveFactory(area=area_1, number="1", position=1, title="Root causes")
    objective_2 = ObjectiveFactory(area=area_1, number="2", position=2, title="Diaspora")
    objective_3 = ObjectiveFactory(area=area_2, number="3", position=3, title="Mobility")
    action_1 = ActionFactory(objective=objective_1, number="1", position=1, title="Map causes")
    action_2 = ActionFactory(objective=objective_3, number="1", position=1, title="Skills")
    ReferenceCountryFactory(area=area_1, actor=senegal)

    som = MeetingFactory(
        kind="senior_officials_meeting",
        title="Senior Officials' Meeting",
        start=dt.date(2024, 6, 12),
        city="Rabat",
        country=morocco,
        format="in_person",
        status="past",
        participants=120,
        participants_qualifier="about",
        dialogues=[rabat],
    )
    MeetingRoleFactory(meeting=som, actor=morocco, role=MeetingRole.Role.HOST)
    MeetingRoleFactory(meeting=som, actor=morocco, role=MeetingRole.Role.CHAIR, position=0)
    MeetingRoleFactory(meeting=som, actor=spain, role=MeetingRole.Role.CHAIR, position=1)
    MeetingRoleFactory(meeting=som, actor=icmpd, role=MeetingRole.Role.ORGANISER)
    thematic = MeetingFactory(
        kind="thematic_meeting",
        title="Thematic meeting on diaspora engagement",
        start=dt.date(2023, 10, 1),
        start_precision="month",
        end=dt.date(2023, 10, 1),
        end_precision="month",
        city="Dakar",
        country=senegal,
        format="hybrid",
        status="past",
        dialogues=[rabat, khartoum],
        follow_up_of=None,
    )
    MeetingRoleFactory(meeting=thematic, actor=senegal, role=MeetingRole.Role.HOST)
    workshop = MeetingFactory(
        kind="workshop",
        title="Workshop on skills " + HOSTILE,
        start=dt.date(2031, 2, 1),
        status="upcoming",
        format="virtual",
        dialogues=[khartoum],
        follow_up_of=som,
    )

    announcement = DocumentFactory(
        title="Announcement of the SOM",
        text=ANNOUNCEMENT,
        kind="announcement",
        language="en",
        document_date=dt.date(2024, 5, 2),
    )
    hostile = DocumentFactory(
        title="Hostile page " + HOSTILE,
        text="Before " + HOSTILE + " the workshop takes place online. After.",
        kind="news",
        language="fr",
        document_date=dt.date(2024, 8, 1),
    )
    EvidenceFactory(
        meeting=som, document=announcement, field="start", value="2024-06-12", quote="12 June 2024"
    )
    EvidenceFactory(
        meeting=som, document=announcement, field="city", value="Rabat", quote="in Rabat"
    )
    EvidenceFactory(
        meeting=som, document=announcement, field="city", value="Marrakesh", quote="in Marrakesh"
    )
    EvidenceFactory(
        meeting=som,
        document=announcement,
        field="hosts",
        value=["Morocco"],
        quote="hosted by the Kingdom of Morocco",
    )
    EvidenceFactory(
        meeting=som,
        document=announcement,
        field="chairs",
        value=["Morocco", "Spain"],
        quote="hosted by the Kingdom of Morocco and co-chaired by Spain",
    )
    EvidenceFactory(
        meeting=som,
        document=announcement,
        field="country",
        value="Morocco",
        quote="in Rabat",
        method="inferred",
        note="country of the city",
    )
    EvidenceFactory(
        meeting=workshop,
        document=hostile,
        field="format",
        value="virtual",
        quote="takes place online",
    )
    EvidenceFactory(
        meeting=workshop, document=hostile, field="title", value="Workshop", quote=HOSTILE
    )

    MeetingLinkFactory(meeting=som, action=action_1)
    MeetingLinkFactory(meeting=som, area=area_2)
    MeetingLinkFactory(meeting=thematic, objective=objective_2)
    return World(
        rabat=rabat,
        khartoum=khartoum,
        morocco=morocco,
        spain=spain,
        senegal=senegal,
        icmpd=icmpd,
        plan=plan,
        area_1=area_1,
        area_2=area_2,
        objective_1=objective_1,
        objective_2=objective_2,
        objective_3=objective_3,
        action_1=action_1,
        action_2=action_2,
        som=som,
        thematic=thematic,
        workshop=workshop,
        announcement=announcement,
        hostile=hostile,
    )


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_user("editor", password="editor-pass-123", is_staff=True)


@pytest.fixture(autouse=True)
def _empty_cache(settings) -> None:
    """Facet counts and pages are cached per process; every test starts without them.

    The page cache is off unless a test turns it on (``page_cache``): the other
    tests count queries and look at freshly rendered pages."""
    from django.core.cache import cache

    from processus.web.page_cache import forget_data_version

    cache.clear()
    forget_data_version()
    settings.PROCESSUS_PAGE_CACHE_SECONDS = 0


@pytest.fixture
def page_cache(settings) -> None:
    """The page cache on, as served (the data version re-read on every request)."""
    settings.PROCESSUS_PAGE_CACHE_SECONDS = 300
    settings.PROCESSUS_DATA_VERSION_SECONDS = 0
