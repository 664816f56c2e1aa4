"""Whether a meeting is told as held in person, online or both: its format words.

"a virtual thematic meeting", "en ligne", "por vía telemática", "in modalità mista", "face to
face", "présentiel" in five languages; words that put a document or a registration on the web
("published online", "please register online", "formulario en línea") are none.  The field
resolver (:mod:`processus.extraction.fields.format`) decides which one a meeting takes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from processus.extraction.branches import Branches
from processus.extraction.scan import FirstWords, Token, match_at_words

_I = re.IGNORECASE

# words after which "en línea", "em linha", "in linea", "online" name a form, a registration
# or a document put on the web, not a meeting held at a distance (es, it, pt)
_PUBLISHED_BEFORE = (
    "formulario", "formularios", "formulário", "formulários", "modulo", "moduli",
    "inscripción", "inscripciones", "inscrição", "inscrições", "iscrizione", "iscrizioni",
    "registro", "registo", "disponible", "disponibles", "disponível", "disponíveis",
    "disponibile", "disponibili", "publicado", "publicada", "publicados", "publicadas",
    "pubblicato", "pubblicata", "pubblicati", "pubblicate", "consultable", "consultabile",
    "questionario", "cuestionario", "questionário", "encuesta", "inquérito", "sondaggio",
)  # fmt: skip
_NOT_PUBLISHED = "".join(f"(?<!{word} )" for word in _PUBLISHED_BEFORE)
# "en línea con", "in linea con", "em linha com": in keeping with, not a format
_NOT_IN_KEEPING = r"(?!\s+(?:con|com|col|coi|cogli|with|a|ao|à|aos|às|alla|alle|al|ai)\b)"
_ONLINE_ES_IT_PT = _NOT_PUBLISHED + r"\b(?:en\s+línea|in\s+linea|em\s+linha)\b" + _NOT_IN_KEEPING
# "in presenza del ministro", "en présence du ministre": in the minister's presence, not a
# format
_NOT_PRESENCE_OF = r"(?!\s+(?:di|del|dell[oa]|dei|degli|delle|de|du|des)\b|\s+dell['’]|\s*d['’])"

FORMAT_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "hybrid",
        re.compile(
            # not "hybrid threats", "menaces hybrides", "hybrid warfare"
            r"\bhybrid\b(?!\s+(?:threats?|warfare|attacks?|campaigns?|regimes?))|"
            r"\bhybride\b|\bonline and in[- ]person\b|"
            # es/pt "híbrido", "híbrida", it "ibrido", "ibrida"
            r"\bh[ií]brid[oa]s?\b|\bibrid[oaie]\b|"
            # "en formato semipresencial", "en modalidad mixta", "in modalità mista",
            # "em modalidade mista", "in a blended format"
            r"\bsemipresencial(?:es)?\b|\bmodalidad\s+mixta\b|\bmodalità\s+mista\b|"
            r"\bmodalidade\s+mista\b|\bblended\s+format\b",
            _I,
        ),
    ),
    (
        "virtual",
        re.compile(
            # "published/posted/available/now/put/went online", "mis/désormais en ligne": a
            # document or page being put on the web, not a meeting held at a distance
            r"\bvirtual(?:ly)?\b|(?<!published )(?<!posted )(?<!available )(?<!now )(?<!put )"
            r"(?<!went )" + _NOT_PUBLISHED + r"\bonline\b"
            r"(?!\s+(?:platform|version|survey|form|registration))"
            # the web as a meeting's topic: "a workshop on online recruitment by smugglers",
            # "sur la désinformation en ligne"
            r"(?!\s+(?:recruitment|scams?|fraud|advertis\w*|content|platforms|hate|"
            r"disinformation|misinformation|radicali[sz]ation|exploitation|abuse|smuggling|"
            r"trafficking|sales?|payments?|services|networks|marketplaces?|safety|harassment|"
            r"campaigns?|job\s+offers|visibility|presence|tools)\b)|"
            r"\bvid[eé]o[- ]?conf[eé]rences?\b|\bwebinars?\b|\bwebinaires?\b|"
            r"\bwebinarios?\b|\bwebinários?\b|"
            r"(?<!mis )(?<!mise )(?<!désormais )(?<!maintenant )(?<!désinformation )"
            r"(?<!haine )(?<!arnaques )(?<!escroqueries )(?<!recrutement )(?<!contenus )"
            r"(?<!fraude )(?<!trafic )(?<!exploitation )(?<!annonces )(?<!harcèlement )"
            r"\ben ligne\b|"
            r"\bvisioconférence\b|"
            # es/it/pt: "en línea", "in linea", "em linha" (not "formulario en línea", not
            # "in linea con" = in keeping with), "videoconferencia", "videoconferenza",
            # "videoconferência", "a distancia", "a distanza", "à distância" (not "a
            # distanza di un anno" = a year later), "seminario web", "virtuale", "virtuales"
            r"\bvirtuel(?:le)?s?\b|\bà distance\b|" + _ONLINE_ES_IT_PT + "|"
            r"\bvideoconfer(?:encias?|enz[ae]|ências?)\b|"
            r"\b(?:a|à)\s+(?:distancia|distanza|distância)\b(?!\s+(?:de|di|da|do)\b)|"
            r"\bsemin[aá]rios?\s+web\b|\bvirtual(?:es|e|i|mente)\b|\bvirtuais\b|"
            # "por vía telemática", "en formato telemático", "da remoto"
            r"\btelemátic[oa]s?\b|\btelematic[oa]\b|\bda\s+remoto\b",
            _I,
        ),
    ),
    (
        "in_person",
        re.compile(
            r"\bin[- ]person\b|\bface[- ]to[- ]face\b|\bprésentiel(?:le)?\b|"
            r"\ben présence\b" + _NOT_PRESENCE_OF + "|"
            # es/pt "presencial", "presenciales", "presenciais"; it "in presenza"
            r"\bpresencia(?:l|les|is|lmente)\b|\bin\s+presenza\b" + _NOT_PRESENCE_OF,
            _I,
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
    exact=frozenset({"en", "a", "in", "em", "da"}),
    prefixes=("hybrid", "online", "virtu", "video", "webin", "visio", "face", "presentiel",
              "hibrid", "ibrid", "semin", "semip", "presencia", "telematic", "modalid", "modalita",
              "blended"),
)  # fmt: skip


# a registration made on the web says nothing of how the meeting is held: "please register
# online", "s'inscrire en ligne", "inscribirse en línea", "iscriversi online", "inscrever-se
# online", "registration is open online"
_REGISTER_BEFORE = re.compile(
    r"\b(?:regist(?:er|ered|ering|ration)|apply|sign\s+up|enrol{1,2}|inscr[ií]\w*|registr\w*|"
    r"iscriv\w*|iscrizion\w*|candidat\w*)\s+"
    r"(?:(?!(?:met|held|gathered|convened|réuni\w*|reunid\w*|riunit\w*)\b)[\w'’-]+\s+){0,2}\Z",
    _I,
)
_ONLINE = frozenset({"online", "en ligne", "en línea", "in linea", "em linha"})
# "Online" as the last word of a name, a news site's above all ("Ahram Online", "Africa
# News Online", "Le Monde Online"): after a capitalised word that names no meeting
_NAME_BEFORE = re.compile(
    r"\b(?!(?:Meeting|Conference|Workshop|Seminar|Session|Training|Forum|Webinar|Event|"
    r"Dialogue|Consultation|Summit|Held|Hybrid|And|Or|Both|Also|Fully|Entirely|Only)\b)"
    r"[A-Z][\w'’.&-]*[ \t]+\Z"
)


def _names_a_medium(text: str, match: re.Match[str]) -> bool:
    return match.group(0) == "Online" and (
        _NAME_BEFORE.search(text, max(0, match.start() - 40), match.start()) is not None
    )


def find_formats(text: str, tokens: list[Token] | None = None) -> list[FormatMention]:
    """Format words; the pipeline ignores sentences that list several formats."""
    return [
        FormatMention(m.start(), m.end(), m.group(0), m.lastgroup or "")
        for m in match_at_words(_ALL_FORMATS, text, tokens, _FORMAT_FIRST)
        if (
            m.group(0).lower() not in _ONLINE
            or _REGISTER_BEFORE.search(text, max(0, m.start() - 40), m.start()) is None
        )
        and not _names_a_medium(text, m)
    ]
