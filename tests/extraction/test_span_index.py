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
