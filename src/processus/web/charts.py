"""Bar charts drawn on the server as SVG: no JavaScript, no inline style.

Geometry is computed here and written as SVG attributes (allowed by a strict
Content-Security-Policy, unlike ``style=""``); colours come from CSS classes.
Every chart is also given as a table, so screen readers and keyboards get the
same figures.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from django.utils.functional import Promise

#: Geometry of the drawing, in SVG user units (the SVG scales to its container).
BAR_WIDTH = 24
GAP = 8
HEIGHT = 120
LABEL_SPACE = 18
SERIES_CLASSES = 11  # .series-0 … .series-10 in the stylesheet


@dataclass
class Segment:
    series: str
    label: str | Promise
    value: int
    y: float
    height: float
    css_class: str


@dataclass
class Bar:
    label: str
    total: int
    x: float
    segments: list[Segment] = field(default_factory=list)

    @property
    def label_x(self) -> float:
        return self.x + BAR_WIDTH / 2

    @property
    def top(self) -> float:
        return min((s.y for s in self.segments), default=HEIGHT)


@dataclass
class Series:
    key: str
    label: str | Promise
    css_class: str
    total: int


@dataclass
class BarChart:
    bars: list[Bar]
    series: list[Series]
    maximum: int
    width: int
    height: int = HEIGHT + LABEL_SPACE
    label_y: int = HEIGHT + LABEL_SPACE - 4

    @property
    def empty(self) -> bool:
        return not self.bars

    @property
    def label_every(self) -> int:
        """Label one bar in ``n`` so year labels never overlap."""
        return max(1, len(self.bars) // 16 + 1)


def stacked_bars(
    counts: Mapping[str, Mapping[str, int]],
    series_labels: Mapping[str, str | Promise],
    bar_order: Sequence[str] | None = None,
) -> BarChart:
    """``counts[bar][series] = n`` → a stacked bar chart with one bar per key of ``counts``.

    ``series_labels`` gives the order and the legend of the series; series not
    in it are drawn last under their own key.
    """
    order = list(bar_order if bar_order is not None else sorted(counts))
    known = list(series_labels)
    extra = sorted({s for row in counts.values() for s in row} - set(known))
    series_keys = [*known, *extra]
    classes = {key: f"series-{i % SERIES_CLASSES}" for i, key in enumerate(series_keys)}
    maximum = max((sum(counts.get(b, {}).values()) for b in order), default=0)
    bars = []
    for index, label in enumerate(order):
        row = counts.get(label, {})
        bar = Bar(label=label, total=sum(row.values()), x=index * (BAR_WIDTH + GAP) + GAP / 2)
        bottom = float(HEIGHT)
        for key in series_keys:
            value = row.get(key, 0)
            if not value:
                continue
            height = HEIGHT * value / maximum if maximum else 0
            bottom -= height
            bar.segments.append(
                Segment(
                    series=key,
                    label=series_labels.get(key, key),
                    value=value,
                    y=round(bottom, 2),
                    height=round(height, 2),
                    css_class=classes[key],
                )
            )
        bars.append(bar)
    totals = {key: sum(row.get(key, 0) for row in counts.values()) for key in series_keys}
    series = [
        Series(key, series_labels.get(key, key), classes[key], totals[key])
        for key in series_keys
        if totals[key]
    ]
    width = max(len(bars), 1) * (BAR_WIDTH + GAP)
    return BarChart(bars=bars, series=series, maximum=maximum, width=width)


def year_range(years: Sequence[int]) -> list[str]:
    """Every year from the first to the last, so gaps show as empty bars."""
    if not years:
        return []
    return [str(year) for year in range(min(years), max(years) + 1)]
