"""Roles given by a table's columns.

A calendar or a list of past meetings flattened to text keeps its table as rows of cells
between pipes, under a header row ("Date | Event | Place | Host"): the HTML and DOCX
loaders write a table's rows so, and Markdown does.  A cell under a
"Host" column names the host of its row's meeting as a card's "Host:" label would; the
header, written once, is the only place that says so.  Each such cell becomes a role
trigger of width zero at its start, so that the role rules read the actors of the cell
like those after any other trigger, and ``--explain`` names the column.
"""

from __future__ import annotations

import re

from processus.extraction.normalize import fold
from processus.extraction.roles import Trigger

# a table's header names for the role columns, folded (lower case, no accents)
_ROLE_HEADERS: dict[str, tuple[str, ...]] = {
    "hosts": (
        "host", "hosts", "host country", "host countries", "hosted by", "hote", "hotes",
        "pays hote", "accueilli par", "anfitrion", "pais anfitrion", "ospite",
        "paese ospitante", "paese ospite", "anfitriao", "pais anfitriao",
    ),
    "chairs": (
        "chair", "chairs", "co-chair", "co-chairs", "co chairs", "chaired by", "chairmanship",
        "presidence", "co-presidence", "copresidence", "preside par", "presidencia",
        "copresidencia", "presidenza", "co-presidenza", "copresidenza",
    ),
    "organisers": (
        "organiser", "organisers", "organizer", "organizers", "organised by", "organized by",
        "organisateur", "organisateurs", "organise par", "organizador", "organizadores",
        "organizado por", "organizzatore", "organizzatori", "organizzato da",
    ),
}  # fmt: skip
_ROLE_OF_HEADER = {name: role for role, names in _ROLE_HEADERS.items() for name in names}

_LINE = re.compile(r"[^\n]+")
# a rule under a Markdown header: "---|:---:|---"
_RULE_ROW = re.compile(r"[\s|:+-]*-{3,}[\s|:+-]*")
_MIN_CELLS = 3
_HEADER_CELL = 30  # a header's cells are labels: short


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The (start, end) of each cell of a row, trimmed, or None when the line is no row."""
    bounds = []
    at = start
    while True:
        cut = text.find("|", at, end)
        bounds.append((at, end if cut == -1 else cut))
        if cut == -1:
            break
        at = cut + 1
    if text[start:end].strip().startswith("|"):  # "| Date | Event |"
        bounds = bounds[1:]
    if bounds and not text[bounds[-1][0] : bounds[-1][1]].strip():
        bounds = bounds[:-1]
    if len(bounds) < _MIN_CELLS:
        return None
    trimmed = []
    for s, e in bounds:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        trimmed.append((s, e))
    return trimmed


def _role_columns(text: str, cells: list[tuple[int, int]]) -> dict[int, str]:
    """Column index -> role, for a header row whose cells are all short labels."""
    if any(e - s > _HEADER_CELL or any(c.isdigit() for c in text[s:e]) for s, e in cells):
        return {}
    folded = [fold(text[s:e]).rstrip(":(s) ") for s, e in cells]
    return {i: _ROLE_OF_HEADER[f] for i, f in enumerate(folded) if f in _ROLE_OF_HEADER}


def table_triggers(text: str) -> list[Trigger]:
    """A zero-width role trigger at the start of each cell under a role column."""
    if "|" not in text:
        return []
    out: list[Trigger] = []
    columns: dict[int, str] = {}
    headers: list[tuple[int, int]] = []
    width = 0
    for line in _LINE.finditer(text):
        if _RULE_ROW.fullmatch(line.group()) and columns:
            continue
        cells = _cells(text, line.start(), line.end())
        if cells is None:
            columns = {}  # the table, if any, ended
            continue
        if columns and len(cells) == width:
            for index, role in columns.items():
                s, e = cells[index]
                if e > s:
                    header = f"table column '{text[headers[index][0] : headers[index][1]]}'"
                    out.append(Trigger(s, s, (role,), header))
            continue
        columns, width, headers = _role_columns(text, cells), len(cells), cells
    return out
