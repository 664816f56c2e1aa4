"""The ``processus extract`` command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from processus.cli import main
from processus.extraction import RECORD_KEYS

ANNOUNCEMENT = (
    "A thematic meeting of the Rabat Process will take place on 4 and 5 March 2024 in "
    "Abidjan. It will be co-chaired by Côte d'Ivoire and France."
)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, "a.txt", ANNOUNCEMENT)
    assert main(["extract", str(path), "--reference-date", "2024-01-01"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1
    record = json.loads(out[0])
    assert list(record) == list(RECORD_KEYS)
    assert record["source"] == str(path)
    assert record["city"] == "Abidjan"
    assert record["country"] == "Côte d'Ivoire"
    assert record["status"] == "upcoming"
    assert "Côte d'Ivoire" in out[0]  # ensure_ascii=False


def test_relative_source_stays_relative(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(tmp_path, "docs/a.txt", ANNOUNCEMENT)
    monkeypatch.chdir(tmp_path)
    assert main(["extract", "docs/a.txt"]) == 0
    assert json.loads(capsys.readouterr().out)["source"] == "docs/a.txt"


def test_directory_is_recursive_and_sorted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(tmp_path, "b/second.txt", ANNOUNCEMENT.replace("Abidjan", "Dakar"))
    _write(tmp_path, "a/first.md", ANNOUNCEMENT)
    _write(tmp_path, "a/ignored.png", "not a document")
    assert main(["extract", str(tmp_path)]) == 0
    cities = [json.loads(line)["city"] for line in capsys.readouterr().out.splitlines()]
    assert cities == ["Abidjan", "Dakar"]


def test_bad_file_is_reported_and_others_continue(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = _write(tmp_path, "empty.txt", "")
    good = _write(tmp_path, "good.txt", ANNOUNCEMENT)
    assert main(["extract", str(empty), str(good), str(tmp_path / "missing.txt")]) == 0
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 1
    errors = captured.err.strip().splitlines()
    assert errors[0] == f"processus: {empty}: file is empty"
    assert errors[1].startswith(f"processus: {tmp_path / 'missing.txt'}: ")
    assert "Traceback" not in captured.err


def test_nothing_readable_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = _write(tmp_path, "empty.txt", "")
    assert main(["extract", str(empty)]) == 2
    assert "file is empty" in capsys.readouterr().err


def test_invalid_reference_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, "a.txt", ANNOUNCEMENT)
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", str(path), "--reference-date", "2024-13-45"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "--reference-date" in err and "Traceback" not in err


def test_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, "a.txt", ANNOUNCEMENT)
    assert main(["extract", str(path), "--format", "table"]) == 0
    out = capsys.readouterr().out
    assert "thematic_meeting" in out and "Abidjan" in out


def test_no_django_import(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = _write(tmp_path, "a.txt", ANNOUNCEMENT)
    code = (
        "import sys; from processus.cli import main; main(['extract', sys.argv[1]]); "
        "assert 'django' not in sys.modules, 'django imported'"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


DATELINE = (
    "DAKAR, 3 May 2024 (APS) - Spain hosted a workshop on labour migration in Abidjan on "
    "2 May 2024, ahead of the Senior Officials' Meeting.\n"
)


def test_jsonl_without_explain_has_no_rules(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, "a.txt", DATELINE)
    assert main(["extract", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    evidence = json.loads(lines[0])["evidence"]
    assert evidence and all("rule" not in item for item in evidence)


def test_explain_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, "a.txt", DATELINE)
    assert main(["extract", str(path), "--explain"]) == 0
    record, explained = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    # the record keeps the contract's keys; each evidence object names its rule
    assert list(record) == list(RECORD_KEYS)
    hosts = [e for e in record["evidence"] if e["field"] == "hosts"]
    assert [(e["text"], e["rule"]) for e in hosts] == [("Spain", "verb_hosted")]
    assert all(e["rule"] for e in record["evidence"])
    # then one line per document: the candidates left aside
    assert list(explained) == ["source", "explanations"]
    assert explained["source"] == str(path)
    assert explained["explanations"][0] == {
        "field": "city",
        "start": 0,
        "end": 5,
        "text": "DAKAR",
        "reason": "the city of a dateline: where the story was filed, not the venue",
        "meeting": None,
    }
    assert [x["text"] for x in explained["explanations"]] == [
        "DAKAR",
        "3 May 2024",
        "workshop",
        "Senior Officials' Meeting",
    ]


def test_explain_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, "a.txt", DATELINE)
    assert main(["extract", str(path), "--format", "table", "--explain"]) == 0
    out = capsys.readouterr().out
    assert "Meetings" in out  # the tables first
    report = out[out.index("Explanation: ") :].splitlines()
    assert report[0] == f"Explanation: {path} (news)"
    assert report[1] == "  Meeting 1: workshop | 2024-05-02 | Abidjan, Côte d'Ivoire"
    assert "    hosts: Spain" in report
    assert '      verb_hosted: "Spain" [26-31]' in report
    assert "    city: Abidjan" in report
    assert '      place:nearest city with preposition: "Abidjan" [73-80]' in report
    assert "    title: Workshop, Abidjan, May 2024" in report
    assert (
        '      title:composed: "workshop" [41-49] (inferred: composed from the meeting\'s '
        "kind, place and date)"
    ) in report
    left = report[report.index("  Left aside: 4") + 1 :]
    assert left[0] == (
        '    city: "DAKAR" [0-5]: the city of a dateline: where the story was filed, not the venue'
    )
    assert left[1] == (
        '    start: "3 May 2024" [7-17]: publication date, not a meeting date: the dateline\'s '
        "date, when the story was filed"
    )
    assert left[3].startswith(
        '    kind: "Senior Officials\' Meeting" [109-134]: senior_officials_meeting not chosen'
    )
    assert left[3].endswith("(for workshop, 2 May 2024)")
