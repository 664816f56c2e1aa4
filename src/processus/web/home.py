"""The home page's record at a glance: meetings per year, what comes next, latest documents,
and the coverage so far of the action plans in force (a fixed number of queries)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from django.db.models import Count, F, Q
from django.db.models.functions import ExtractYear

from processus.kb.models import Document, Framework, Meeting
from processus.kb.models.meetings import MeetingStatus
from processus.kb.models.meetings import today as current_day
from processus.web.charts import BarChart, stacked_bars, year_range
from processus.web.coverage import Coverage, coverages, default_period

UPCOMING = 5
LATEST_DOCUMENTS = 5


@dataclass
class HomeRecord:
    chart: BarChart
    meeting_total: int
    upcoming: list[Meeting]
    documents: list[Document]
    coverages: list[Coverage]


def home_record() -> HomeRecord:
    """What comes next is what every page calls upcoming (:meth:`Meeting.status_on`)."""
    today = current_day()
    per_year = Counter(
        {
            str(row["y"]): row["n"]
            for row in Meeting.objects.filter(start__isnull=False)
            .annotate(y=ExtractYear("start"))
            .values("y")
            .annotate(n=Count("pk"))
            .order_by()
        }
    )
    counts = {year: {"meetings": n} for year, n in per_year.items()}
    chart = stacked_bars(counts, {"meetings": ""}, year_range([int(y) for y in per_year]))
    upcoming = list(
        Meeting.objects.with_current_status(today)
        .filter(Q(status_now=MeetingStatus.UPCOMING))
        .select_related("country")
        .order_by(F("start").asc(nulls_last=True), "pk")[:UPCOMING]
    )
    documents = list(
        Document.objects.defer("text").order_by("-ingested_at", "-pk")[:LATEST_DOCUMENTS]
    )
    current = Framework.objects.filter(
        period_start__lte=today.year, period_end__gte=today.year
    ).select_related("dialogue")
    return HomeRecord(
        chart=chart,
        meeting_total=sum(per_year.values()),
        upcoming=upcoming,
        documents=documents,
        coverages=coverages([(f, *default_period(f)) for f in current]),
    )
