"""The report pages: choose, read, download; EN and FR; bad questions are a 400 saying why."""

from __future__ import annotations

import html
import sys

import pytest
from django.test import Client

from tests.reports.pdf_pages import page_count, page_texts

pytestmark = pytest.mark.django_db

PERIOD = "from=2023-01-01&to=2025-12-31"


def text_of(response) -> str:
    assert response.status_code == 200, response.status_code
    return " ".join(html.unescape(response.content.decode()).split())


def test_the_index_offers_each_plan_a_period_and_its_chairs(client: Client, small_plan):
    page = text_of(client.get("/reports/"))
    assert "Small Plan (2023–2025)" in page
    assert 'action="/reports/small-plan/"' in page
    assert '<option value="portugal">Portugal (' in page


def test_the_report_page_shows_figures_meetings_and_downloads(client: Client, small_plan):
    response = client.get(f"/reports/small-plan/?{PERIOD}")
    page = text_of(response)
    assert "Stocktaking report: Small Plan" in page
    assert "<strong>2</strong> of 2 (1 confirmed)" in page
    assert "<strong>1</strong> of 4 (0 confirmed)" in page
    lisbon = small_plan.meetings["lisbon"]
    assert f'<a href="/meetings/{lisbon.pk}/">Lisbon workshop</a>' in page
    assert "Before the plan" not in page and "Khartoum meeting" not in page
    assert f'href="/reports/small-plan/report.pdf?{PERIOD}"' in page
    assert "Share data on returns." in page and "implemented" in page
    assert 'Accra SOM<br><span class="muted nowrap">2024-11-20</span>' in page
    assert "Lisbon workshop</a> — suggested (through action 1)" in page
    # a strict Content-Security-Policy: no inline style attributes or scripts
    assert ' style="' not in page and "<script" not in page
    assert page.count("<svg") == 3


def test_the_french_report_page(client: Client, small_plan):
    page = text_of(client.get(f"/fr/reports/small-plan/?{PERIOD}"))
    assert "Rapport d'étape : Petit plan" in page
    assert "Objectif 5a" in page and "Lacunes" in page
    assert "Lisbon workshop</a> — suggéré (par l'action 1)" in page
    assert f'<a href="/fr/meetings/{small_plan.meetings["lisbon"].pk}/">' in page


def test_a_chairmanship_report_page(client: Client, small_plan):
    page = text_of(client.get("/reports/small-plan/?chairmanship=portugal"))
    assert "Chairmanship report: Portugal — Small Plan" in page
    assert "Accra thematic meeting" not in page  # June 2025: after Portugal's chairmanship


@pytest.mark.parametrize(
    ("query", "parameter", "message"),
    [
        ("from=2024-13-01", "from", "Enter a valid date."),
        ("chairmanship=Atlantis", "chairmanship", "unknown country or organisation"),
        ("chairmanship=ghana", "chairmanship", "did not chair the dialogue"),
        ("from=2025-06-01&to=2024-01-01", "from", "before it starts"),
        ("chairmanship=portugal&from=2024-01-01", "chairmanship", "not both"),
    ],
)
def test_questions_the_report_cannot_answer_are_a_400_naming_the_parameter(
    client: Client, small_plan, query, parameter, message
):
    response = client.get(f"/reports/small-plan/?{query}")
    assert response.status_code == 400
    page = html.unescape(response.content.decode())
    assert parameter in page and message in page
    download = client.get(f"/reports/small-plan/report.pdf?{query}")
    assert download.status_code == 400
    assert f"{parameter}: " in download.content.decode() and message in download.content.decode()


def test_an_unknown_plan_is_not_found(client: Client, small_plan):
    assert client.get("/reports/no-such-plan/").status_code == 404
    assert client.get("/reports/no-such-plan/report.pdf").status_code == 404


def test_the_pdf_download(client: Client, small_plan):
    response = client.get(f"/fr/reports/small-plan/report.pdf?{PERIOD}")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert (
        'filename="report-small-plan-2023-01-01-2025-12-31.pdf"' in response["Content-Disposition"]
    )
    pdf = response.content
    assert pdf.startswith(b"%PDF") and page_count(pdf) >= 2
    first = page_texts(pdf)[0]
    assert "Sommaire" in first and "Petit plan" in first


def test_the_html_download_is_one_file_with_absolute_links(client: Client, small_plan):
    response = client.get(f"/reports/small-plan/report.html?{PERIOD}")
    assert response["Content-Type"] == "text/html; charset=utf-8"
    document = response.content.decode()
    assert "<style>" in document and "@page" in document and "<link" not in document
    lisbon = small_plan.meetings["lisbon"]
    assert f'href="http://testserver/meetings/{lisbon.pk}/"' in document


def test_without_weasyprint_the_pdf_is_a_503_and_the_html_file_still_works(
    client: Client, small_plan, monkeypatch
):
    monkeypatch.setitem(sys.modules, "weasyprint", None)  # `import weasyprint` fails
    response = client.get(f"/reports/small-plan/report.pdf?{PERIOD}")
    assert response.status_code == 503
    assert "PDF reports cannot be made on this server" in response.content.decode()
    assert client.get(f"/reports/small-plan/report.html?{PERIOD}").status_code == 200


def test_reports_are_reached_from_the_site_navigation_and_the_plan_page(client: Client, small_plan):
    index = text_of(client.get("/reports/"))
    assert '<a href="/reports/" aria-current="page">Reports</a>' in index
    plan_page = text_of(client.get("/plans/small-plan/"))
    assert '<a href="/reports/">Stocktaking report for a period</a>' in plan_page
    assert '<a href="/reports/">Reports</a>' in plan_page
    french = text_of(client.get("/fr/reports/"))
    assert '<a href="/fr/reports/" aria-current="page">Rapports</a>' in french
