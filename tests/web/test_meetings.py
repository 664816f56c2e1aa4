"""The meetings list (facets, sorting, pages, downloads) and the meeting page (evidence)."""

from __future__ import annotations

import csv
import html
import io
import json
import re

import pytest
from django.test import Client

from processus.kb.models import MeetingRole
from processus.web import meeting_list

from .conftest import HOSTILE, World, page_text, raw_html, streamed
from .factories import EvidenceFactory, MeetingFactory, MeetingRoleFactory

pytestmark = pytest.mark.django_db


def titles(text: str) -> list[str]:
    """Meeting titles in the order of the table (entities decoded after matching)."""
    table = text[text.index('<table class="list meetings-table">') :]
    found = re.findall(r'<th scope="row"> ?<a href="/(?:fr/)?meetings/\d+/">(.*?)</a>', table)
    return [html.unescape(title) for title in found]


def test_list_shows_every_meeting_newest_first(anon_client: Client, world: World) -> None:
    text = page_text(anon_client.get("/meetings/"))

    assert "3 meetings match." in text
    assert titles(text)[1:] == [
        "Senior Officials' Meeting",
        "Thematic meeting on diaspora engagement",
    ]
    assert titles(text)[0].startswith("Workshop on skills")
    assert 'Morocco <span class="role__name">(host, chair)</span>' in text
    assert 'Spain <span class="role__name">(chair)</span>' in text
    assert "about 120" in text


def test_facets_count_the_meetings_matching_the_other_filters(
    anon_client: Client, world: World
) -> None:
    text = page_text(anon_client.get("/meetings/?dialogue=rabat-process"))

    assert "2 meetings match." in text
    # The dialogue facet still counts the other dialogue; kinds count within Rabat only.
    assert '<option value="khartoum-process">Khartoum Process (2)</option>' in text
    assert '<option value="rabat-process" selected>Rabat Process (2)</option>' in text
    assert '<option value="workshop">' not in text
    assert "Dialogue: <strong>Rabat Process</strong>" in text
    assert '<option value="2024">2024 (1)</option>' in text


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("year=2023", ["Thematic meeting on diaspora engagement"]),
        ("kind=senior_officials_meeting", ["Senior Officials' Meeting"]),
        ("country=sn", ["Thematic meeting on diaspora engagement"]),
        ("host=ma", ["Senior Officials' Meeting"]),
        ("chair=es", ["Senior Officials' Meeting"]),
        ("organiser=icmpd", ["Senior Officials' Meeting"]),
        ("format=hybrid", ["Thematic meeting on diaspora engagement"]),
        (
            "status=past&sort=date",
            ["Thematic meeting on diaspora engagement", "Senior Officials' Meeting"],
        ),
        ("q=dakar", ["Thematic meeting on diaspora engagement"]),
    ],
)
def test_each_facet_filters(anon_client: Client, world: World, query: str, expected) -> None:
    assert titles(page_text(anon_client.get(f"/meetings/?{query}"))) == expected


def test_area_and_objective_facets_follow_the_plan(anon_client: Client, world: World) -> None:
    # The SOM is linked to action 1 of objective 1 (area 1) and to area 2;
    # the thematic meeting to objective 2 (area 1).
    area_1 = titles(page_text(anon_client.get(f"/meetings/?area={world.area_1.pk}")))
    assert sorted(area_1) == [
        "Senior Officials' Meeting",
        "Thematic meeting on diaspora engagement",
    ]
    objective_1 = page_text(anon_client.get(f"/meetings/?objective={world.objective_1.pk}"))
    assert titles(objective_1) == ["Senior Officials' Meeting"]
    assert "Cadiz Action Plan · Area 1 — Development and root causes (1)" in objective_1


def test_unknown_choices_are_ignored(anon_client: Client, world: World) -> None:
    """A kind or order the site does not offer (an old bookmark) is dropped, not an error."""
    text = page_text(anon_client.get("/meetings/?kind=party&sort=nope&status=soon&all=x"))
    assert "3 meetings match." in text


def test_malformed_filters_are_refused_by_name(anon_client: Client, world: World) -> None:
    response = anon_client.get("/meetings/?year=20x4&kind=workshop&area=abc")
    assert response.status_code == 400
    text = " ".join(response.content.decode().split())
    assert "<code>area</code> — Enter a whole number." in text
    assert "<code>year</code> — Enter a whole number." in text
    assert 'href="/meetings/?kind=workshop"' in text


def test_sorting_and_pagination(anon_client: Client, world: World, monkeypatch) -> None:
    monkeypatch.setattr(meeting_list, "PAGE_SIZE", 2)
    first = page_text(anon_client.get("/meetings/?sort=title"))
    assert titles(first) == ["Senior Officials' Meeting", "Thematic meeting on diaspora engagement"]
    assert "Page 1 of 2" in first
    assert '<a href="?sort=title&amp;page=2" rel="next">' in raw_html(
        anon_client.get("/meetings/?sort=title")
    )
    second = page_text(anon_client.get("/meetings/?sort=title&page=2"))
    assert titles(second)[0].startswith("Workshop on skills")


def test_timeline_chart_is_svg_with_a_table(anon_client: Client, world: World) -> None:
    text = page_text(anon_client.get("/meetings/"))
    chart = text[text.index('<figure class="chart"') :]
    assert '<svg class="bar-chart"' in chart and 'role="img"' in chart
    assert "<title>2024 · senior officials' meeting: 1</title>" in chart
    # Every year from the first to the last, gaps included.
    years = re.findall(r'<tr><th scope="row">(\d{4})</th>', chart)
    assert years == [str(y) for y in range(2023, 2032)]


def test_csv_download_applies_the_filters(anon_client: Client, world: World) -> None:
    response = anon_client.get("/meetings.csv?dialogue=rabat-process&sort=date")
    assert response["Content-Type"].startswith("text/csv")
    assert 'filename="meetings.csv"' in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(streamed(response).lstrip("\ufeff"))))
    assert [r["title"] for r in rows] == [
        "Thematic meeting on diaspora engagement",
        "Senior Officials' Meeting",
    ]
    som = rows[1]
    assert som["start"] == "2024-06-12"
    assert som["chairs"] == "Morocco; Spain"
    assert som["participants_qualifier"] == "about"
    assert rows[0]["start"] == "2023-10"
    assert rows[0]["dialogues"] == "Khartoum Process; Rabat Process"


def test_json_download_uses_the_contract_shape(anon_client: Client, world: World) -> None:
    data = json.loads(streamed(anon_client.get("/meetings.json?kind=senior_officials_meeting")))
    assert len(data) == 1
    record = data[0]
    assert record["hosts"] == ["Morocco"]
    assert record["chairs"] == ["Morocco", "Spain"]
    assert record["organisers"] == ["ICMPD"]
    assert record["country"] == "Morocco"
    assert record["participants"] == 120
    assert record["url"] == f"/meetings/{world.som.pk}/"


def test_csv_cells_cannot_become_formulas(anon_client: Client, world: World) -> None:
    MeetingFactory(title="=HYPERLINK(1)")
    body = streamed(anon_client.get("/meetings.csv?q=HYPERLINK"))
    assert "'=HYPERLINK(1)" in body


def test_list_query_count_does_not_grow(
    anon_client: Client, world: World, django_assert_max_num_queries
) -> None:
    for _ in range(20):
        meeting = MeetingFactory(dialogues=[world.rabat], country=world.spain)
        MeetingRoleFactory(meeting=meeting, actor=world.spain)
    # 11 facets (+2 labels), timeline, count, page, dialogues, roles, session/user.
    with django_assert_max_num_queries(20):
        text = page_text(anon_client.get("/meetings/"))
    assert "23 meetings match." in text


def test_french_list(anon_client: Client, world: World) -> None:
    text = page_text(anon_client.get("/fr/meetings/"))
    assert '<html lang="fr"' in text
    assert "3 réunions correspondent." in text
    assert "Processus de Rabat" in text
    assert 'Maroc <span class="role__name">(hôte, présidence)</span>' in text
    assert "Télécharger cette liste" in text


# -- The meeting page --------------------------------------------------------------


def test_meeting_page_shows_each_value_beside_its_evidence(
    anon_client: Client, world: World
) -> None:
    text = page_text(anon_client.get(f"/meetings/{world.som.pk}/"))

    assert "<h1>Senior Officials' Meeting</h1>" in text
    start = text[text.index('id="field-start"') : text.index('id="field-end"')]
    assert "June 12, 2024" in start
    assert "<blockquote>12 June 2024</blockquote>" in start
    evidence_id = world.som.evidence.get(field="start").pk
    assert f'href="/documents/{world.announcement.pk}/#ev-{evidence_id}"' in start
    chairs = text[text.index('id="field-chairs"') : text.index('id="field-organisers"')]
    assert '<a href="/actors/ma/">Morocco</a>, <a href="/actors/es/">Spain</a>' in chairs
    country = text[text.index('id="field-country"') : text.index('id="field-format"')]
    assert '<span class="tag">inferred</span> country of the city' in country


def test_meeting_page_shows_conflicting_values_with_their_sources(
    anon_client: Client, world: World
) -> None:
    text = page_text(anon_client.get(f"/meetings/{world.som.pk}/"))
    assert "The sources disagree on 1 value" in text
    city = text[text.index('id="field-city"') : text.index('id="field-country"')]
    assert "Other values found:" in city
    assert '<span class="conflict-value">Marrakesh</span>' in city
    assert "(<q>in Marrakesh</q>)" in city
    assert "<blockquote>in Marrakesh</blockquote>" not in city, "only supporting quotes beside"
    assert "<blockquote>in Rabat</blockquote>" in city


def test_meeting_page_shows_links_documents_and_related_meetings(
    anon_client: Client, world: World
) -> None:
    text = page_text(anon_client.get(f"/meetings/{world.som.pk}/"))
    assert "Cadiz Action Plan · Objective 1, action 1</a> — Map causes" in text
    assert "Cadiz Action Plan · Area 2</a> — Regular migration and mobility" in text
    assert f'<a href="/documents/{world.announcement.pk}/">Announcement of the SOM</a>' in text
    assert "Follow-ups:" in text and "Workshop on skills" in text
    assert "No correction so far" in text
    assert "Correct this record" not in text, "anonymous visitors get no form"

    follow_up = page_text(anon_client.get(f"/meetings/{world.workshop.pk}/"))
    assert "Follow-up of: <a href" in follow_up


def test_meeting_page_escapes_ingested_text(anon_client: Client, world: World) -> None:
    body = raw_html(anon_client.get(f"/meetings/{world.workshop.pk}/"))
    assert "<script>" not in body
    assert "<img src=x" not in body
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in body
    assert HOSTILE in html_unescape(body)


def html_unescape(body: str) -> str:
    return html.unescape(body)


def test_meeting_page_query_count_does_not_grow_with_evidence(
    anon_client: Client, world: World, django_assert_max_num_queries
) -> None:
    for _ in range(30):
        EvidenceFactory(meeting=world.som, document=world.announcement, field="city", quote="Rabat")
    # meeting, dialogues, roles, links, evidence, documents, follow-ups, outcomes,
    # the same series (two): ten, plus the session, plus the links' reasons (plans app),
    # plus the round table's count (roundtable app).
    with django_assert_max_num_queries(14):
        page_text(anon_client.get(f"/meetings/{world.som.pk}/"))


def test_missing_meeting_is_404(anon_client: Client, world: World) -> None:
    assert anon_client.get("/meetings/999999/").status_code == 404


def test_french_meeting_page(anon_client: Client, world: World) -> None:
    text = page_text(anon_client.get(f"/fr/meetings/{world.som.pk}/"))
    assert "12 juin 2024" in text
    assert "Autres valeurs trouvées :" in text
    assert "Réunions liées" in text
    assert '<a href="/fr/actors/ma/">Maroc</a>' in text


def _options(text: str, facet: str) -> list[str]:
    select = re.search(rf'<select id="filter-{facet}" name="{facet}">(.*?)</select>', text)
    assert select is not None
    return re.findall(r'<option value="([^"]+)"', select.group(1))


def test_large_facets_show_the_most_frequent_values_and_a_link_to_all(
    anon_client: Client, world: World, monkeypatch
) -> None:
    monkeypatch.setattr(meeting_list, "TOP_OPTIONS", 1)
    MeetingRoleFactory(meeting=world.workshop, actor=world.morocco, role=MeetingRole.Role.HOST)

    text = page_text(anon_client.get("/meetings/"))
    assert _options(text, "host") == ["ma"]  # two meetings, Senegal has one
    assert '<a class="facet-more" href="?all=host">Show all 2 values</a>' in text
    assert _options(text, "kind") == ["senior_officials_meeting", "thematic_meeting", "workshop"]

    everything = page_text(anon_client.get("/meetings/?all=host"))
    assert _options(everything, "host") == ["ma", "sn"]
    assert 'href="?all=host">Show all' not in everything
    assert '<input type="hidden" name="all" value="host">' in everything

    chosen = page_text(anon_client.get("/meetings/?host=sn"))
    assert _options(chosen, "host") == ["ma", "sn"]  # the chosen value always shows

    french = page_text(anon_client.get("/fr/meetings/"))
    assert "Afficher les 2 valeurs" in french


def test_status_shown_and_filtered_is_the_one_as_of_today(anon_client: Client, db) -> None:
    import datetime as dt

    today = dt.date.today()
    announced = MeetingFactory(
        title="Announced long ago",
        status="upcoming",
        start=today - dt.timedelta(days=400),
        end=today - dt.timedelta(days=399),
    )
    coming = MeetingFactory(
        title="Still to come",
        status="",
        start=today + dt.timedelta(days=30),
        end=today + dt.timedelta(days=31),
    )
    past_titles = titles(page_text(anon_client.get("/meetings/?status=past")))
    upcoming_titles = titles(page_text(anon_client.get("/meetings/?status=upcoming")))
    assert announced.title in past_titles and announced.title not in upcoming_titles
    assert coming.title in upcoming_titles and coming.title not in past_titles
    exported = json.loads(streamed(anon_client.get("/meetings.json?status=past")))
    rows = exported["meetings"] if isinstance(exported, dict) else exported
    assert [row["status"] for row in rows if row["title"] == announced.title] == ["past"]
