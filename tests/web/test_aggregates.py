"""Aggregates kept per process (:mod:`processus.web.aggregates`): reused at the same data
version, computed again when it changes or when they are too old, bounded per kind."""

from __future__ import annotations

import pytest

from processus.web import aggregates


@pytest.fixture
def version(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    current = ["v1"]
    monkeypatch.setattr(aggregates, "data_version", lambda: current[0])
    aggregates.forget_all()
    return current


def test_reused_at_the_same_version_and_computed_again_after_a_change(version) -> None:
    calls: list[int] = []

    def compute() -> int:
        calls.append(1)
        return len(calls)

    assert aggregates.remembered("k", "a", compute) == 1
    assert aggregates.remembered("k", "a", compute) == 1
    assert aggregates.remembered("k", "b", compute) == 2  # another key
    version[0] = "v2"
    assert aggregates.remembered("k", "a", compute) == 3


def test_computed_again_once_too_old(version, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(aggregates, "SECONDS", -1.0)
    values = iter([1, 2])
    assert aggregates.remembered("k", "a", lambda: next(values)) == 1
    assert aggregates.remembered("k", "a", lambda: next(values)) == 2


def test_each_kind_keeps_at_most_its_number_of_entries(version) -> None:
    for n in range(5):
        aggregates.remembered("big", str(n), lambda n=n: n, max_entries=2)
    aggregates.remembered("small", "x", lambda: "kept")
    assert aggregates.remembered("big", "4", lambda: -1) == 4
    assert aggregates.remembered("big", "0", lambda: -1) == -1  # dropped, least recent
    assert aggregates.remembered("small", "x", lambda: "again") == "kept"


def test_forgetting_the_data_version_drops_them(version) -> None:
    from processus.web.page_cache import forget_data_version

    aggregates.remembered("k", "a", lambda: 1)
    forget_data_version()
    assert aggregates.remembered("k", "a", lambda: 2) == 2
