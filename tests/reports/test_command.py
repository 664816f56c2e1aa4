"""``processus report``: what it refuses, and why, before writing anything."""

from __future__ import annotations

import html
import sys

import pytest

from processus.cli import main

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--from", "2024-13-01"], "--from: not a date in YYYY-MM-DD form: '2024-13-01'"),
        (["--chairmanship", "PT", "--to", "2024-12-31"], "give --from/--to or --chairmanship"),
        (["--chairmanship", "Atlantis"], "unknown country or organisation: 'Atlantis'"),
        (["--from", "2025-01-01", "--to", "2024-01-01"], "before it starts"),
    ],
)
def test_bad_questions_exit_2_naming_what_was_wrong(
    small_plan, tmp_path, capsys, arguments, message
):
    out = tmp_path / "r.html"
    code = main(["report", "--plan", "small-plan", "--format", "html", "-o", str(out), *arguments])
    assert code == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_an_unknown_plan_exits_2(small_plan, tmp_path, capsys):
    assert main(["report", "--plan", "nope", "-o", str(tmp_path / "r.pdf")]) == 2
    assert "unknown action plan: 'nope'" in capsys.readouterr().err


def test_an_unwritable_output_is_named(small_plan, tmp_path, capsys):
    target = tmp_path / "missing-dir" / "r.html"
    assert main(["report", "--plan", "small-plan", "--format", "html", "-o", str(target)]) == 1
    assert f"{target}: No such file or directory" in capsys.readouterr().err


def test_a_french_html_report_with_links(small_plan, tmp_path, capsys):
    out = tmp_path / "r.html"
    code = main([
        "report", "--plan", "small-plan", "--from", "2023-01-01", "--to", "2025-12-31",
        "--format", "html", "--language", "fr", "--base-url", "https://example.org/",
        "-o", str(out),
    ])  # fmt: skip
    assert code == 0
    text = html.unescape(out.read_text(encoding="utf-8"))
    lisbon = small_plan.meetings["lisbon"]
    assert f'href="https://example.org/fr/meetings/{lisbon.pk}/"' in text
    assert "Rapport d'étape : Petit plan" in text
    assert (
        "3 meetings; 2 of 2 objectives (1 confirmed) and 1 of 4 actions" in capsys.readouterr().out
    )


def test_without_weasyprint_a_pdf_is_refused_with_the_way_out(
    small_plan, tmp_path, capsys, monkeypatch
):
    monkeypatch.setitem(sys.modules, "weasyprint", None)
    out = tmp_path / "r.pdf"
    assert main(["report", "--plan", "small-plan", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "ensure_weasyprint.sh" in err and "--format html works without it" in err
    assert not out.exists()
