"""The coverage page's per-item meeting lists, as HTML: the tag that writes them in Python
gives the markup the template include gave (links, badges, escaping, 'and N more')."""

from __future__ import annotations

import datetime as dt

import pytest
from django.template import Context, Template
from django.utils import translation

from processus.plans.coverage import Coverage, ItemCoverage, LinkedMeeting

pytestmark = pytest.mark.django_db

PAGE = Template("{% load plans_coverage %}{% coverage_item_meetings item coverage %}")


def _coverage() -> Coverage:
    return Coverage(
        "test-plan", "Test Plan", dt.date(2023, 1, 1), dt.date(2027, 12, 31),
        areas=[], objectives=[], actions=[], objectives_total=0, actions_total=0, meeting_ids=[],
    )  # fmt: skip


def _item(kind: str, meetings: list[LinkedMeeting]) -> ItemCoverage:
    return ItemCoverage(kind, "3", 41, "Title", "", True, meetings=meetings)


def _meeting(pk: int, **fields: str) -> LinkedMeeting:
    values = {"title": f"Meeting {pk}", "start": "", "status": "suggested", "reason": ""}
    return LinkedMeeting(meeting_id=pk, **(values | fields))  # type: ignore[arg-type]


def _render(item: ItemCoverage, language: str = "en") -> str:
    with translation.override(language):
        return PAGE.render(Context({"item": item, "coverage": _coverage()}))


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", '<p class="gap">Not addressed yet</p>\n'),
        ("fr", '<p class="gap">Pas encore traités</p>\n'),
    ],
)  # fmt: skip
def test_an_item_without_meetings_says_not_addressed(language, expected):
    assert _render(_item("action", []), language) == expected


def test_a_meeting_line_carries_link_date_badge_via_and_escaped_reason():
    confirmed = _meeting(
        7, title="Border <management>", start="2024-03-01", status="confirmed",
        reason='title: "border" & more',
    )  # fmt: skip
    suggested = _meeting(9, via="action 3")
    assert _render(_item("objective", [confirmed, suggested])) == (
        '<ul class="linked-meetings">'
        '\n<li><a href="/meetings/7/">Border &lt;management&gt;</a>'
        ' <span class="meta">2024-03-01</span>'
        '\n  <span class="badge badge--confirmed">confirmed</span>'
        '\n  <br><span class="reason">title: &quot;border&quot; &amp; more</span></li>'
        '\n<li><a href="/meetings/9/">Meeting 9</a>'
        '\n  <span class="badge badge--suggested">suggested</span>'
        ' <span class="meta">through action 3</span>'
        "\n  </li>"
        "\n</ul>\n"
    )


def test_french_lines_are_translated_and_addressed_under_fr():
    html = _render(_item("action", [_meeting(5, status="confirmed", via="action <2>")]), "fr")
    assert '<a href="/fr/meetings/5/">Meeting 5</a>' in html
    assert '<span class="badge badge--confirmed">confirmé</span>' in html
    assert '<span class="meta">par l\'intermédiaire de action &lt;2&gt;</span>' in html


@pytest.mark.parametrize(
    ("kind", "link"),
    [
        ("area", ': <a href="/meetings/?area=41&amp;since=2023-01-01&amp;until=2027-12-31">'
                 "all of them in the meeting list</a>"),
        ("objective", ': <a href="/meetings/?objective=41&amp;since=2023-01-01&amp;'
                      'until=2027-12-31">all of them in the meeting list</a>'),
        ("action", ""),  # the meeting list does not filter by action
    ],
)  # fmt: skip
def test_five_meetings_are_shown_and_the_rest_counted(kind, link):
    html = _render(_item(kind, [_meeting(pk) for pk in range(1, 8)]))
    assert html.count("<li>") == 5
    assert '<a href="/meetings/5/">' in html
    assert '<a href="/meetings/6/">' not in html
    assert html.endswith(f'</ul><p class="more-meetings">and 2 more meetings{link}</p>\n')


def test_exactly_five_meetings_need_no_more_line():
    html = _render(_item("area", [_meeting(pk) for pk in range(1, 6)]))
    assert html.count("<li>") == 5
    assert "more-meetings" not in html
