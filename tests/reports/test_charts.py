"""Chart geometry: heights and widths proportional to the values, nothing drawn for nothing."""

from __future__ import annotations

import pytest

from processus.reports.charts import (
    LABEL_CHARS,
    PLOT_HEIGHT,
    PLOT_WIDTH,
    TOP_SPACE,
    column_chart,
    row_chart,
)
from processus.reports.figures import _level


def test_columns_are_proportional_and_stand_on_one_baseline():
    chart = column_chart([("2023", 2), ("2024", 8), ("2025", 0)])
    heights = [c.height for c in chart.columns]
    assert heights == [PLOT_HEIGHT / 4, PLOT_HEIGHT, 0]
    assert {c.y + c.height for c in chart.columns} == {TOP_SPACE + PLOT_HEIGHT}
    xs = [c.x for c in chart.columns]
    assert xs == sorted(xs) and len(set(xs)) == 3
    assert chart.width >= xs[-1] + chart.bar_width
    assert not chart.empty


def test_rows_are_proportional_and_long_labels_are_cut():
    long_label = "Area 4: Irregular migration, migrant smuggling and trafficking in human beings"
    chart = row_chart([(long_label, 3), ("Area 1", 6)])
    assert [r.width for r in chart.rows] == [PLOT_WIDTH / 2, PLOT_WIDTH]
    assert chart.rows[0].label == long_label
    short = chart.rows[0].short_label
    assert len(short) <= LABEL_CHARS and short.endswith("…") and long_label.startswith(short[:-1])
    assert chart.rows[1].short_label == "Area 1"
    assert chart.rows[1].y > chart.rows[0].y


@pytest.mark.parametrize("values", [[], [("2024", 0), ("2025", 0)]])
def test_charts_of_nothing_are_empty(values):
    assert column_chart(values).empty
    assert row_chart(values).empty


@pytest.mark.parametrize(
    ("count", "level"), [(0, 0), (1, 1), (2, 1), (3, 2), (5, 3), (6, 3), (7, 4), (8, 4)]
)
def test_heat_levels_are_quarters_of_the_busiest_cell(count, level):
    assert _level(count, 8) == level
