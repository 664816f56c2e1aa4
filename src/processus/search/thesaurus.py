"""Query expansion across English and French, from a curated thesaurus of the field.

People type "gestion des frontières" and the meeting they want was recorded from
English pages ("border management"); stemming cannot bridge two languages. The
thesaurus (``thesaurus.json`` beside this module: concepts of the migration
dialogues, each with its English and French terms, synonyms and variants, and the
Cadiz plan area, objective and thematic domain it belongs to) can.

A query's words are matched against the terms, compared as the index compares
words (folded, lightly stemmed, stopwords left out, in order, the longest term
first): "réunions sur la traite des êtres humains" holds the concepts *meeting*
and *trafficking in human beings*. Each concept found becomes a group that the
backends search as "the words as typed, or any of the concept's terms in the other
language" (each as an exact phrase; same-language synonyms are left out: they cost
more than they found on the relevance set), and an entry that the typed words alone
do not match scores :data:`EXPANSION_WEIGHT` of its score: a translation finds what
the typed words miss without outranking an equal match of what was typed.

Pure Python, no Django: the data is read once per process.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from processus.search.text import STOPWORDS, Query, fold, stem

THESAURUS_FILE = "thesaurus.json"
LANGUAGES = ("en", "fr")
#: An entry found only through a concept's other terms scores this share of its score.
EXPANSION_WEIGHT = 0.5
#: At most this many other terms per concept, and per query, are searched for.
MAX_ALTERNATIVES = 12
MAX_QUERY_ALTERNATIVES = 32

_WORD_SPLIT = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Concept:
    """One notion of the field and the words that say it in each language."""

    id: str
    area: int | None
    objective: str | None
    theme: int | None
    terms: dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class Term:
    """A term as the index sees it: its folded words, their stems, and its key (the
    stems of its content words, which a query must hold in this order)."""

    text: str
    language: str
    words: tuple[str, ...]
    stems: tuple[str, ...]
    key: tuple[str, ...]


@dataclass(frozen=True)
class Expansion:
    """A concept found in a query: the query's stems it covers, and the other terms to
    search for it (each a phrase of stems, with its folded words for PostgreSQL)."""

    concept: Concept
    matched: tuple[str, ...]
    alternatives: tuple[Term, ...]


def term(text: str, language: str) -> Term:
    words = tuple(_WORD_SPLIT.findall(fold(text)))
    stems = tuple(stem(w) for w in words)
    key = tuple(stem(w) for w in words if w not in STOPWORDS)
    return Term(text, language, words, stems, key)


class Thesaurus:
    def __init__(self, concepts: list[Concept]) -> None:
        self.concepts = concepts
        #: key → the concepts (and their terms) that a query holding the key names.
        self._by_key: dict[tuple[str, ...], list[tuple[Concept, Term]]] = {}
        self._terms: dict[str, list[Term]] = {}
        for concept in concepts:
            terms = [term(t, lang) for lang in LANGUAGES for t in concept.terms.get(lang, ())]
            self._terms[concept.id] = [t for t in terms if t.key]
            for t in self._terms[concept.id]:
                self._by_key.setdefault(t.key, []).append((concept, t))
        self.longest = max((len(k) for k in self._by_key), default=0)

    def concept(self, concept_id: str) -> Concept:
        return next(c for c in self.concepts if c.id == concept_id)

    def find(self, stems: list[str]) -> list[tuple[int, int, list[Concept]]]:
        """``(start, end, concepts)`` for each run of ``stems`` that is a term, longest
        first, left to right, never overlapping."""
        found = []
        i = 0
        while i < len(stems):
            for size in range(min(self.longest, len(stems) - i), 0, -1):
                hits = self._by_key.get(tuple(stems[i : i + size]))
                if hits:
                    concepts = list({c.id: c for c, _ in hits}.values())
                    found.append((i, i + size, concepts))
                    i += size
                    break
            else:
                i += 1
        return found

    def expand(self, query: Query) -> list[Expansion]:
        """The concepts of ``query``'s words (quoted phrases are searched as typed)."""
        out: list[Expansion] = []
        budget = MAX_QUERY_ALTERNATIVES
        for start, end, concepts in self.find(query.terms):
            matched = tuple(query.terms[start:end])
            typed_in = {t.language for c, t in self._by_key[matched]}
            alternatives: dict[tuple[str, ...], Term] = {}
            for concept in concepts:
                for t in self._terms[concept.id]:
                    if t.language not in typed_in and t.stems not in alternatives:
                        alternatives[t.stems] = t
            chosen = tuple(list(alternatives.values())[: min(MAX_ALTERNATIVES, budget)])
            if chosen:
                budget -= len(chosen)
                out.append(Expansion(concepts[0], matched, chosen))
        return out


def word_groups(
    stems: list[str], expansions: list[Expansion]
) -> list[tuple[list[int], list[Term]]]:
    """The positions of ``stems`` in groups: the run a concept covers with the concept's
    other terms, or one position alone with none."""
    by_start: dict[int, Expansion] = {}
    for expansion in expansions:
        size = len(expansion.matched)
        for i in range(len(stems) - size + 1):
            if tuple(stems[i : i + size]) == expansion.matched and i not in by_start:
                by_start[i] = expansion
                break
    groups: list[tuple[list[int], list[Term]]] = []
    i = 0
    while i < len(stems):
        found = by_start.get(i)
        size = len(found.matched) if found else 1
        groups.append((list(range(i, i + size)), list(found.alternatives) if found else []))
        i += size
    return groups


def _concept(row: dict[str, Any]) -> Concept:
    return Concept(
        id=str(row["id"]),
        area=row.get("area"),
        objective=row.get("objective"),
        theme=row.get("theme"),
        terms={lang: tuple(row.get(lang, ())) for lang in LANGUAGES},
    )


@cache
def thesaurus() -> Thesaurus:
    """The packaged thesaurus, read once."""
    path = resources.files(__package__).joinpath(THESAURUS_FILE)
    with path.open(encoding="utf-8") as handle:
        data = json.load(handle)
    return Thesaurus([_concept(row) for row in data["concepts"]])


def expand(query: Query) -> list[Expansion]:
    return thesaurus().expand(query)
