"""Where a meeting took place: cities from the gazetteer, or a country named alone.

Place names also live inside other names ("Niamey Declaration", "Marrakesh
Programme", "Processus de Rabat", "Cabo Verde University"); a city is only a place
when it is not followed by such a noun or preceded by its French form.  A handful of
gazetteer names are also ordinary words or common elsewhere ("Nice", "Split",
"Victoria"); they count only with a place preposition before them or a country
after them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from processus import reference
from processus.extraction.aliases import NameMatch, country_names
from processus.extraction.capitals import find_capitals
from processus.extraction.normalize import fold

#: gazetteer names that need "in/at/à" before them or ", <Country>" after them
AMBIGUOUS = frozenset(
    {
        "Nice",
        "Split",
        "Victoria",
        "Santa Maria",
        "Sal",
        "Palma",
        "Constantine",
        "Kara",
        "Mons",
        "Rosso",
        "Bata",
        "Gao",
        "Wau",
        "Keren",
        "Kolda",
        "Dori",
        "Touba",
        "Gaza",
        "Aden",
        "Lagos",
        "Toledo",
        "Valencia",
        "Córdoba",
        "Granada",
        "Limbe",
        "Saly",
        "Bergen",
        "Faro",
        "Braga",
        "Bari",
        "Kano",
        "Bonn",
        "Cork",
    }
)

# a name followed by one of these nouns on its line is part of another name ("Budapest
# Process"), not above it on the next line ("2026-12-01 | Vienne⏎Processus de Budapest – …")
_NOT_PLACE_AFTER = re.compile(
    r"\A[ \t\-']{0,2}(?:Process|Processus|Proceso|Processo|Declaration|Déclaration|Political|"
    r"Programme|Program|Action\b|Plan\b|Convention|Agreement|Accord|Initiative|"
    r"Dialogue|Compact|Protocol|Statement|Commitments?|Roadmap|Strategy|University|"
    r"Université|Observatory|Migration Observatory|Group|Charter|Pact|Call)\b",
)
# a framework or a text named after its city, in French, Spanish, Italian and Portuguese:
# "Plan d'action de Cadix", "Programa de Marrakech", "Programma di Marrakech", "Acordo de
# Cotonou", "Dichiarazione di Roma", "Pacto Mundial de Marrakech"
_NOT_PLACE_BEFORE = re.compile(
    r"(?:Processus|Proceso|Processo|Déclaration|Declaración|Declaração|Dichiarazione|Programme|"
    r"Programa|Programma|Plan d'action|Plan de Acción|Plano de Ação|Piano d'azione|Sommet|"
    r"Accord|Acuerdo|Acordo|Accordo|Convention|Convención|Convenção|Convenzione|Conférence|"
    r"Pacte|Pacto|Patto|Pacto Mundial|Charte|Carta|Feuille de route|Hoja de ruta|"
    r"Roteiro|Tabella di marcia) (?:de |d'|du |des |del |di |da |do |dell')\s*\Z"
)
_PLACE_PREP_BEFORE = re.compile(
    r"(?:\b(?:in|at|to|near|from|à|en|au|aux|dans|em|na|no|venue:?|place:?|lieu ?:?|"
    r"location:?)\s+(?:the\s+)?(?:city of\s+|ville de\s+)?|^\s*|\n\s*)\Z",
    re.IGNORECASE,
)
_COUNTRY_PREP_BEFORE = re.compile(
    r"\b(?:in|à|en|au|aux|dans|em|no|na|nos|nas|nel|nella|nei|negli|nelle|held in|hosted in|"
    r"took place in|to)\s+(?:the\s+|el\s+|la\s+|los\s+|las\s+)?\Z",
    re.IGNORECASE,
)


# a country written after a city the gazetteer does not know: "in Linz, Austria", "en
# Linz (Austria)", "à Linz, en Autriche": the country is the venue's
_AFTER_UNKNOWN_CITY = re.compile(
    r"\b(?:in|at|à|en|a|em|na|no|nel|nella)\s+(?-i:[A-ZÀ-Ý])[\w'’-]+(?:[ -](?-i:[A-ZÀ-Ý])[\w'’-]+)?"
    r"\s*(?:,|\()\s*(?:(?:en|in|em|na|no)\s+)?(?:the\s+|l['’]|la\s+|le\s+)?\Z",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PlaceMention:
    """A city (with its country code) or a country named as a place."""

    start: int
    end: int
    text: str
    city: str | None
    code: str | None  # alpha-2
    country_start: int | None = None  # span of an explicit country after the city
    country_end: int | None = None
    labelled: bool = False  # "Place: Rabat" / "Lieu : Dakar"
    preposition: bool = False  # "in Madrid", "à Dakar"
    capital: bool = False  # named as its country's capital: "in the Ethiopian capital"

    @property
    def country(self) -> str | None:
        return country_names().get(self.code) if self.code else None


# a card's place label, in five languages: "Venue:", "Lieu :", "Lugar:", "Luogo:", "Local:",
# "Sede:", "Ciudad:", "Città:", "Cidade:"
_LABEL = re.compile(
    r"(?:place|venue|location|lieu|city|ville|lugar|luogo|local|sede|ciudad|città|cidade)"
    r"\s*:\s*\Z",
    re.IGNORECASE,
)
# not "a": the English article as often as the Romance "to"
_PREPOSITIONS = frozenset({
    "in", "at", "to", "near", "from", "à", "en", "au", "aux", "dans", "em", "na", "no", "nos",
    "nas", "ad", "nel", "nella", "nello", "nei", "negli", "nelle",
})  # fmt: skip
# the article a preposition may take before a name ("en el Níger", "en la ciudad de")
_ARTICLES = frozenset({"the", "el", "la", "los", "las", "il", "lo", "o", "os"})
# "in the city of Rome", "en la ciudad de Valencia", "nella città di Bari", "na cidade de Braga"
_CITY_WORDS = frozenset({"city", "ville", "ciudad", "città", "cidade"})
_OF_WORDS = frozenset({"of", "de", "di", "da"})
_LABEL_WORDS = frozenset({"place", "venue", "location", "lieu", "city", "ville", "lugar", "luogo",
                          "local", "sede", "ciudad", "città", "cidade"})  # fmt: skip
_BEFORE_WORDS = re.compile(r"[\w']+|:")


def _prep_before(before: str) -> bool:
    """ "in Madrid", "à Dakar", "in the city of Rome", "Place: Rabat", or a line start."""
    stripped = before.rstrip(" ")
    if not stripped or stripped.endswith("\n"):
        return True
    words = _BEFORE_WORDS.findall(stripped[-30:].lower())
    if not words:
        return False
    if words[-1] == ":":
        return len(words) > 1 and words[-2] in _LABEL_WORDS
    if words[-1] in _OF_WORDS and len(words) > 2 and words[-2] in _CITY_WORDS:
        words = words[:-2]
    if words and words[-1] in _ARTICLES:
        words = words[:-1]
    return bool(words) and words[-1] in _PREPOSITIONS


# the words _COUNTRY_PREP_BEFORE's match may end with (a prefilter: more words do no harm)
_PREP_ENDINGS = tuple(sorted(_PREPOSITIONS | _ARTICLES | {"las"}))


def _may_prep(before: str) -> bool:
    """False only when _COUNTRY_PREP_BEFORE cannot match: the text before the name must
    end with one of its words (or "the") and spaces.  A tail holding a character that
    case-insensitive matching equates with another letter (ı ~ i) is left to the regex."""
    tail = before.rstrip()[-5:]
    if any(c in tail for c in "\u0130\u0131\u017f\u212a"):
        return True
    return tail.lower().endswith(_PREP_ENDINGS)


def _labelled(before: str) -> bool:
    """``_LABEL.search(before)``, which needs a colon at the end ("Venue: ")."""
    return before.rstrip().endswith(":") and bool(_LABEL.search(before))


# French names with an article ("Le Caire", "Le Cap", "Le Pirée") contract it with "à" and
# "de": "au Caire", "du Caire" (plural "Les X": "aux X", "des X").  The gazetteer lists the
# full name; the bare name counts right after the contracted article.
_CONTRACTED = {"le": ("au", "du"), "les": ("aux", "des")}


@cache
def contracted_names() -> dict[str, tuple[str, str, tuple[str, ...]]]:
    """bare name ("Caire") -> (gazetteer name, country code, articles it follows)."""
    known = set(country_names())
    out: dict[str, tuple[str, str, tuple[str, ...]]] = {}
    for place in reference.places():
        if place["country"] not in known:
            continue
        for alias in [place["name"], *place.get("aliases", [])]:
            article, _space, bare = alias.partition(" ")
            articles = _CONTRACTED.get(article.lower())
            if articles is None or not bare[:1].isupper():
                continue
            for form in {bare, fold(bare)} if fold(bare)[:1].isupper() else {bare}:
                out.setdefault(form, (place["name"], place["country"], articles))
    return out


_CONTRACTED_BEFORE = re.compile(r"(?<![\w'])(au|du|aux|des) \Z", re.IGNORECASE)


def _contracted_places(text: str, names: list[NameMatch]) -> list[PlaceMention]:
    """ "au Caire", "du Caire": bare names after a contracted article (see contracted_names)."""
    out: list[PlaceMention] = []
    for bare, (name, code, articles) in contracted_names().items():
        end = 0
        while (start := text.find(bare, end)) != -1:
            end = start + len(bare)
            article = _CONTRACTED_BEFORE.search(text, max(0, start - 5), start)
            if article is None or article.group(1).lower() not in articles:
                continue
            after = text[end : end + 40]
            if after[:1].isalnum() or after[:1] in ("-", "'") or re.match(r" [A-Z]", after):
                continue  # "Cap-Vert", "Capitale", "au Cap Skirring": another word or name
            if _NOT_PLACE_AFTER.match(after) or _NOT_PLACE_BEFORE.search(
                text[max(0, start - 40) : start]
            ):
                continue  # "la Déclaration du Caire"
            if any(n.start < end and start < n.end for n in names):
                continue
            prep = article.group(1).lower() in ("au", "aux")
            out.append(PlaceMention(start, end, bare, name, code, preposition=prep))
    return out


# a city that names a time zone: "14:00 (Brussels time)", "10:00 hora de Madrid", "heure de
# Paris", "ora di Roma", "hora de Lisboa"
_ZONE_AFTER = re.compile(r"[ \t]+time\b", re.IGNORECASE)
_ZONE_BEFORE = re.compile(r"\b(?:heure|hora|ora)[ \t]+(?:de|di|da)[ \t]+\Z", re.IGNORECASE)


def _a_time_zone(text: str, place: PlaceMention) -> bool:
    return (
        _ZONE_AFTER.match(text, place.end) is not None
        or _ZONE_BEFORE.search(text, max(0, place.start - 12), place.start) is not None
    )


def find_places(text: str, names: list[NameMatch]) -> list[PlaceMention]:
    """Cities (and countries named as venues) among the name matches of ``text``; not the
    city of a time zone ("14:00-16:00 (Brussels time)")."""
    out = [p for p in _find_places(text, names) if not _a_time_zone(text, p)]
    extra = _contracted_places(text, names)
    extra += [
        PlaceMention(c.start, c.end, text[c.start : c.end], c.city, c.code, preposition=True,
                     capital=True)
        for c in find_capitals(text)
    ]  # fmt: skip
    if extra:
        out = sorted(out + extra, key=lambda p: p.start)
    return out


# what separates a city from its country: "Rabat, Morocco", "Rabat (Morocco)"
_COUNTRY_AFTER_CITY = re.compile(r"\s*[,(]\s*(?:the\s+)?")


# a meeting named after its place: "l'atelier régional de Djibouti", "the Djibouti workshop"
_MEETING_OF_BEFORE = re.compile(
    r"\b(?:atelier|réunion|conférence|séminaire|workshop|meeting|conference|seminar|taller|"
    r"reunión|conferencia|seminario|riunione|conferenza|reunião|conferência)s?"
    # its qualifiers and its dialogue: "la conférence ministérielle euro-africaine de Cadix",
    # "la conferenza ministeriale del Dialogo MTM di Malta"
    r"(?:\s+(?!(?:of|de|di|da|do)\s)[\w'’-]+){0,4}?"
    r"\s+(?:de|d['’]|of|di|do|da|del)\s*\Z",
    re.IGNORECASE,
)
_MEETING_AFTER = re.compile(
    r"\s+(?:workshops?|meetings?|conferences?|seminars?|round\s*tables?)\b", re.IGNORECASE
)


# two capitals that sign or agree stand for their governments, not for a venue: "Rabat et
# Madrid ont signé", "Rome and Tunis signed", "Roma e Tunisi hanno firmato", "Madrid y Rabat
# firmaron", "Lisboa e Praia assinaram"
_GOVERNMENTS_AFTER = re.compile(
    r"\s+(?:et|and|e|y)\s+(?P<partner>[A-ZÀ-Ý][\w'’-]+)\s+(?:(?:ont|have|hanno|han|têm|ha|a)\s+)?"
    r"(?:signé|signed|sign|firmato|firmado|firmaron|assinado|assinaram|conclu|agreed|"
    r"convenu|acordado|acordaron|concordaram|deciso|decided|décidé)\b",
    re.IGNORECASE,
)


def _of_a_meeting(text: str, start: int) -> bool:
    """Whether the place at ``start`` is written as its meeting's ("… de Cadix")."""
    if text[max(0, start - 4) : start].rstrip()[-2:] not in ("de", "of", "di", "da", "do", "el"):
        return False
    return _MEETING_OF_BEFORE.search(text, max(0, start - 90), start) is not None


def _names_meeting(before: str, after: str) -> bool:
    """Whether a place names the meeting written beside it: its venue, though no
    preposition says so."""
    return bool(_MEETING_OF_BEFORE.search(before) or _MEETING_AFTER.match(after))


def _find_places(text: str, names: list[NameMatch]) -> list[PlaceMention]:
    out: list[PlaceMention] = []
    skip_until = -1
    for i, match in enumerate(names):
        if match.start < skip_until:
            continue
        place = match.first("place")
        country = match.first("country")
        before = text[max(0, match.start - 40) : match.start]
        after = text[match.end : match.end + 40]
        if place is not None:
            if _NOT_PLACE_AFTER.match(after) or (
                before.endswith(("de ", "d'", "du ", "des ", "del ", "di ", "da ", "do "))
                and _NOT_PLACE_BEFORE.search(before)
            ):
                continue
            # "in Madrid", and a meeting's city: "la conférence … de Cadix"
            prep = _prep_before(before) or _of_a_meeting(text, match.start)
            pair = _GOVERNMENTS_AFTER.match(text, match.end) if prep else None
            if pair is not None:
                skip_until = pair.end("partner")
                continue  # "Rabat et Madrid ont signé …": two capitals for their governments
            explicit: NameMatch | None = None
            if i + 1 < len(names):
                nxt = names[i + 1]
                gap = text[match.end : nxt.start]
                nxt_country = nxt.first("country")
                if (
                    nxt_country is not None
                    and _COUNTRY_AFTER_CITY.fullmatch(gap)
                    and nxt_country.code == place.code
                ):
                    explicit = nxt
            if place.name in AMBIGUOUS and not prep and explicit is None:
                continue
            if (
                country is not None
                and not prep
                and explicit is None
                and not _names_meeting(before, after)
            ):
                # "Djibouti", "Luxembourg": the country unless it reads as a venue (or as the
                # name of a meeting: "l'atelier de Djibouti", "the Djibouti workshop")
                out.append(PlaceMention(match.start, match.end, match.text, None, country.code))
                continue
            labelled = before.rstrip().endswith(":") and bool(_LABEL.search(before))
            out.append(
                PlaceMention(
                    match.start,
                    match.end,
                    match.text,
                    place.name,
                    place.code,
                    explicit.start if explicit else None,
                    explicit.end if explicit else None,
                    labelled,
                    prep,
                )
            )
            if explicit is not None:
                skip_until = explicit.end
        elif country is not None and (
            (_may_prep(before) and _COUNTRY_PREP_BEFORE.search(before))
            or _of_a_meeting(text, match.start)
            or (before.rstrip()[-1:] in (",", "(") and _AFTER_UNKNOWN_CITY.search(before))
        ):
            if _NOT_PLACE_AFTER.match(after):
                continue
            labelled = _labelled(before)
            out.append(
                PlaceMention(
                    match.start,
                    match.end,
                    match.text,
                    None,
                    country.code,
                    labelled=labelled,
                    preposition=True,
                )
            )
        elif country is not None and _labelled(before):
            out.append(
                PlaceMention(match.start, match.end, match.text, None, country.code, labelled=True)
            )
    return out
