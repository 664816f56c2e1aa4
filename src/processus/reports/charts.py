"""The report's charts as SVG geometry, drawn the same on the page and in the PDF.

Colours are SVG presentation attributes (``fill="#…"``), not CSS classes: WeasyPrint
does not apply the document's stylesheet inside an SVG, and attributes are allowed by a
Content-Security-Policy without 'unsafe-inline' (unlike ``style=""``). Every chart is
also given as a table in the templates, so the figures can be read without the drawing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

BAR_FILL = "#14385c"
ZERO_FILL = "#c9d1da"

#: Column chart (one column per year).
COLUMN_WIDTH = 28
COLUMN_GAP = 10
PLOT_HEIGHT = 120
TOP_SPACE = 14  # the value above the tallest column
LABEL_SPACE = 16

#: Row chart (one row per kind or area; labels can be long).
ROW_HEIGHT = 18
ROW_GAP = 6
LABEL_WIDTH = 230
PLOT_WIDTH = 250
VALUE_SPACE = 30
LABEL_CHARS = 38


@dataclass
class Column:
    label: str
    value: int
    x: float
    y: float
    height: float

    @property
    def label_x(self) -> float:
        return self.x + COLUMN_WIDTH / 2

    @property
    def value_y(self) -> float:
        return self.y - 3


@dataclass
class ColumnChart:
    columns: list[Column]
    width: int
    height: int = TOP_SPACE + PLOT_HEIGHT + LABEL_SPACE
    bar_width: int = COLUMN_WIDTH
    baseline: int = TOP_SPACE + PLOT_HEIGHT
    label_y: int = TOP_SPACE + PLOT_HEIGHT + LABEL_SPACE - 4
    fill: str = BAR_FILL

    @property
    def empty(self) -> bool:
        return not any(c.value for c in self.columns)


@dataclass
class Row:
    label: str
    short_label: str
    value: int
    y: float
    width: float

    @property
    def text_y(self) -> float:
        return self.y + ROW_HEIGHT - 5

    @property
    def value_x(self) -> float:
        return LABEL_WIDTH + self.width + 4


@dataclass
class RowChart:
    rows: list[Row]
    height: int
    width: int = LABEL_WIDTH + PLOT_WIDTH + VALUE_SPACE
    bar_height: int = ROW_HEIGHT
    label_x: int = LABEL_WIDTH - 6
    plot_x: int = LABEL_WIDTH
    fill: str = BAR_FILL
    zero_fill: str = ZERO_FILL

    @property
    def empty(self) -> bool:
        return not any(r.value for r in self.rows)


def column_chart(values: Sequence[tuple[str, int]]) -> ColumnChart:
    """One column per ``(label, value)``, heights relative to the largest value."""
    maximum = max((v for _label, v in values), default=0)
    columns = []
    for index, (label, value) in enumerate(values):
        height = PLOT_HEIGHT * value / maximum if maximum else 0.0
        columns.append(
            Column(
                label=label,
                value=value,
                x=COLUMN_GAP / 2 + index * (COLUMN_WIDTH + COLUMN_GAP),
                y=round(TOP_SPACE + PLOT_HEIGHT - height, 2),
                height=round(height, 2),
            )
        )
    return ColumnChart(columns=columns, width=max(1, len(columns)) * (COLUMN_WIDTH + COLUMN_GAP))


def _short(label: str) -> str:
    return label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1].rstrip() + "…"


def row_chart(values: Sequence[tuple[str, int]]) -> RowChart:
    """One horizontal bar per ``(label, value)``; a long label is cut (whole in its title)."""
    maximum = max((v for _label, v in values), default=0)
    rows = [
        Row(
            label=label,
            short_label=_short(label),
            value=value,
            y=index * (ROW_HEIGHT + ROW_GAP),
            width=round(PLOT_WIDTH * value / maximum, 2) if maximum else 0.0,
        )
        for index, (label, value) in enumerate(values)
    ]
    return RowChart(rows=rows, height=max(1, len(rows)) * (ROW_HEIGHT + ROW_GAP))
