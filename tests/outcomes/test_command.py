"""``processus outcomes``: the summary, the items as JSON lines, and a re-read on demand."""

from __future__ import annotations

import argparse
import json

import pytest

from processus.commands import outcomes as command
from processus.kb.models import Meeting, Outcome

pytestmark = pytest.mark.django_db


def _run(capsys, **options) -> tuple[int, str, str]:
    args = argparse.Namespace(**{"sync": False, "force": False, "format": "text", **options})
    code = command.run(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_summary_counts_items_meetings_and_conflicts(ingested, capsys) -> None:
    dakar = Meeting.objects.get(outcomes__text__startswith="Simplify visa")
    Meeting.objects.filter(pk=dakar.pk).update(recommendations=5)  # the items say 3
    code, out, _err = _run(capsys)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "5 outcome items from 2 meetings (recommendation: 5)"
    assert lines[1] == "1 meetings whose stated recommendations disagree with items"
    assert f"meeting {dakar.pk}" in lines[2]
    assert "states 5, has 3 recommendations" in lines[2]


def test_jsonl_gives_one_object_per_item(ingested, capsys) -> None:
    code, out, _err = _run(capsys, format="jsonl")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == Outcome.objects.count() == 5
    assert {row["kind"] for row in rows} == {"recommendation"}
    assert all(row["extracted"] for row in rows)


def test_sync_force_reads_every_document_and_keeps_items(ingested, capsys) -> None:
    before = sorted(Outcome.objects.values_list("pk", flat=True))
    code, out, _err = _run(capsys, sync=True, force=True)
    assert code == 0
    assert "items created 0, kept 5, removed 0" in out
    assert sorted(Outcome.objects.values_list("pk", flat=True)) == before


def test_force_without_sync_is_a_usage_error(capsys) -> None:
    code, _out, err = _run(capsys, force=True)
    assert code == 2
    assert "--force goes with --sync" in err
