"""What sort of meeting a passage describes: kind, format and tense.

Kinds are named patterns in English and French.  A passage often names several
meeting types ("a side event in the margins of the workshop"), so the pipeline picks
the mention nearest to the meeting's date; this module only finds them.  Generic
nouns ("meeting", "conference", "réunion") are kind ``other`` and mainly prove that a
passage is about a meeting at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from processus.extraction.branches import Branches
from processus.extraction.scan import FirstWords, Token, match_at_words

_I = re.IGNORECASE

#: (kind, pattern) in priority order: the first pattern that matches a span names it
KIND_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "joint_meeting",
        re.compile(
            r"\bjoint\s+(?:high[- ]level\s+|thematic\s+|technical\s+|ministerial\s+)?"
            r"(?:meeting|conference|session)s?\b|"
            r"\bréunions?\s+(?:de\s+haut\s+niveau\s+)?conjointes?\b|"
            r"\bréunions?\s+conjointes?\s+de\s+haut\s+niveau\b",
            _I,
        ),
    ),
    (
        "ministerial_conference",
        re.compile(
            r"\bministerial\s+(?:conference|meeting|round[- ]?table)s?\b|"
            r"\b(?:conférences?|réunions?)\s+ministérielles?\b",
            _I,
        ),
    ),
    (
        "senior_officials_meeting",
        re.compile(
            r"(?i:\bsenior\s+officials'?\s*(?:'s\s+)?meetings?\b)|\bSOMs?\b(?!\w)|"
            r"(?i:\bréunions?\s+(?:des|de)\s+(?:hauts?\s+)?fonctionnaires(?:\s+de\s+haut\s+niveau)?"
            r"\b)|\bRHF\b",
        ),
    ),
    (
        "steering_committee",
        re.compile(r"\bsteering\s+committee(?:\s+meetings?)?\b|\bcomités?\s+de\s+pilotage\b", _I),
    ),
    (
        "thematic_meeting",
        re.compile(
            r"\bthematic\s+(?:meeting|conference|session)s?\b|\bréunions?\s+thématiques?\b", _I
        ),
    ),
    (
        "technical_meeting",
        re.compile(
            r"\b(?:technical|expert|experts')\s+(?:group\s+)?meetings?\b|"
            r"\bréunions?\s+(?:techniques?|d'experts)\b",
            _I,
        ),
    ),
    ("side_event", re.compile(r"\bside[- ]events?\b|\bévénements?\s+parallèles?\b", _I)),
    (
        "field_visit",
        re.compile(
            r"\b(?:field|study|site)\s+visits?\b|\bstudy\s+tours?\b|"
            r"\bvisites?\s+(?:de\s+terrain|d'études?)\b",
            _I,
        ),
    ),
    (
        "training",
        re.compile(
            r"\btraining(?:\s+(?:session|course|workshop)s?)?\b|"
            r"\b(?:sessions?|cours|ateliers?)\s+de\s+formation\b|\bformations?\s+(?:sur|en|à)\b",
            _I,
        ),
    ),
    (
        "workshop",
        re.compile(
            r"\bworkshops?\b|\bseminars?\b|\bwebinars?\b|\bateliers?\b|"
            r"\bséminaires?\b|\bwebinaires?\b",
            _I,
        ),
    ),
    (
        "other",
        re.compile(
            r"\bmeetings?\b|\bconferences?\b|\bround[- ]?tables?\b|\b(?-i:Forum)\b|"
            r"\bsummits?\b|\bsommets?\b|"
            r"\bréunions?\b|\bconférences?\b|\btables?[- ]rondes?\b",
            _I,
        ),
    ),
)


@dataclass(frozen=True)
class KindMention:
    start: int
    end: int
    text: str
    kind: str


_ALL_KINDS = Branches(
    [(f"k{i}", pattern.pattern) for i, (_k, pattern) in enumerate(KIND_PATTERNS)], _I
)
_SOM_CASED = re.compile(r"SOMs?|RHF")


_KIND_FIRST = FirstWords(
    prefixes=("joint", "reunion", "minister", "conferen", "senior", "som", "rhf", "steering",
              "comite", "themat", "technic", "expert", "side", "evenement", "field", "study",
              "site", "visite", "training", "session", "cours", "atelier", "formation",
              "workshop", "seminar", "webinar", "seminaire", "webinaire", "meeting", "round",
              "forum", "table", "summit", "sommet"),
)  # fmt: skip


def find_kinds(text: str, tokens: list[Token] | None = None) -> list[KindMention]:
    """Meeting-type phrases in ``text``, left to right (one pass, specific kinds first)."""
    found: list[KindMention] = []
    for m in match_at_words(_ALL_KINDS, text, tokens, _KIND_FIRST):
        index = int(m.lastgroup[1:])  # type: ignore[index]
        kind = KIND_PATTERNS[index][0]
        short = m.group(0).lower() in ("som", "soms", "rhf")
        if kind == "senior_officials_meeting" and short and not _SOM_CASED.fullmatch(m.group(0)):
            continue
        if kind == "training" and _not_training(text, m):
            continue
        if kind == "steering_committee" and _BODY_BEFORE.search(
            text, max(0, m.start() - 40), m.start()
        ):
            continue  # the committee as a body ("chairs the Steering Committee"), not a meeting
        found.append(KindMention(m.start(), m.end(), m.group(0), kind))
    return found


_BODY_BEFORE = re.compile(
    r"\b(?:chairs?|chairing|presides?\s+over|sits?\s+on|joins?|préside|présidera|présidait|"
    r"siège\s+au)\s+(?:the\s+|le\s+)?\Z",
    _I,
)


def _not_training(text: str, m: re.Match[str]) -> bool:
    # "training" as a modifier of something that is not an event ("training centre")
    after = text[m.end() : m.end() + 12].lower()
    return after.startswith((" centre", " center", " materials", " manual", " needs"))


# --- format -----------------------------------------------------------------------------

FORMAT_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("hybrid", re.compile(r"\bhybrid\b|\bhybride\b|\bonline and in[- ]person\b", _I)),
    (
        "virtual",
        re.compile(
            r"\bvirtual(?:ly)?\b|(?<!published )(?<!posted )(?<!available )"
            r"\bonline\b(?!\s+(?:platform|version|survey|form|registration))|"
            r"\bvid[eé]o[- ]?conf[eé]rences?\b|\bwebinars?\b|(?<!mis )(?<!mise )\ben ligne\b|"
            r"\bvisioconférence\b|"
            r"\bvirtuel(?:le)?s?\b|\bà distance\b",
            _I,
        ),
    ),
    (
        "in_person",
        re.compile(
            r"\bin[- ]person\b|\bface[- ]to[- ]face\b|\bprésentiel(?:le)?\b|\ben présence\b", _I
        ),
    ),
)


@dataclass(frozen=True)
class FormatMention:
    start: int
    end: int
    text: str
    format: str


_ALL_FORMATS = Branches([(fmt, pattern.pattern) for fmt, pattern in FORMAT_PATTERNS], _I)


_FORMAT_FIRST = FirstWords(
    exact=frozenset({"en", "a", "in"}),
    prefixes=("hybrid", "online", "virtu", "video", "webin", "visio", "face", "presentiel"),
)


def find_formats(text: str, tokens: list[Token] | None = None) -> list[FormatMention]:
    """Format words; the pipeline ignores sentences that list several formats."""
    return [
        FormatMention(m.start(), m.end(), m.group(0), m.lastgroup or "")
        for m in match_at_words(_ALL_FORMATS, text, tokens, _FORMAT_FIRST)
    ]


# --- tense ------------------------------------------------------------------------------

UPCOMING = re.compile(
    r"\bwill\s+(?:be\s+)?(?:take\s+place|held|hold|organi[sz]ed|gather|bring|convene|host|"
    r"hosted|co-?chaired|chaired|open|start|take|focus|serve|follow|address|discuss|"
    r"meet|be\s+held)\b|\bshall\s+(?:take\s+place|be\s+held|allow|bring)\b|"
    r"\bis\s+(?:scheduled|planned|expected)\b|\bare\s+(?:invited\s+to\s+register|preparing)\b|"
    r"\bupcoming\b|\bforthcoming\b|\bweek\s+ahead\b|\bnext\s+week\b|\bsave\s+the\s+date\b|"
    r"\baura\s+lieu\b|\bse\s+tiendra\b|\bsera\s+(?:organisée?|co-?présidée?|accueillie?)\b|"
    r"\bà\s+venir\b|\bprochaine?\b|\bse\s+réunira\b|\bsont\s+invités\b",
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
    r"\bstemming\s+from\b",
    _I,
)


# one pattern, tried at each cue's first word with only the alternatives that start there
_TENSE = Branches([("upcoming", UPCOMING.pattern), ("past", PAST.pattern)], _I)


_TENSE_FIRST = FirstWords(
    exact=frozenset({"will", "shall", "is", "are", "week", "next", "save", "aura", "se", "sera",
                     "a", "sont", "took", "was", "were", "came", "s", "ont", "our", "the"}),
    prefixes=("upcoming", "forthcoming", "prochain", "gather", "brought", "particip", "attended",
              "result", "convened", "joined", "look", "addressed", "explored", "report",
              "stemming"),
)  # fmt: skip


def tense_cues(text: str, tokens: list[Token] | None = None) -> list[tuple[int, int, str, str]]:
    """(start, end, text, "past"|"upcoming") for every tense cue in ``text``."""
    return [
        (m.start(), m.end(), m.group(0), m.lastgroup or "")
        for m in match_at_words(_TENSE, text, tokens, _TENSE_FIRST)
    ]
