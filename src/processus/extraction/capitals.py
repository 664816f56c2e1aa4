"""A venue named by description: "in the Ethiopian capital", "dans la capitale nigérienne".

News pages often name the host city only once, or not at all, and then say where the
meeting was by the country's capital.  The capital is the gazetteer's (places.json marks
one per country, none where the seat of government is elsewhere or disputed); the
country is written, as its adjective or its name, so only the city is inferred.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from processus import reference
from processus.extraction.date_words import trie


@dataclass(frozen=True)
class CapitalMention:
    """``text[start:end]`` names the capital of the country ``code`` without its name."""

    start: int
    end: int
    city: str
    code: str


@cache
def _capitals() -> dict[str, str]:
    """country code -> the name of its capital."""
    return {p["country"]: p["name"] for p in reference.places() if p.get("capital")}


@cache
def _adjective_codes() -> dict[str, str]:
    """country adjective, as written -> country code, for the countries with a capital."""
    capitals = _capitals()
    return {
        adjective: country["code"]
        for country in reference.countries()
        if country["code"] in capitals
        for adjective in country.get("adjectives", [])
        if adjective
    }


@cache
def _pattern() -> re.Pattern[str]:
    adjectives = _adjective_codes()
    before = trie([a for a in adjectives if a[0].isupper()])  # English, before
    after = trie([a for a in adjectives if a[0].islower()])  # the others, after
    return re.compile(
        r"\b(?:in|at)\s+the\s+(?P<en>(?P<adj_en>" + before + r")\s+capital)\b"
        r"|\b(?:dans|à|vers)\s+la\s+(?P<fr>capitale\s+(?P<adj_fr>" + after + r"))\b"
        r"|\ben\s+la\s+(?P<es>capital\s+(?P<adj_es>" + after + r"))\b"
        r"|\bnella\s+(?P<it>capitale\s+(?P<adj_it>" + after + r"))\b"
        r"|\bna\s+(?P<pt>capital\s+(?P<adj_pt>" + after + r"))\b"
        # the capital as the subject that hosts: "The Moroccan capital will host", "la
        # capitale sénégalaise accueillera", "la capital marroquí acogerá", "la capitale
        # italiana ha ospitato", "a capital portuguesa acolheu"
        r"|\b[Tt]he\s+(?P<en_host>(?P<adj_en_host>" + before + r")\s+capital)"
        r"(?=\s+(?:will\s+(?:host|welcome)|hosted|hosts|welcomed|welcomes|is\s+hosting))"
        r"|\b[Ll]a\s+(?P<fr_host>capitale\s+(?P<adj_fr_host>" + after + r"))"
        r"(?=\s+(?:a\s+accueilli|accueille|accueillera|accueillait|accueillit))"
        r"|\b[Ll]a\s+(?P<es_host>capital\s+(?P<adj_es_host>" + after + r"))"
        r"(?=\s+(?:acog(?:ió|e|erá|ía)|albergó|alberga|albergará))"
        r"|\b[Ll]a\s+(?P<it_host>capitale\s+(?P<adj_it_host>" + after + r"))"
        r"(?=\s+(?:ha\s+ospitato|ospita|ospiterà|ospitò))"
        r"|\b[Aa]\s+(?P<pt_host>capital\s+(?P<adj_pt_host>" + after + r"))"
        r"(?=\s+(?:acolheu|acolhe|acolherá|recebeu|recebe|receberá))"
    )


_LANGUAGES = (
    "en", "fr", "es", "it", "pt", "en_host", "fr_host", "es_host", "it_host", "pt_host",
)  # fmt: skip


def find_capitals(text: str) -> list[CapitalMention]:
    """Each phrase of ``text`` that places something in a country's capital."""
    if "capital" not in text:  # "capital", "capitale": the cheap test first
        return []
    out: list[CapitalMention] = []
    codes, capitals, pattern = _adjective_codes(), _capitals(), _pattern()
    # the phrase holds the word: try the pattern only around each "capital"
    for word in _WORD.finditer(text):
        lo, hi = max(0, word.start() - _BEFORE), min(len(text), word.end() + _AFTER)
        for m in pattern.finditer(text, lo, hi):
            lang = next(lang for lang in _LANGUAGES if m.group(lang) is not None)
            if out and m.start(lang) < out[-1].end:
                continue  # found from the previous "capital" already
            code = codes[m.group("adj_" + lang)]
            out.append(CapitalMention(m.start(lang), m.end(lang), capitals[code], code))
    return out


_WORD = re.compile(r"capital")
# how far the phrase reaches before and after the word: "in the Equatorial Guinean capital",
# "dans la capitale centrafricaine"
_BEFORE, _AFTER = 40, 30
