"""Fixtures for the open-data tests: a small record touching every public table.

Made with the web tests' factories; the names are our own. Every test starts with an
empty page cache (and the page cache off), like the web tests, and writes the data
package's zip cache into its own temporary data directory.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from django.contrib.auth import get_user_model

from processus.kb.models import (
    Chairmanship,
    Evidence,
    Meeting,
    MeetingLink,
    MeetingRole,
    Membership,
    Outcome,
)
from tests.web.factories import (
    ActionFactory,
    CountryFactory,
    DialogueFactory,
    DocumentFactory,
    MeetingFactory,
    OrganisationFactory,
)


@pytest.fixture(autouse=True)
def _fresh_caches(settings, tmp_path) -> None:
    from django.core.cache import cache

    from processus.web.page_cache import forget_data_version

    cache.clear()
    forget_data_version()
    settings.PROCESSUS_PAGE_CACHE_SECONDS = 0
    settings.DATA_DIR = tmp_path / "data"


@dataclass
class Record:
    rabat: object
    khartoum: object
    morocco: object
    senegal: object
    dakar_workshop: Meeting
    rabat_som: Meeting
    joint_meeting: Meeting
    month_only: Meeting
    cancelled: Meeting
    future: Meeting


@pytest.fixture
def record(db) -> Record:
    rabat = DialogueFactory(key="rabat-process", name="Rabat Process", name_fr="Processus de Rabat")
    khartoum = DialogueFactory(key="khartoum-process", name="Khartoum Process")
    morocco = CountryFactory(key="ma", iso_code="MA", name="Morocco", name_fr="Maroc")
    senegal = CountryFactory(key="sn", iso_code="SN", name="Senegal", name_fr="Sénégal")
    icmpd = OrganisationFactory(key="icmpd", name="ICMPD")
    today = dt.date.today()

    dakar = MeetingFactory(
        title="Workshop on labour mobility",
        kind="workshop",
        start=dt.date(2026, 3, 3),
        end=dt.date(2026, 3, 6),
        city="Dakar",
        country=senegal,
        dialogues=[rabat],
        themes=["legal migration", "mobility"],
    )
    som = MeetingFactory(
        title="Senior Officials' Meeting",
        kind="senior_officials_meeting",
        start=dt.date(2024, 2, 1),
        end=None,
        city="Rabat",
        country=morocco,
        dialogues=[rabat],
        participants=115,
        participants_qualifier="over",
    )
    joint = MeetingFactory(
        title="Joint meeting on smuggling",
        kind="joint_meeting",
        start=dt.date(2023, 11, 20),
        end=dt.date(2023, 11, 21),
        city="Rabat",
        country=morocco,
        dialogues=[rabat, khartoum],
        themes=["smuggling"],
    )
    month_only = MeetingFactory(
        title="Thematic meeting in July",
        start=dt.date(2019, 7, 1),
        start_precision="month",
        end=None,
        dialogues=[khartoum],
    )
    cancelled = MeetingFactory(
        title="Cancelled seminar",
        start=today + dt.timedelta(days=40),
        end=today + dt.timedelta(days=41),
        status="cancelled",
        dialogues=[rabat],
    )
    future = MeetingFactory(
        title="Next steering committee",
        kind="steering_committee",
        start=today + dt.timedelta(days=20),
        end=today + dt.timedelta(days=20),
        city="Dakar",
        country=senegal,
        dialogues=[rabat],
    )
    MeetingRole.objects.create(meeting=dakar, actor=senegal, role="host")
    MeetingRole.objects.create(meeting=dakar, actor=icmpd, role="organiser")
    MeetingRole.objects.create(meeting=som, actor=morocco, role="chair")

    document = DocumentFactory(title="Announcement of the workshop", text="A workshop in Dakar.")
    Evidence.objects.create(
        meeting=dakar, field="city", value="Dakar", document=document, start=14, end=19,
        quote="Dakar",
    )  # fmt: skip
    Evidence.objects.create(meeting=dakar, field="kind", value="workshop", document=document)
    editor = get_user_model().objects.create_user("secret-editor", password="x-pass-123456")
    Evidence.objects.create(
        meeting=som, field="participants", value=115, method="edited", created_by=editor,
        note="Counted at the door",
    )  # fmt: skip
    Outcome.objects.create(meeting=dakar, kind="recommendation", number=1, text="Share data.")
    action = ActionFactory()
    MeetingLink.objects.create(meeting=dakar, action=action)
    Membership.objects.create(dialogue=rabat, actor=morocco, role=Membership.Role.PARTNER)
    Chairmanship.objects.create(
        dialogue=rabat, actor=morocco, start=dt.date(2023, 1, 1), start_precision="year"
    )
    return Record(rabat, khartoum, morocco, senegal, dakar, som, joint, month_only, cancelled,
                  future)  # fmt: skip
