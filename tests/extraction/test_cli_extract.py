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
