"""Countries and organisations named in a text, by their canonical names.

Names come from the shared alias index (:mod:`processus.extraction.aliases`), so the
matching rules are the same everywhere: accent- and case-insensitive, longest name
first, word boundaries, capitals required for acronyms.  A country's adjective
("Portuguese", "marocaine", "italiano") names the country only next to a word for its
government: in front of it in English ("the Portuguese authorities"), after it in
French, Spanish, Italian and Portuguese ("le gouvernement marocain", "el Gobierno
marroquí", "il Ministero degli Affari Esteri italiano").  Adjectives are too common
elsewhere ("Portuguese Chairmanship" is a period, "la cocina italiana" a cuisine).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from processus import reference
from processus.extraction.aliases import NameMatch, name_index, tokens
from processus.extraction.date_words import trie
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
    r"Presidency|presidency|Chairmanship|chairmanship|Chairship|chairship|"
    r"Minister|minister|Ministers|ministers|Ambassador|ambassador|counterpart|Counterpart|"
    # "the German Federal Foreign Office", "the British Home Office", "the Spanish Embassy"
    r"(?:Federal\s+)?(?:Foreign\s+Office|Home\s+Office|Ministry|Department|Embassy))"
)
# French, Spanish, Italian and Portuguese put the adjective after the noun: "le Ministre
# d'Etat nigérien", "el Gobierno marroquí", "le autorità etiopi", "o Governo português";
# the mention then spans the noun, so that a role list can start on it
_POSTPOSED_GOVERNMENT_NOUN = (
    r"(?:[Mm]inist(?:re|ère|erio|ero|ério|ro|ra)|[Gg]ouvernement|[Gg]obierno|[Gg]overno|"
    r"[Aa]utorités|[Aa]utoridades|[Aa]utorità|[Dd]élégation|[Dd]elegaci[óo]n|[Dd]elegazione|"
    r"[Dd]elega[çc][ãa]o|[Pp]résidence|[Pp]residencia|[Pp]residenza|[Pp]resid[êe]ncia|"
    # "son homologue français", "su homólogo español", "il suo omologo libico"
    r"homologue|homólog[oa]|omolog[oa])"
)
# the name of a ministry may stand between the noun and the adjective ("d'Etat", "del
# Interior", "degli Affari Esteri", "da Administração Interna"): capitalised words, the
# small words that join them and a few lower-case words of ministries' names, eight at
# most, no punctuation; a word for a government starts a mention of its own
_NAME_WORD = (
    r"(?:(?:d|l|dell|dall|nell|all)['’])?(?:(?!" + _POSTPOSED_GOVERNMENT_NOUN + r"\b)"
    r"[A-ZÀ-ÖØ-Þ][\w'’-]*|interior|interno|interna|intérieur|extérieur|exteriores|esteri|"
    r"estrangeiros|étrangères|affaires|asuntos|affari|negócios|justice|justicia|giustizia|"
    r"justiça|trabajo|lavoro|trabalho|travail|migraciones|migrazione|migrações|"
    # a rotating presidency: "la présidence tournante marocaine", "la presidenza di turno
    # spagnola", "la presidencia de turno española", "la présidence en exercice malienne"
    r"tournante|turno|rotativa|rotatoria|exercice|ejercicio|carica|exercício)"
    r"|de|del|della|delle|degli|dei|dello|di|do|da|dos|das|du|des|la|las|los|le|les|el|il|en|in|em|"
    r"lo|gli|y|e|ed|et|para|per|pour"
)
_SPACE = r"(?:[ \t]+|[ \t]*\n[ \t]*)"  # one line break at most


def _adjectives(capitalised: bool) -> tuple[dict[str, str], str]:
    """adjective -> country name, and the alternation of the adjectives (longest first, as
    a trie: a pattern tries its hundreds of adjectives at up to nine words): the
    capitalised ones come before their noun (EN), the others after it (FR/ES/IT/PT)."""
    names: dict[str, str] = {}
    for country in reference.countries():
        for adjective in country.get("adjectives", []):
            if adjective and adjective[0].isupper() == capitalised:
                names[adjective] = country["name"]
    return names, trie(names, literal=True)


@cache
def _adjective_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    names, body = _adjectives(capitalised=True)
    if not names:
        return re.compile(r"(?!x)x"), names
    # the minister's remit may stand between: "the Spanish Interior Minister", "the Moroccan
    # Foreign Minister"
    remit = r"(?:(?:Interior|Foreign|Home|Justice|Labour|Labor|Migration|Defence|Defense)\s+)?"
    return re.compile(r"\b(" + body + r")\s+" + remit + _GOVERNMENT_NOUN + r"\b"), names


@cache
def _postposed_adjective_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    names, body = _adjectives(capitalised=False)
    if not names:
        return re.compile(r"(?!x)x"), names
    name = r"(?:" + _SPACE + r"(?:" + _NAME_WORD + r")){0,8}?"
    # a French adjective agrees in the plural: "les autorités sénégalaises", "marocaines"
    pattern = r"\b(" + _POSTPOSED_GOVERNMENT_NOUN + name + _SPACE + r"(" + body + r")s?)\b"
    return re.compile(pattern), names


# a ministry whose remit names its own nationals abroad: "the Minister of Foreign Affairs,
# Emigration and Egyptian Expatriates", "Ministry of Foreign Affairs and Moroccans Living
# Abroad", "le ministre des Affaires étrangères et des Sénégalais de l'extérieur", "el
# Ministerio de … y de los Españoles en el Exterior"; the remit is the name's last words
_MINISTRY_WORD = r"(?:[Mm]inist(?:er|ry|re|ère|erio|ero|ério|ro|ra))"
_REMIT = r"[^.;:!?\n()]{0,90}?"
_NATIONALS_ABROAD = (
    r"(?:Expatriates|Diaspora|Nationals\s+Abroad|Abroad|(?:Living|Residing|Resident)\s+Abroad|"
    r"Communit(?:y|ies)\s+Abroad|de\s+l['’]\s*(?:[Ee]xtérieur|[Éé]tranger)|"
    r"(?:résidant|établis|vivant)\s+à\s+l['’]\s*[ée]tranger|de\s+la\s+[Dd]iaspora|"
    r"(?:en|del|no|nel|all['’])\s*(?:[Ee]xterior|[Ee]stero|[Ee]xtranjero)|"
    r"(?:residentes|residenti)\s+(?:en\s+el|all['’]\s*|no)\s*(?:[Ee]xterior|[Ee]stero))"
)


@cache
def _nationals_abroad_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """The ministry, and the people its remit names: the English adjective ("Egyptian"),
    or the other languages' adjective with a capital, as their names for people take
    ("Sénégalais", "Marocains", "Españoles")."""
    names, _ = _adjectives(capitalised=True)
    lower, _ = _adjectives(capitalised=False)
    names.update({a[0].upper() + a[1:]: c for a, c in lower.items()})
    body = trie(names, literal=True)
    people = r"\b(" + body + r")(?:s|es)?\s+"
    pattern = r"\b(" + _MINISTRY_WORD + _REMIT + people + _NATIONALS_ABROAD + r")"
    return re.compile(pattern), names


def _nationals_abroad_actors(text: str, toks: list[Token] | None) -> list[ActorMention]:
    pattern, names = _nationals_abroad_pattern()
    return [
        ActorMention(m.start(1), m.end(1), m.group(1), names[m.group(2)], "country")
        for m in match_at_words(pattern, text, toks, _MINISTRY_FIRST_WORDS)
    ]


_MINISTRY_FIRST_WORDS = FirstWords(
    exact=frozenset({"minister", "ministry", "ministre", "ministere", "ministerio", "ministero",
                     "ministro", "ministra"})
)  # fmt: skip


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
    postposed, postposed_names = _postposed_adjective_pattern()
    found += [
        ActorMention(m.start(1), m.end(1), m.group(1), postposed_names[m.group(2)], "country")
        for m in match_at_words(postposed, text, toks, _POSTPOSED_FIRST_WORDS)
    ]
    found += _nationals_abroad_actors(text, toks)
    found.sort(key=lambda a: a.start)
    return found


# the folded first words of _POSTPOSED_GOVERNMENT_NOUN
_POSTPOSED_FIRST_WORDS = FirstWords(
    exact=frozenset({"ministre", "ministere", "ministerio", "ministero", "ministro", "ministra",
                     "gouvernement", "gobierno", "governo", "autorites", "autoridades",
                     "autorita", "delegation", "delegacion", "delegazione", "delegacao",
                     "presidence", "presidencia", "presidenza", "homologue", "homologo",
                     "homologa", "omologo", "omologa"})
)  # fmt: skip


def find_actors(text: str) -> list[ActorMention]:
    """All country and organisation mentions in ``text``, left to right."""
    found = actors_from_names(name_index().find(text)) + adjective_actors(text)
    found.sort(key=lambda a: a.start)
    return found


# an envoy and the state it is posted to: "the Ambassador of Spain to Senegal", "el embajador
# de España en Senegal", "l'ambasciatore d'Italia in Niger", "the Embassy of Spain in Dakar":
# the state after "to" / "en" / "in" is where the envoy serves, not who acts
_ENVOY = (
    r"(?:ambassador|embassy|ambassadeur|ambassadrice|ambassade|embajador|embajadora|embajada|"
    r"ambasciatore|ambasciatrice|ambasciata|embaixador|embaixadora|embaixada|envoy|chargé\s+d'affaires)"
)
_POSTED_BEFORE = re.compile(
    _ENVOY + r"\s+(?:of|de|d['’]|du|del|dell['’]|della|do|da)\s*(?:the\s+|la\s+|l['’]|el\s+|il\s+|"
    r"o\s+|a\s+)?[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*){0,3}\s+"
    r"(?:to|in|en|au|aux|à|em|no|na|nel|nella|presso(?:\s+il|\s+la)?|a)\s+(?:the\s+|le\s+|la\s+|"
    r"el\s+|il\s+|o\s+|a\s+)?\Z",
    re.IGNORECASE,
)


def without_postings(text: str, actors: list[ActorMention]) -> list[ActorMention]:
    """``actors`` less the states an envoy is posted to ("the Ambassador of Spain to
    Senegal": Senegal), which act in nothing the sentence tells."""
    if not any(cue in text for cue in _ENVOY_CUES):
        return actors
    return [a for a in actors if _POSTED_BEFORE.search(text, max(0, a.start - 90), a.start) is None]


_ENVOY_CUES = ("mbassad", "mbajad", "mbasciat", "mbaixad", "nvoy", "affaires")
