"""Matching and scoring of extracted records against gold, and the validity of the corpus."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from processus.extraction.evaluation import (
    RECORD_KEYS,
    SCORED_FIELDS,
    Metrics,
    dates_agree,
    evaluate,
    format_report,
    load_gold,
    match_records,
    titles_match,
    validate_record,
)

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"
GOLD = CORPUS / "gold.jsonl"
DOCUMENT_SUFFIXES = {".txt", ".md", ".html", ".pdf", ".docx"}


def record(**values):
    base = {key: None for key in RECORD_KEYS}
    base.update(
        source="doc.txt",
        dialogues=[],
        hosts=[],
        chairs=[],
        organisers=[],
        themes=[],
        evidence=[],
    )
    base.update(values)
    return base


MADRID = record(
    kind="technical_meeting",
    title="Technical Meeting on Border Management",
    dialogues=["Rabat Process"],
    start="2019-07-01",
    end="2019-07-02",
    city="Madrid",
    country="Spain",
    status="past",
    hosts=["Spain"],
    chairs=["Spain", "Morocco"],
    participants=80,
    countries_count=33,
    themes=[4],
)
ABIDJAN = record(
    kind="workshop",
    start="2019-10-24",
    end="2019-10-24",
    city="Abidjan",
    country="Côte d'Ivoire",
    hosts=["Côte d'Ivoire"],
    chairs=["Côte d'Ivoire", "France"],
)


# --------------------------------------------------------------------------- metrics


def test_perfect_match_scores_one():
    report = evaluate([MADRID, ABIDJAN], [MADRID, ABIDJAN])
    assert (report.meeting.tp, report.meeting.fp, report.meeting.fn) == (2, 0, 0)
    assert report.meeting.f1 == 1.0
    for name in SCORED_FIELDS:
        assert report.fields[name].fp == 0 and report.fields[name].fn == 0, name
    assert report.micro_fields.f1 == 1.0
    assert report.mismatches == []


def test_missing_meeting_is_a_false_negative():
    report = evaluate([MADRID], [MADRID, ABIDJAN])
    assert (report.meeting.tp, report.meeting.fp, report.meeting.fn) == (1, 0, 1)
    assert report.meeting.precision == 1.0
    assert report.meeting.recall == 0.5
    # the missed meeting's values count as field false negatives
    assert report.fields["city"].fn == 1
    assert report.fields["chairs"].fn == 2
    assert [m.kind for m in report.mismatches] == ["missing"]


def test_extra_meeting_is_a_false_positive():
    report = evaluate([MADRID, ABIDJAN], [MADRID])
    assert (report.meeting.tp, report.meeting.fp, report.meeting.fn) == (1, 1, 0)
    assert report.meeting.precision == 0.5
    assert report.fields["hosts"].fp == 1
    assert report.fields["hosts"].tp == 1
    assert [m.kind for m in report.mismatches] == ["extra"]


def test_wrong_city_is_both_false_positive_and_false_negative():
    predicted = dict(MADRID, city="Rabat")
    report = evaluate([predicted], [MADRID])
    assert report.meeting.tp == 1  # still paired through the start date
    city = report.fields["city"]
    assert (city.tp, city.fp, city.fn) == (0, 1, 1)
    (mismatch,) = report.mismatches
    assert (mismatch.field, mismatch.gold, mismatch.predicted) == ("city", "Madrid", "Rabat")


def test_null_on_one_side_counts_only_on_that_side():
    report = evaluate([dict(MADRID, participants=None)], [MADRID])
    assert (report.fields["participants"].fp, report.fields["participants"].fn) == (0, 1)
    report = evaluate([dict(MADRID, format="in_person")], [MADRID])
    assert (report.fields["format"].fp, report.fields["format"].fn) == (1, 0)


def test_list_fields_are_compared_as_sets():
    predicted = dict(MADRID, chairs=["Morocco", "Portugal"], themes=[4, 2])
    report = evaluate([predicted], [MADRID])
    chairs = report.fields["chairs"]
    assert (chairs.tp, chairs.fp, chairs.fn) == (1, 1, 1)
    themes = report.fields["themes"]
    assert (themes.tp, themes.fp, themes.fn) == (1, 1, 0)
    # order does not matter
    report = evaluate([dict(MADRID, chairs=["Morocco", "Spain"])], [MADRID])
    assert report.fields["chairs"].tp == 2 and report.fields["chairs"].fp == 0


@pytest.mark.parametrize(
    ("predicted", "expected", "same"),
    [
        ("Technical Meeting on Border Management", "technical meeting on border management", True),
        (
            "“Technical Meeting on Border Management”",
            "Technical Meeting on Border Management",
            True,
        ),
        (
            "Thematic Meeting on Asylum",
            "Thematic Meeting on Asylum and International Protection",
            True,
        ),
        ("Réunion thématique", "Reunion thematique", True),
        ("Workshop on Remittances", "Technical Meeting on Border Management", False),
        (None, "Technical Meeting on Border Management", False),
    ],
)
def test_title_similarity(predicted, expected, same):
    assert titles_match(predicted, expected) is same


def test_title_field_uses_similarity():
    report = evaluate([dict(MADRID, title="Technical meeting on border management")], [MADRID])
    assert report.fields["title"].tp == 1
    report = evaluate([dict(MADRID, title="Seminar on visas")], [MADRID])
    assert (report.fields["title"].fp, report.fields["title"].fn) == (1, 1)


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ("2019-07-01", "2019-07-01", True),
        ("2019-07", "2019-07-01", True),
        ("2019", "2019-07-01", True),
        ("2019-07-01", "2019-07-02", False),
        ("2019-06", "2019-07-01", False),
        (None, "2019-07-01", False),
    ],
)
def test_dates_agree_at_the_coarser_precision(a, b, agree):
    assert dates_agree(a, b) is agree


def test_precision_coarsening_in_matching_but_not_in_field_scores():
    gold = dict(MADRID, start="2019-07", end="2019-07")
    report = evaluate([MADRID], [gold])
    assert report.meeting.tp == 1
    # the start field itself is compared exactly: a finer or coarser value is an error
    assert (report.fields["start"].fp, report.fields["start"].fn) == (1, 1)


def test_matching_prefers_same_start_then_city_then_kind():
    gold = [
        record(start="2024-01-31", end="2024-01-31", city="Rabat", kind="side_event"),
        record(start="2024-02-01", end="2024-02-01", city="Rabat", kind="senior_officials_meeting"),
    ]
    predicted = [
        record(start="2024-02-01", end="2024-02-01", city="Rabat", kind="side_event"),
        record(start="2024-01-31", end="2024-01-31", city="Rabat", kind="side_event"),
    ]
    pairs, extra, missing = match_records(predicted, gold)
    assert sorted(pairs) == [(0, 1), (1, 0)]
    assert extra == [] and missing == []


def test_same_day_same_place_events_are_told_apart_by_kind():
    gold = [
        record(start="2019-10-24", end="2019-10-24", city="Abidjan", kind="workshop"),
        record(start="2019-10-24", end="2019-10-24", city="Abidjan", kind="side_event"),
    ]
    predicted = [
        record(start="2019-10-24", end="2019-10-24", city="Abidjan", kind="side_event"),
        record(start="2019-10-24", end="2019-10-24", city="Abidjan", kind="workshop"),
    ]
    pairs, _, _ = match_records(predicted, gold)
    assert sorted(pairs) == [(0, 1), (1, 0)]


def test_conflicting_dates_are_not_paired_without_city_and_kind():
    gold = [record(start="2022-07-05", end="2022-07-06", city="Madrid", kind="thematic_meeting")]
    predicted = [
        record(start="2019-07-01", end="2019-07-02", city="Madrid", kind="technical_meeting")
    ]
    report = evaluate(predicted, gold)
    assert (report.meeting.tp, report.meeting.fp, report.meeting.fn) == (0, 1, 1)


def test_records_are_only_matched_within_their_source():
    report = evaluate([dict(MADRID, source="a.txt")], [dict(MADRID, source="b.txt")])
    assert (report.meeting.tp, report.meeting.fp, report.meeting.fn) == (0, 1, 1)


def test_metrics_edge_cases():
    assert Metrics().precision == 1.0 and Metrics().recall == 1.0
    assert Metrics(fn=2).precision == 0.0
    assert Metrics(fp=2).recall == 0.0
    assert Metrics(tp=1, fp=1, fn=1).f1 == pytest.approx(0.5)


def test_format_report_lists_errors_by_document():
    report = evaluate([dict(MADRID, city="Rabat")], [MADRID, ABIDJAN])
    text = format_report(report, show_errors=True)
    assert "meetings" in text and "city" in text
    assert "doc.txt" in text
    assert 'expected "Madrid", got "Rabat"' in text
    assert "missing meeting 2019-10-24 / Abidjan / workshop" in text
    assert "errors by document" not in format_report(report)
    assert report.to_dict()["meeting"]["tp"] == 1


def test_load_gold_names_the_bad_line(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"source": "a.txt"}\n\nnot json\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"gold.jsonl:3"):
        load_gold(path)


def test_validate_record_reports_problems():
    assert validate_record(MADRID) == []
    assert validate_record(dict(MADRID, end="2019-06-30"))
    assert validate_record(dict(MADRID, kind="conference"))
    assert validate_record(dict(MADRID, themes=[6]))
    bad = dict(MADRID)
    del bad["evidence"]
    assert validate_record(bad)


# --------------------------------------------------------------------------- the corpus


def corpus_documents() -> list[Path]:
    return sorted(
        p
        for p in CORPUS.iterdir()
        if p.suffix in DOCUMENT_SUFFIXES and p.name not in {"SOURCES.md", "README.md"}
    )


def test_gold_records_are_valid():
    gold = load_gold(GOLD)
    assert len(gold) >= 80
    with GOLD.open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip()]
    date_re = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
    for number, (line, rec) in enumerate(zip(lines, gold, strict=True), start=1):
        where = f"gold.jsonl:{number}"
        assert list(rec) == list(RECORD_KEYS), where
        assert validate_record(rec) == [], (where, validate_record(rec))
        assert (CORPUS / rec["source"]).is_file(), (where, rec["source"])
        assert rec["evidence"] == [], where
        for name in ("start", "end", "registration_deadline"):
            if rec[name] is not None:
                assert date_re.match(rec[name]), (where, name)
        if rec["start"]:
            assert rec["end"] >= rec["start"], where
        assert line.strip().startswith("{"), where


# pages that report no meeting: a dialogue's "about" and membership pages, a project
# description, job offers, statistics, a memorandum signing
NO_MEETING_DOCUMENTS = {
    "feed_unrelated_posts.txt", "job_project_officer_secretariat.txt",
    "news_mou_signing_rabat_2025.txt", "offre_emploi_assistant_evenements_fr.txt",
    "page_about_rabat_process.txt", "page_jvap_database_project.txt",
    "page_membres_processus_khartoum_fr.txt", "page_membres_processus_rabat_fr.txt",
    "page_mtm_dialogue_about.md", "page_mtm_dialogue_about_officials.txt",
    "page_processus_budapest_apropos_fr.txt",
    "page_projet_appui_dialogues_fr.txt", "stats_migrations_afrique_ouest_fr.txt",
    "stats_remittances_west_africa.txt", "stats_sadc_labour_migration.txt",
}  # fmt: skip


def test_every_document_has_a_gold_entry_or_is_a_known_empty_one():
    sources = {rec["source"] for rec in load_gold(GOLD)}
    without_meetings = {p.name for p in corpus_documents()} - sources
    assert without_meetings == NO_MEETING_DOCUMENTS


FRENCH_STOPWORDS = {
    "le", "la", "les", "des", "du", "et", "une", "un", "est", "sur", "pour", "dans", "par",
    "au", "aux", "avec", "qui", "ont", "été", "sont",
}  # fmt: skip
ENGLISH_STOPWORDS = {
    "the", "and", "of", "to", "in", "is", "for", "on", "with", "by", "was", "were", "will",
    "from", "at", "an", "which",
}  # fmt: skip


def document_text(path: Path) -> str:
    if path.suffix == ".pdf":
        from pypdf import PdfReader

        return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    if path.suffix == ".docx":
        from docx import Document

        return "\n".join(p.text for p in Document(str(path)).paragraphs)
    return path.read_text(encoding="utf-8")


def is_french(text: str) -> bool:
    words = re.findall(r"[a-zàâçéèêëîïôûùüÿœ']+", text.lower())
    french = sum(w in FRENCH_STOPWORDS for w in words)
    english = sum(w in ENGLISH_STOPWORDS for w in words)
    return french > english


def test_corpus_size_and_languages():
    documents = corpus_documents()
    assert len(documents) >= 40
    french = [p.name for p in documents if is_french(document_text(p))]
    assert len(french) * 4 >= len(documents), french
    assert {p.suffix for p in documents} >= {".txt", ".md", ".html", ".pdf", ".docx"}


def test_pdf_keeps_footer_and_hyphenation():
    text = document_text(CORPUS / "list_thematic_meetings_2015_2019.pdf")
    assert "Page 1 of 2" in text
    assert "partici-\npants" in text


# --------------------------------------------------------------------------- the command


def test_evaluate_command_scores_a_corpus(tmp_path, monkeypatch, capsys):
    import argparse
    import json as _json

    import processus.extraction as extraction
    from processus.commands import evaluate as command

    (tmp_path / "a.txt").write_text("Madrid, 1-2 July 2019", encoding="utf-8")
    (tmp_path / "broken.txt").write_text("", encoding="utf-8")
    (tmp_path / "SOURCES.md").write_text("not a document", encoding="utf-8")
    (tmp_path / "gold.jsonl").write_text(
        _json.dumps(dict(MADRID, source="a.txt"), ensure_ascii=False) + "\n", encoding="utf-8"
    )

    class DocumentError(Exception):
        pass

    class Record:
        def __init__(self, data):
            self.data = data

        def to_dict(self):
            return dict(self.data)

    class Result:
        def __init__(self, records):
            self.records = records

    seen = []

    def extract_document(path, reference_date=None):
        seen.append((Path(path).name, reference_date))
        if Path(path).name == "broken.txt":
            raise DocumentError("empty document")
        return Result([Record(dict(MADRID, source=str(path)))])

    monkeypatch.setattr(extraction, "DocumentError", DocumentError, raising=False)
    monkeypatch.setattr(extraction, "extract_document", extract_document, raising=False)

    parser = argparse.ArgumentParser()
    command.add_arguments(parser)
    args = parser.parse_args(["--corpus", str(tmp_path), "--reference-date", "2026-11-23"])
    assert command.run(args) == 0
    out, err = capsys.readouterr()
    assert "broken.txt: empty document" in err
    assert "gold meetings: 1" in out
    assert sorted(name for name, _ in seen) == ["a.txt", "broken.txt"]
    assert {str(date) for _, date in seen} == {"2026-11-23"}

    args = parser.parse_args(["--corpus", str(tmp_path), "--format", "json", "--show-errors"])
    assert command.run(args) == 0
    payload = _json.loads(capsys.readouterr().out)
    assert payload["meeting"]["tp"] == 1
    assert payload["failed_documents"] == ["broken.txt"]


def test_evaluate_command_reports_a_missing_corpus(tmp_path, capsys):
    import argparse

    from processus.commands import evaluate as command

    parser = argparse.ArgumentParser()
    command.add_arguments(parser)
    assert command.run(parser.parse_args(["--corpus", str(tmp_path / "nope")])) == 1
    assert "corpus directory not found" in capsys.readouterr().err
