"""Reference data shipped with Processus, readable without Django.

The JSON files beside this module are the single source of truth for countries,
organisations, dialogues, places, partnerships and action plans. Both the pure
extraction library and the Django loader (``processus load-reference``) read
them through the functions here, so the two can never disagree.

Each loader returns plain dicts (already parsed JSON) and is cached: the files
are read once per process.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

Record = dict[str, Any]

FILES = (
    "countries.json",
    "organisations.json",
    "dialogues.json",
    "places.json",
    "partnerships.json",
    "frameworks.json",
)


@cache
def _read(name: str) -> Any:
    with resources.files(__package__).joinpath(name).open(encoding="utf-8") as handle:
        return json.load(handle)


def countries() -> list[Record]:
    """Every ISO 3166 country: code, alpha3, English short name, French name, region, aliases."""
    return list(_read("countries.json")["countries"])


def organisations() -> list[Record]:
    """Organisations of the field with acronym, full names and aliases."""
    return list(_read("organisations.json")["organisations"])


def dialogues() -> list[Record]:
    """Migration dialogues and related initiatives named in the dialogue's documents."""
    return list(_read("dialogues.json")["dialogues"])


def places() -> list[Record]:
    """Gazetteer of cities and towns: canonical English name, country code, variants."""
    return list(_read("places.json")["places"])


def partnerships() -> Record:
    """Memberships, chairmanships and reference countries per dialogue, each with its source."""
    return dict(_read("partnerships.json"))


def frameworks() -> list[Record]:
    """Action plans (frameworks) with their areas, objectives and actions."""
    return list(_read("frameworks.json")["frameworks"])
