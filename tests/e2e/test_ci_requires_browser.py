"""Under CI a missing browser fails the end-to-end tests; locally it skips them, saying why."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.conftest import unavailable, under_ci

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("value", "expected"),
    [("true", True), ("1", True), ("yes", True), ("", False), ("0", False), ("false", False)],
)
def test_ci_is_read_from_the_environment(value, expected):
    assert under_ci({"CI": value}) is expected
    assert under_ci({}) is False


def test_unavailable_fails_under_ci_and_skips_locally(monkeypatch):
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="no browser here"):
        unavailable("no browser here")
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception, match="no browser here"):
        unavailable("no browser here")


def _browser_test_without_chromium(tmp_path: Path, ci: str) -> subprocess.CompletedProcess[str]:
    """One browser test in a fresh pytest, with a PATH that holds no chromium."""
    # The inner run uses SQLite in memory: on PostgreSQL it would create and then drop the
    # outer run's own test database, whose name it would share.
    environ = {
        key: value
        for key, value in os.environ.items()
        if key not in {"CI", "PROCESSUS_TEST_DATABASE_URL"}
    }
    environ.update({"PATH": str(tmp_path), "CI": ci})
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-x",
            "tests/e2e/test_browser.py",
            "-k",
            "test_visitor_browses",
        ],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.slow
def test_a_missing_chromium_fails_the_browser_tests_under_ci(tmp_path):
    done = _browser_test_without_chromium(tmp_path, ci="true")
    assert done.returncode == 1, done.stdout[-2000:]
    assert "headless Chromium is not available" in done.stdout
    assert "1 error" in done.stdout  # the browser fixture fails, so the test errors


@pytest.mark.slow
def test_a_missing_chromium_skips_the_browser_tests_locally(tmp_path):
    done = _browser_test_without_chromium(tmp_path, ci="")
    assert done.returncode == 0, done.stdout[-2000:]
    assert "1 skipped" in done.stdout
    assert "headless Chromium is not available" in done.stdout
