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
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

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


def _text(value: object) -> str:
    """A chart's value for HTML: Django's ``conditional_escape`` (safe strings as they
    are), given numbers and lazy labels too. Written without ``format_html``, which
    wraps every argument: a chart writes hundreds of values."""
    return conditional_escape(str(value))


def _bars_svg(chart: BarChart, title: str) -> SafeString:
    groups = []
    last = len(chart.bars) - 1
    for index, bar in enumerate(chart.bars):
        name = _text(bar.label)
        rects = "".join(
            f'<rect class="{_text(s.css_class)}" x="{bar.x:.1f}" y="{s.y:.2f}" '
            f'width="{BAR_WIDTH}" height="{s.height:.2f}">'
            f"<title>{name} · {_text(s.label or title)}: {_text(s.value)}</title></rect>"
            for s in bar.segments
        )
        label = ""
        if index % chart.label_every == 0 or index == last:
            label = (
                f'<text class="bar-chart__label" x="{bar.label_x:.1f}" '
                f'y="{_text(chart.label_y)}" text-anchor="middle">{name}</text>'
            )
        groups.append(f"<g><title>{name}: {_text(bar.total)}</title>{rects}{label}</g>")
    return mark_safe("\n".join(groups))  # every value escaped by _text


def _figures_table(chart: BarChart, chart_id: str) -> SafeString:
    several = len(chart.series) > 1
    head = "".join(f'<th scope="col">{_text(s.label)}</th>' for s in chart.series)
    rows = []
    for bar in chart.bars:
        cells = ""
        if several:
            values = {segment.series: segment.value for segment in bar.segments}
            cells = "".join(f"<td>{_text(values.get(s.key, ''))}</td>" for s in chart.series)
        rows.append(
            f'<tr><th scope="row">{_text(bar.label)}</th>{cells}<td>{_text(bar.total)}</td></tr>'
        )
    return format_html(
        '<details class="chart__data">\n<summary>{}</summary>\n'
        '<div class="table-scroll" role="region" aria-labelledby="{}-title" tabindex="0">\n'
        '<table>\n<thead><tr><th scope="col">{}</th>{}<th scope="col">{}</th></tr></thead>\n'
        "<tbody>\n{}\n</tbody>\n</table>\n</div>\n</details>",
        _("Figures as a table"), chart_id, _("Year"), mark_safe(head) if several else "",
        _("Total"), mark_safe("\n".join(rows)),  # every value escaped by _text
    )  # fmt: skip


def chart_html(chart: BarChart, chart_id: str, title: str | Promise) -> SafeString:
    """The chart as a ``<figure>``: the SVG, its legend and the same figures as a table.

    Written here rather than in a template: a chart of twenty years and eight series is
    some five hundred elements, which a template takes several milliseconds to write.
    """
    if chart.empty:
        body = format_html('<p class="empty">{}</p>', _("Nothing to chart yet."))
    else:
        svg = format_html(
            '<svg class="bar-chart" viewBox="0 0 {} {}" role="img" aria-labelledby="{}-title" '
            'focusable="false" preserveAspectRatio="xMinYMax meet">\n{}\n</svg>',
            chart.width, chart.height, chart_id, _bars_svg(chart, str(title)),
        )  # fmt: skip
        legend = SafeString("")
        if len(chart.series) > 1:
            items = format_html_join(
                "",
                '<li><span class="swatch {}" aria-hidden="true"></span>{} ({})</li>',
                ((s.css_class, s.label, s.total) for s in chart.series),
            )
            legend = format_html('\n<ul class="legend">{}</ul>', items)
        body = format_html("{}{}\n{}", svg, legend, _figures_table(chart, chart_id))
    return format_html(
        '<figure class="chart" aria-labelledby="{}-title">\n'
        '<figcaption id="{}-title">{}</figcaption>\n{}\n</figure>',
        chart_id, chart_id, title, body,
    )  # fmt: skip
