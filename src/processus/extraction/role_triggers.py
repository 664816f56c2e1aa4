"""The role rules that come before a list of actors, as data.

Each trigger is a named pattern with its language and the roles it fills: "hosted by",
"sous l'égide de", "bajo la presidencia de", "Co-organisers:".  The list after it is read
name by name by :mod:`processus.extraction.roles`.  Adding a language means adding its rows
here, their first words to :data:`TRIGGER_FIRST_EXACT` or :data:`TRIGGER_FIRST_PREFIXES`
(a test checks that every alternative's possible first words pass them), and their
cases to the tests.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_I = re.IGNORECASE


@dataclass(frozen=True)
class RoleRule:
    name: str
    language: str  # en, fr, es, it, pt, or "*" for layout rules
    roles: tuple[str, ...]  # hosts, chairs, organisers; co_* marks the co-chair convention
    pattern: str


# articles a role phrase may end with before the list of actors
_DE = r"(?:de\s+la|de\s+l'|du|des|de|d')"
# French "à" at the start of a sentence, written as French often writes a capital: without
# its accent ("A l'invitation du Niger", "A l'initiative de l'OIM"); a lower-case "a" is
# the verb ("il a l'invitation")
_A_FR = r"(?:à|(?-i:A))"
_DI = r"(?:di|del|della|dello|dei|degli|delle|dell')"
_DE_ES = r"(?:de\s+las|de\s+los|de\s+la|del|de)\b"  # "de las autoridades", not "de la" + "s"
_DE_PT = r"(?:das|dos|da|do|de)"  # the longest first: "dos Países Baixos"


# a place or a date between a participle and its agent: "hosted in Rabat by", "présidée le 5
# mai par", "acogida en Rabat por", "ospitata a Rabat dal", "acolhida em Rabat por"; no
# conjunction inside ("hosted in Rabat and co-chaired by Spain" hosts nobody)
_GAP = r"(?:(?!\b(?:and|et|y|e|ed|or|ou|o)\b)[^,.;:\n]){2,40}?\s+"
_WHERE_EN = rf"(?:(?:on|in|at)\s+{_GAP})?"
_WHERE_FR = rf"(?:(?:le|les|du|à|en|au)\s+{_GAP})?"
_WHERE_ES = rf"(?:(?:el|los|en)\s+{_GAP})?"
_WHERE_IT = rf"(?:(?:il|a|ad|al|nel|nella|in)\s+{_GAP})?"
_WHERE_PT = rf"(?:(?:em|no|na|a|nos)\s+{_GAP})?"


def _each(stems: tuple[str, ...], ending: str) -> str:
    """One alternative per stem ("convocad…|facilitad…"), not a group of stems: the
    trigger prefilter reads an alternative's possible first words, and a group of stems
    times their endings and articles is more than it enumerates."""
    return "|".join(rf"\b{stem}{ending}" for stem in stems)


# the meeting a gerund clause is about, up to the comma before its subject
_GERUND_OBJECT = (
    r"\s+(?:the|this|a|its|la|le|les|l'|cette|ce|cet|ces)\s*(?:[\w'’-]+\s+){0,4}?"
    r"(?:meetings?|conferences?|workshops?|webinars?|seminars?|sessions?|SOMs?|events?|"
    r"réunions?|conférences?|ateliers?|séminaires?|rencontres?|formations?|événements?)\b"
    r"[^,.;:\n]{0,60},"
)


def _name_before(word: str) -> str:
    """The thanked name, up to the reason for the thanks: no earlier reason ("thank Spain
    *for* its support and Morocco for hosting" thanks Morocco for hosting)."""
    return rf"(?:(?!\b(?:{word})\b)[^.;:\n]){{2,80}}?"


# a thank-you for hosting names the host: "We thank Mauritania for hosting the meeting",
# "Merci au Maroc d'avoir accueilli", "agradece a España haber acogido", "¡Gracias a
# Marruecos por acoger …!", "Grazie all'Italia per aver ospitato", "Obrigado a Cabo Verde
# por acolher"; the lookahead
# wants the hosting verb after the name, so "thanks to the support of Malta" is none
_THANKS_FOR_HOSTING_EN = (
    r"\b(?:thank(?:s|ed|\s+you)?|(?:expressed|expresses|express)\s+(?:their|its|our|his|her)\s+"
    r"(?:deep\s+|sincere\s+)?(?:gratitude|thanks|appreciation))"
    r"\s+(?:to\s+)?"
    r"(?=(?!the\s+(?:support|help|contribution)\b)" + _name_before("for") + r"\s+for\s+"
    r"(?:(?:co-?)?hosting|having\s+(?:co-?)?hosted|(?:its|their|the)\s+(?:kind\s+|warm\s+|"
    r"generous\s+|excellent\s+)?hospitality)\b)"
)
_THANKS_FOR_HOSTING_FR = (
    r"\b(?:merci|remerci(?:e|ent|ons|er|é))\s+(?:(?:à\s+la|à\s+l['’]|au|aux|à)\s*)?"
    r"(?=" + _name_before("pour") + r"\s+(?:(?:d['’\s]\s*avoir|pour\s+avoir)\s+(?:co-?)?"
    r"accueilli|pour\s+(?:l['’]accueil|(?:la\s+qualité\s+de\s+)?(?:son|leur)\s+(?:chaleureux\s+)?"
    r"(?:hospitalité|accueil))))"
)
_THANKS_FOR_HOSTING_ES = (
    r"\b(?:agradec(?:e|en|emos|ió|ieron)|gracias)\s+(?:(?:a\s+la|a\s+los|al|a)\s+)?"
    r"(?=" + _name_before("por|haber|su") + r"\s+(?:(?:por\s+)?haber\s+acogido|"
    r"por\s+(?:acoger|la\s+acogida)|(?:por\s+)?su\s+(?:cálida\s+|generosa\s+)?hospitalidad))"
)
_THANKS_FOR_HOSTING_IT = (
    r"\b(?:ringrazi(?:a|ano|amo|ato)\s+|grazie\s+(?:(?:all['’]|alla|allo|al|ai|agli|alle|a)\s*)?)"
    r"(?=" + _name_before("per") + r"\s+per\s+(?:aver\s+ospitato|avere\s+ospitato|"
    r"ospitare|l['’]ospitalità))"
)
_THANKS_FOR_HOSTING_PT = (
    r"\b(?:agradec(?:e|em|emos|eu|eram)|obrigad[oa]s?)\s+(?:(?:à|ao|aos|às|a)\s+)?"
    r"(?=" + _name_before("por|pela|pelo") + r"\s+(?:por\s+ter\s+acolhido|"
    r"por\s+acolher|pela\s+acolhida|pela\s+hospitalidade))"
)

TRIGGERS: tuple[RoleRule, ...] = (
    # hosts and chairs together
    RoleRule("hosted_and_chaired", "en", ("hosts", "chairs"),
             r"\bhosted\s+and\s+(?:co-?)?chaired\s+by\b"),
    RoleRule("accueillie_et_presidee", "fr", ("hosts", "chairs"),
             r"\baccueillie?s?\s+et\s+(?:co-?)?présidée?s?\s+par\b"),
    # a state under whose patronage a meeting is held receives and presides over it
    RoleRule("under_the_auspices", "en", ("hosts", "chairs"),
             r"\bunder\s+the\s+(?:high\s+)?(?:aegis|auspices|patronage)\s+of\b"),
    RoleRule("sous_l_egide", "fr", ("hosts", "chairs"),
             rf"\bsous\s+(?:l'égide|les\s+(?:hauts\s+)?auspices|le\s+(?:haut\s+)?patronage)\s+{_DE}"),
    RoleRule("bajo_los_auspicios", "es", ("hosts", "chairs"),
             rf"\bbajo\s+(?:los\s+auspicios|la\s+égida|el\s+patrocinio)\s+{_DE_ES}"),
    RoleRule("sotto_l_egida", "it", ("hosts", "chairs"),
             rf"\bsotto\s+(?:l'egida|gli\s+auspici|il\s+patrocinio)\s+{_DI}"),
    RoleRule("sob_os_auspicios", "pt", ("hosts", "chairs"),
             rf"\bsob\s+(?:os\s+auspícios|a\s+égide|o\s+patrocínio)\s+{_DE_PT}"),
    # hosts
    RoleRule("co_hosted", "en", ("hosts",),
             r"\bco-?hosted\s+by\b|\bco-?hosts?\b\s*:?|\bco-?organi[sz]ed\s+and\s+co-?hosted\s+by\b"),
    RoleRule("co_accueillie", "fr", ("hosts",), r"\bco-?accueillie?s?\s+par\b"),
    RoleRule("hosted_by", "en", ("hosts",),
             r"\bhosted\s+(?:jointly\s+)?" + _WHERE_EN + r"by\b|"
             r"(?<!,\s)\bhost\s+(?:country|countries|nation|government)\s*:?|\bhosts?\s*:|"
             r"\b(?:at|upon|on)\s+the\s+(?:kind\s+)?invitation\s+of\b|"
             # a participle opening the sentence: "Invited by the Government of Djibouti, …"
             r"\b(?-i:Invited)\s+by\b|" + _THANKS_FOR_HOSTING_EN),
    RoleRule("accueillie_par", "fr", ("hosts",),
             rf"\baccueillie?s?\s+(?:conjointement\s+)?{_WHERE_FR}par\b|(?<!,\s)\bpays\s+hôtes?\s*:?|\bhôtes?\s*:|"
             rf"\b{_A_FR}\s+l'(?:aimable\s+)?invitation\s+{_DE}|"
             rf"\bsur\s+(?:l'(?:aimable\s+)?)?invitation\s+{_DE}|" + _THANKS_FOR_HOSTING_FR),
    RoleRule("acogida_por", "es", ("hosts",),
             rf"\bacogid[oa]s?\s+(?:conjuntamente\s+)?{_WHERE_ES}por\b|\banfitri(?:ón|ona|ones)\s*:|\b(?:a|por)\s+invitación\s+{_DE_ES}|(?<!,\s)\bpaís\s+anfitrión\s*:?|"
             + _THANKS_FOR_HOSTING_ES),
    RoleRule("ospitata_da", "it", ("hosts",),
             rf"\bospitat[oaie]\s+(?:congiuntamente\s+)?{_WHERE_IT}(?:da|dal|dalla|dall'|dai|dalle)\b|\bsu\s+invito\s+{_DI}|"
             r"(?<!,\s)\bpaese\s+ospitante\s*:?|" + _THANKS_FOR_HOSTING_IT),
    RoleRule("acolhida_por", "pt", ("hosts",),
             rf"\bacolhid[oa]s?\s+(?:conjuntamente\s+)?{_WHERE_PT}(?:por|pelo|pela)\b|\ba\s+convite\s+{_DE_PT}|"
             r"(?<!,\s)\bpaís\s+anfitrião\s*:?|\banfitri(?:ão|ã|ões)\s*:|"
             + _THANKS_FOR_HOSTING_PT),
    # the words of welcome are the host's, as its welcome of the delegations is ("X
    # welcomed the delegations"): "opened with a welcome address by the Minister of the
    # Interior of Senegal", "le discours de bienvenue du ministre", "palabras de bienvenida
    # de", "il saluto di benvenuto del", "o discurso de boas-vindas do"
    RoleRule("welcome_address", "*", ("hosts",),
             r"\bwelcom(?:e|ing)\s+(?:address|remarks|speech|words|statement)\s+"
             r"(?:(?:delivered|given|made)\s+)?(?:by|of|from)\b|"
             r"\bwords\s+of\s+welcome\s+(?:by|of|from)\b|"
             rf"\b(?:discours|mots?|allocution)\s+de\s+bienvenue\s+(?:prononcée?s?\s+par\b|{_DE})|"
             rf"\b(?:palabras|discurso|mensaje)\s+de\s+bienvenida\s+(?:pronunciad[oa]s?\s+por\b|{_DE_ES})|"
             rf"\b(?:salut[oi]|discorso|parole)\s+di\s+benvenuto\s+(?:pronunciat[oie]\s+da\b|{_DI}|da\b)|"
             rf"\b(?:discurso|palavras|mensagem)\s+de\s+boas-vindas\s+(?:proferid[oa]s?\s+por\b|{_DE_PT})"),
    # co-chairs (the host co-chairs)
    RoleRule("co_chaired_by", "en", ("co_chairs",),
             r"\bco-?chaired\s+(?:(?:together|jointly)\s+)?(?:by|with)\b|"
             # "chaired jointly with Hungary", "jointly chaired with"
             r"(?<!-)\bchaired\s+(?:jointly|together)\s+with\b|\bjointly\s+chaired\s+with\b|"
             r"\bunder\s+the\s+(?:co-?|joint\s+)(?:chairmanship|chairship|"
             r"chairing|presidency)\s+of\b|\bco-?chairs?\s*(?::|from\b|of\b)|"
             r"\bco-?(?:chairmanship|chairship|presidency)\s*:"),
    RoleRule("coprésidée_par", "fr", ("co_chairs",),
             r"\bco-?présidée?s?\s+(?:conjointement\s+)?(?:par|avec)\b|"
             r"\bprésidée?s?\s+conjointement\s+avec\b|"
             rf"\bsous\s+la\s+(?:co-?présidence|présidence\s+conjointe)\s+{_DE}|"
             r"\bco-?présidents?\s*:|\bco-?présidence\s*:"),
    RoleRule("copresidida_por", "es", ("co_chairs",),
             r"\bcopresidid[oa]s?\s+(?:conjuntamente\s+)?por\b|"
             r"\bcopresidid[oa]s?\s+(?:junto\s+)?(?:con|a|al)\b|\bpresidid[oa]s?\s+conjuntamente\s+con\b|"
             # "Ejercieron la copresidencia España y Marruecos"
             r"\b(?:ejerci(?:ó|eron)|ostent(?:ó|aron)|asumi(?:ó|eron)|compartieron)\s+la\s+copresidencia\b|"
             rf"\bbajo\s+la\s+(?:copresidencia|presidencia\s+conjunta)\s+{_DE_ES}|"
             r"\bco-?presiden(?:cia|tes?)\s*:"),
    RoleRule("copresieduta_da", "it", ("co_chairs",),
             r"\bco-?presiedut[oaie]\s+(?:da|dal|dalla|dall'|dai|dalle)\b|"
             r"\bco-?presiedut[oaie]\s+insieme\s+(?:all['’]|alla|allo|al|a)\b|"
             r"\bpresiedut[oaie]\s+congiuntamente\s+con\b|"
             rf"\bsotto\s+la\s+(?:co-?presidenza|presidenza\s+congiunta)\s+{_DI}|"
             r"\bco-?presiden(?:za|ti|te)\s*:"),
    RoleRule("copresidida_pt", "pt", ("co_chairs",),
             r"\bcopresidid[oa]s?\s+(?:por|pelo|pela)\b|\bcopresidid[oa]s?\s+(?:juntamente\s+)?com\b|"
             # "A reunião teve a copresidência de Portugal e de Marrocos"
             r"\b(?:teve|tem|terá)\s+a\s+copresidência\s+d[eao]s?\b|"
             r"\b(?:exerceram|assumiram|partilharam)\s+a\s+copresidência\b|"
             r"\bpresidid[oa]s?\s+em\s+conjunto\s+com\b|"
             rf"\bsob\s+a\s+(?:copresidência|presidência\s+conjunta)\s+{_DE_PT}|"
             r"\bco-?presid(?:ência|entes?)\s*:"),
    RoleRule("co_chair_represented", "en", ("co_chairs_loose",),
             r"\bco-?chair(?:manship|ship|s)?\s*,?\s*represented\s+by\b"),
    RoleRule("coprésidence_représentée", "fr", ("co_chairs_loose",),
             r"\bco-?présidence\s*,?\s*représentée\s+par\b"),
    # chairs; "the chairmanship, held by Spain,", "la présidence, assurée par le Portugal,":
    # a former or next holder before or in that phrase is none (see HELD_BY); "bajo la
    # presidencia española": the state's adjective
    RoleRule("chaired_by", "en", ("chairs",),
             r"(?<!-)\bchaired\s+" + _WHERE_EN + r"by\b|\bpresided\s+(?:over\s+)?by\b|"
             r"\bunder\s+the\s+(?:rotating\s+|current\s+|pro\s+tempore\s+)?(?:chairmanship|chairship|presidency|"
             r"leadership)\s+of\b|"
             r"(?<!-)\bchairs?\s*:|\bchaired\s+jointly\s+by\b|(?<![-\w])(?:chairmanship|chairship)\s*:|"
             r"\b(?:chair(?:manship|ship)?|presidency)(?:\s+[\w'’-]+){0,3}?\s*,\s+(?:currently\s+)?"
             r"(?:held|exercised|assumed)\s+by\b"),
    # "under the Polish presidency", "sous la présidence marocaine": the state's adjective;
    # or its name with a possessive: "under Egypt's presidency", "as part of Senegal's
    # current chairmanship of the dialogue", "during the Netherlands' chairmanship"
    RoleRule("under_the_national_presidency", "en", ("chairs",),
             r"\bunder\s+(?=(?:the\s+)?[A-Z][a-z]+\s+(?:presidency|chairmanship|chairship|"
             r"Presidency|Chairmanship)\b)|"
             r"\b(?:under|during|as\s+part\s+of|within)\s+(?=(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}?"
             r"[A-Z][\w-]*(?:['’]s|s['’])\s+(?:current\s+|rotating\s+|ongoing\s+)?(?:co-?)?"
             r"(?:presidency|chairmanship|chairship|chairpersonship|leadership)\b"
             # a presidency of another body: "Morocco's presidency of the African Union"
             r"(?!\s+of\s+(?:the\s+)?(?:EU|AU|European|African|Council|ECOWAS|G\d+|UN)\b))"),
    RoleRule("sous_la_presidence_nationale", "fr", ("chairs",),
             r"\bsous\s+(?=la\s+(?:co-?)?présidence\s+(?:tournante\s+|actuelle\s+|en\s+exercice\s+)?"
             r"(?!de\b|du\b|des\b|d'|conjointe\b|en\b|tournante\b|actuelle\b)[a-zéèëîïôûç]+)"),
    RoleRule("présidée_par", "fr", ("chairs",),
             rf"(?<!-)\bprésidée?s?\s+(?:conjointement\s+)?{_WHERE_FR}par\b|\bsous\s+la\s+présidence\s+(?:en\s+exercice\s+|tournante\s+|actuelle\s+)?{_DE}|(?<!-)\bprésidents?\s*:|(?<![-\w])présidence\s*:|"
             r"\bprésidence(?:\s+[\w'’-]+){0,3}?\s*,\s+(?:actuellement\s+)?"
             r"(?:assurée|exercée|occupée|détenue)\s+par\b"),
    RoleRule("presidida_por", "es", ("chairs",),
             rf"(?<!o)\bpresidid[oa]s?\s+(?:conjuntamente\s+)?{_WHERE_ES}por\b|"
             rf"\bbajo\s+la\s+presidencia\s+(?:pro\s+tempore\s+|en\s+ejercicio\s+|rotatoria\s+)?"
             rf"{_DE_ES}(?!\s*turno\b)|"
             r"(?<![-\w])presiden(?:cia|tes?)\s*:|"
             r"\bbajo\s+(?=la\s+(?:co)?presidencia\s+(?!de\b(?!\s+turno\b)|del\b|conjunta\b|en\b|"
             r"rotatoria\b|pro\b)[a-záéíóúñ]+)|"
             r"\bpresidencia(?:\s+[\w'’-]+){0,3}?\s*,\s+(?:actualmente\s+)?"
             r"(?:ejercida|ostentada|ocupada|asumida|desempeñada)\s+por\b"),
    RoleRule("presieduta_da", "it", ("chairs",),
             rf"(?<!-)\bpresiedut[oaie]\s+(?:congiuntamente\s+)?{_WHERE_IT}(?:da|dal|dalla|dall')\b|"
             rf"\bsotto\s+la\s+presidenza\s+(?:in\s+carica\s+|pro\s+tempore\s+|di\s+turno\s+)?{_DI}"
             r"(?!\s*turno\b)|"
             r"(?<![-\w])presiden(?:za|te)\s*:|"
             r"\bsotto\s+(?=la\s+(?:co-?)?presidenza\s+(?!di\b(?!\s+turno\b)|d[ae]l|dell|dei\b|degli\b|congiunta\b)"
             r"[a-zàèéìòù]+)|"
             r"\bpresidenza(?:\s+[\w'’-]+){0,3}?\s*,\s+(?:attualmente\s+)?"
             r"(?:esercitata|detenuta|assunta|ricoperta)\s+(?:da|dal|dalla|dall'|dai)\b"),
    RoleRule("presidida_pt", "pt", ("chairs",),
             rf"\bpresidid[oa]s?\s+(?:conjuntamente\s+)?{_WHERE_PT}(?:por|pelo|pela)\b|"
             rf"\bsob\s+a\s+presidência\s+(?:pro\s+tempore\s+|em\s+exercício\s+|rotativa\s+)?{_DE_PT}|"
             r"(?<![-\w])presid(?:ência|ente)\s*:|\bsob\s+(?=a\s+(?:co)?presid[êe]ncia\s+(?!d[aoe]s?\b|conjunta\b)[a-záéíóúâêôãõç]+)|"
             r"\bpresidência(?:\s+[\w'’-]+){0,3}?\s*,\s+(?:atualmente\s+)?"
             r"(?:exercida|ocupada|detida|assumida)\s+(?:por|pelo|pela)\b"),
    # "the Chair, Portugal, opened …", "the 2020 Chair of the Khartoum Process, the Netherlands"
    RoleRule("the_chair_apposition", "en", ("chairs",),
             r"\bthe\s+(?:(?:19|20)\d\d\s+)?(?:current\s+)?(?:co-?)?chair(?:manship)?"
             r"(?:\s+of\s+the\s+(?:[\w'’-]+\s+){0,4}?(?:Process|Dialogue|dialogue))?\s*,"
             # "the co-chairmanship, represented by …" is co_chair_represented's, "the
             # chairmanship, held by …" chaired_by's
             r"(?!\s*(?:represented|held|exercised|assumed|currently)\b)"),
    # "la présidence du Processus, le Maroc,", and in Spanish, Italian and Portuguese ("la
    # actual presidencia del Proceso de Rabat, España,", "l'attuale presidenza del Processo
    # di Rabat, la Spagna,", "a atual presidência do Processo de Rabat, Espanha,")
    RoleRule("la_presidence_apposition", "*", ("chairs",),
             r"\b(?:la|l['’]actuelle)\s+présidence\s+(?:actuelle\s+|en\s+exercice\s+)?(?:du\s+Processus"
             r"(?:\s+[\w'’-]+){0,2}?)?\s*,"
             r"(?!\s*(?:assurée|exercée|occupée|détenue|actuellement)\b)|"
             r"\bla\s+(?:actual\s+)?presidencia\s+(?:actual\s+|en\s+ejercicio\s+)?(?:del\s+Proceso"
             r"(?:\s+[\w'’-]+){0,2}?)?\s*,"
             r"(?!\s*(?:ejercida|ostentada|ocupada|asumida|desempeñada|actualmente)\b)|"
             r"\b(?:la|l['’]attuale)\s+presidenza\s+(?:attuale\s+|in\s+carica\s+|di\s+turno\s+)?"
             r"(?:del\s+Processo(?:\s+[\w'’-]+){0,2}?)?\s*,"
             r"(?!\s*(?:esercitata|detenuta|assunta|ricoperta|attualmente)\b)|"
             r"\ba\s+(?:atual\s+)?presidência\s+(?:atual\s+|em\s+exercício\s+)?(?:do\s+Processo"
             r"(?:\s+[\w'’-]+){0,2}?)?\s*,"
             r"(?!\s*(?:exercida|ocupada|detida|assumida|atualmente)\b)"),
    # "The host country, Gambia, opened …", "le pays hôte, le Mali,", "el país anfitrión,
    # Senegal,", "il paese ospitante, l'Italia,", "o país anfitrião, Cabo Verde,"
    RoleRule("the_host_apposition", "*", ("hosts",),
             r"\bthe\s+host(?:\s+country)?\s*,|\ble\s+pays\s+hôte\s*,|"
             r"\bel\s+país\s+anfitrión\s*,|\bil\s+paese\s+(?:ospitante|ospite)\s*,|"
             r"\bo\s+país\s+anfitrião\s*,"),
    # organisers
    RoleRule("organised_by", "en", ("organisers",),
             # a date or a place may come between: "organised on 5 May 2025 by"
             r"\b(?:co-?|jointly\s+)?organi[sz]ed\s+(?:jointly\s+)?"
             r"(?:(?:on|in|at)\s+[^,.;:\n]{2,40}?\s+)?by\b|"
             r"\bco-?organi[sz]ers?\s*:|\borgani[sz]ers?\s*:|(?<![^\n])organi[sz]ation\s*:|"
             r"\b(?:co-?)?organi[sz]ed\s+(?:jointly\s+|together\s+)?with\b(?!\s+(?:the\s+)?(?:technical\s+|"
             r"kind\s+|financial\s+)?(?:support|help|assistance|funding|participation|collaboration|"
             r"cooperation|co-operation|partnership|contribution))|"
             r"\b(?:convened|facilitated|coordinated|run)\s+(?:jointly\s+)?by\b|"
             r"\bin\s+(?:close\s+)?(?:collaboration|cooperation|co-operation|partnership|coordination)\s+with\b"),
    RoleRule("organisée_par", "fr", ("organisers",),
             r"\bco-?organisée?s?\s+par\b|\borganisée?s?\s+(?:conjointement\s+)?"
             r"(?:(?:le|les|du|à|en|au)\s+[^,.;:\n]{2,40}?\s+)?par\b|"
             r"\bco-?organisat(?:eur|rice)s?\s*:|\borganisat(?:eur|rice)s?\s*:|"
             # a card's line "Organisation : Commission de la CEDEAO"
             r"(?<![^\n])organisation\s*:|"
             r"\b(?:co-?)?organisée?s?\s+(?:conjointement\s+)?avec\b(?!\s+(?:l['’]appui|le\s+soutien|"
             r"le\s+concours|la\s+collaboration|la\s+coopération|la\s+participation))|"
             r"\b(?:convoquée?s?|facilitée?s?|coordonnée?s?)\s+par\b|"
             r"\ben\s+(?:étroite\s+)?(?:collaboration|coopération|partenariat|coordination)\s+avec\b"),
    RoleRule("organizada_por", "es", ("organisers",),
             r"\b(?:co)?organizad[oa]s?\s+(?:conjuntamente\s+)?por\b|\b(?:co-?)?organizador(?:a|es|as)?\s*:|"
             # a card's verb label: "Organiza: FIIAPP", "Organizan:", "Coorganiza:"
             r"(?<![-\w])(?:co-?)?organiza(?:n)?\s*:|"
             r"\b(?:co-?)?organizad[oa]s?\s+(?:conjuntamente\s+)?con\b(?!\s+(?:el\s+apoyo|la\s+colaboración|"
             r"la\s+cooperación|la\s+participación))|"
             + _each(("convocad", "facilitad", "coordinad"), r"[oa]s?\s+(?:conjuntamente\s+)?por\b")
             + r"|"
             r"\ben\s+(?:colaboración|cooperación|asociación|coordinación)\s+con\b|"
             r"\borganización\s+(?:corrió|estuvo|correrá|estará|ha\s+estado)\s+a\s+cargo\s+"
             r"(?:de\s+la|de\s+los|del|de)\b|"
             # a card's line "Organización: ICMPD"
             r"(?<![^\n])organización\s*:"),
    RoleRule("organizzata_da", "it", ("organisers",),
             r"\b(?:co-?)?organizzat[oaie]\s+(?:congiuntamente\s+)?(?:da|dal|dalla|dall'|dai)\b|"
             r"\b(?:co-?)?organizza(?:tor[ei]|tric[ei])\s*:|"
             r"\b(?:co-?)?organizzat[oaie]\s+(?:congiuntamente\s+)?con\b(?!\s+(?:il\s+sostegno|il\s+supporto|"
             r"la\s+collaborazione|la\s+cooperazione|la\s+partecipazione))|"
             + _each(("convocat", "facilitat", "coordinat"),
                     r"[oaie]\s+(?:congiuntamente\s+)?(?:da|dal|dalla|dall'|dai|dalle)\b")
             + r"|"
             r"\bin\s+(?:collaborazione|cooperazione|partenariato|coordinamento)\s+con\b|"
             r"\borganizzazione\s+(?:è\s+stata|sarà|era)\s+curata\s+(?:dall['’]|dalla|dal|dai|da)|"
             r"\ba\s+cura\s+(?:dell['’]|della|del|dei|di)|(?<![^\n])organizzazione\s*:"),

    RoleRule("organizada_pt", "pt", ("organisers",),
             r"\b(?:co)?organizad[oa]s?\s+(?:conjuntamente\s+)?(?:por|pelo|pela)\b|"
             r"\b(?:co-?)?organizador(?:a|es|as)?\s*:|"
             r"\b(?:co-?)?organizad[oa]s?\s+(?:conjuntamente\s+)?com\b(?!\s+(?:o\s+apoio|a\s+colaboração|"
             r"a\s+cooperação|a\s+participação))|"
             + _each(("convocad", "facilitad", "coordenad"),
                     r"[oa]s?\s+(?:conjuntamente\s+)?(?:por|pelo|pela|pelos|pelas)\b")
             + r"|"
             r"\bem\s+(?:colaboração|cooperação|parceria|coordenação)\s+com\b|"
             r"\borganização\s+(?:esteve|ficou|estará|ficará|está)\s+a\s+cargo\s+(?:da|do|das|dos|de)\b|"
             r"(?<![^\n])organização\s*:"),

    # "with support from IOM": an organisation's support runs the meeting; states "with support
    # from Switzerland and Norway" fund it (see ORGANISATIONS_ONLY)
    RoleRule("with_support_from", "en", ("organisers",),
             r"\bwith\s+(?:technical\s+|logistical\s+)?support\s+from\b"),
    # "sous la houlette de": a state that leads a meeting chairs it, an organisation that
    # leads it organises it (see PATRONAGE_RULES)
    RoleRule("sous_la_houlette", "fr", ("chairs",), rf"\bsous\s+la\s+houlette\s+{_DE}"),
    # whose hospitality the meeting enjoyed hosted it: "thanks to the generous hospitality of
    # the Kingdom of Belgium", "grâce à l'hospitalité des autorités sénégalaises", "gracias a
    # la hospitalidad de", "grazie all'ospitalità di", "graças à hospitalidade de"
    RoleRule("thanks_to_the_hospitality", "*", ("hosts",),
             r"\bthanks\s+to\s+the\s+(?:kind\s+|generous\s+|warm\s+)?hospitality\s+of\b|"
             rf"\bgrâce\s+à\s+l['’]\s*(?:généreuse\s+|chaleureuse\s+|aimable\s+)?hospitalité\s+{_DE}|"
             rf"\bgracias\s+a\s+la\s+(?:generosa\s+|cálida\s+|amable\s+)?hospitalidad\s+{_DE_ES}|"
             rf"\bgrazie\s+all['’]\s*(?:generosa\s+|calorosa\s+)?ospitalità\s+{_DI}|"
             rf"\bgraças\s+à\s+(?:generosa\s+|calorosa\s+)?hospitalidade\s+{_DE_PT}"),
    # whose initiative or (non-financial) support made the meeting; see INITIATIVE_RULES
    RoleRule("initiative_of", "*", ("organisers",),
             rf"\b(?:at|upon|on)\s+the\s+initiative\s+of\b|\b{_A_FR}\s+l'initiative\s+{_DE}|"
             rf"\ba\s+iniciativa\s+{_DE_ES}|\bsu\s+iniziativa\s+{_DI}|\bpor\s+iniciativa\s+{_DE_PT}"),
    RoleRule("with_the_support_of", "*", ("organisers",),
             rf"\bwith\s+the\s+(?:technical\s+|logistical\s+|kind\s+)?support\s+of\b|"
             rf"\bavec\s+(?:l'appui|le\s+soutien|le\s+concours)\s+(?:technique\s+)?{_DE}(?!\s*financ)|"
             rf"\bcon\s+el\s+apoyo\s+(?:técnico\s+)?{_DE_ES}|\bcon\s+il\s+(?:sostegno|supporto)\s+(?:tecnico\s+)?{_DI}|"
             rf"\bcom\s+o\s+apoio\s+(?:técnico\s+)?{_DE_PT}|"
             # the meeting's work "benefited from the support of O", "a bénéficié de l'appui
             # de", "contó con el apoyo de", "ha beneficiato del sostegno di", "contou com o
             # apoio de"
             r"\bbenefit(?:ed|ted|s)?\s+from\s+the\s+(?:technical\s+|logistical\s+)?support\s+of\b|"
             rf"\bbénéfici(?:é|e|ent|ait|aient|era)\s+(?:de\s+l'appui|du\s+soutien|du\s+concours)\s+"
             rf"(?:technique\s+)?{_DE}|"
             rf"\bcont(?:ó|aba|aron|ará)\s+con\s+el\s+apoyo\s+(?:técnico\s+)?{_DE_ES}|"
             rf"\b(?:beneficiato|usufruito)\s+del\s+(?:sostegno|supporto)\s+(?:tecnico\s+)?{_DI}|"
             rf"\bcont(?:ou|ava|aram|ará)\s+com\s+o\s+apoio\s+(?:técnico\s+)?{_DE_PT}|"
             # "with the cooperation of O", "avec la collaboration de", "con la colaboración de",
             # "con la collaborazione di", "com a colaboração de"
             r"\bwith\s+the\s+(?:close\s+)?(?:collaboration|cooperation|co-operation)\s+of\b|"
             rf"\bavec\s+la\s+(?:collaboration|coopération)\s+{_DE}|"
             rf"\bcon\s+la\s+(?:colaboración|cooperación)\s+{_DE_ES}|"
             rf"\bcon\s+la\s+(?:collaborazione|cooperazione)\s+{_DI}|"
             rf"\bcom\s+a\s+(?:colaboração|cooperação)\s+{_DE_PT}"),
    # "supported by O", "soutenue par", "apoyada por", "sostenuta da", "apoiada por": the
    # passive of "with the support of"; "promoted by", "promue par", "promovida por",
    # "impulsada por", "promossa da": of "at the initiative of"
    RoleRule("supported_by", "*", ("organisers",),
             r"\b(?:supported|promoted)\s+by\b|\b(?:soutenue?s?|appuyée?s?|promue?s?)\s+par\b|"
             r"\b(?:apoyad[oa]s?|promovid[oa]s?|impulsad[oa]s?)\s+por\b|"
             r"\b(?:sostenut[oaie]|promoss[oaie])\s+(?:da|dal|dalla|dall['’]|dai|dalle)\b|"
             r"\b(?:apoiad[oa]s?|promovid[oa]s?)\s+(?:por|pelo|pela|pelos|pelas)\b"),
    # an event run with the dialogue's chair: "together with our Chair, the Netherlands"
    RoleRule("together_with_the_chair", "en", ("organisers",),
             r"\b(?:together|jointly)\s+with\s+(?:our|its|their|the)\s+(?:current\s+)?"
             r"(?:chair(?:manship)?|presidency)\s*,"),
    RoleRule("avec_la_presidence", "fr", ("organisers",),
             r"\b(?:conjointement\s+)?avec\s+(?:notre|sa|leur|la)\s+(?:présidence|présidente?)"
             r"(?:\s+en\s+exercice)?\s*,"),
    # a clause that says what the subject after it did: "By hosting the workshop, Ghana …",
    # "En organisant la réunion de concertation, le Burkina Faso …"
    RoleRule("by_hosting", "en", ("hosts",),
             r"\b(?:by|in)\s+(?:co-?)?hosting" + _GERUND_OBJECT),
    RoleRule("by_organising", "en", ("organisers",),
             r"\b(?:by|in)\s+(?:co-?)?organi[sz]ing" + _GERUND_OBJECT),
    RoleRule("en_accueillant", "fr", ("hosts",),
             r"\ben\s+(?:co-?)?accueillant" + _GERUND_OBJECT),
    RoleRule("en_organisant", "fr", ("organisers",),
             r"\ben\s+(?:co-?)?organisant" + _GERUND_OBJECT),
)  # fmt: skip

#: Words any trigger above may start with (folded: lower case, no accents).
TRIGGER_FIRST_EXACT = frozenset({
    "co", "a", "in", "en", "em", "at", "upon", "on", "pays", "pais", "paese", "under", "sous",
    "bajo", "sotto", "sob", "su", "por", "jointly", "together", "avec", "conjointement", "with",
    "con", "com", "the", "la", "le", "el", "il", "o", "by", "run", "presided", "hote", "hotes",
    "president", "presidents", "presidence", "merci", "l", "invited", "sur",
    # a state's term with a possessive: "as part of Egypt's presidency", "during …", "within …"
    "as", "during", "within",
    # words of welcome: "welcome address by", "discours de bienvenue du", "saluto di benvenuto"
    "words", "discours", "mot", "mots", "allocution", "palabras", "discurso", "mensaje",
    "saluto", "saluti", "discorso", "parole", "palavras", "mensagem",
    # support the meeting's work drew on: "contó con el apoyo de", "contou com o apoio de"
    "conto", "contaba", "contaron", "contara", "contou", "contava", "contaram", "usufruito",
    # thanks to the hospitality of: grâce à, gracias a, grazie a, graças a
    "grace", "gracias", "grazie", "gracas",
    # who held the co-chair: "Ejercieron la copresidencia …", "teve a copresidência de …"
    "ejercio", "ejercieron", "ostento", "ostentaron", "asumio", "asumieron", "compartieron",
    "teve", "tem", "tera", "exerceram", "assumiram", "partilharam",
    # who ran the organisation: "la organización corrió a cargo del ICMPD", "a organização
    # esteve a cargo do", "l'organizzazione è stata curata dall'", "a cura dell'"
    "organizacion", "organizacao", "organizzazione",
})  # fmt: skip
TRIGGER_FIRST_PREFIXES = (
    "host", "cohost", "accueil", "coaccueil", "chair", "cochair", "presid", "copresid",
    "organi", "coorgani", "acogid", "ospitat", "acolhid", "presied", "copresied",
    # convened, convoquée, convocado; facilitated, facilitée, facilitado; coordinated, coordonnée,
    # coordinado, coordenado
    "conven", "convoc", "convoqu", "facilit", "coordin", "coordon", "coorden",
    # thanks for hosting: remercie, agradece, ringrazia, obrigado
    "thank", "remerci", "agradec", "ringrazi", "obrigad", "express",
    # "welcome address", "welcoming remarks"
    "welcom",
    # card labels: "Anfitrión:", "Anfitrião:"
    "anfitri",
    # supported, soutenue, appuyée, apoyada, sostenuta, apoiada; promoted, promue, promovida,
    # impulsada, promossa
    "support", "souten", "appuy", "apoyad", "sostenut", "apoiad", "promot", "promu", "promov",
    "impulsad", "promoss",
    # benefited, bénéficié, beneficiato
    "benefi",
)  # fmt: skip


def compile_rules(rules: tuple[RoleRule, ...]) -> list[tuple[RoleRule, re.Pattern[str]]]:
    """Each rule with its pattern compiled case-blind."""
    return [(rule, re.compile(rule.pattern, _I)) for rule in rules]
