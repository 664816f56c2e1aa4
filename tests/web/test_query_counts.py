"""How many queries each main page costs, pinned: no N+1 comes back unnoticed.

Each page is read twice on the small ``world`` record and twice again after many
more meetings (with roles, dialogues, evidence, outcomes and plan links) were
added: the count is the same. The first read of a list or a coverage page computes
the whole-table aggregates (facet counts, timeline, coverage); the second reuses
them at the same data version (:mod:`processus.web.aggregates`).
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from processus.kb.models import MeetingRole, Outcome
from processus.web.aggregates import forget_all
from processus.web.page_cache import forget_data_version
from tests.web.conftest import World
from tests.web.factories import (
    CountryFactory,
    DocumentFactory,
    EvidenceFactory,
    MeetingFactory,
    MeetingLinkFactory,
    MeetingRoleFactory,
)

#: (address, queries of the first read, queries of the next read at the same version).
PAGES = {
    # data version; 11 facets and the labels of the areas and objectives, timeline,
    # count; the page's rows, their dialogues, their hosts and chairs
    "meeting list": ("/meetings/", 19, 3),
    # meeting with its country and the meeting it follows, dialogues, roles, links,
    # evidence with documents, follow-ups, outcomes, history, same series (before and
    # after in one), link suggestions, the outcomes' conflicts (2), round-table questions
    "meeting page": ("/meetings/{som}/", 13, 13),
    # actor; the figures (every role's count, per year and role, held per year); the
    # latest of every role and held; chairmanships, references, memberships
    "country page": ("/actors/ma/", 6, 6),
    # data version; plan, areas, objectives, actions, meetings, links, reasons; then
    # the chairmanships
    "coverage page": ("/plans/cadiz-action-plan/coverage/", 9, 2),
    # write generation, data version; meetings, their dialogues and roles (per 1,000
    # rows)
    "meetings.json": ("/meetings.json", 5, 4),
}


@pytest.fixture(autouse=True)
def _version_kept(settings) -> None:
    """The data version is reused between the two reads however slow the machine (each
    test forgets it explicitly)."""
    settings.PROCESSUS_DATA_VERSION_SECONDS = 600


def _count(client: Client, address: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(address)
        assert response.status_code == 200, address
        if response.streaming:
            b"".join(response.streaming_content)
    return len(queries)


def _reads(client: Client, address: str) -> tuple[int, int]:
    """Queries of a first read (nothing kept) and of the next one."""
    forget_data_version()
    forget_all()
    return _count(client, address), _count(client, address)


def _grow(world: World, meetings: int) -> None:
    """Many more meetings, and more of everything on the meeting page's meeting."""
    extra_country = CountryFactory(key="tn", name="Tunisia")
    for n in range(meetings):
        meeting = MeetingFactory(
            title=f"Extra meeting {n}",
            start=dt.date(2023 + n % 3, 1 + n % 12, 1 + n % 28),
            country=world.morocco,
            dialogues=[world.rabat, world.khartoum] if n % 2 else [world.rabat],
        )
        MeetingRoleFactory(meeting=meeting, actor=world.morocco, role=MeetingRole.Role.HOST)
        MeetingRoleFactory(meeting=meeting, actor=extra_country, role=MeetingRole.Role.CHAIR)
        MeetingRoleFactory(meeting=meeting, actor=world.icmpd, role=MeetingRole.Role.ORGANISER)
        MeetingLinkFactory(meeting=meeting, action=world.action_1 if n % 2 else world.action_2)
        MeetingLinkFactory(meeting=meeting, objective=world.objective_2)
        document = DocumentFactory(text=f"Held in City {n}.")
        EvidenceFactory(meeting=meeting, document=document, field="city", quote=f"City {n}")
    som = world.som
    for n in range(10):
        document = DocumentFactory(text=f"The meeting took place in Town {n}.")
        EvidenceFactory(meeting=som, document=document, field="city", quote=f"Town {n}")
        MeetingRoleFactory(
            meeting=som, actor=CountryFactory(), role=MeetingRole.Role.CHAIR, position=2 + n
        )
        Outcome.objects.create(meeting=som, kind=Outcome.Kind.RECOMMENDATION, number=n, text="x")
        MeetingFactory(title=f"Follow-up {n}", follow_up_of=som, start=dt.date(2025, 1, 1 + n))
    MeetingLinkFactory(meeting=som, objective=world.objective_3)


@pytest.mark.parametrize("page", list(PAGES))
def test_query_count_is_pinned_and_does_not_grow_with_the_rows(
    anon_client: Client, world: World, page: str
) -> None:
    address, first, next_read = PAGES[page]
    address = address.format(som=world.som.pk)
    Outcome.objects.create(meeting=world.som, kind=Outcome.Kind.TAKEAWAY, text="Kept")
    assert _reads(anon_client, address) == (first, next_read)
    _grow(world, 40)
    assert _reads(anon_client, address) == (first, next_read)


def test_an_n_plus_one_would_be_caught(
    anon_client: Client, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pins catch a lost prefetch: reading every line's roles one by one shows."""
    from processus.web import meeting_list

    original = meeting_list._hosts_and_chairs

    def one_by_one(ids: list[int]) -> dict[int, list[tuple[str, str]]]:
        found: dict[int, list[tuple[str, str]]] = {}
        for pk in ids:
            found.update(original([pk]))
        return found

    monkeypatch.setattr(meeting_list, "_hosts_and_chairs", one_by_one)
    address, first, next_read = PAGES["meeting list"]
    _grow(world, 5)
    assert _reads(anon_client, address) != (first, next_read)


def test_the_kept_aggregates_follow_the_data(anon_client: Client, world: World) -> None:
    """A new meeting shows in the facet counts and the total at once (this process's
    writes drop the kept aggregates)."""
    before = anon_client.get("/meetings/?country=ma").content.decode()
    assert "1 meeting matches" in before
    MeetingFactory(title="Another in Morocco", country=world.morocco)
    after = anon_client.get("/meetings/?country=ma").content.decode()
    assert "2 meetings match" in after
    assert "Another in Morocco" in after
