"""One status truth: a meeting's status follows its dates (read at their precision) and
today's date once the dates are known, the same on its page, in the list, its filter and
facet, the downloads, the home page's "what comes next" and the search's JSON."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.test import Client

from processus.kb.models import Meeting
from processus.kb.models.meetings import today

from .conftest import page_text, streamed
from .factories import DialogueFactory, DocumentFactory, EvidenceFactory, MeetingFactory

pytestmark = pytest.mark.django_db


def _status_row(text: str) -> str:
    start = text.index('id="field-status"')
    value = text.index('class="record__value">', start) + len('class="record__value">')
    return text[value : text.index("</dd>", value)].strip()


@pytest.fixture
def announced(db) -> Meeting:
    """Recorded as upcoming from an announcement; its dates have passed since."""
    DialogueFactory(key="rabat-process", name="Rabat Process")  # the home page shows a dialogue
    day = today()
    document = DocumentFactory(
        title="Announcement",
        text="The partners will meet in Dakar next month.",
        kind="announcement",
        document_date=day - dt.timedelta(days=430),
    )
    meeting = MeetingFactory(
        title="Announced long ago",
        status="upcoming",
        start=day - dt.timedelta(days=400),
        end=day - dt.timedelta(days=399),
    )
    EvidenceFactory(
        meeting=meeting, document=document, field="status", value="upcoming", quote="will meet"
    )
    return meeting


def test_a_meeting_recorded_upcoming_whose_dates_passed_is_past_everywhere(
    anon_client: Client, announced: Meeting
) -> None:
    coming = MeetingFactory(title="Still to come", status="", start=today() + dt.timedelta(days=9))

    page = page_text(anon_client.get(f"/meetings/{announced.pk}/"))
    assert _status_row(page) == "past"
    # What the announcement said was true when it was written: not a conflict.
    assert "Other values found" not in page[page.index('id="field-status"') :][:600]

    listed = page_text(anon_client.get("/meetings/"))
    assert "Announced long ago" in listed
    row = listed[listed.index("Announced long ago") :][:400]
    assert "· past" in row and "upcoming" not in row

    past = page_text(anon_client.get("/meetings/?status=past"))
    upcoming = page_text(anon_client.get("/meetings/?status=upcoming"))
    assert "Announced long ago" in past and "Announced long ago" not in upcoming
    assert "Still to come" in upcoming and "Still to come" not in past

    for fmt in ("json", "csv"):
        body = streamed(anon_client.get(f"/meetings.{fmt}"))
        if fmt == "json":
            statuses = {row["title"]: row["status"] for row in json.loads(body)}
            assert statuses == {"Announced long ago": "past", "Still to come": "upcoming"}
        else:
            lines = [line for line in body.splitlines() if "Announced long ago" in line]
            assert len(lines) == 1 and ",past," in lines[0]

    home = page_text(anon_client.get("/"))
    assert "Still to come" in home and "Announced long ago" not in home
    assert coming.current_status == "upcoming"


@pytest.mark.parametrize(
    ("start", "precision", "end", "expected"),
    [
        # Dated to the month: past once the month is over, not on its first day.
        (dt.date(2026, 12, 1), "month", None, "upcoming"),
        (dt.date(2026, 11, 1), "month", None, "past"),
        (dt.date(2026, 1, 1), "year", None, "upcoming"),
        (dt.date(2025, 1, 1), "year", None, "past"),
        # Under way (started, not ended): not past yet.
        (dt.date(2026, 12, 5), "day", dt.date(2026, 12, 7), "upcoming"),
        (dt.date(2026, 12, 6), "day", None, "upcoming"),
        (dt.date(2026, 12, 5), "day", None, "past"),
        (dt.date(2026, 11, 1), "month", dt.date(2026, 12, 1), "upcoming"),
    ],
)
def test_status_reads_dates_at_their_precision(start, precision, end, expected, db) -> None:
    meeting = MeetingFactory(
        status="past" if expected == "upcoming" else "upcoming",
        start=start,
        start_precision=precision,
        end=end,
        end_precision=precision,
    )
    on = dt.date(2026, 12, 6)
    assert meeting.status_on(on) == expected
    assert Meeting.objects.with_current_status(on).get(pk=meeting.pk).status_now == expected


def test_the_home_page_lists_what_is_still_to_come_by_the_same_rule(
    anon_client: Client, db
) -> None:
    DialogueFactory(key="rabat-process", name="Rabat Process")
    day = today()
    MeetingFactory(title="Under way", status="", start=day - dt.timedelta(days=1), end=day)
    MeetingFactory(title="Stated past, dated later", status="past", start=day + dt.timedelta(3))
    MeetingFactory(title="Cancelled", status="cancelled", start=day + dt.timedelta(days=5))
    MeetingFactory(title="Already held", status="upcoming", start=day - dt.timedelta(days=3))
    home = page_text(anon_client.get("/"))
    assert "Under way" in home and "Stated past, dated later" in home
    assert "Cancelled" not in home and "Already held" not in home


def test_status_facet_counts_change_at_midnight(monkeypatch, db) -> None:
    """The facet counts are cached until the data change, and until the day changes."""
    from processus.filters.meetings import MeetingFilterSet
    from processus.web import meeting_list

    def status_counts() -> dict[str, int]:
        facets = meeting_list.facets_and_timeline(MeetingFilterSet.from_query({})).facets
        status = next(facet for facet in facets if facet.name == "status")
        return {option.value: option.count for option in status.options}

    MeetingFactory(title="Tomorrow's meeting", status="", start=today() + dt.timedelta(days=1))
    assert status_counts() == {"upcoming": 1}
    later = today() + dt.timedelta(days=3)
    monkeypatch.setattr(meeting_list, "today", lambda: later)
    monkeypatch.setattr("processus.kb.models.meetings.today", lambda: later)
    assert status_counts() == {"past": 1}
