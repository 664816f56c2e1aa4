"""The span index answers exactly what a linear filter over the document would."""

from __future__ import annotations

import random
from dataclasses import dataclass

from processus.extraction.document import SpanIndex, in_spans, subtract


@dataclass(frozen=True)
class _Item:
    start: int
    end: int


def test_within_matches_linear_filter() -> None:
    rng = random.Random(3)
    for _ in range(300):
        items = []
        for _ in range(rng.randrange(0, 25)):
            start = rng.randrange(0, 200)
            items.append(_Item(start, start + rng.randrange(0, 15)))
        rng.shuffle(items)  # the index keeps the list's own order, sorted or not
        index = SpanIndex.of(items)
        outer = (rng.randrange(0, 100), rng.randrange(100, 220))
        holes = sorted((s, s + rng.randrange(1, 30)) for s in rng.sample(range(200), 3))
        for spans in ([outer], subtract([outer], holes)):
            if not spans:
                continue
            expected = [x for x in items if in_spans(spans, x.start, x.end)]
            assert index.within(spans) == expected


def test_within_of_items_in_start_order_matches_linear_filter() -> None:
    """Items already in start order and spans apart, touching, overlapping or reversed:
    the slice-by-slice reading answers as the linear filter does."""
    rng = random.Random(5)
    for _ in range(300):
        starts = sorted(rng.randrange(0, 200) for _ in range(rng.randrange(0, 25)))
        items = [_Item(start, start + rng.randrange(0, 15)) for start in starts]
        index = SpanIndex.of(items)
        cuts = sorted(rng.sample(range(0, 220), 6))
        apart = [(cuts[0], cuts[1]), (cuts[2], cuts[3]), (cuts[4], cuts[5])]
        touching = [(cuts[0], cuts[2]), (cuts[2], cuts[4])]
        overlapping = [(cuts[0], cuts[3]), (cuts[1], cuts[5])]
        reversed_ = [(cuts[3], cuts[1]), (cuts[0], cuts[5])]
        for spans in (apart, touching, overlapping, reversed_):
            expected = [x for x in items if in_spans(spans, x.start, x.end)]
            assert index.within(spans) == expected


def test_within_several_spans_keeps_items_in_order() -> None:
    items = [_Item(0, 4), _Item(5, 9), _Item(10, 30), _Item(12, 14), _Item(40, 45)]
    index = SpanIndex.of(items)
    assert index.within([(0, 9), (11, 20), (40, 50)]) == [items[0], items[1], items[3], items[4]]
    assert index.within([(0, 3), (20, 39)]) == []
