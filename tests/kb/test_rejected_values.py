"""Ingestion stores no implausible value and keeps the reason in the evidence log (#12)."""

from __future__ import annotations

import pytest

from processus.kb.ingest import ingest
from processus.kb.models import Evidence, Meeting
from processus.kb.partial_dates import parse_partial_date


@pytest.fixture
def reference(db):
    from processus.kb.reference_loader import load_reference_data

    load_reference_data()


@pytest.fixture(autouse=True)
def media_root(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"


def test_refused_values_are_not_stored_and_their_reason_is(reference, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(
        "Expert meeting of the Rabat Process\n\n"
        "The expert meeting was held in Madrid on 3 June 2024. "
        "It gathered 10^100 participants from 500 countries.\n",
        encoding="utf-8",
    )
    report = ingest([page])
    assert report.failed == []
    meeting = Meeting.objects.get()
    assert (meeting.city, meeting.participants, meeting.countries_count) == (
        "Madrid", None, None,
    )  # fmt: skip
    refused = sorted(
        (e.field, e.quote, e.note, e.value)
        for e in Evidence.objects.filter(meeting=meeting, note__startswith="rejected: ")
    )
    assert refused == [
        ("countries_count", "500 countries",
         "rejected: more than 200 countries is not plausible for one meeting", None),
        ("participants", "10^100 participants",
         "rejected: a number written as a power is not a count", None),
    ]  # fmt: skip


@pytest.mark.parametrize("value", ["9999-01-01", "1066", "1949-12"])
def test_a_stored_date_out_of_bounds_is_refused_with_the_reason(value):
    with pytest.raises(ValueError, match="is outside 1950-2100"):
        parse_partial_date(value)


@pytest.mark.parametrize("value", ["1950-01-01", "2100"])
def test_a_stored_date_inside_the_bounds_is_read(value):
    assert parse_partial_date(value)[0].year in (1950, 2100)
