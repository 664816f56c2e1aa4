"""The report of the example corpus: figures against the database, HTML, PDF, command line.

The corpus is ingested once for the module (see ``demo_record``); the PDF is
rendered, its pages read back as text, and page 1 drawn as an image to check it
is not blank.
"""

from __future__ import annotations

import datetime as dt
import html

import pytest
import weasyprint

from processus.cli import main
from processus.kb.models import Meeting, MeetingLink, Outcome
from processus.plans.coverage import objective_base
from processus.reports.figures import report_facts
from processus.reports.rendering import make_report, render_document, render_pdf
from tests.reports.pdf_pages import ink_share, page_count, page_texts

PLAN = "cadiz-2023-2027"
START, END = dt.date(2023, 1, 1), dt.date(2026, 6, 30)

pytestmark = pytest.mark.usefixtures("demo_record")


@pytest.fixture
def report(db):
    return make_report(PLAN, start=START, end=END, language="en")


def _links_in_period():
    return MeetingLink.objects.filter(
        meeting__start__gte=START, meeting__start__lte=END
    ).select_related("area__framework", "objective__framework", "action__objective")


def test_the_figures_agree_with_the_database(report):
    links = [
        link for link in _links_in_period()
        if (link.area and link.area.framework.key == PLAN)
        or (link.objective and link.objective.framework.key == PLAN)
        or (link.action and link.action.framework.key == PLAN)
    ]  # fmt: skip
    assert links, "the demo corpus links some meetings to the Cadiz plan"
    actions = {link.action_id for link in links if link.action_id}
    objectives = {objective_base(link.objective.number) for link in links if link.objective}
    objectives |= {
        objective_base(link.action.objective.number)
        for link in links
        if link.action and link.action.objective
    }
    s = report.summary
    assert s.objectives_addressed == len(objectives) > 0
    assert s.actions_addressed == len(actions)
    assert (s.objectives_total, s.actions_total) == (10, 29)
    in_dialogue = Meeting.objects.filter(
        dialogues__key="rabat-process", start__gte=START, start__lte=END
    )
    linked = {link.meeting_id for link in links}
    assert s.meetings == len(set(in_dialogue.values_list("pk", flat=True)) | linked) > 10
    assert s.meetings_addressing == len(linked)
    assert s.outcomes == Outcome.objects.filter(meeting__in=[m.pk for m in report.meetings]).count()
    areas = {link.area_id for link in links if link.area_id}
    assert s.areas_addressed >= len(areas) > 0
    assert sum(n for _year, n in report.per_year) == s.meetings
    assert sum(n for _kind, n in report.per_kind) == s.meetings


def test_the_outcomes_of_the_earlier_plans_meetings_are_listed_with_their_status(db):
    report = make_report("marrakesh-2018-2022", language="en")
    meeting_ids = [m.pk for m in report.meetings]
    stored = Outcome.objects.filter(meeting__in=meeting_ids)
    assert len(report.outcomes) == stored.count() > 0
    assert {o.meeting_pk for o in report.outcomes} == set(stored.values_list("meeting", flat=True))
    assert sum(n for _s, _label, n in report.summary.outcomes_by_status) == len(report.outcomes)
    document = render_document(report)
    assert html.escape(report.outcomes[0].text[:60]) in document


def test_the_html_document_shows_the_figures_and_the_charts(report):
    document = render_document(report, base_url="https://processus.example.org")
    s = report.summary
    assert "<style>" in document and "<script" not in document
    assert (
        f"<strong>{s.objectives_addressed}</strong> of 10 ({s.objectives_confirmed} confirmed)"
        in (document)
    )
    assert f"<strong>{s.actions_addressed}</strong> of 29" in document
    assert document.count("<svg") == 3
    assert 'class="heat-map"' in document
    first = report.meetings[0]
    assert f'href="https://processus.example.org/meetings/{first.pk}/"' in document


def test_the_pdf_has_contents_numbered_pages_and_figures(report):
    pdf = render_pdf(report)
    assert pdf.startswith(b"%PDF")
    pages = page_count(pdf)
    assert pages >= 4
    texts = page_texts(pdf)
    assert "Contents" in texts[0] and "Stocktaking report" in texts[0]
    assert f"1 / {pages}" in texts[0] and f"{pages} / {pages}" in texts[-1]
    s = report.summary
    assert f"{s.objectives_addressed} of 10 ({s.objectives_confirmed} confirmed)" in texts[0]
    assert any("Coverage of the objectives by year" in t for t in texts[1:])
    assert any("Meetings per kind" in t for t in texts[1:])


def test_page_one_of_the_pdf_is_not_blank(report):
    pdf = render_pdf(report)
    assert ink_share(pdf, 0) > 0.02
    blank = weasyprint.HTML(string="<p></p>").write_pdf()
    assert ink_share(blank, 0) < 0.001  # the measure tells a blank page apart


def test_the_french_pdf(db):
    report = make_report(PLAN, start=START, end=END, language="fr")
    texts = page_texts(render_pdf(report))
    assert "Plan d'action de Cadix" in texts[0]
    assert "Sommaire" in texts[0] and "Résumé" in texts[0]
    assert "Contents" not in texts[0]


def test_the_command_writes_a_multi_page_pdf(db, tmp_path, capsys):
    out = tmp_path / "r.pdf"
    assert main(["report", "--plan", PLAN, "--format", "pdf", "-o", str(out)]) == 0
    pdf = out.read_bytes()
    assert pdf.startswith(b"%PDF") and page_count(pdf) >= 4
    facts = report_facts(make_report(PLAN))
    printed = capsys.readouterr().out
    assert f"{facts['objectives_addressed']} of 10 objectives" in printed
    assert f"{facts['meetings']} meetings" in printed


def test_the_command_writes_a_chairmanship_report_in_french_html(db, tmp_path):
    out = tmp_path / "portugal.html"
    code = main([
        "report", "--plan", PLAN, "--chairmanship", "Portugal", "--format", "html",
        "--language", "fr", "-o", str(out),
    ])  # fmt: skip
    assert code == 0
    text = out.read_text(encoding="utf-8")
    assert '<html lang="fr">' in text and "Portugal" in text
    assert "1 février 2024 – 31 janvier 2025" in text
