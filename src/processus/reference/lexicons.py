"""Bilingual lexicons of the action plans: the words that say a meeting addresses an item.

One file per plan, ``lexicon-<plan key>.json`` beside this module, holds for each
area, objective and action the English and French terms a classifier looks for in
a meeting's title, themes and source passages. An item whose content no public
source establishes has no terms of its own: its entry says ``"from": ["objective
1"]`` (or the areas it may belong to) and borrows their terms, and the loaded entry
keeps that ``basis`` so that a suggestion can say how weak its evidence is.

Pure Python (no Django): the classifier, the tests and the pages read the same
data through :func:`plan_lexicon`.
"""

from __future__ import annotations

import copy
import json
import re
import unicodedata
from functools import cache
from importlib import resources
from typing import Any

LANGUAGES = ("en", "fr")
#: Kinds of plan item, as the lexicon files and the references in ``from`` name them.
KINDS = {"area": "areas", "objective": "objectives", "action": "actions"}
OWN = "own"

Lexicon = dict[str, Any]


class LexiconError(ValueError):
    """A lexicon file is missing, names another plan, or borrows from an unknown item."""


def normalise_term(text: str) -> str:
    """The form every stored term has: NFC, lower-case, straight apostrophes, single spaces."""
    text = unicodedata.normalize("NFC", text).replace("\u2019", "'").replace("\u02bc", "'")
    return re.sub(r"\s+", " ", text).strip().lower()


def lexicon_file(plan_key: str) -> str:
    return f"lexicon-{plan_key}.json"


@cache
def _read(plan_key: str) -> Lexicon:
    path = resources.files(__package__).joinpath(lexicon_file(plan_key))
    if not path.is_file():
        raise LexiconError(f"no lexicon for plan {plan_key!r} (expected {lexicon_file(plan_key)})")
    with path.open(encoding="utf-8") as handle:
        data: Lexicon = json.load(handle)
    if data.get("plan") != plan_key:
        raise LexiconError(f"{lexicon_file(plan_key)} describes plan {data.get('plan')!r}")
    return data


def _borrowed(data: Lexicon, plan_key: str, refs: list[str]) -> dict[str, list[str]]:
    """The union, in order and without repeats, of the own terms of the items ``refs`` name."""
    terms: dict[str, list[str]] = {language: [] for language in LANGUAGES}
    for ref in refs:
        kind, _, number = ref.partition(" ")
        source = data.get(KINDS.get(kind, ""), {}).get(number)
        if source is None or "from" in source:
            raise LexiconError(
                f"{lexicon_file(plan_key)}: {ref!r} is not an item with terms of its own"
            )
        for language in LANGUAGES:
            terms[language] += [t for t in source[language] if t not in terms[language]]
    return terms


def plan_lexicon(plan_key: str) -> Lexicon:
    """The lexicon of one plan, read from its file (see :func:`resolve_lexicon`)."""
    return resolve_lexicon(plan_key, _read(plan_key))


def resolve_lexicon(plan_key: str, data: Lexicon) -> Lexicon:
    """``{"areas"|"objectives"|"actions": {number: {"en", "fr", "basis"}}, "shared": …}``.

    ``basis`` is ``"own"`` for terms written for the item itself, else the items the
    terms were borrowed from (``"objective 1"``, ``"area 4, area 5"``). ``shared``
    maps an area number to the terms its objectives share on purpose.
    """
    result: Lexicon = {"plan": plan_key, "shared": copy.deepcopy(data.get("shared", {}))}
    for kind in KINDS.values():
        entries = {}
        for number, entry in data.get(kind, {}).items():
            if "from" in entry:
                entries[number] = {
                    **_borrowed(data, plan_key, entry["from"]),
                    "basis": ", ".join(entry["from"]),
                }
            else:
                entries[number] = {language: list(entry[language]) for language in LANGUAGES}
                entries[number]["basis"] = OWN
        result[kind] = entries
    return result


def plan_lexicons(plan_keys: list[str] | None = None) -> dict[str, Lexicon]:
    """The lexicon of each plan named (default: every plan of ``frameworks.json``)."""
    if plan_keys is None:
        from processus.reference import frameworks

        plan_keys = [entry["key"] for entry in frameworks()]
    return {key: plan_lexicon(key) for key in plan_keys}
