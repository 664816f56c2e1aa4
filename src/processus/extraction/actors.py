"""Countries and organisations named in a text, by their canonical names.

Names come from the shared alias index (:mod:`processus.extraction.aliases`), so the
matching rules are the same everywhere: accent- and case-insensitive, longest name
first, word boundaries, capitals required for acronyms.  A country's adjective
("Portuguese", "marocaine") names the country only in front of a word for its
government ("the Portuguese authorities", "le gouvernement marocain" is not
covered): adjectives are too common elsewhere ("Portuguese Chairmanship" is a
period, not an actor).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from processus import reference
from processus.extraction.aliases import NameMatch, name_index, tokens
from processus.extraction.scan import FirstWords, Token, match_at_words


@dataclass(frozen=True)
class ActorMention:
    start: int
    end: int
    text: str
    name: str
    type: str  # "country" or "organisation"


_GOVERNMENT_NOUN = (
    r"(?:authorities|government|Government|ministry|Ministry|delegation|Delegation|"
    r"Presidency|presidency|Minister|minister|Ministers|ministers)"
)
# French puts the adjective after the noun: "le Ministre d'Etat nigérien", "le gouvernement
# marocain"; the mention then spans the noun, so that a role list can start on it
_FRENCH_GOVERNMENT_NOUN = (
    r"(?:[Mm]inistre|[Mm]inistère|[Gg]ouvernement|[Aa]utorités|[Dd]élégation|[Pp]résidence)"
    r"(?:\s+d'[EÉ]tat)?"
)


@cache
def _adjective_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    names: dict[str, str] = {}
    for country in reference.countries():
        for adjective in country.get("adjectives", []):
            if adjective and adjective[0].isupper():
                names[adjective] = country["name"]
    if not names:
        return re.compile(r"(?!x)x"), names
    body = "|".join(re.escape(a) for a in sorted(names, key=len, reverse=True))
    return re.compile(r"\b(" + body + r")\s+" + _GOVERNMENT_NOUN + r"\b"), names


@cache
def _french_adjective_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    names: dict[str, str] = {}
    for country in reference.countries():
        for adjective in country.get("adjectives", []):
            if adjective and adjective[0].islower():
                names[adjective] = country["name"]
    if not names:
        return re.compile(r"(?!x)x"), names
    body = "|".join(re.escape(a) for a in sorted(names, key=len, reverse=True))
    pattern = r"\b(" + _FRENCH_GOVERNMENT_NOUN + r"\s+(" + body + r"))\b"
    return re.compile(pattern), names


def actors_from_names(names: list[NameMatch]) -> list[ActorMention]:
    """The country and organisation mentions among already-found names."""
    out: list[ActorMention] = []
    for match in names:
        country = match.first("country")
        if country is not None:
            out.append(ActorMention(match.start, match.end, match.text, country.name, "country"))
            continue
        org = match.first("organisation")
        if org is not None:
            out.append(ActorMention(match.start, match.end, match.text, org.name, "organisation"))
    return out


@cache
def _adjective_first_words() -> FirstWords:
    _pattern, names = _adjective_pattern()
    return FirstWords(exact=frozenset(tokens(a)[0][2] for a in names if tokens(a)))


def adjective_actors(text: str, toks: list[Token] | None = None) -> list[ActorMention]:
    """Countries named by an adjective: "the Spanish authorities" -> Spain."""
    pattern, names = _adjective_pattern()
    found = [
        ActorMention(m.start(1), m.end(1), m.group(1), names[m.group(1)], "country")
        for m in match_at_words(pattern, text, toks, _adjective_first_words())
    ]
    french, french_names = _french_adjective_pattern()
    found += [
        ActorMention(m.start(1), m.end(1), m.group(1), french_names[m.group(2)], "country")
        for m in match_at_words(french, text, toks, _FRENCH_FIRST_WORDS)
    ]
    found.sort(key=lambda a: a.start)
    return found


_FRENCH_FIRST_WORDS = FirstWords(
    exact=frozenset({"ministre", "ministere", "gouvernement", "autorites", "delegation",
                     "presidence"})
)  # fmt: skip


def find_actors(text: str) -> list[ActorMention]:
    """All country and organisation mentions in ``text``, left to right."""
    found = actors_from_names(name_index().find(text)) + adjective_actors(text)
    found.sort(key=lambda a: a.start)
    return found
