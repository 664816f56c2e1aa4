"""Words that tell a meeting as past or upcoming ("took place", "will be held", "s'est
tenue", "se celebrará", "si terrà", "decorreu"), in five languages: the status of a meeting
with no date, and the tense that places a year-less date before or after the page's own."""

from __future__ import annotations

import re

from processus.extraction.branches import Branches
from processus.extraction.scan import FirstWords, Token, match_at_words

_I = re.IGNORECASE

UPCOMING = re.compile(
    r"\bwill\s+(?:be\s+)?(?:take\s+place|held|hold|organi[sz]ed|gather|bring|convene|host|"
    r"hosted|co-?chaired|chaired|open|start|take|focus|serve|follow|address|discuss|"
    r"meet|be\s+held)\b|\bshall\s+(?:take\s+place|be\s+held|allow|bring)\b|"
    r"\bis\s+(?:scheduled|planned|expected)\b|\bare\s+(?:invited\s+to\s+register|preparing)\b|"
    r"\bupcoming\b|\bforthcoming\b|\bweek\s+ahead\b|\bnext\s+week\b|\bsave\s+the\s+date\b|"
    r"\baura\s+lieu\b|\bse\s+tiendr(?:a|ont)\b|\bsera\s+(?:organisée?|co-?présidée?|accueillie?)\b|"
    r"\bà\s+venir\b|\bprochaine?\b|\bse\s+réunira\b|\bsont\s+invités\b|"
    # es, it, pt
    r"\bse\s+(?:celebrará|realizará|reunirá)\b|\btendrá\s+lugar\b|\bpróxim[oa]\b|"
    r"\bsi\s+(?:terrà|svolgerà|riunirà)\b|\bavrà\s+luogo\b|\bprossim[oa]\b|"
    r"\bterá\s+lugar\b|\bvai\s+(?:decorrer|realizar-se|acolher)\b|\bdecorrerá\b|"
    r"\bacolherá\b|\brealizar-se-á\b|"
    # any verb after "will" ("will travel", "will open", "will also gather"), not the noun
    # ("the political will of", "the will to")
    r"\bwill\s+(?!of\b|to\b|and\b|that\b|for\b)(?:also\s+|then\s+|now\s+)?(?:be\s+)?"
    r"(?-i:[a-z]{3,})\b|"
    # the other languages' future of the verbs that hold a meeting
    r"\b(?:tiendr(?:a|ont)|organiser(?:a|ont)|accueiller(?:a|ont)|réunir(?:a|ont)|"
    r"se\s+dérouler(?:a|ont)|s['’]ouvrir(?:a|ont)|"
    r"celebrar(?:á|án)|organizar(?:á|án)|acoger(?:á|án)|albergar(?:á|án)|reunir(?:á|án)|"
    r"terr(?:à|anno)|ospiter(?:à|anno)|organizzer(?:à|anno)|si\s+svolgeranno|si\s+terranno|"
    r"realizar(?:á|ão)|receber(?:á|ão)|sediar(?:á|ão)|decorrer(?:á|ão))\b",
    _I,
)
PAST = re.compile(
    r"\btook\s+place\b|\bwas\s+(?:held|organi[sz]ed|hosted|co-?chaired|chaired|opened|"
    r"attended|convened)\b|\bwere\s+(?:held|organi[sz]ed)\b|\bgathered\b|\bbrought\s+together\b|"
    r"\bparticipated\b|\battended\b|\bresulted\s+in\b|\bcame\s+together\b|\bconvened\b|"
    r"\bjoined\s+us\b|\blook(?:ed)?\s+back\b|\bwas\s+the\s+occasion\b|\baddressed\b|"
    r"\bexplored\b|\breport\s+out\b|\bs'est\s+(?:tenue?|déroulée?|réunie?)\b|\ba\s+eu\s+lieu\b|"
    r"\ba\s+réuni\b|\bont\s+participé\b|\ba\s+été\s+(?:organisée?|accueillie?|co-?présidée?)\b|"
    r"\bont\s+(?:examiné|adopté|échangé)\b|\b(?:our|the)\s+recent\s+(?=[A-Z])|"
    r"\bstemming\s+from\b|\bwrapped\s+up\b|\bconcluded\b|\bclosed\b|"
    r"\ba\s+pris\s+fin\b|\bont\s+pris\s+part\b|\ba\s+clos\b|"
    r"\bs'est\s+(?:achevée?|clôturée?|ouverte?)\b|\ba\s+été\s+ouverte?\b|"
    r"\bse\s+sont\s+(?:tenu|déroulé|réuni)e?s\b|\bont\s+été\s+organisée?s\b|"
    r"\b(?:a|ont)\s+(?:tenu|organisé|accueilli)\b|"
    # es, it, pt
    r"\bse\s+(?:celebró|realizó|reunió|reunieron)\b|\btuvo\s+lugar\b|\bacogió\b|"
    r"\bsi\s+(?:è|sono)\s+(?:tenut[aoie]|svolt[aoie]|riunit[aoie])\b|\bha\s+avuto\s+luogo\b|"
    r"\bteve\s+lugar\b|\brealizou-se\b|\bdecorreu\b|\bacolheu\b|\breuniram-se\b|"
    # an active verb in the past with its meeting ("The Process held a workshop", "Ghana
    # hosted the SOM"); not after "be" ("to be held", "will be hosted")
    r"(?<!\bbe\s)(?<!\bbeen\s)\b(?:held|hosted|co-?hosted|organi[sz]ed|co-?organi[sz]ed|"
    r"chaired|co-?chaired)\s+(?:a|an|its|the|their|two|three|several)\b|"
    r"\b(?:has|have)\s+been\s+(?:held|organi[sz]ed|hosted)\b|"
    r"\b(?:celebr(?:ó|aron)|organiz(?:ó|aron)|alberg(?:ó|aron)|reuni(?:ó|eron))\b|"
    r"\b(?:ha|hanno)\s+(?:tenuto|organizzato|ospitato|riunito)\b|"
    r"\b(?:realiz|organiz|sedi|reun)(?:ou|aram)\b",
    _I,
)


# one pattern, tried at each cue's first word with only the alternatives that start there
_TENSE = Branches([("upcoming", UPCOMING.pattern), ("past", PAST.pattern)], _I)


_TENSE_FIRST = FirstWords(
    exact=frozenset({"will", "shall", "is", "are", "week", "next", "save", "aura", "se", "sera",
                     "a", "sont", "took", "was", "were", "came", "s", "ont", "our", "the",
                     "tendra", "si", "avra", "tera", "vai", "decorrera", "acolhera", "realizar",
                     "tuvo", "acogio", "ha", "teve", "realizou", "decorreu", "acolheu",
                     "reuniram", "proximo", "proxima", "prossimo", "prossima", "wrapped",
                     "concluded", "closed", "held", "hosted", "chaired", "has", "have",
                     "hanno", "tiendra", "tiendront", "terra", "terranno"}),
    prefixes=("upcoming", "forthcoming", "prochain", "gather", "brought", "particip", "attended",
              "result", "convened", "joined", "look", "addressed", "explored", "report",
              "stemming", "organis", "organiz", "accueiller", "reunir", "celebr", "acoger",
              "albergar", "ospiter", "realiz", "receber", "sedi", "decorrer", "cohost",
              "coorgani", "cochair", "alberg", "reuni"),
)  # fmt: skip


def tense_cues(text: str, tokens: list[Token] | None = None) -> list[tuple[int, int, str, str]]:
    """(start, end, text, "past"|"upcoming") for every tense cue in ``text``."""
    return [
        (m.start(), m.end(), m.group(0), m.lastgroup or "")
        for m in match_at_words(_TENSE, text, tokens, _TENSE_FIRST)
    ]
