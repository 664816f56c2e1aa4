"""Editors deciding links while the suggester runs, in two real processes on one SQLite data
directory: every decision holds, whichever process writes first (both take the writer lock)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.plans.conftest import CORPUS

pytestmark = pytest.mark.slow

SUGGESTER = textwrap.dedent(
    """
    import django
    django.setup()
    from processus.kb.writer_lock import writing
    from processus.plans.operations import suggest_links
    for _ in range(60):
        with writing():
            suggest_links()
    print("suggested")
    """
)

EDITOR = textwrap.dedent(
    """
    import json, django
    django.setup()
    from processus.kb.operations import create_editor
    from processus.plans.models import LinkSuggestion
    from processus.plans.operations import decide_link
    editor = create_editor("amina", "", "a-long-pass-123")
    rows = list(LinkSuggestion.objects.filter(status="suggested").order_by("pk")[:20])
    decided = []
    for index, row in enumerate(rows):
        verdict = "rejected" if index % 2 else "confirmed"
        decide_link(row.meeting_id, *row.target_key, verdict, editor)
        decided.append([row.pk, verdict])
    print(json.dumps(decided))
    """
)

CHECK = textwrap.dedent(
    """
    import json, sys, django
    django.setup()
    from processus.kb.models import MeetingLink
    from processus.plans.models import LinkSuggestion
    wrong = []
    for pk, verdict in json.loads(sys.argv[1]):
        row = LinkSuggestion.objects.get(pk=pk)
        kind, target = row.target_key
        links = MeetingLink.objects.filter(meeting_id=row.meeting_id, **{kind + "_id": target})
        sources = [link.source for link in links]
        expected = ["confirmed"] if verdict == "confirmed" else []
        if row.status != verdict or sources != expected:
            wrong.append([pk, verdict, row.status, sources])
    print(json.dumps(wrong))
    """
)


def _environment(data_dir: Path) -> dict[str, str]:
    environ = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "SECRET_KEY", "DJANGO_SETTINGS_MODULE", "DEBUG"}
    }
    environ.update(
        PROCESSUS_DATA_DIR=str(data_dir), DJANGO_SETTINGS_MODULE="processus.config.settings"
    )
    return environ


def _run(data_dir: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, *args],
        env=_environment(data_dir),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _finish(process: subprocess.Popen[str]) -> str:
    out, err = process.communicate(timeout=300)
    assert process.returncode == 0, err[-3000:]
    return out


def test_decisions_made_while_the_suggester_runs_all_hold(tmp_path):
    data = tmp_path / "data"
    for command in (["migrate"], ["load-reference"], ["ingest", str(CORPUS)]):
        _finish(_run(data, "-m", "processus", *command))
    suggester = _run(data, "-c", SUGGESTER)
    editor = _run(data, "-c", EDITOR)
    decided = _finish(editor).strip().splitlines()[-1]
    assert "suggested" in _finish(suggester)
    assert decided.count("rejected") == 10 and decided.count("confirmed") == 10
    _finish(_run(data, "-m", "processus", "suggest-links"))  # and once more afterwards
    assert _finish(_run(data, "-c", CHECK, decided)).strip() == "[]"
