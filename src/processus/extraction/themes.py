"""Which thematic domains (1-5) a meeting addresses, from a keyword lexicon.

The five domains are shared by the Joint Valletta Action Plan, the Marrakesh
Programme and the Cadiz Action Plan (see the extraction contract).  Scoring is
deliberately simple and explainable:

* every *strong* keyword (e.g. "asylum", "remittances", "migrant smuggling",
  "#labourmigration") scores 2, every *weak* one ("mobility", "development",
  "protection") scores 1;
* a domain is kept when it has at least one strong keyword, or two weak ones, and
  scores at least a third of the best domain: a meeting *on* diaspora engagement that
  mentions "skills transfer" once stays a domain-1 meeting;
* when the meeting's title names a topic that the lexicon recognises, the title alone
  decides ("Thematic Meeting on Asylum and International Protection" -> [3]).

Keywords match on word boundaries, accents and case ignored, and hashtags are matched
in their run-together form ("#skillsmobility", "#irregularmigration").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from processus.extraction.normalize import fold
from processus.extraction.scan import FirstWords, Token, match_at_words

# (domain, strong keywords, weak keywords); "*" at the end of a keyword allows any ending
LEXICON: tuple[tuple[int, tuple[str, ...], tuple[str, ...]], ...] = (
    (
        1,
        (
            "root causes*",
            "root causes of irregular migration*",
            "root causes of migration*",
            "root causes of irregular migration and forced displacement",
            "diaspora*",
            "remittance*",
            "migration and development nexus",
            "development benefits",
            "climate change",
            "climate-induced",
            "entrepreneurship",
            "causes profondes",
            "transferts de fonds",
            "envois de fonds",
            "changement climatique",
            "changements climatiques",
            "migration et développement",
        ),
        (
            "development",
            "développement",
            "investment*",
            "investissement*",
            "climate",
            "climat",
            "youth employment",
            "job creation",
        ),
    ),
    (
        2,
        (
            "legal migration",
            "regular migration",
            "labour migration",
            "labor migration",
            "labour mobility",
            "labor mobility",
            "skills mobility",
            "skills partnership*",
            "talent partnership*",
            "talent mobility",
            "talent attraction",
            "mobility scheme*",
            "mobility partnership*",
            "legal pathways",
            "regular pathways",
            # not "visa*": French "visait", "visant" (from viser, to aim) are no visas
            "visa",
            "visas",
            "visa facilitation",
            "circular migration",
            "seasonal work*",
            "student mobility",
            "skills development",
            "recognition of skills",
            "migration légale",
            "migration régulière",
            "migration de travail",
            "migration de main-d'oeuvre",
            "mobilité de la main-d'oeuvre",
            "voies légales",
            "mobilité des talents",
        ),
        (
            "mobility",
            "mobilité",
            "skills",
            "compétences",
            "talent*",
            "students",
            "étudiants",
            "pathways",
            "labour market",
            "workers",
        ),
    ),
    (
        3,
        (
            "asylum*",
            "international protection",
            "refugee*",
            "asylum seeker*",
            "asylum system*",
            "protection system*",
            "resettlement",
            "forcibly displaced",
            "statelessness",
            "asile",
            "réfugié*",
            "protection internationale",
            "demandeurs d'asile",
            "réinstallation",
        ),
        (
            "protection",
            "forced displacement",
            "displaced persons",
            "displacement",
            "vulnerable migrants",
            "missing migrants",
            "déplacement forcé",
        ),
    ),
    (
        4,
        (
            "irregular migration",
            "irregular immigration",
            "irregular migratory",
            "migrant smuggling",
            "smuggling of migrants",
            "smuggling*",
            "trafficking*",
            "trafficking in human beings",
            "human trafficking",
            "border management",
            "integrated border management",
            "border control*",
            "border security",
            "thb",
            "migration irrégulière",
            "immigration irrégulière",
            "trafic illicite de migrants",
            "trafic de migrants",
            "traite des êtres humains",
            "traite des personnes",
            "gestion des frontières",
            "gestion intégrée des frontières",
            "sécurité des frontières",
            "passeurs",
        ),
        (
            "borders",
            "frontières",
            "border",
            "frontière",
            "document fraud",
            "fraude documentaire",
            "traite",
            "smugglers",
        ),
    ),
    (
        5,
        (
            "readmission*",
            "reintegration*",
            "voluntary return*",
            "return and reintegration",
            "return, readmission",
            "assisted voluntary return",
            "forced return",
            "réadmission*",
            "réintégration*",
            "retour volontaire",
            "retour et réintégration",
        ),
        ("return", "returns", "returnees", "retour", "repatriation", "rapatriement"),
    ),
)

# the same domains in Spanish, Italian and Portuguese (strong, weak), merged into LEXICON
_OTHER_LANGUAGES: dict[int, tuple[tuple[str, ...], tuple[str, ...]]] = {
    1: (
        (
            "causas profundas",
            "cause profonde",
            "remesas",
            "rimesse",
            "remessas",
            "migración y desarrollo",
            "migrazione e sviluppo",
            "migração e desenvolvimento",
            "cambio climático",
            "cambiamento climatico",
            "cambiamenti climatici",
            "alterações climáticas",
            "mudanças climáticas",
            "emprendimiento",
            "imprenditorialità",
            "empreendedorismo",
        ),
        (
            "desarrollo",
            "sviluppo",
            "desenvolvimento",
            "inversión*",
            "investimenti",
            "investimento*",
        ),
    ),
    2: (
        (
            "migración legal",
            "migración regular",
            "migración laboral",
            "movilidad laboral",
            "vías legales",
            "migrazione legale",
            "migrazione regolare",
            "migrazione per lavoro",
            "mobilità dei lavoratori",
            "canali di ingresso regolare",
            "percorsi legali",
            "migração legal",
            "migração regular",
            "migração laboral",
            "mobilidade laboral",
            "vias legais",
            "migración circular",
            "migrazione circolare",
            "migração circular",
            "trabajo temporal",
            "lavoro stagionale",
            "trabalho sazonal",
        ),
        (
            "movilidad",
            "mobilità",
            "mobilidade",
            "competencias",
            "competenze",
            "competências",
            "trabajadores",
            "lavoratori",
            "trabalhadores",
        ),
    ),
    3: (
        (
            "asilo",
            "refugiado*",
            "rifugiat*",
            "protección internacional",
            "protezione internazionale",
            "proteção internacional",
            "reasentamiento",
            "reinsediamento",
            "reassentamento",
            "menores no acompañados",
            "minori non accompagnati",
            "menores não acompanhados",
        ),
        (
            "protección",
            "protezione",
            "proteção",
            "desplazamiento forzado",
            "sfollamento forzato",
            "deslocamento forçado",
        ),
    ),
    4: (
        (
            "migración irregular",
            "tráfico ilícito de migrantes",
            "tráfico de migrantes",
            "trata de personas",
            "trata de seres humanos",
            "gestión de fronteras",
            "migrazione irregolare",
            "traffico di migranti",
            "tratta di esseri umani",
            "tratta di persone",
            "gestione delle frontiere",
            "migração irregular",
            "tráfico de seres humanos",
            "gestão de fronteiras",
            "gestão das fronteiras",
        ),
        ("fronteras", "frontiere", "fronteiras", "frontera", "frontiera", "fronteira"),
    ),
    5: (
        (
            "readmisión*",
            "reintegración*",
            "retorno voluntario",
            "riammissione*",
            "reintegrazione*",
            "rimpatrio volontario",
            "readmissão*",
            "reintegração*",
            "retorno voluntário",
            "regreso voluntario",
        ),
        ("retorno", "rimpatrio*", "regreso"),
    ),
}
LEXICON = tuple(
    (domain, strong + _OTHER_LANGUAGES[domain][0], weak + _OTHER_LANGUAGES[domain][1])
    if domain in _OTHER_LANGUAGES
    else (domain, strong, weak)
    for domain, strong, weak in LEXICON
)  # fmt: skip

STRONG_SCORE = 2
WEAK_SCORE = 1
MIN_SHARE = 1 / 3


def _compile() -> tuple[
    re.Pattern[str], dict[str, tuple[int, int]], list[str], dict[str, tuple[int, int]]
]:
    phrases: dict[str, tuple[int, int]] = {}
    prefixes: dict[str, tuple[int, int]] = {}
    hashtags: dict[str, tuple[int, int]] = {}
    for domain, strong, weak in LEXICON:
        for words, score in ((strong, STRONG_SCORE), (weak, WEAK_SCORE)):
            for word in words:
                key = fold(word)
                if key.endswith("*"):
                    prefixes[key[:-1]] = (domain, score)
                    key = key[:-1]
                phrases.setdefault(key, (domain, score))
                tag = re.sub(r"[^a-z0-9]", "", key)
                if len(tag) >= 3:
                    hashtags.setdefault(tag, (domain, score))
    alternatives = []
    for key in sorted(phrases, key=len, reverse=True):
        body = re.escape(key).replace(r"\ ", r"\s+").replace("'", "['’]")
        if key in prefixes:
            body += r"\w*"
        alternatives.append(body)
    pattern = re.compile(r"(?<![\w#])(?:" + "|".join(alternatives) + r")(?!\w)")
    return pattern, phrases, sorted(prefixes, key=len, reverse=True), hashtags


_PATTERN, _PHRASES, _PREFIXES, _HASHTAGS = _compile()
_FIRST = FirstWords(
    exact=frozenset(re.split(r"[\s,'-]", key)[0] for key in _PHRASES),
    prefixes=tuple(p for p in _PREFIXES if " " not in p),
)
_HASHTAG = re.compile(r"#(\w+)")


@dataclass(frozen=True)
class ThemeHit:
    start: int
    end: int
    text: str
    domain: int
    score: int


_SPACES = re.compile(r"\s+")


def _lookup(matched: str) -> tuple[int, int] | None:
    key = _SPACES.sub(" ", matched).replace("’", "'")
    if key in _PHRASES:
        return _PHRASES[key]
    for prefix in _PREFIXES:
        if key.startswith(prefix):
            return _PHRASES[prefix]
    return None


def theme_hits(
    text: str,
    masked: list[tuple[int, int]] | None = None,
    folded: str | None = None,
    tokens: list[Token] | None = None,
) -> list[ThemeHit]:
    """Keyword hits in ``text`` (outside ``masked`` spans such as dialogue names)."""
    if folded is None:
        folded = fold(text)
    hits: list[ThemeHit] = []
    masked = masked or []
    for m in match_at_words(_PATTERN, folded, tokens, _FIRST):
        if any(s <= m.start() < e for s, e in masked):
            continue
        found = _lookup(m.group(0))
        if found:
            hits.append(ThemeHit(m.start(), m.end(), text[m.start() : m.end()], *found))
    for m in _HASHTAG.finditer(folded):
        tag = m.group(1)
        found = _HASHTAGS.get(tag)
        if found is None:
            for key, value in _HASHTAGS.items():
                if value[1] == STRONG_SCORE and len(key) >= 6 and tag.startswith(key):
                    found = value
                    break
        if found:
            hits.append(ThemeHit(m.start(), m.end(), text[m.start() : m.end()], *found))
    hits.sort(key=lambda h: h.start)
    return hits


def score_domains(hits: list[ThemeHit]) -> list[int]:
    """The domains a list of hits supports, by the rule in the module docstring."""
    scores: dict[int, int] = {}
    strong: dict[int, int] = {}
    weak: dict[int, int] = {}
    for hit in hits:
        scores[hit.domain] = scores.get(hit.domain, 0) + hit.score
        if hit.score == STRONG_SCORE:
            strong[hit.domain] = strong.get(hit.domain, 0) + 1
        else:
            weak[hit.domain] = weak.get(hit.domain, 0) + 1
    if not scores:
        return []
    best = max(scores.values())
    return sorted(
        d
        for d, s in scores.items()
        if (strong.get(d, 0) >= 1 or weak.get(d, 0) >= 2) and s >= best * MIN_SHARE
    )
