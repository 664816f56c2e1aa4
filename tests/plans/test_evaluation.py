"""Link suggestions against the hand-made gold links of the example corpus.

The corpus is ingested for real (a few seconds), which also runs the suggester
through ingestion's hook. Floors are the figures measured when the gold was
written (66 meetings: precision 0.877, recall 0.763), less a small margin.
"""

from __future__ import annotations

import json

import pytest

from processus.cli import main
from processus.plans.coverage import plan_coverage
from processus.plans.evaluation import GoldError, evaluate, load_gold
from processus.plans.models import LinkSuggestion
from tests.plans.conftest import CORPUS

GOLD = CORPUS / "gold_links.jsonl"
FLOORS = {"precision": 0.84, "recall": 0.72}


def test_the_gold_covers_60_meetings_of_both_plans_with_empty_annotations_too():
    gold = load_gold(GOLD)
    assert len(gold) >= 60
    assert {g.plan for g in gold} == {"marrakesh-2018-2022", "cadiz-2023-2027"}
    assert sum(1 for g in gold if not g.links) >= 15  # meetings that address no single item
    assert sum(1 for g in gold if any(link.startswith("action") for link in g.links)) >= 5


def test_precision_and_recall_floors(corpus_db):
    result = evaluate(load_gold(GOLD))
    assert result.meetings == len(load_gold(GOLD)) and not result.unmatched
    assert result.overall.precision >= FLOORS["precision"]
    assert result.overall.recall >= FLOORS["recall"]
    assert result.by_kind["objective"].true_positives >= 25
    assert result.by_kind["action"].true_positives >= 3


def test_ingestion_stored_explained_suggestions_and_cadiz_coverage_answers(corpus_db):
    assert LinkSuggestion.objects.filter(status="suggested").count() > 50
    cadiz = plan_coverage("cadiz-2023-2027")
    assert cadiz.objectives_total == 10 and cadiz.actions_total == 29
    assert cadiz.objectives_addressed >= 4 and cadiz.actions_addressed >= 2
    addressed = [o for o in cadiz.objectives if o.addressed]
    assert addressed and all(m.reason for o in addressed for m in o.meetings if not m.via)


def test_the_command_prints_the_figures(corpus_db, capsys):
    assert main(["evaluate-links", "--gold", str(GOLD), "--format", "json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["meetings"] >= 60 and figures["precision"] >= FLOORS["precision"]


def test_a_bad_gold_file_is_named(tmp_path, db, capsys):
    bad = tmp_path / "gold.jsonl"
    bad.write_text('{"source": "a.txt", "start": "2024-01-01", "plan": "p", "links": []}\n{oops\n')
    with pytest.raises(GoldError, match=r"gold\.jsonl:2: not a gold link record"):
        load_gold(bad)
    assert main(["evaluate-links", "--gold", str(bad)]) == 1
    assert "gold.jsonl:2" in capsys.readouterr().err
    bad.write_text('{"source": "a.txt", "start": "2024-01-01", "plan": "p", "links": ["goal 1"]}\n')
    with pytest.raises(GoldError, match="unknown item 'goal 1'"):
        load_gold(bad)


def test_ingesting_again_keeps_every_editor_decision(corpus_db, tmp_path):
    from processus.kb.ingest import ingest
    from processus.kb.models import MeetingLink
    from processus.kb.operations import create_editor
    from processus.plans.operations import decide_link

    editor = create_editor("amina", "amina@example.org", "a-long-pass-123")
    suggested = list(LinkSuggestion.objects.filter(status="suggested").order_by("pk")[:2])
    assert len(suggested) == 2
    rejected, confirmed = suggested
    decide_link(rejected.meeting_id, *rejected.target_key, "rejected", editor)
    decide_link(confirmed.meeting_id, *confirmed.target_key, "confirmed", editor)
    changed = tmp_path / "corpus"
    changed.mkdir()
    (changed / "note.txt").write_text(
        "Rabat Process workshop on voluntary return and reintegration in Dakar on 3 March 2025.\n"
    )
    ingest([CORPUS, changed])
    rejected.refresh_from_db()
    confirmed.refresh_from_db()
    assert (rejected.status, confirmed.status) == ("rejected", "confirmed")
    kind, pk = rejected.target_key
    assert not MeetingLink.objects.filter(meeting_id=rejected.meeting_id, **{f"{kind}_id": pk})
    kind, pk = confirmed.target_key
    link = MeetingLink.objects.get(meeting_id=confirmed.meeting_id, **{f"{kind}_id": pk})
    assert link.source == MeetingLink.Source.CONFIRMED
