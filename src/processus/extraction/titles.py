"""A meeting's own name, when the text gives one.

A name is a capitalised meeting noun with something that makes it a proper name: an
ordinal ("6th Ministerial Conference"), a topic in capitals or quotes ("Thematic
Meeting on Asylum and International Protection", 'Technical Meeting on "Cooperation
between …"'), or a distinguishing modifier ("Joint High-level Meeting").  A generic
"Thematic Meeting" in running text is a kind, not a title.  Quotes are dropped from
the returned title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from processus.extraction.date_words import MONTH_LANGUAGES, WEEKDAYS, trie
from processus.extraction.scan import Cues, FirstWords, Token, match_at_words

_ORDINAL_WORDS = "First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth"
_ORD = r"(?P<ord>\d{1,2}(?:st|nd|rd|th)\s+|(?:" + _ORDINAL_WORDS + r")\s+)?"
_DISTINCT = (
    r"(?:Joint|High[- ][Ll]evel|Trilateral|Regional|Annual|Euro-African|Inter-?[Rr]egional|"
    r"Global|Continental|Pan-African)"
)
_PLAIN = (
    r"(?:Thematic|Technical|Ministerial|Senior\s+Officials'?|Expert|Experts'|Steering|"
    r"International|Working|Consultative|Follow-up|Closing|Opening|Inaugural)"
)
_NOUN = (
    r"(?:Meeting|Conference|Workshop|Seminar|Round[- ]?[Tt]able|Forum|Side[- ]Event|"
    r"Committee\s+Meeting|Committee|Training(?:\s+[Ss]ession)?|Webinar|Field\s+[Vv]isit|"
    r"Study\s+[Vv]isit|Study\s+[Tt]our|Session|Summit)"
)
_CAP_WORD = r"(?:[A-Z][\w'-]*)"
_LINK = r"(?:and|of|the|for|to|on|from|between|with|in\s+the|at\s+the|&|,|-|–|:)"
# the words of a topic never run over a line break: a heading's next line ("Version of
# 27 May 2024") is not part of its name
_GAP = r"[^\S\n]"
_TOPIC_WORDS = _CAP_WORD + r"(?:" + _GAP + r"*(?:" + _LINK + _GAP + r"+)*" + _CAP_WORD + r")*"
_QUOTED = r'"(?P<q1>[^"\n]{3,200})"|«\s*(?P<q2>[^»\n]{3,200}?)\s*»'
_TOPIC = r"(?P<topic>\s+on\s+(?:" + _QUOTED + r"|(?P<words>(?:the\s+)?" + _TOPIC_WORDS + r")))?"
_SUFFIX = r"(?P<suffix>\s+of\s+the\s+(?:[A-Z][\w-]*\s+){1,3}(?:Process|Dialogue|Initiative))?"

# a building named after a meeting noun is a venue: "the Accra International Conference
# Centre", "the Summit Hall", "the Conference Hotel"
_VENUE_AFTER = r"(?!\s+(?:Centre|Center|Hall|Hotel|Palace|Building|Room|Complex|Venue)\b)"

TITLE_EN = re.compile(
    r"(?<![\w-])" + _ORD + r"(?P<mods>(?:(?:" + _DISTINCT + "|" + _PLAIN + r")\s+){0,4})"
    + r"(?P<noun>" + _NOUN + r")\b" + _VENUE_AFTER + _TOPIC + _SUFFIX
)  # fmt: skip

_FR_ORD = r"(?P<ord>\d{1,2}(?:e|ème|ère|er)\s+)?"
_FR_NOUN = (
    r"(?P<noun>Réunion|Conférence|Atelier\s+de\s+formation|Atelier|Visite\s+d['’]études?|"
    r"Séminaire|Table ronde|Forum|Comité)"
)
_FR_ADJ = (
    r"(?P<mods>(?:\s+(?:ministérielle|thématique|technique|conjointe|de\s+haut\s+niveau|"
    r"euro-africaine|régionale|annuelle|des\s+hauts\s+fonctionnaires|de\s+pilotage))*)"
)
_FR_TOPIC = r"(?P<topic>\s+(?:sur|consacrée?\s+à)\s+(?:" + _QUOTED + r"))?"
_FR_SUFFIX = r"(?P<suffix>\s+du\s+Processus\s+de\s+[A-Z]\w+)?"
TITLE_FR = re.compile(r"(?<![\w-])" + _FR_ORD + _FR_NOUN + _FR_ADJ + _FR_TOPIC + _FR_SUFFIX)

# Spanish, Italian and Portuguese names: "Segunda Conferência Ministerial do Processo de
# Rabat", "Reunión Temática sobre Migración Laboral", "Riunione congiunta dei Processi",
# "Conferenza ministeriale euro-africana"; an ordinal, a distinguishing modifier or a
# capitalised topic makes the noun a name
_ROM_ORD = (
    r"(?P<ord>(?:Primera|Primer|Segunda|Tercera|Tercer|Cuarta|Quinta|Sexta|Séptima|Octava|"
    r"Prima|Seconda|Terza|Quarta|Sesta|Settima|Ottava|Primeira|Terceira|Sétima|Oitava)\s+)?"
)
_ROM_NOUN = (
    r"(?P<noun>Conferencia|Conferência|Conferenza|Reunión|Reunião|Riunione|Taller|Seminario|"
    r"Seminário|Foro|Cumbre|Cimeira|Vertice|Mesa\s+[Rr]edonda|Tavola\s+[Rr]otonda|"
    r"Encuentro|Encontro|Incontro)"
)
_ROM_ADJ = (
    r"(?P<mods>(?:\s+(?:[Mm]inisterial(?:e)?|[Tt]emática|[Tt]ematica|[Tt]écnica|[Tt]ecnica|"
    r"[Cc]onjunta|[Cc]ongiunta|[Rr]egional(?:e)?|[Ee]uro-?[Aa]fricana|"
    r"de\s+[Aa]lto\s+[Nn]ivel|di\s+[Aa]lto\s+[Ll]ivello|de\s+[Aa]lto\s+[Nn]ível|"
    r"de\s+[Aa]ltos\s+[Ff]uncionári?os|degli\s+[Aa]lti\s+[Ff]unzionari))*)"
)
_ROM_LINK = r"(?:de|del|de\s+la|de\s+los|y|e|di|della|dei|delle|do|da|dos|das|la|el|o|a)"
_ROM_TOPIC = (
    r"(?P<topic>\s+(?:sobre|sulla|sul|sui|sulle|su)\s+(?:" + _QUOTED + r"|(?P<words>"
    + _CAP_WORD + r"(?:" + _GAP + r"+(?:" + _ROM_LINK + _GAP + r"+)*" + _CAP_WORD + r")*)))?"
)  # fmt: skip
_ROM_SUFFIX = (
    r"(?P<suffix>\s+(?:del|do|della|dello|dei|dos)\s+(?:Proceso|Processo|Procesos|Processi|"
    r"Processos)\s+d[eio]\s+[A-Z]\w+(?:\s+(?:y|e)\s+(?:d[eio]l?\s+)?"
    r"(?:(?:Proceso|Processo)\s+d[eio]\s+)?[A-Z]\w+)?)?"
)
TITLE_ROM = re.compile(r"(?<![\w-])" + _ROM_ORD + _ROM_NOUN + _ROM_ADJ + _ROM_TOPIC + _ROM_SUFFIX)

_TRAILING_LINK = re.compile(r"(?:\s+(?:and|of|the|in|for|to|on|between|with|from|at|&))+$")
# a topic that is really a date or a place list ("on 13-14 December", "on 24 October")
_DATE_START = re.compile(r"\d")


@dataclass(frozen=True)
class TitleMention:
    start: int
    end: int
    text: str
    title: str


_DISTINCT_RE = re.compile(_DISTINCT)
_FR_DISTINCT = ("conjointe", "haut niveau", "euro-africaine", "onjunta", "ongiunta",
                "lto nivel", "lto livello", "lto nível", "uro-africana", "uroafricana")  # fmt: skip
_QUOTES = re.compile(r'["«»]')
_SPACES = re.compile(r"\s+")


# a weekday or a month that ends a run of capitalised words is the meeting's date, not its
# name: "Regional Conference on Labour Mobility on Thursday", "… Forum in May"
_DATE_TAIL = re.compile(
    r"\s+(?:on|in|from|at|this|next|last)\s+(?:" + trie(w.capitalize() for w in WEEKDAYS)
    + "|" + trie(w.capitalize() for w, langs in MONTH_LANGUAGES.items() if "en" in langs)
    + r")\b"
)  # fmt: skip


def _clean(m: re.Match[str], text: str, qualifiers: dict[int, int]) -> TitleMention | None:
    g = m.groupdict()
    has_ord = bool(g.get("ord"))
    has_topic = bool(g.get("topic"))
    words = g.get("words")
    if words is not None and _DATE_START.match(words):
        has_topic = False
    mods = g.get("mods") or ""
    distinct = bool(_DISTINCT_RE.search(mods)) or any(w in mods for w in _FR_DISTINCT)
    start = m.start()
    # a place's name written before the meeting noun names one meeting: "the Valletta
    # Senior Officials' Meeting"
    qualifier = (
        qualifiers.get(start - 1) if not has_ord and text[start - 1 : start] == " " else None
    )
    if qualifier is not None:
        start, distinct = qualifier, True
    if not (has_ord or has_topic or distinct):
        return None
    if has_topic:
        end = m.end()
    else:
        end = max(m.end("noun"), m.end("mods") if mods else 0)
        if g.get("suffix"):
            end = m.end("suffix")
    if has_topic and words is not None:
        dated = _DATE_TAIL.search(words)  # "… of the Rabat Process on Thursday"
        if dated is not None:
            words = words[: dated.start()]
        trimmed = _TRAILING_LINK.sub("", words.rstrip(",-– "))
        end = m.start("words") + len(trimmed)
        if g.get("suffix"):
            end = m.end("suffix") if m.start("suffix") >= m.start("words") + len(words) else end
    raw = text[start:end]
    title = _QUOTES.sub("", raw)
    title = _SPACES.sub(" ", title).strip(" ,")
    if len(title) < 6:
        return None
    return TitleMention(start, end, raw, title)


# every title pattern starts with an ordinal, a modifier or a meeting noun: only those
# words (folded) are tried, never every capitalised word, and a number only when it is
# written as the pattern's ordinal ("6th", "10e", "1er"), one or two digits and a suffix
_DIGITS = [str(n) for n in range(10)] + [f"{n:02d}" for n in range(100)]
_TITLE_FIRST = FirstWords(
    exact=frozenset(
        {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
         "tenth", "eleventh", "twelfth", "joint", "high", "trilateral", "regional", "annual",
         "global", "continental", "pan",
         "euro", "inter", "interregional", "thematic", "technical", "ministerial", "senior",
         "expert", "experts", "steering", "international", "working", "consultative", "follow",
         "closing", "opening", "inaugural", "meeting", "conference", "workshop", "seminar",
         "round", "roundtable", "forum", "side", "committee", "training", "webinar", "field",
         "study", "session", "summit"}
        | {d + suffix for d in _DIGITS for suffix in ("st", "nd", "rd", "th")}
    ),
)  # fmt: skip
_TITLE_FR_FIRST = FirstWords(
    exact=frozenset(
        {"reunion", "conference", "atelier", "seminaire", "table", "forum", "comite", "visite"}
        | {d + suffix for d in _DIGITS for suffix in ("e", "eme", "ere", "er")}
    ),
)

_TITLE_ROM_FIRST = FirstWords(
    exact=frozenset(
        {"primera", "primer", "segunda", "tercera", "tercer", "cuarta", "quinta", "sexta",
         "septima", "octava", "prima", "seconda", "terza", "quarta", "sesta", "settima",
         "ottava", "primeira", "terceira", "setima", "oitava", "conferencia", "conferenza",
         "reunion", "reuniao", "riunione", "taller", "seminario", "foro", "cumbre", "cimeira",
         "vertice", "mesa", "tavola", "encuentro", "encontro", "incontro"}
    ),
)  # fmt: skip

# a quoted name announced by a meeting noun or "entitled": 'a side event entitled
# "Circular Migration: …"', 'une réunion thématique intitulée « Explorer … »'
# typographic quotes too: 'a webinar entitled “Digital tools …”'
_QUOTE = re.compile(
    r'"(?P<q1>[^"\n]{3,200})"|«\s*(?P<q2>[^»\n]{3,200}?)\s*»|“(?P<q3>[^”“\n]{3,200})”'
)
_QUOTE_LEAD = re.compile(
    r"\b(?:entitled|titled|title|theme|intitulée?s?|thème|meetings?|conferences?|workshops?|"
    r"seminars?|webinars?|events?|sessions?|forums?|summits?|réunions?|conférences?|ateliers?|"
    r"séminaires?|webinaires?|événements?|rencontres?|tables?\s+rondes?|"
    # es/it/pt: 'un seminario web titulado "…"', 'un seminario dal titolo "…"', 'um
    # workshop intitulado "…"', 'sob o tema "…"'
    r"titulad[oa]s?|intitulad[oa]s?|intitolat[oaie]|titolo|título|tema|"
    r"reuni(?:ón|ones|ão|ões)|riunion[ei]|conferencias?|conferenz[ae]|conferências?|"
    r"talleres|taller|seminarios?|seminari|seminários?|webinarios?|webinários?|"
    r"eventos?|eventi|sesi(?:ón|ones)|session[ei]|sess(?:ão|ões)|foros?|fóruns?|"
    r"encuentros?|incontr[oi]|encontros?|oficinas?|mesas?[- ]redondas?|tavol[ae]\s+rotond[ae])"
    r"\b[^\n.!?\"«»“”]{0,60}\Z",
    re.IGNORECASE,
)


# or followed by one: '"State Cooperation …": high-level meeting in Málaga'
_QUOTE_TAIL = re.compile(
    r"\s*[:–—-]\s*(?:an?\s+|une?\s+|la\s+|le\s+)?(?:[\w'-]+\s+){0,3}?"
    r"(?:meeting|conference|workshop|seminar|webinar|event|session|forum|summit|réunion|"
    r"conférence|atelier|séminaire|webinaire|rencontre|rendez-vous|reunión|riunione|"
    r"reunião|conferencia|conferenza|conferência|taller|seminario|seminário|encuentro|"
    r"incontro|encontro|evento|oficina)\b",
    re.IGNORECASE,
)


# a quoted name that opens on its meeting noun: 'La « Réunion thématique sur la migration
# légale » s'est tenue …', 'The "Regional Workshop on Return" opened …'
_NOUN_FIRST = re.compile(
    r"(?:(?:\w+|\d+(?:st|nd|rd|th|e|ème|er|ª|º)?)\s+){0,2}?(?:meeting|conference|workshop|"
    r"seminar|webinar|forum|summit|round\s+table|réunion|conférence|atelier|séminaire|"
    r"webinaire|forum|sommet|table\s+ronde|reunión|conferencia|taller|seminario|riunione|"
    r"conferenza|reunião|conferência|seminário|oficina)\b",
    re.IGNORECASE,
)


# the verbs of a quoted saying that opens on a noun ('"Meeting the needs of migrants is
# our priority", said the minister')
_SAYING_VERB = re.compile(
    r"\b(?:is|are|was|were|must|will|should|can|est|sont|doit|doivent|sera|es|son|debe|"
    r"deben|será|è|sono|deve|devono|sarà|é|são|devem|será)\b",
    re.IGNORECASE,
)


def _named(content: str) -> bool:
    """A quoted name that opens on its meeting noun, not a saying."""
    return bool(_NOUN_FIRST.match(content)) and not _SAYING_VERB.search(content)


_SAYING = re.compile(
    r"(?:I|We|You|They|It|He|She|Let's|Let\s+us|Je|Nous|Vous|Ils|Elles|Il|Elle|On)\b"
)


# a name in single quotes right after "entitled": "a workshop entitled 'Protecting Migrants
# on the Move'", "un atelier intitulé ‘Migrations et climat’"
_SINGLE_QUOTED = re.compile(
    r"\b(?:entitled|titled|intitulée?s?|titulad[oa]s?|intitulad[oa]s?|intitolat[oaie]|"
    r"dal\s+titolo)\s+['‘](?P<name>[A-ZÀ-Ý][^'‘’\n]{2,200}?)['’](?=[\s,.;:)!?]|$)",
    re.IGNORECASE,
)


# substrings without which _SINGLE_QUOTED cannot match (most pages have none: a scan of the
# whole text for its words would cost every page)
_ENTITLED_CUES = ("itled", "ntitul", "itulad", "ntitolat", "titolo", "ITLED", "NTITUL")


def _single_quoted_titles(text: str) -> list[TitleMention]:
    if ("'" not in text and "‘" not in text) or not any(c in text for c in _ENTITLED_CUES):
        return []
    return [
        TitleMention(m.start("name"), m.end("name"), m.group("name"),
                     _SPACES.sub(" ", m.group("name")).strip(" ,"))
        for m in _SINGLE_QUOTED.finditer(text)
    ]  # fmt: skip


def _quoted_titles(text: str) -> list[TitleMention]:
    out: list[TitleMention] = _single_quoted_titles(text)
    if '"' not in text and "«" not in text and "“" not in text:
        return out  # a substring test is cheaper than the regex's scan of the text
    for m in _QUOTE.finditer(text):
        group = next(g for g in ("q1", "q2", "q3") if m.group(g) is not None)
        content = m.group(group)
        # a name, not a quoted saying ("We must act together": … closes)
        if not content[0].isupper() or _SAYING.match(content):
            continue
        lead = _QUOTE_LEAD.search(text, max(0, m.start() - 70), m.start())
        if lead is None and not _QUOTE_TAIL.match(text, m.end()) and not _named(content):
            continue
        title = _SPACES.sub(" ", content).strip(" ,")
        out.append(TitleMention(m.start(group), m.end(group), content, title))
    return out


# a card's field that gives the meeting's name: "Title: …", "Titre : …", "Título: …",
# "Titolo: …", "Intitulé : …", "Event title: …"
_LABELLED_TITLE = re.compile(
    r"^[^\S\n]*(?:(?:Event\s+)?[Tt]itle|Titre|Intitulé|T[ií]tulo|Titolo)[^\S\n]*:[^\S\n]*"
    r"(?P<name>[^\W\d_][^\n]{2,200}?)[^\S\n]*$",
    re.MULTILINE,
)


_TITLE_LABEL_CUES = ("itle", "itre", "ítulo", "itulo", "itolo", "ntitulé")
# the same words, folded, for a text whose word index is known
_TITLE_LABEL_WORDS = Cues(exact=("title", "titre", "titulo", "titolo", "intitule"))


def _labelled_titles(text: str, tokens: list[Token] | None = None) -> list[TitleMention]:
    """The names given on a card's title line (a test of the page's words, or of
    substrings, is cheaper than the pattern's scan of the text)."""
    if tokens is not None:
        if not _TITLE_LABEL_WORDS.possible(text, tokens, 0, len(text)):
            return []
    elif not any(cue in text for cue in _TITLE_LABEL_CUES):
        return []
    out = []
    for m in _LABELLED_TITLE.finditer(text):
        name = _SPACES.sub(" ", m.group("name")).strip(" .;,")
        out.append(TitleMention(m.start("name"), m.end("name"), m.group("name"), name))
    return out


def find_titles(
    text: str,
    tokens: list[Token] | None = None,
    qualifiers: dict[int, int] | None = None,
    head_end: int = 0,
) -> list[TitleMention]:
    """Proper meeting names in ``text``, left to right.

    ``qualifiers`` maps the end of each capitalised place name to its start, so that a
    name like "Valletta Senior Officials' Meeting" is recognised; ``head_end`` is where
    the document's heading lines stop (see :func:`heading_titles`).
    """
    qualifiers = qualifiers or {}
    out: list[TitleMention] = []
    for pattern, first in (
        (TITLE_EN, _TITLE_FIRST),
        (TITLE_FR, _TITLE_FR_FIRST),
        (TITLE_ROM, _TITLE_ROM_FIRST),
    ):
        for m in match_at_words(pattern, text, tokens, first):
            found = _clean(m, text, qualifiers)
            if found is not None:
                out.append(found)
    for quoted in _quoted_titles(text):
        # a quoted name holds a shorter reading of itself: 'The "Regional Conference on
        # Labour Migration in West Africa" took place …'
        out = [t for t in out if not quoted.start <= t.start < t.end <= quoted.end]
        if not any(t.start <= quoted.start < t.end for t in out):
            out.append(quoted)
    for labelled in _labelled_titles(text, tokens):
        # a card's "Title:" line names the meeting whole, whatever its words
        out = [t for t in out if not (labelled.start <= t.start < labelled.end)]
        out.append(labelled)
    for headed in heading_titles(text, line_spans(text, head_end)):
        # a longer reading of a name already found replaces it, and so does a heading's
        # name cut before its place ("… on Labour Migration, Nairobi, 4-5 March 2026")
        out = [
            t
            for t in out
            if not (headed.start <= t.start < headed.end)
            or (t.end > headed.end and not text.startswith(",", headed.end))
        ]
        if not any(t.start < headed.end and headed.start < t.end for t in out):
            out.append(headed)
    out.sort(key=lambda t: t.start)
    return out


# what a heading writes after a meeting's name is not part of it: its place and date
# ("…, Nairobi, 4-5 March 2026", "…, mars 2026") or its city in brackets ("(Conakry)")
_PLACE_DATE_TAIL = (
    r"(?-i:,[^\S\n]+[A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*){0,2})?"
    r",[^\S\n]+[^,\n]{0,30}\b(?:19|20)\d\d[\s.)]*$|"
    # a day and month without the year, under a year heading: "…, Cairo, 12 March"
    r"(?-i:,[^\S\n]+[A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*){0,2})?"
    r",[^\S\n]+(?:\d{1,2}[^\S\n]+[^\W\d_]{3,}\.?|[^\W\d_]{3,}\.?[^\S\n]+\d{1,2})[\s.)]*$|"
    r"[^\S\n]+\((?-i:[A-Z])[^()\n]{1,40}\)[\s.]*$"
)
# a listing's line that ends with the place alone: "12 June 2025 – Thematic meeting on
# diaspora, Dakar" (a name is read to the end of its line, and the place is no part of it;
# "…, Phase II" is)
_PLACE_TAIL = (
    r"(?-i:,[^\S\n]+(?!(?:Phase|Part|Parte|Partie|Module|Modulo|Módulo|Session|Sesión|"
    r"Sessione|Edition|Édition|Round|Vol)\b)[A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*){0,2})[\s.]*$"
)

# a heading line that names a meeting and its topic, the topic in sentence case:
# "Concept note – Thematic meeting on humane border management",
# "Note conceptuelle – Réunion thématique du Processus de Rabat sur la gestion des frontières",
# "Concept note | Thematic meeting on refugee protection | Kigali, November 2026"; the
# name ends at the end of the line or at a spaced dash or bar
_HEADING_TITLE = re.compile(
    r"(?<![\w-])(?P<name>(?:(?:Thematic|Technical|Ministerial|Expert|Regional|Joint|"
    r"High[- ]level|International)\s+)*"
    r"(?:meeting|workshop|conference|seminar|webinar|round[- ]?table|"
    r"training(?:\s+(?:session|course|workshop))?|(?:study|field)\s+visit|study\s+tour)"
    # a dialogue by its name or its acronym: "of the Rabat Process", "of MIDWA", "du MIDWA"
    r"(?:\s+of\s+the\s+[A-Z]\w+\s+Process|\s+of\s+(?:the\s+)?(?-i:[A-Z]{3,6}))?"
    r"(?:\s+(?:to|in)\s+[A-Z][\w'’-]*)?"
    r"\s+on\s+(?!\d)[^\n.!?:;|]{6,120}?"
    r"|(?:Atelier\s+de\s+formation|Session\s+de\s+formation|Visite\s+d['’]études?|"
    r"Visite\s+de\s+terrain|Voyage\s+d['’]études?|"
    r"Réunion|Conférence|Atelier|Séminaire|Webinaire|Table\s+ronde|Formation)"
    r"(?:\s+(?:thématique|technique|ministériel(?:le)?|régional(?:e)?|conjointe?|"
    r"international(?:e)?|d'experts|de\s+haut\s+niveau))*"
    r"(?:\s+du\s+Processus\s+de\s+[A-Z]\w+|\s+(?:du\s+|de\s+l['’])(?-i:[A-Z]{3,6}))?"
    r"(?:\s+(?:à|au|en)\s+[A-Z][\w'’-]*)?"
    r"\s+(?:sur|consacrée?\s+à)\s+(?!\d)[^\n.!?:;|]{6,120}?"
    # Spanish, Italian, Portuguese: "Riunione tematica del Processo di Khartoum sulla
    # tratta di esseri umani", "Taller regional sobre gestión de fronteras"
    r"|(?:Reunión|Reunião|Riunione|Conferencia|Conferência|Conferenza|Taller|Seminario|"
    r"Seminário|Mesa\s+redonda|Tavola\s+rotonda|Encuentro|Encontro|Incontro|Webinar|"
    r"Visita\s+de\s+estudio|Visita\s+di\s+studio|Visita\s+de\s+estudo)"
    r"(?:\s+(?:temática|tematica|técnica|tecnica|ministerial(?:e)?|regional(?:e)?|"
    r"conjunta|congiunta|de\s+expertos|di\s+esperti|de\s+peritos|de\s+alto\s+nivel|"
    r"di\s+alto\s+livello|de\s+alto\s+nível))*"
    r"(?:\s+(?:del|do|della|dello)\s+(?:Proceso|Processo)\s+d[eio]\s+[A-Z]\w+|"
    r"\s+(?:del\s+|do\s+|della\s+|dello\s+|dell['’])(?-i:[A-Z]{3,6}))?"
    r"(?:\s+(?:en|a|em)\s+[A-Z][\w'’-]*)?"
    r"\s+(?:sobre|sulla|sul|sui|sulle|su|dedicad[oa]\s+a|dedicat[oa]\s+a)\s+(?!\d)"
    r"[^\n.!?:;|]{6,120}?)"
    r"(?=[\s.]*$|\s+[|–—]\s|,?\s+(?:organi[sz]ed|hosted|co-?chaired|chaired|held|"
    r"organisée?|accueillie?|coprésidée?|co-présidée?|tenue?)\b|"
    + _PLACE_DATE_TAIL
    + r"|"
    + _PLACE_TAIL
    + r")",
    re.MULTILINE | re.IGNORECASE,
)


_PARTS = (" – ", " — ", " | ", " - ", ": ")
# a listing's date before the name on its line: "12/06/2025 Thematic meeting on …",
# "2025-06-12 …", "12 June 2025 …"
_DATE_PREFIX = re.compile(
    r"[^\S\n]*(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}(?:[-–]\d{1,2})?[^\S\n]+"
    r"[^\W\d_]+\.?[^\S\n]+(?:19|20)\d\d)[^\S\n]*[,:]?[^\S\n]*"
)
# a heading that labels a name with its meeting noun: "Webinar: Labour mobility between
# Africa and Europe", "Atelier : la migration de travail"
_NOUN_COLON_NAME = re.compile(
    r"[^\S\n]*(?P<name>(?:Webinar|Workshop|Seminar|Round[- ]?table|Conference|Training|"
    r"Study\s+visit|Webinaire|Atelier|Séminaire|Table\s+ronde|Conférence|Formation|"
    r"Seminario|Taller|Webinario|Conferencia)[^\S\n]*:[^\S\n]+[\w«\"][^\n.!?|:]{5,120}?)"
    r"(?:" + _PLACE_DATE_TAIL + r"|[\s.]*$)"
)
_TOPIC_WORD = re.compile(r" (?:on|sur|sobre|sulla|sul|sui|sulle|su) |consacr|dedica")
_PROPER_PREFIX = re.compile(r"\s*(?:[•·▪*-]\s*)?(?:[A-Z][\w'’-]*\s+)*")


def heading_titles(text: str, lines: list[tuple[int, int]]) -> list[TitleMention]:
    """Meeting names that fill the rest of a heading line (or end at a spaced dash).

    ``lines`` are the spans of the lines read as headings: a document's first lines, or
    the title line above a list entry's "City, date" line.  Only headings are read this
    way: in running prose a sentence-case topic has no visible end.
    """
    out = []
    for pos, line_end in lines:
        line = text[pos:line_end].rstrip()
        # a heading is short and is no sentence
        if ". " in line or len(line) > 220:
            continue
        labelled = _NOUN_COLON_NAME.match(line)
        if labelled is not None:  # "Webinar: Labour mobility between Africa and Europe"
            raw = line[: labelled.end("name")]
            out.append(TitleMention(pos, pos + len(raw), raw, _SPACES.sub(" ", raw)))
            continue
        if not _TOPIC_WORD.search(line):
            continue
        m = _HEADING_TITLE.search(text, pos, line_end)
        # a lower-case noun after a proper name ("Rabat Process thematic meeting on …")
        # describes the meeting: the evaluation's gold takes no title from it
        if m is None or not m.group("name")[0].isupper():
            continue
        start, end = m.span("name")
        # the name opens the line or a part of it ("Concept note – …", "… | …"), maybe
        # after a proper name ("Rabat Process thematic meeting on …"): not a sentence
        # that mentions "the Workshop on …"
        part = pos
        for sep in _PARTS:
            found = text.rfind(sep, pos, start)
            if found != -1:
                part = max(part, found + len(sep))
        if not _PROPER_PREFIX.fullmatch(text, part, start) and not _DATE_PREFIX.fullmatch(
            text, part, start
        ):
            continue
        verb = _VERB_IN_NAME.search(text, start, end)
        if verb is not None:
            end = verb.start()  # "Workshop on Data Sharing took place in Tunis …"
        raw = text[start:end]
        out.append(TitleMention(start, end, raw, _SPACES.sub(" ", raw).strip(" ,")))
    return out


# a name read to the end of its line stops at the verb of a sentence that follows it
_VERB_IN_NAME = re.compile(
    r"\s+(?:took\s+place|takes\s+place|was|were|will|is|are|has|have|had|opened|closed|"
    r"a\s+eu\s+lieu|s'est|se\s+tiendra|sera|est|aura|ont|se\s+celebr[óa]|tuvo|si\s+è|"
    r"si\s+terrà|ha|teve|realizou-se|decorreu)\b"
)


def line_spans(text: str, end: int) -> list[tuple[int, int]]:
    """The spans of the lines of ``text[:end]``."""
    out = []
    pos = 0
    while pos < end:
        line_end = text.find("\n", pos, end)
        line_end = end if line_end == -1 else line_end
        out.append((pos, line_end))
        pos = line_end + 1
    return out
