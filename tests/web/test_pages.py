"""Documents, countries and organisations, action plans and coverage, security headers."""

from __future__ import annotations

import json

import pytest
from django.test import Client

from processus.kb.models import Evidence
from processus.web.highlight import Span, highlight

from .conftest import HOSTILE, World, page_text, raw_html, streamed
from .factories import DocumentFactory, EvidenceFactory, MeetingFactory, MeetingRoleFactory

pytestmark = pytest.mark.django_db


# -- Documents -----------------------------------------------------------------------


def test_document_list_counts_meetings_found(anon_client: Client, world: World) -> None:
    text = page_text(anon_client.get("/documents/"))
    assert "2 documents." in text
    row = text[text.index("Announcement of the SOM</a>") :]
    assert '<td class="number-cell">1</td>' in row[: row.index("</tr>")]


def test_document_list_filters_and_downloads(anon_client: Client, world: World) -> None:
    text = page_text(anon_client.get("/documents/?language=fr"))
    assert "1 document." in text
    data = json.loads(streamed(anon_client.get("/documents.json?kind=announcement")))
    assert [d["title"] for d in data] == ["Announcement of the SOM"]
    assert data[0]["meetings"] == 1
    csv_body = streamed(anon_client.get("/documents.csv?year=2024"))
    assert csv_body.count("\n") == 3  # header and two documents


def test_document_page_highlights_spans_linked_to_meetings(
    anon_client: Client, world: World
) -> None:
    body = raw_html(anon_client.get(f"/documents/{world.announcement.pk}/"))
    start = Evidence.objects.get(meeting=world.som, field="start")
    assert f'<span class="anchor" id="ev-{start.pk}"></span>' in body
    assert f'<mark class="evidence-span"><a href="/meetings/{world.som.pk}/#field-start"' in body
    assert ">12 June 2024</a></mark>" in body
    # Overlapping spans (hosts inside chairs) are cut into pieces, never nested marks.
    assert '<mark class="evidence-span"><mark' not in body
    assert body.count("<mark") == body.count("</mark>")
    assert "Senior Officials&#x27; Meeting" in body


def test_document_page_escapes_hostile_text(anon_client: Client, world: World) -> None:
    body = raw_html(anon_client.get(f"/documents/{world.hostile.pk}/"))
    assert "<script>" not in body and "<img src=x" not in body
    assert "&lt;script&gt;" in body
    text = page_text(anon_client.get(f"/documents/{world.hostile.pk}/"))
    assert HOSTILE in text  # shown as text, in full


def test_highlight_builds_safe_html_from_offsets() -> None:
    text = "a <b> & c"
    spans = [
        Span("ev-1", 2, 5, 'x"y', "/m/1/"),
        Span("ev-2", 4, 9, "z", "/m/2/"),
        Span("ev-3", 9, 9, "", "/"),
    ]
    html = highlight(text, spans)
    assert html == (
        'a <span class="anchor" id="ev-1"></span>'
        '<mark class="evidence-span"><a href="/m/1/" title="x&quot;y">&lt;b</a></mark>'
        '<span class="anchor" id="ev-2"></span>'
        '<mark class="evidence-span"><a href="/m/1/" title="x&quot;y; z">&gt;</a></mark>'
        '<mark class="evidence-span"><a href="/m/2/" title="z"> &amp; c</a></mark>'
        '<span class="anchor" id="ev-3"></span>'
    )


def test_evidence_with_stale_offsets_is_found_by_its_quote(
    anon_client: Client, world: World
) -> None:
    item = EvidenceFactory(
        meeting=world.thematic, document=world.announcement, field="city", quote="Marrakesh"
    )
    Evidence.objects.filter(pk=item.pk).update(start=0, end=3)
    body = raw_html(anon_client.get(f"/documents/{world.announcement.pk}/"))
    link = f'<a href="/meetings/{world.thematic.pk}/#field-city"'
    assert f'id="ev-{item.pk}"></span><mark class="evidence-span">{link}' in body


def test_document_page_query_count(
    anon_client: Client, world: World, django_assert_max_num_queries
) -> None:
    for _ in range(20):
        EvidenceFactory(meeting=MeetingFactory(), document=world.announcement, quote="Rabat")
    with django_assert_max_num_queries(4):
        page_text(anon_client.get(f"/documents/{world.announcement.pk}/"))


def test_french_document_pages(anon_client: Client, world: World) -> None:
    assert "2 documents." in page_text(anon_client.get("/fr/documents/"))
    text = page_text(anon_client.get(f"/fr/documents/{world.announcement.pk}/"))
    assert "Réunions trouvées dans ce document" in text
    assert "2 mai 2024" in text


# -- Countries and organisations -------------------------------------------------------


def test_actor_list_counts_involvement(anon_client: Client, world: World) -> None:
    text = page_text(anon_client.get("/actors/"))
    row = text[text.index('<a href="/actors/ma/">Morocco</a>') :]
    cells = row[: row.index("</tr>")]
    assert cells.count('<td class="number-cell">1</td>') == 3  # held, hosted, chaired
    assert '<a href="/actors/icmpd/">ICMPD</a>' in text
    organisations = page_text(anon_client.get("/actors/?kind=organisation"))
    assert "Morocco" not in organisations.split("<main")[1].split("</main>")[0]
    data = json.loads(streamed(anon_client.get("/actors.json?kind=country")))
    morocco = next(d for d in data if d["key"] == "ma")
    assert (morocco["held"], morocco["host"], morocco["chair"]) == (1, 1, 1)


def test_country_page(anon_client: Client, world: World) -> None:
    text = page_text(anon_client.get("/actors/ma/"))
    assert "<h1>Morocco</h1>" in text
    assert "chaired: 1 meeting" in text.lower() or "Chaired: 1 meeting" in text
    assert "Rabat Process: since 2024" in text or "Rabat Process: from 2024" in text
    assert '<svg class="bar-chart"' in text
    assert "<title>2024 · hosted: 1</title>" in text
    senegal = page_text(anon_client.get("/actors/sn/"))
    assert "Cadiz Action Plan · Area 1</a> — Development and root causes" in senegal


def test_country_page_links_to_the_full_list(anon_client: Client, world: World) -> None:
    for _ in range(12):
        MeetingRoleFactory(meeting=MeetingFactory(), actor=world.spain, role="chair")
    text = page_text(anon_client.get("/actors/es/"))
    assert '<a href="/meetings/?chair=es">All 13 meetings</a>' in text


def test_actor_page_query_count(
    anon_client: Client, world: World, django_assert_max_num_queries
) -> None:
    with django_assert_max_num_queries(14):
        page_text(anon_client.get("/actors/ma/"))
    assert anon_client.get("/actors/nowhere/").status_code == 404


def test_french_actor_pages(anon_client: Client, world: World) -> None:
    assert "Pays et organisations" in page_text(anon_client.get("/fr/actors/"))
    text = page_text(anon_client.get("/fr/actors/ma/"))
    assert "<h1>Maroc</h1>" in text
    assert "Participation par année" in text


# -- Action plans and coverage -----------------------------------------------------------


def test_plan_page_lists_items_with_their_meetings(anon_client: Client, world: World) -> None:
    assert "Cadiz Action Plan" in page_text(anon_client.get("/plans/"))
    text = page_text(anon_client.get("/plans/cadiz-action-plan/"))
    action = text[text.index(f'id="action-{world.action_1.pk}"') :]
    assert "Senior Officials' Meeting" in action[: action.index("</li> </ul>")]
    objective = text[text.index(f'id="objective-{world.objective_2.pk}"') :]
    assert "Thematic meeting on diaspora engagement" in objective[: objective.index("</article>")]


def test_coverage_dashboard_counts_what_was_addressed(anon_client: Client, world: World) -> None:
    text = page_text(anon_client.get("/plans/cadiz-action-plan/coverage/?from=2023&to=2027"))
    assert "2 of 2 areas" in text
    assert "2 of 3 objectives" in text  # objective 1 (through its action) and objective 2
    assert "1 of 29 actions" in text
    assert "The plan sets out 29 actions; 2 are recorded so far." in text
    missing = text[text.index("Not addressed yet") :]
    assert "Objective 3</a> — Mobility" in missing
    assert "Objective 3, action 1</a> — Skills" in missing


def test_coverage_for_a_period_and_a_chairmanship(anon_client: Client, world: World) -> None:
    only_2023 = page_text(anon_client.get("/plans/cadiz-action-plan/coverage/?from=2023&to=2023"))
    assert "1 of 3 objectives" in only_2023 and "0 of 29 actions" in only_2023
    chair = world.rabat.chairmanships.get(actor=world.spain)
    spain = page_text(anon_client.get(f"/plans/cadiz-action-plan/coverage/?chair={chair.pk}"))
    assert "Under the chairmanship of Spain" in spain
    assert "2 meetings linked to the plan" in spain


def test_coverage_query_count(
    anon_client: Client, world: World, django_assert_max_num_queries
) -> None:
    # 8, and the data version the kept aggregates are checked against (read on every
    # request in the tests, once a second in a server).
    with django_assert_max_num_queries(9):
        page_text(anon_client.get("/plans/cadiz-action-plan/coverage/"))
    assert anon_client.get("/plans/none/coverage/").status_code == 404


def test_french_plan_pages(anon_client: Client, world: World) -> None:
    text = page_text(anon_client.get("/fr/plans/cadiz-action-plan/coverage/?from=2023"))
    assert "Plan d'action de Cadix" in text
    assert "2 objectifs sur 3" in text
    assert "Pas encore traités" in text


# -- Home -----------------------------------------------------------------------------------


def test_home_shows_the_record_at_a_glance(anon_client: Client, world: World) -> None:
    text = page_text(anon_client.get("/"))
    assert "Meetings held per year" in text
    upcoming = text[text.index("Upcoming meetings") : text.index("Latest documents")]
    assert "Workshop on skills" in upcoming
    assert "Senior Officials' Meeting" not in upcoming
    latest = text[text.index("Latest documents") :]
    assert "Announcement of the SOM" in latest
    assert "Cadiz Action Plan: coverage so far" in text
    french = page_text(anon_client.get("/fr/"))
    assert "Réunions par année" in french
    assert "Réunions à venir" in french


# -- Security -------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/", "/meetings/", "/documents/", "/actors/", "/plans/"])
def test_security_headers(anon_client: Client, world: World, path: str) -> None:
    response = anon_client.get(path)
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"


@pytest.mark.parametrize(
    "path",
    ["/meetings/", "/documents/", "/actors/", "/plans/", "/plans/cadiz-action-plan/"],
)
def test_pages_have_no_inline_script_or_style(anon_client: Client, world: World, path: str) -> None:
    body = raw_html(anon_client.get(path))
    assert "<script" not in body and "<style" not in body and " style=" not in body


def test_hostile_meeting_title_is_escaped_everywhere(anon_client: Client, world: World) -> None:
    DocumentFactory(title="Doc " + HOSTILE)
    for path in ("/", "/meetings/", "/documents/", f"/meetings/{world.som.pk}/"):
        body = raw_html(anon_client.get(path))
        assert "<script>" not in body, path
        assert "onerror=" not in body.replace("onerror=&quot;", ""), path


@pytest.mark.parametrize(
    ("number", "base"),
    [("5a", "5"), ("5b", "5"), ("10", "10"), ("7", "7"), (" 3 ", "3"), ("x", "x")],
)
def test_objective_parts_count_as_their_objective(number, base):
    from processus.web.coverage import objective_base

    assert objective_base(number) == base
