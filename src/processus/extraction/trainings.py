"""Whether a word of training names one training session or education in general.

"Training", "formation", "formación", "formazione" and "formação" name a session on a
page as often as vocational training or the lack of it.  A bare noun is a session only
with what a session has: an article that makes it one event, a subject or a length after
it, a verb that gives, holds or hosts it.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE


def not_a_training(text: str, m: re.Match[str]) -> bool:
    """Whether the training noun at ``m`` does not name a training session."""
    if _BARE_FORMATION.fullmatch(m.group(0)):
        return not _one_training_session(text, m)
    if m.group(0)[:1] in "fF":
        return not _french_training(text, m)
    # "training" as a modifier of something that is not an event ("training centre")
    after = text[m.end() : m.end() + 12].lower()
    return after.startswith((" centre", " center", " materials", " manual", " needs"))


# "formación", "formazione", "formação" are also education in general ("la formación
# profesional", "l'accesso alla formazione"): a bare noun names a training session only
# after an article or number that makes it one event ("una formación sobre …", "uma
# formação para 20 agentes", "due formazioni"), and not with a word of education after it
_BARE_FORMATION = re.compile(r"formaci(?:ón|ones)|formazion[ei]|forma(?:ção|ções)", _I)
_ONE_EVENT_BEFORE = re.compile(
    r"(?:\b(?:una|uma|esta|esa|questa|essa|nueva|nuova|nova|primera|prima|primeira|"
    r"segunda|seconda|dos|due|duas|tres|tre|três|varias|diverse|várias)\s+|\bun['’]\s*)\Z",
    _I,
)
_EDUCATION_AFTER = re.compile(
    r"\s+(?:profesional|profissional|professionale|académica|accademica|acadêmica|"
    r"continua|contínua|inicial|iniziale|universitaria|universitária|superior|superiore|"
    r"escolar|scolastica|básica|di\s+base)\b",
    _I,
)


# after the definite article, a verb that holds the training in its clause makes it one:
# "La formación del Proceso de Rabat celebrada en Dakar …", "A formação …, realizada na
# Praia", "La formazione … svoltasi a Roma", "la formación … reunió a 40 agentes"
_THE_BEFORE = re.compile(r"(?:\b(?:la|las|a|as|il|le)\s+|\bl['’]\s*)\Z", _I)
_HELD_AFTER = re.compile(
    r"[^.;:!?\n]{0,100}?\b(?:celebrad[oa]s?|realizad[oa]s?|organizad[oa]s?|impartid[oa]s?|"
    r"ministrad[oa]s?|tenut[aei]|svolt[aei]|svoltasi|tenutasi|organizzat[aei]|"
    r"se\s+celebró|se\s+realizó|tuvo\s+lugar|teve\s+lugar|decorreu|realizou-se|"
    r"si\s+è\s+(?:svolt|tenut)[ao]|ha\s+(?:riunito|avuto\s+luogo)|reunió|reuniu)\b",
    _I,
)


def _one_training_session(text: str, m: re.Match[str]) -> bool:
    """Whether a bare "formación", "formazione" or "formação" at ``m`` names one
    training session (see _BARE_FORMATION)."""
    if _EDUCATION_AFTER.match(text, m.end()):
        return False
    before = text[max(0, m.start() - 12) : m.start()]
    if _ONE_EVENT_BEFORE.search(before):
        return True
    return bool(_THE_BEFORE.search(before)) and _HELD_AFTER.match(text, m.end()) is not None


# "formation" is also education in general ("la formation professionnelle des jeunes",
# "l'accès à la formation pour les migrants"): it names a training session only with what
# a session has, right after the noun (one describing word may come between): a subject
# ("sur", "en", "à"), a length ("de trois jours", "d'une journée"), a verb that gives or
# organises it ("dispensée", "organisée"); an audience ("pour les officiers", "à
# l'intention des", "destinée aux") after an article that makes it one event ("une",
# "cette", "deux"); or, after any article, a verb that holds it further on in its clause
# ("la formation pour les officiers s'est tenue à Kampala").
_ONE_WORD = (
    r"(?:\s+(?!(?:professionnelle|initiale|continue|scolaire|universitaire|académique|"
    r"supérieure|générale|politique|militaire|des|du|de|et|ou|pour)\b)[a-zà-ÿ-]+)?"
)
_TRAINING_AFTER = re.compile(
    _ONE_WORD + r"(?:\s+(?:sur|en|à)\b(?!\s+l'intention)|"
    r"\s+(?:dispensée?s?|organisée?s?|conjointe?s?)\b|"
    r"\s+(?:de|d')\s*(?:\d+|deux|trois|quatre|cinq|six|sept|huit|dix|quinze|une?|"
    r"plusieurs)\s+(?:jours?|journées?|demi-journées?|semaines?|heures|mois)\b)",
    _I,
)
_AUDIENCE_AFTER = re.compile(
    _ONE_WORD + r"\s+(?:pour|destinée?s?\s+(?:à|aux)|à\s+l'intention)\b", _I
)
_EVENT_ARTICLE = re.compile(
    r"\b(?:une|cette|ces|deux|trois|quatre|cinq|plusieurs|nouvelle|première|seconde|"
    r"deuxième|troisième|prochaine|dernière)\s+\Z",
    _I,
)
_ANY_ARTICLE = re.compile(r"(?:\b(?:la|les|des)\s+|\bl')\Z", _I)
_HELD = re.compile(
    r"\b(?:s'(?:est|était|étaient|sont)\s+(?:tenue?s?|déroulée?s?)|se\s+tiendr\w+|"
    r"se\s+déroulera|(?:a|ont|avait|aura|auront)\s+eu\s+lieu|aura\s+lieu|auront\s+lieu|"
    r"(?:a|ont|avait)\s+(?:réuni|rassemblé)|réunira|rassemblera|"
    r"(?:a|ont|avait|avaient)\s+été\s+(?:organisée?s?|dispensée?s?)|"
    r"sera\s+(?:organisée?|dispensée?)|seront\s+(?:organisées|dispensées))",
    _I,
)


_HOSTED_BEFORE = re.compile(
    r"\b(?:(?:a|ont|avait|avaient)\s+(?:accueilli|organisé|tenu|dispensé|co-?organisé)|"
    r"accueiller[ao]\w*|organiser[ao]\w*|accueille|organise)\b",
    _I,
)


def _clause_before(text: str, pos: int) -> str:
    """The text of the sentence before ``pos`` (at most 160 characters)."""
    lo = max(0, pos - 160)
    stop = max(text.rfind(mark, lo, pos) for mark in (". ", ";", "\n"))
    return text[max(lo, stop + 1) : pos]


def _french_training(text: str, m: re.Match[str]) -> bool:
    """Whether "formation(s)" at ``m`` names a training session (see _TRAINING_AFTER)."""
    if _TRAINING_AFTER.match(text, m.end()):
        return True
    before = text[max(0, m.start() - 14) : m.start()]
    event = _EVENT_ARTICLE.search(before) is not None
    if event and _AUDIENCE_AFTER.match(text, m.end()):
        return True
    if event and _HOSTED_BEFORE.search(_clause_before(text, m.start())):
        return True  # "Le Sénégal a accueilli, du 4 au 6 juin, à Saly, une formation …"
    if not event and _ANY_ARTICLE.search(before) is None:
        return False  # "de formation", "manque de formation", bare prose
    # a holding verb in the rest of the clause, never across a full stop
    stop = min(len(text), m.end() + 100)
    for mark in (".", ";", "\n"):
        i = text.find(mark, m.end(), stop)
        if i != -1:
            stop = i
    return _HELD.search(text, m.end(), stop) is not None
