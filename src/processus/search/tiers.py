"""Which words the second tier looks for, on both databases.

Entries holding every word of a query come first; when they are too few, entries
holding some of the words follow (see :mod:`processus.search.backends`). Looking for
an entry that holds *any* word walks every entry holding a common one: on 100,000
passages a question typed in full ("Rabat Process workshop on assisted voluntary
return in Palermo") took 130 ms on SQLite and 300 ms on PostgreSQL, most of it
ranking entries that hold only "process" or "return". Such entries rank below those
holding a rarer word (BM25's idf), so the second tier leaves out the words that more
than :data:`COMMON_SHARE` of the entries hold, and more than :data:`COMMON_MIN`
(fewer are read in a few milliseconds: a small archive, and the relevance set's
corpus, are searched for every word). When every word is common, the rarest is kept.
Checked on the relevance set with a share of 0.1 and no minimum (PostgreSQL):
monolingual nDCG@10 0.780 against 0.783, EN->FR 0.717 against 0.686, FR->EN 0.564
against 0.565.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import TypeVar

COMMON_SHARE = 0.1
COMMON_MIN = 5000

Atom = TypeVar("Atom", bound=Hashable)


def rare_atoms(atoms: Sequence[Atom], holding: dict[Atom, int], total: int) -> list[Atom]:
    """The ``atoms`` (words, phrases) the second tier looks for, rarest first: those some
    entry holds and not too many (see the module docstring); the rarest held one when
    all are common; none when no entry holds any."""
    held = sorted({a for a in atoms if holding.get(a, 0) > 0}, key=lambda a: holding[a])
    limit = max(COMMON_SHARE * total, COMMON_MIN)
    return [a for a in held if holding[a] <= limit] or held[:1]
