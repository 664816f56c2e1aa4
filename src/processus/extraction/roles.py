"""Who hosted, chaired and organised a meeting, from explicit phrasings only.

Each convention of the extraction contract is one named pattern below.  After a
trigger phrase ("co-chaired by", "sous la co-présidence de", "Co-organisers:") the
following *list of actors* is read: names joined by commas, "and", "et", "&", with
articles and appositions skipped ("Spain, as current Chair of the Rabat Process, and
Morocco").  Anything else ends the list, so "with support from Switzerland" or
"chaired by the presiding countries" adds nobody.

The host co-chairs: "hosted by X and co-chaired by Y" gives chairs [X, Y]; the X in
chairs is marked as inferred in its evidence.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from processus.extraction.actors import ActorMention
from processus.extraction.branches import Branches
from processus.extraction.scan import FirstWords, Token, match_at_words

_I = re.IGNORECASE
T = TypeVar("T")

#: (name, roles it fills, pattern)
TRIGGERS: tuple[tuple[str, tuple[str, ...], re.Pattern[str]], ...] = (
    ("hosted_and_chaired", ("hosts", "chairs"),
     re.compile(r"\bhosted\s+and\s+(?:co-?)?chaired\s+by\b|\baccueillie?s?\s+et\s+(?:co-?)?"
                r"présidée?s?\s+par\b", _I)),
    ("co_hosted", ("hosts",),
     re.compile(r"\bco-?hosted\s+by\b|\bco-?hosts?\b\s*:?|\bco-?accueillie?s?\s+par\b|"
                r"\bco-?organi[sz]ed\s+and\s+co-?hosted\s+by\b", _I)),
    ("hosted", ("hosts",),
     re.compile(r"\bhosted\s+by\b|\bhost\s+(?:country|countries)\s*:?|\bhosts?\s*:|"
                r"\bat\s+the\s+invitation\s+of\b|\baccueillie?s?\s+par\b|\bpays\s+hôtes?\s*:?|"
                r"\bà\s+l'invitation\s+(?:de\s+la|de\s+l'|du|des|de)\b", _I)),
    ("co_chaired", ("co_chairs",),
     re.compile(r"\bco-?chaired\s+(?:by|with)\b|\bco-?présidée?s?\s+avec\b|\bunder\s+the\s+co-?(?:chairmanship|chairship|chairing|"
                r"presidency)\s+of\b|\bco-?chairs?\s*:|\bco-?présidée?s?\s+par\b|"
                r"\bsous\s+la\s+co-?présidence\s+(?:de\s+la|de\s+l'|du|des|de|d')", _I)),
    ("co_chair_represented", ("co_chairs_loose",),
     re.compile(r"\bco-?chair(?:manship|ship|s)?\s*,?\s*represented\s+by\b|"
                r"\bco-?présidence\s*,?\s*représentée\s+par\b", _I)),
    ("chaired", ("chairs",),
     re.compile(r"(?<!-)\bchaired\s+by\b|\bunder\s+the\s+(?:chairmanship|chairship|presidency)\s+"
                r"of\b|(?<!-)\bchairs?\s*:|(?<!-)\bprésidée?s?\s+par\b|"
                r"\bsous\s+la\s+présidence\s+(?:de\s+la|de\s+l'|du|des|de|d')", _I)),
    ("organised", ("organisers",),
     re.compile(r"\b(?:co-?|jointly\s+)?organi[sz]ed\s+(?:jointly\s+)?"
                # a date or a place may come between: "organised on 5 May 2025 by"
                r"(?:(?:on|in|at)\s+[^,.;:\n]{2,40}?\s+)?by\b|"
                r"\bco-?organi[sz]ers?\s*:|\borgani[sz]ers?\s*:|"
                r"\bin\s+(?:close\s+)?(?:collaboration|cooperation|co-operation|partnership)\s+with\b|"
                r"\bco-?organisée?s?\s+par\b|\borganisée?s?\s+(?:conjointement\s+)?"
                r"(?:(?:le|les|du|à|en|au)\s+[^,.;:\n]{2,40}?\s+)?par\b|"
                r"\bco-?organisateurs?\s*:|\borganisateurs?\s*:|"
                r"\ben\s+(?:étroite\s+)?(?:collaboration|coopération|partenariat)\s+avec\b|"
                # an event run with the dialogue's chair: "together with our Chair, the
                # Netherlands", "conjointement avec la présidence, le Maroc"
                r"\b(?:together|jointly)\s+with\s+(?:our|its|their|the)\s+(?:current\s+)?"
                r"(?:chair(?:manship)?|presidency)\s*,|\b(?:conjointement\s+)?avec\s+"
                r"(?:notre|sa|leur|la)\s+(?:présidence|présidente?)(?:\s+en\s+exercice)?\s*,",
                _I)),
)  # fmt: skip

_FILLER = re.compile(
    r"(?:\s|:|the\b|la\b|le\b|les\b|l'|(?:government|authorities|Kingdom|Republic)\s+of\b|"
    r"(?:gouvernement|autorités)\s+(?:de\s+la|du|des|de\s+l'|d')|de\s+la\b|de\s+l'|du\b|des\b|"
    r"de\b|d')*",
    _I,
)
_PAREN = re.compile(r"\s*\([^()\n]{0,80}\)")
_APPOSITION = re.compile(
    r",\s*(?:as|which|who|in\s+its\s+capacity|en\s+sa\s+qualité|en\s+tant\s+que|"
    r"current|actuel|qui|que)\b[^,.;\n]{0,90},",
    _I,
)
_SEPARATOR = re.compile(
    r"\s*(?:,\s*(?:and\s+|et\s+)?(?:by\s+|par\s+)?|\s+and\s+(?:by\s+)?|\s+et\s+(?:par\s+)?|"
    r"\s*&\s*|\s+as\s+well\s+as\s+|\s*/\s*)",
    _I,
)
_SENTENCE_END = re.compile(r"[.!?\n]")


# roles written after the actor: "Nigeria will host …", "Morocco's Ministry of … will
# organise …", "with Senegal as honorary co-chair", "avec le Sénégal comme coprésident"
_AFTER_ACTOR: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "hosts",
        re.compile(
            r"\s+(?:will\s+(?:host|welcome)|to\s+host|is\s+hosting|hosts\s+(?:the|a|an)|"
            r"accueillera|accueille\s+(?:la|le|les|une|un))\b",
            _I,
        ),
    ),
    (
        "organisers",
        re.compile(
            r"(?:['’]s\s+(?:Ministry|Government|Department)\b[^.;\n]{0,100}?)?"
            r"\s+(?:will\s+organi[sz]e|organi[sz]es\s+(?:the|a|an)|organisera)\b",
            _I,
        ),
    ),
    (
        "co_chairs",
        re.compile(
            r"\s+(?:as|comme|en\s+tant\s+que)\s+(?:(?:honorary|d'honneur)\s+)?"
            r"co-?(?:chair|président)e?\b",
            _I,
        ),
    ),
)


@dataclass(frozen=True)
class RoleMention:
    role: str  # hosts, chairs, organisers
    actor: ActorMention
    inferred: bool = False
    note: str | None = None


# a name the reference data does not know, followed by an acronym it does: "the Centre
# de migration mixte (MMC)"
_UNKNOWN_NAME = re.compile(r"[A-ZÀ-Ý][^,.;:()\n]{2,80}?\s\(")


def _by_acronym(text: str, at: int, by_start: dict[int, ActorMention]) -> ActorMention | None:
    named = _UNKNOWN_NAME.match(text, at)
    if named is None:
        return None
    actor = by_start.get(named.end())
    if actor is None or text[actor.end : actor.end + 1] != ")":
        return None
    return actor


_UNKNOWN_ITEM = re.compile(
    r"[A-ZÀ-Ý][^,;:.()\n]{1,80}?(?:\s*\([^()\n]{1,20}\))?(?=\s*(?:,|&|\band\b|\bet\b))"
)
_NOT_STATE = re.compile(
    r"\b(?:Red\s+Cross|Red\s+Crescent|Society|Network|Association|Foundation|Airways|Airlines|"
    r"University|Universit\w*|Bank|Company|Group|Council\s+of\s+Churches|Diaspora|NGO|"
    r"Chamber|Institute|Institut|Centre|Center|Trust|Forum|Alliance|Union)\b"
)
_NAME_TAIL = re.compile(r"(?:[ \t]+[A-Z][\w'’-]*)+(?:\s*\([^()\n]{1,20}\))?")


def _actor_list(text: str, pos: int, actors: list[ActorMention], limit: int) -> list[ActorMention]:
    by_start = {a.start: a for a in actors}
    out: list[ActorMention] = []
    skipped_items = 0
    while pos < limit:
        skipped = _FILLER.match(text, pos)
        at = skipped.end() if skipped else pos
        actor = by_start.get(at)
        if actor is None:
            # "the Kingdom of Spain" is itself an alias: the name may start inside the filler
            actor = next((a for a in actors if pos <= a.start < at), None)
        closing = 0
        if actor is None:
            actor = _by_acronym(text, at, by_start)
            closing = 1  # the acronym's ")"
        if actor is None and skipped_items < 3:
            # a name the reference data does not know, between two list separators
            # ("Co-organisers: Expertise France, the AU Commission and ICMPD"): skip it
            unknown = _UNKNOWN_ITEM.match(text, at, limit)
            if unknown is not None:
                skipped_items += 1
                pos = unknown.end()
                sep = _SEPARATOR.match(text, pos)
                if not sep or sep.end() == pos:
                    break
                pos = sep.end()
                continue
        if actor is None or actor.end > limit:
            break
        out.append(actor)
        pos = actor.end + closing
        # the rest of a longer name the actor starts ("the Ghana Immigration Service (GIS)"):
        # a state body stands for its country, a society or a company does not
        tail = _NAME_TAIL.match(text, pos, limit)
        if tail is not None and not closing:
            pos = tail.end()
            if _NOT_STATE.search(tail.group()):
                out.pop()
        paren = _PAREN.match(text, pos)
        if paren:
            pos = paren.end()
        apposition = _APPOSITION.match(text, pos)
        if apposition:
            pos = apposition.end() - 1
        sep = _SEPARATOR.match(text, pos)
        if not sep or sep.end() == pos:
            break
        pos = sep.end()
    return out


# tried at each trigger's first word with only the alternatives that start there
_ALL_TRIGGERS = Branches(
    [(f"t{i}", pattern.pattern) for i, (_n, _r, pattern) in enumerate(TRIGGERS)], _I
)


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    roles: tuple[str, ...]


_TRIGGER_FIRST = FirstWords(
    exact=frozenset({"co", "a", "in", "en", "at", "pays", "under", "sous", "jointly", "together",
                     "avec", "conjointement"}),
    prefixes=("host", "cohost", "accueil", "coaccueil", "chair", "cochair", "presid", "copresid",
              "organi", "coorgani"),
)  # fmt: skip


def find_triggers(text: str, tokens: list[Token] | None = None) -> list[Trigger]:
    """Every role trigger phrase of ``text`` (one pass)."""
    out = []
    for m in match_at_words(_ALL_TRIGGERS, text, tokens, _TRIGGER_FIRST):
        index = int(m.lastgroup[1:])  # type: ignore[index]
        out.append(Trigger(m.start(), m.end(), TRIGGERS[index][1]))
    return out


# id -> (list, its length, its starts or None when unsorted)
_STARTS: dict[int, tuple[Sequence[Any], int, list[int] | None]] = {}


def _inside(items: Sequence[T], start: int, end: int) -> Sequence[T]:
    """The items of ``items`` that start in [start, end], in order, when ``items`` is
    sorted by start (a slice found by bisection); otherwise all of them.

    The pipeline asks for the roles of every passage and sentence against the same
    document-wide lists of actors and triggers; their start offsets are kept for the
    lists of the current document only (a list is not expected to change in place).
    """
    known = _STARTS.get(id(items))
    if known is None or known[0] is not items or known[1] != len(items):
        starts = [x.start for x in items]  # type: ignore[attr-defined]
        if len(_STARTS) >= 4:
            _STARTS.clear()
        ordered = starts == sorted(starts)
        known = _STARTS[id(items)] = (items, len(items), starts if ordered else None)
    starts_or_none = known[2]
    if starts_or_none is None:
        return items
    return items[bisect_left(starts_or_none, start) : bisect_right(starts_or_none, end)]


def find_roles(
    text: str,
    start: int,
    end: int,
    actors: list[ActorMention],
    triggers: list[Trigger] | None = None,
) -> list[RoleMention]:
    """Role mentions inside ``text[start:end]`` (offsets stay those of ``text``)."""
    local = [a for a in _inside(actors, start, end) if start <= a.start and a.end <= end]
    if not local:
        return []
    if triggers is None:
        triggers = find_triggers(text)
    found: list[tuple[int, str, RoleMention]] = []
    for trigger in _inside(triggers, start, end):
        if not (start <= trigger.start and trigger.end <= end):
            continue
        roles = trigger.roles
        if roles == ("co_chairs_loose",):
            stop = _SENTENCE_END.search(text, trigger.end, end)
            limit = stop.start() if stop else end
            listed = [a for a in local if trigger.end <= a.start < limit and a.type == "country"]
            for actor in listed:
                found.append((actor.start, "co_chairs", RoleMention("chairs", actor)))
            continue
        for actor in _actor_list(text, trigger.end, local, end):
            for role in roles:
                found.append((actor.start, role, RoleMention(role.replace("co_", ""), actor)))
    for actor in local:
        if actor.type != "country" and actor.type != "organisation":
            continue
        for role, pattern in _AFTER_ACTOR:
            if pattern.match(text, actor.end, end):
                found.append((actor.start, role, RoleMention(role.replace("co_", ""), actor)))
                break
    # the host co-chairs: hosted by X and co-chaired by Y -> chairs [X, Y]
    if any(f[1] == "co_chairs" for f in found):
        for _pos, role, mention in list(found):
            if role == "hosts":
                inferred = RoleMention("chairs", mention.actor, True, "the host co-chairs")
                found.append((mention.actor.start, "chairs", inferred))
    found.sort(key=lambda f: (f[0], f[2].inferred))
    return [f[2] for f in found]


def role_lists(mentions: list[RoleMention]) -> dict[str, list[RoleMention]]:
    """Group mentions by role, in order of first mention (an actor may appear twice)."""
    out: dict[str, list[RoleMention]] = {"hosts": [], "chairs": [], "organisers": []}
    for mention in mentions:
        out[mention.role].append(mention)
    return out


def unique_names(mentions: list[RoleMention]) -> list[str]:
    """Actor names of ``mentions`` without repeats, in order of first mention."""
    names: list[str] = []
    for mention in mentions:
        if mention.actor.name not in names:
            names.append(mention.actor.name)
    return names
