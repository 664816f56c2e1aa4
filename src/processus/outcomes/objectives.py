"""Plan objectives an outcome's words point to: a plain match of the plans' lexicon terms.

The lexicon (:mod:`processus.reference.lexicons`) gives each objective of a plan its
English and French terms. An outcome suggests the objectives of the plan in force
for its meeting (a plan of one of the meeting's dialogues whose years hold the
meeting's start) whose own terms occur in its text as whole words, accents and
case aside; objectives that only borrow their area's terms are left out, since
such a match cannot tell them apart. The plans' classifier (``processus.plans``)
may later replace this with scored suggestions.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from processus.reference.lexicons import OWN, LexiconError, normalise_term, plan_lexicon


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", normalise_term(text))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True)
class ObjectiveMatch:
    """An objective's number in its plan and the terms of it that the text holds."""

    number: str
    terms: tuple[str, ...]


@cache
def _patterns(plan_key: str) -> tuple[tuple[str, tuple[tuple[str, re.Pattern[str]], ...]], ...]:
    try:
        lexicon = plan_lexicon(plan_key)
    except LexiconError:
        return ()
    result = []
    for number, entry in lexicon.get("objectives", {}).items():
        if entry.get("basis") != OWN:
            continue
        terms = sorted({t for language in ("en", "fr") for t in entry.get(language, [])})
        compiled = tuple(
            (term, re.compile(rf"(?<!\w){re.escape(_folded(term))}(?!\w)")) for term in terms
        )
        result.append((number, compiled))
    return tuple(result)


def matching_objectives(plan_key: str, text: str) -> list[ObjectiveMatch]:
    """The objectives of ``plan_key`` whose own terms ``text`` holds, in the plan's order."""
    folded = _folded(text)
    matches = []
    for number, patterns in _patterns(plan_key):
        terms = tuple(term for term, pattern in patterns if pattern.search(folded))
        if terms:
            matches.append(ObjectiveMatch(number, terms))
    return matches
