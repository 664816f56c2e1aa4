"""One source of truth: the home page, the plan page, the coverage page and coverage.json give
the same totals and, for the same period, the same figures, on the ingested example corpus."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.test import Client
from django.utils.html import strip_tags

from processus.plans.coverage import plan_coverage

pytestmark = pytest.mark.django_db

KEY = "cadiz-2023-2027"


def figures(html: str, kind: str) -> list[tuple[int, int]]:
    text = " ".join(strip_tags(html).split())
    return [(int(a), int(b)) for a, b in re.findall(rf"(\d+) of (\d+) {kind}", text)]


def test_home_plan_and_coverage_pages_agree(corpus_db, client: Client):
    so_far = plan_coverage(KEY)
    whole = plan_coverage(KEY, end=dt.date(2027, 12, 31))
    assert so_far.objectives_addressed > 0 and so_far.actions_addressed > 0
    assert (so_far.objectives_total, so_far.actions_total) == (10, 29)
    expected_so_far = {
        "objectives": (so_far.objectives_addressed, 10),
        "actions": (so_far.actions_addressed, 29),
    }
    home = client.get("/").content.decode()
    coverage_page = client.get(f"/plans/{KEY}/coverage/").content.decode()
    plan_page = client.get(f"/plans/{KEY}/").content.decode()
    for kind, expected in expected_so_far.items():
        assert expected in figures(home, kind), kind
        assert set(figures(coverage_page, kind)) == {expected}, kind
    assert (whole.objectives_addressed, whole.objectives_total) in figures(plan_page, "objectives")
    assert (whole.actions_addressed, whole.actions_total) in figures(plan_page, "actions")
    data = client.get(f"/plans/{KEY}/coverage.json").json()
    assert (data["objectives_addressed"], data["objectives_total"]) == expected_so_far["objectives"]
    assert (data["actions_addressed"], data["actions_total"]) == expected_so_far["actions"]
