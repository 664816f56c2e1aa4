"""The role rules, as data: each is a named pattern with its language and the roles it fills.

Three families, each read differently by :mod:`processus.extraction.roles`:

* the triggers of :mod:`processus.extraction.role_triggers` come *before* a list of
  actors ("hosted by", "sous l'égide de", "Co-organisers:"); the list after them is read
  name by name.
* :data:`ACTIVE_VERBS` come *after* their subject ("Spain hosted the meeting", "Le Sénégal
  a accueilli la réunion", "Morocco and Portugal co-chaired it"); a verb only counts with
  an object that is a meeting ("Ghana hosted refugees" gives nobody a role).
* :data:`CAPACITIES` are appositions after an actor ("Burkina Faso, as host country,";
  "Portugal, current Chair of the Rabat Process,"); the words of the apposition say the role.

Adding a language means adding its rows here and their cases to the tests, not touching
the reader.  ``processus extract --explain`` names the rule of every role it reports.
"""

from __future__ import annotations

import re

from processus.extraction.role_triggers import RoleRule
from processus.extraction.scan import Cues

_I = re.IGNORECASE

# the object of an active role verb must be a meeting: "hosted the thematic workshop",
# "a accueilli la réunion", not "hosted refugees"
MEETING_OBJECT = re.compile(
    # a date or a place may come between: "vont co-organiser, les 10 et 11 mai, à Dakar, la …",
    # "a accueilli à Dakar, les 3 et 4 mai, la …", "ha ospitato al Cairo, il 12 marzo, la …";
    # a date without commas: "acogió los días 3 y 4 de marzo de 2026 en Dakar un taller"
    r"(?:\s+(?:(?:on|from|le|les|du|el|los|las|il|i|dal|a|em|no|nos|entre|between)\s+)?"
    r"(?:(?:días|dias|día|dia|giorni)\s+)?\d{1,2}(?:er|º)?(?:\s*(?:-|–|et|and|to|y|e|al|au|a)\s*"
    r"\d{1,2})?\s+(?:de\s+)?[^\W\d]+(?:\s+(?:de\s+)?\d{4})?)?"
    r"(?:\s+(?:à|in|en|a|al|em|no|na|nel|nella|at)\s+#?[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)?)?"
    r"(?:\s*,[^.;:\n]{1,60}?,)?"
    r"\s+(?:(?:the|a|an|its|this|their|le|la|les|l'|un|une|sa|son|ses|el|los|las|un|una|il|lo|"
    r"gli|o|os|as|um|uma)\s*)?(?:#?[\w'’-]+\s+){0,10}?"
    r"(?:meetings?|conferences?|workshops?|webinars?|sessions?|seminars?|trainings?|forums?|"
    r"events?|SOMs?|summits?|round\s*tables?|roundtables?|consultations?|visits?|gatherings?|"
    r"réunions?|conférences?|ateliers?|séminaires?|formations?|rencontres?|événements?|"
    r"sommets?|tables?\s+rondes?|visites?|reuni[oó]n(?:es)?|conferencias?|taller(?:es)?|"
    r"cumbres?|riunion[ei]|conferenz[ae]|semin[aá]ri(?:o|os|i)?|seminarios?|incontr[oi]|vertice|"
    r"reuni[aã]o|reuniões|confer[eê]ncias?|oficinas?|encontros?|cimeiras?|it|"
    # the work of a meeting, with its article: "a présidé les travaux", "chaired the
    # proceedings" ("hosted debates on television" is no meeting)
    r"(?:(?<=the\s)|(?<=its\s)|(?<=les\s)|(?<=ses\s)|(?<=los\s)|(?<=sus\s)|(?<=i\s)|(?<=gli\s)|"
    r"(?<=os\s))(?:proceedings|discussions|debates|deliberations|travaux|débats|délibérations|"
    r"trabajos|deliberaciones|lavori|dibattiti|discussioni|trabalhos)|"
    # a named committee meets ("a accueilli le Comité de pilotage"); "a committee on visas"
    # is a standing body, not a meeting
    r"(?-i:Committee|Comité|Comitato|Comitê)|"
    # the people a meeting gathers: "the UK hosted EU and African partners"
    r"delegates|delegations|partners|representatives|officials|ministers|experts|"
    r"délégués|délégations|partenaires|représentants|ministres|experts)\b",
    _I,
)
# delegates welcomed "to Mombasa": the welcoming state hosts
WELCOMED_TO = re.compile(
    r"\s+(?:(?:warmly\s+)?welcomed|received|a\s+accueilli|ont\s+accueilli|accueillait|a\s+reçu|"
    r"(?:ha\s+|han\s+)?(?:acogió|acogieron|acogido|recibió|recibieron|recibido)|"
    r"(?:ha\s+|hanno\s+)?(?:accolto|ricevuto|ospitato|accolse)|"
    r"(?:tem\s+)?(?:acolheu|acolheram|recebeu|receberam)|"
    # the welcome as a noun: "extended a warm welcome to", "a souhaité la bienvenue aux",
    # "dio la bienvenida a", "ha dato il benvenuto ai", "deu as boas-vindas aos"
    r"(?:extended|gave|extends|gives)\s+a\s+(?:warm\s+|cordial\s+)?welcome\s+to|"
    r"(?:a|ont|avait)\s+souhaité\s+(?:la\s+|une\s+(?:chaleureuse\s+)?)?bienvenue|"
    r"souhait(?:e|ent|ait)\s+(?:la\s+|une\s+(?:chaleureuse\s+)?)?bienvenue|"
    r"(?:(?:ha|han)\s+dado|dio|dieron|da|dan)\s+(?:la|una)\s+(?:cordial\s+|calurosa\s+)?"
    r"bienvenida|(?:(?:ha|hanno)\s+(?:dato|porto|rivolto)|diede|dà|danno)\s+il\s+"
    r"(?:suo\s+|loro\s+|caloroso\s+)?benvenuto|(?:deu|deram|dá|dão|tem\s+dado)\s+as\s+"
    r"(?:suas\s+|calorosas\s+)?boas-vindas)\s+"
    r"(?:the\s+|les\s+|a\s+(?:los\s+|las\s+)?|i\s+|gli\s+|le\s+|os\s+|as\s+|"
    r"aux\s+|à\s+(?:la\s+|l['’]\s*)?|ai\s+|agli\s+|alle\s+|aos\s+|às\s+)?"
    # "more than 100", "a más de 100", "oltre 100", "mais de 100"
    r"(?:(?:more\s+than|over|plus\s+de|más\s+de|oltre|più\s+di|mais\s+de|cerca\s+de)\s+)?"
    r"(?:\d[\d\s.,]*\s+)?(?:[\w'’-]+\s+){0,2}?(?:delegates|delegations|participants|partners|"
    r"representatives|ministers|officials|délégués|délégations|participants|partenaires|"
    r"représentants|ministres|participantes|delegados|delegadas|delegaciones|representantes|"
    r"ministros|socios|funcionarios|partecipanti|delegati|delegazioni|rappresentanti|ministri|"
    r"funzionari|delegações|parceiros|funcionários)\b",
    _I,
)

# one adverb between the auxiliary (or the subject) and the role verb: "Mauritania also
# hosted", "Le Maroc a également accueilli", "ha anche ospitato"; a lower-case "-ly" word
# so that a name ("Italy") is none
_ADVERB_EN = r"(?:(?-i:[a-z]\w*ly)|also|once\s+again|again|already|previously)\s+"
_ADVERB_FR = r"(?:également|récemment|aussi|déjà|conjointement|ainsi|de\s+nouveau|à\s+nouveau)\s+"
_ADVERB_ES = r"(?:también|ya|conjuntamente|recientemente)\s+"
_ADVERB_IT = r"(?:anche|già|congiuntamente|recentemente)\s+"
_ADVERB_PT = r"(?:também|já|conjuntamente|recentemente)\s+"
_ADVERBS = {
    "en": _ADVERB_EN, "fr": _ADVERB_FR, "es": _ADVERB_ES, "it": _ADVERB_IT, "pt": _ADVERB_PT,
}  # fmt: skip


#: Role verbs written after their subject, per language: (role, language, pattern); each
#: pattern starts right after the actor and must be followed by a meeting object.
_VERBS_WITHOUT_ADVERB: tuple[RoleRule, ...] = (
    RoleRule("verb_hosted", "en", ("hosts",),
             r"\s+(?:(?:has|had|will|is\s+set\s+to|was\s+set\s+to|is\s+to|to|"
             r"(?:is|was|are|were)\s+(?:expected|due|scheduled)\s+to)\s+)?"
             r"(?:(?:is|are|was|were|will\s+be)\s+(?:co-?)?hosting|"
             r"(?:co-?)?host(?:ed|s|ing)?|play(?:ed|s)?\s+host\s+to|"
             r"(?:was|is|were|are|will\s+be|(?:acted|served|acts|serves)"
             r"\s+as)\s+(?:the\s+)?(?:co-?)?host(?:\s+country|\s+nation|\s+government)?\s+(?:of|for))\b"),
    RoleRule("verb_accueilli", "fr", ("hosts",),
             r"\s+(?:(?:a|ont|avait|avaient|va|vont)\s+)?(?:(?:co-?)?accueill(?:ies|ie|is|i|ir|e|era|eront|ait|"
             r"aient|ent)|abrit(?:é|er|e|era|eront|ait|aient|ent)|"
             r"(?:était|est|a\s+été|sera|fut)\s+(?:le\s+|l['’]\s*)?(?:pays\s+)?(?:co-?)?hôte\s+"
             r"(?:de|du|des))\b"),
    RoleRule("verb_acogio", "es", ("hosts",),
             r"\s+(?:(?:ha|han|había|va\s+a|van\s+a)\s+)?(?:(?:está|están|estaba|estará)\s+"
             r"(?:acogiendo|albergando)|acog(?:ió|ieron|ido|erá|e|er)|"
             r"alberg(?:ó|aron|ado|ará|a|ar)|(?:fue|es|será|ha\s+sido|era)\s+(?:el\s+|la\s+)?(?:país\s+)?"
             r"anfitri(?:ón|ona)\s+(?:de|del)|(?:fue|es|será|ha\s+sido|era)\s+(?:la\s+)?sede\s+"
             r"(?:de|del))\b"),
    RoleRule("verb_ospitato", "it", ("hosts",),
             r"\s+(?:(?:ha|hanno|aveva)\s+)?(?:sta\s+ospitando|stanno\s+ospitando|"
             r"ospit(?:ato|a|erà|ano|eranno)|accolto|accoglie|"
             r"accoglierà|accolse|(?:è\s+stat[oa]|è|sarà|era|fu)\s+(?:il\s+)?(?:paese\s+)?ospitante\s+"
             r"(?:di|del|della))\b"),
    RoleRule("verb_acolheu", "pt", ("hosts",),
             r"\s+(?:(?:tem|vai|vão)\s+)?(?:está\s+(?:a\s+acolher|acolhendo)|"
             r"acolh(?:eu|eram|e|erá|ido|er)|receb(?:eu|erá)|"
             r"sedi(?:ou|aram|a|ará|ar)|(?:foi|é|será)\s+(?:a\s+)?sede\s+(?:de|da|do)|"
             r"(?:foi|é|será|era)\s+(?:o\s+|a\s+)?(?:país\s+)?anfitri(?:ão|ã)\s+(?:de|da|do))\b"),
    RoleRule("verb_chaired", "en", ("chairs",),
             r"\s+(?:(?:has|had|will|is\s+set\s+to|was\s+set\s+to|is\s+to|to)\s+)?"
             r"(?:(?:is|are|was|were|will\s+be)\s+(?:co-?)?chairing|"
             r"(?:co-?)?(?:chair(?:ed|s)?|presided\s+over)|(?:was|is|were|are|will\s+be|(?:acted|"
             r"served|acts|serves)\s+as)\s+(?:the\s+)?(?:co-?)?chair(?:man|person)?\s+of|took\s+the\s+"
             r"chair\s+(?:of|at))\b"),
    RoleRule("verb_presidé", "fr", ("chairs",),
             r"\s+(?:(?:a|ont|avait|avaient|va|vont)\s+)?(?:(?:co-?)?présid(?:ées|ée|és|é|er|e|era|eront|ait|"
             r"aient|ent)|(?:assuré|assure|assurent|assurera|exercé|exerce)\s+la\s+(?:co-?)?présidence\s+"
             r"(?:de|du|des))\b"),
    RoleRule("verb_presidio", "es", ("chairs",),
             r"\s+(?:(?:ha|han|va\s+a|van\s+a)\s+)?(?:(?:co)?presid(?:ió|ieron|ido|irá|e)|"
             r"(?:ejerció|ejerce|ejercerá|ejercido|ostentó|asumió|asumido)\s+la\s+(?:co)?presidencia\s+"
             r"(?:de|del))\b"),
    RoleRule("verb_presieduto", "it", ("chairs",),
             r"\s+(?:(?:ha|hanno)\s+)?(?:(?:co-?)?presied(?:uto|e|erà|ono)|(?:assunto|esercitato|"
             r"assume|esercita)\s+la\s+(?:co-?)?presidenza\s+(?:di|del|della))\b"),
    RoleRule("verb_presidiu", "pt", ("chairs",),
             r"\s+(?:(?:tem|vai|vão)\s+)?(?:(?:co)?presid(?:iu|iram|e|irá|ido)|(?:assegurou|assumiu|"
             r"exerceu|assegura|assume|exerce)\s+a\s+(?:co)?presidência\s+(?:de|da|do))\b"),
    RoleRule("verb_organised", "en", ("organisers",),
             r"\s+(?:(?:has|had|will|is\s+set\s+to|is\s+to|to|is|are|was|were|will\s+be)\s+)?"
             r"(?:co-?)?(?:organi[sz](?:ed|es|e|ing)|convened|convenes|will\s+convene)\b"),
    RoleRule("verb_organisé", "fr", ("organisers",),
             r"\s+(?:(?:a|ont|avait|avaient|va|vont)\s+)?(?:(?:co-?)?organis(?:ées|ée|és|é|er|e|era|eront|ait|"
             r"aient|ent)|convoqu(?:é|er|e|era|ent))\b"),
    RoleRule("verb_organizo", "es", ("organisers",),
             r"\s+(?:(?:ha|han|va\s+a|van\s+a)\s+)?(?:(?:co)?organiz(?:ó|aron|ado|ará|a|an)|"
             r"convoc(?:ó|aron|ado|ará|a|an))\b"),
    RoleRule("verb_organizzato", "it", ("organisers",),
             r"\s+(?:(?:ha|hanno)\s+)?(?:(?:co-?)?organizz(?:ato|a|erà|ano)|convoc(?:ato|a|herà|ano))\b"),
    RoleRule("verb_organizou", "pt", ("organisers",),
             r"\s+(?:(?:tem|vai|vão)\s+)?(?:(?:co)?organiz(?:ou|aram|a|ará|ar)|convoc(?:ou|aram|a|ará))\b"),
    # who invites people to a meeting runs it: "the Ministry … invites SOM participants to
    # a special event", "le Sénégal invite les délégations à un atelier"
    RoleRule("verb_invites", "en", ("organisers",),
             r"\s+(?:(?:has|had|will|is\s+set\s+to|to)\s+)?invit(?:es|ed|e)\s+"
             r"(?:[\w'’-]+\s+){1,4}?to\b"),
    RoleRule("verb_invite", "fr", ("organisers",),
             r"\s+(?:(?:a|ont|va|vont)\s+)?invit(?:e|ent|é|era|eront)\s+"
             r"(?:[\w'’-]+\s+){1,4}?(?:à|aux?)\b"),
)  # fmt: skip


def _with_adverb_slot(rule: RoleRule) -> RoleRule:
    """``rule`` with one optional adverb of its language right before the verb, after the
    auxiliary when there is one: each pattern opens with ``\\s+(?:(?:auxiliaries)\\s+)?``."""
    opening = re.match(r"\\s\+(?:\(\?:\(\?:[^()]*\)\\s\+\)\?)?", rule.pattern)
    assert opening is not None, rule.name
    at = opening.end()
    pattern = rule.pattern[:at] + "(?:" + _ADVERBS[rule.language] + ")?" + rule.pattern[at:]
    return RoleRule(rule.name, rule.language, rule.roles, pattern)


#: Role verbs written after their subject, with their adverb slot
ACTIVE_VERBS: tuple[RoleRule, ...] = tuple(_with_adverb_slot(r) for r in _VERBS_WITHOUT_ADVERB)

#: An apposition after an actor that says its capacity: "Burkina Faso, as host country,",
#: "Spain, as Chair of the Rabat Process and host of the Conference,", "Portugal, current
#: Chair of the Rabat Process,", "with Germany as co-host". A past or future holder
#: ("outgoing", "next", "incoming") holds no role in the meeting.
CAPACITY = re.compile(
    r"\s*,?\s+(?:as|acting\s+as|in\s+(?:its|her|his|their)\s+(?:capacity|role)\s+as|"
    r"en\s+(?:sa\s+|leur\s+)?(?:qualité\s+de|tant\s+que)|en\s+(?:su\s+)?(?:calidad|condición)\s+de|"
    r"in\s+qualità\s+di|nella\s+(?:sua\s+)?(?:qualità|veste)\s+di|in\s+veste\s+di|"
    r"na\s+(?:sua\s+)?(?:qualidade|condição)\s+de|enquanto|"
    r"comme|como|come|quale)\s+([^,.;:\n]{2,110})|"
    r"\s*,\s+("
    r"(?:the\s+|la\s+|le\s+|l')?(?:current|actuel(?:le)?|en\s+exercice)\s+[^,.;:\n]{2,80}|"
    # "Nigeria, Chair of the Rabat Process,", "le Portugal, président en exercice du …,"
    r"(?:the\s+|la\s+|le\s+|les\s+|l'|el\s+|los\s+|il\s+|i\s+|o\s+|os\s+|a\s+)?"
    r"(?:(?:two|deux|dos|due|dois)\s+)?(?:co-?)?(?:chairs?|chairman|"
    r"chairpersons?|présidente?s?|presidentes?|presidenti)\b[^,.;:\n]{0,80}(?=[,.;:\n])|"
    # "the Minister of the Interior of Niger, host of the event,", "le Niger, pays hôte,", "la
    # Gambia, país anfitrión,", "l'Italia, paese ospitante,", "Cabo Verde, país anfitrião,"
    r"(?:the\s+|le\s+|el\s+|il\s+|o\s+)?(?:host\s+(?:country|of\s+the)|pays\s+hôte|"
    r"pa[ií]s\s+anfitri(?:ón|ão)|paese\s+(?:ospitante|ospite))\b[^,.;:\n]{0,80}(?=[,.;:\n]|$)|"
    # "Ghana and IOM, co-organisers of the workshop,", "the co-organisers"
    r"(?:the\s+|les\s+|los\s+|i\s+|gli\s+|os\s+)?co-?organi(?:[sz]ers|sateurs|zadores|zzatori)\b"
    r"[^,.;:\n]{0,80}(?=[,.;:\n])|"
    # who runs the meeting's organisation: "IOM, in charge of the organisation,", "l'OIM,
    # chargée de l'organisation,", "la OIM, encargada de la organización,", "l'OIM,
    # incaricata dell'organizzazione,", "a OIM, responsável pela organização,"; as a relative
    # clause: "qui en assurera l'organisation", "che ne ha curato l'organizzazione", "que se
    # encargó de su organización", "which was in charge of organising it"
    r"(?:in\s+charge\s+of\s+|responsible\s+for\s+|chargée?\s+de\s+|responsables?\s+de\s+|"
    r"encargad[oa]\s+de\s+|incaricat[oa]\s+(?:dell['’]|della\s+)|responsável\s+pela\s+)"
    r"(?:the\s+|its\s+|l['’]|la\s+|su\s+|sua\s+|son\s+)?organi[sz]\w*[^,.;:\n]{0,60}|"
    r"(?:which|who|qui|que|che)\s+(?:en\s+|ne\s+|se\s+)?(?:(?:a|ont|ha|hanno|has|had|was|"
    r"will\s+be|is|va|vai)\s+)?(?:assur\w*|cur(?:ato|a|erà|ano)|encarg\w*|in\s+charge\s+of|"
    r"responsible\s+for|ficou\s+responsável\s+pela|ocupou\s+da|took\s+charge\s+of)\s+"
    r"(?:the\s+|its\s+|l['’]|la\s+|su\s+|sua\s+|son\s+|de\s+(?:la\s+|su\s+)?)?"
    r"organi[sz]\w*[^,.;:\n]{0,60}|"
    # "Tunisia, which currently chairs the Khartoum Process", "qui assure la présidence du …"
    r"(?:which|who|qui|que|che)\s+(?:currently\s+|actuellement\s+|actualmente\s+|attualmente\s+)?"
    r"(?:chairs|presides|holds|assure|exerce|occupe|détient|préside|ostenta|ejerce|ocupa|preside|"
    r"detiene|esercita|presiede|detém|assume)\s+[^,.;:\n]{2,80})",
    _I,
)
CAPACITY_ROLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("co_chairs", re.compile(r"\bco-?(?:chair|président|presidente|presidenti)e?s?\b", _I)),
    ("chairs", re.compile(r"\b(?:chair|chairs|chairperson|chairman|chairmanship|presidency|"
                          r"presides|présidente?s?|présidence|préside|presidentes?|presidenti|presidência|"
                          r"presidencia|presidenza|preside|presiede)\b", _I)),
    ("hosts", re.compile(r"\b(?:co-?)?(?:host|hosts|hôte|hôtes|anfitri[oóaã]\w*|ospitante)\b|"
                        # "en calidad de país sede", "come paese ospite"
                        r"\bpa(?:[ií]s|ese)\s+(?:sede|ospite)\b", _I)),
    ("organisers", re.compile(r"\b(?:co-?)?(?:organi[sz]ers?|organisat(?:eur|rice)s?|"
                              r"organizador(?:a|es|as)?|organizzat(?:ore|ori|rice|rici)|"
                              # the organisation a capacity says its actor runs
                              r"organi[sz](?:ation|ing)|organización|organizzazione|"
                              r"organização)\b", _I)),
)  # fmt: skip
# a presidency of another body: "Portugal, which holds the EU Council presidency,"
OTHER_BODY = re.compile(
    r"\b(?:EU|UE|European\s+Union|Union\s+européenne|Unión\s+Europea|Unione\s+europea|"
    r"União\s+Europeia|Council|Conseil|Consejo|Consiglio|Conselho|African\s+Union|"
    r"Union\s+africaine|Unión\s+Africana|Unione\s+africana|União\s+Africana|AU|UA|ECOWAS|CEDEAO)\b"
)
# an apposition about the dialogue's chair rather than the meeting's
OF_A_DIALOGUE = re.compile(
    r"\b(?:Process|Processus|Proceso|Processo|Dialogue|Diálogo|Dialogo)\b|"
    r"^(?:which|who|qui|que|che)\b",
    _I,
)
PAST_OR_NEXT_HOLDER = re.compile(
    r"\bpast(?=\s+(?:co-?)?(?:chairs?|chairmanships?|presidenc))|"
    r"\b(?:outgoing|incoming|next|former|previous|future|sortante?|entrante?|prochaine?|"
    r"ancienne?|précédente?|saliente|entrante|uscente|próxim[oa]|prossim[oa]|anterior|"
    r"anteriore|precedente|cessante|futur[oa])\b",
    _I,
)


#: The second clause of a split whose verb is left out takes the trigger's roles: "The
#: first meeting was hosted by Senegal, the second by Mauritania", "la première réunion a
#: été accueillie par le Sénégal, la seconde par la Mauritanie", "la primera … por Senegal
#: y la segunda por Mauritania"; "the latter represented by Spain" is no such clause.
_SPLIT_ARTICLE = r"(?:the|la|le|el|il|lo|a|o|l['’])\s*"
_SPLIT_WHICH = (
    r"(?P<which>second|seconde|deuxième|segund[oa]|second[oa]|third|troisième|tercer[oa]?|"
    r"terz[oa]|terceir[oa]|other|latter|last|dernière|dernier|últim[oa]|ultim[oa]|next|"
    r"suivante?|siguiente|successiv[oa]|seguinte|altr[oa]|autre|otr[oa]|outr[oa])\b"
)
ELLIPSIS = re.compile(
    r"(?:\s*\([^()\n]{1,40}\))?\s*(?:[,;]\s*(?:and\s+|et\s+|y\s+|e\s+)?|\s+(?:and|et|y|e)\s+)"
    + _SPLIT_ARTICLE
    + _SPLIT_WHICH
    + r"(?:\s+(?!represent|représent|rappresent)[\w'’-]+){0,3}?\s+"
    r"(?:(?:by|par|por|pelo|pela|dalla|dal|da)\b(?!['’])|dall['’])",
    _I,
)
#: where a passage may hold such a split (a prefilter: an article and an ordinal word)
SPLIT_CUE = re.compile(r"\b" + _SPLIT_ARTICLE + _SPLIT_WHICH, _I)
#: the ordinal words of SPLIT_CUE, read from its pattern: a passage without one holds no
#: split, and SPLIT_CUE, whose articles match everywhere, need not run over it
SPLIT_WORDS = Cues.of(re.compile(r"\b" + _SPLIT_WHICH, _I))

#: Patronage: a state under whose aegis a meeting is held receives and presides over it; an
#: organisation under whose aegis it is held organises it.
PATRONAGE_RULES = frozenset({
    "under_the_auspices", "sous_l_egide", "bajo_los_auspicios", "sotto_l_egida", "sob_os_auspicios",
    "sous_la_houlette",
})  # fmt: skip

#: A chair "held by" someone, the end of a trigger (chaired_by and its siblings): a former or
#: next holder in or before the phrase ("the incoming presidency, held by") is none
HELD_BY = re.compile(
    r"\b(?:held|exercised|assumed|assurée|exercée|occupée|détenue|ejercida|ostentada|ocupada|"
    r"asumida|desempeñada|esercitata|detenuta|assunta|ricoperta|exercida|detida|assumida)\s+\w+\Z",
    _I,
)

#: Rules whose phrase may qualify the founding of a dialogue rather than a meeting: "the
#: Process was born at the initiative of Spain and Morocco, with the support of France".
INITIATIVE_RULES = frozenset({"initiative_of", "with_the_support_of", "supported_by"})

_MEETING_NOUNS = (
    r"\b(?:meetings?|conferences?|workshops?|webinars?|sessions?|seminars?|trainings?|forums?|"
    r"events?|SOMs?|summits?|round\s*tables?|consultations?|visits?|réunions?|conférences?|"
    r"ateliers?|séminaires?|formations?|rencontres?|événements?|reuni[oó]n(?:es)?|"
    r"conferencias?|taller(?:es)?|encuentros?|eventos?|riunion[ei]|conferenz[ae]|incontr[oi]|"
    r"eventi|semin[aá]ri(?:o|os|i)?|seminarios?|reuni[aã]o|reuniões|confer[eê]ncias?|"
    r"oficinas?|encontros?)\b"
)
_MEETING_NOUN_BEFORE = _MEETING_NOUNS + r"[^.;:!?\n]{0,%d}\Z"

#: Rules whose phrase needs a meeting as its subject, in the clause before the phrase, within
#: the reach given: "the event was supported by Germany", "la réunion, soutenue par l'UE,";
#: not "the proposal was supported by Germany" nor "the Process, supported by the EU since
#: 2006,". A meeting held "under the Spanish chairmanship" was chaired by Spain ("it met
#: under …" too); a plan implemented "under the Moroccan Chairmanship" says nothing of a
#: meeting's chair.
MEETING_SUBJECT_RULES: dict[str, re.Pattern[str]] = {
    "supported_by": re.compile(_MEETING_NOUN_BEFORE % 50, _I),
    "under_the_national_presidency": re.compile(
        r"(?:\b(?:met|meets|held|took\s+place|takes\s+place|convened|gathered)\b[^.;:!?\n]{0,120}"
        r"\Z)|" + _MEETING_NOUN_BEFORE % 120,
        _I,
    ),
}

#: A body that is no meeting, hosted by an organisation: "The Secretariat is hosted by
#: ICMPD", "le secrétariat est accueilli par l'OIM", "la plataforma está alojada por"
HOSTED_BODY = re.compile(
    r"\b(?:secretariat|secrétariat|secretar[ií]a|secretariado|segretariato|website|site|"
    r"platform|plateforme|plataforma|piattaforma|database|office|bureau|unit|unité)\b"
    r"[^.;:!?\n,]{0,30}\Z",
    _I,
)
HOST_RULES = frozenset(
    {"hosted_by", "accueillie_par", "acogida_por", "ospitata_da", "acolhida_por"}
)

#: Rules whose actors take the role only when they are organisations
ORGANISATIONS_ONLY = frozenset({"with_support_from"})

#: Rules that name one actor: the first speaker of "welcome words by the Ministry of the
#: Interior of Ghana and by the Chair of the Process, Spain" welcomes the guests as host;
#: those after it speak for themselves (a chair, a partner, the secretariat).
FIRST_ACTOR_RULES = frozenset({"welcome_address"})
FOUNDING = re.compile(
    r"\b(?:naissance|found(?:ed|ing)|launch(?:ed|ing)?|lancée?s?|created|créée?s?|création|"
    # "Le Processus de Rabat est né en 2006 à l'initiative du Maroc", "was born", "nació"
    r"née?s?|born|naci(?:ó|do|da)|nat[oa]|nasceu|nascid[oa]|"
    r"establish(?:ed|ing)|set\s+up|fondée?s?|creado|fundado|istituito|criado)\b[^.;!?\n]{0,80}\Z",
    _I,
)


# partners: "Spain, together with Morocco, organised …", "la Spagna, insieme al Marocco,
# ha …", "España, junto con Marruecos, …", "l'Espagne, conjointement avec le Maroc, …";
# beside a co- verb: "alongside his Belgian counterpart", "aux côtés de son homologue
# français", "al lado de", "accanto al suo omologo", "ao lado do seu homólogo"
_BESIDE_WORDS = (
    r"alongside|aux\s+côtés\s+d(?:e|u|es)|al\s+lado\s+de(?:l)?|accanto\s+a(?:l|lla)?|"
    r"ao\s+lado\s+d[eao]"
)
_POSSESSIVE_WORDS = r"(?:(?:its|his|her|their|son|sa|ses|su|sus|suo|sua|seu|o\s+seu|a\s+sua)\s+)?"
# "Senegal co-hosted the meeting with Spain", "organizó el taller junto con la OIM",
# "ha ospitato, insieme alla Spagna, la riunione"; a bare "with" only after a co- verb
_ARTICLE_AFTER = r"\s*(?:the\s+|le\s+|la\s+|les\s+|l['’]|el\s+|los\s+|il\s+|lo\s+|o\s+|a\s+)?"
_TOGETHER = (
    r"(?:together\s+with|jointly\s+with|along\s+with|"
    r"insieme\s+(?:all['’]|alla|allo|alle|agli|al|ai|a)|junto\s+(?:con|a|al)|conjuntamente\s+con|"
    r"conjointement\s+avec|juntamente\s+com|em\s+conjunto\s+com)"
)
#: the partner in an apposition right after the subject: "Kenya, together with Germany,",
#: "Italy, alongside its Belgian counterpart,", "le Niger, aux côtés de son homologue
#: italien,"
WITH_PARTNER = re.compile(
    r"\s*,\s*(?:" + _TOGETHER + r"|" + _BESIDE_WORDS + r")" + _ARTICLE_AFTER + _POSSESSIVE_WORDS, _I
)
#: the partner after the meeting that is the verb's object, and inside commas before it
# what the meeting's noun may carry before its partner: "co-chaired the thematic meeting
# *on legal migration* with Spain", "la réunion *sur le retour* avec l'Espagne"
_TOPIC = (
    # or where it was held: "co-chaired the meeting *held in Banjul on 7 November 2024*,
    # alongside his Spanish counterpart"
    r"(?:(?:\s+(?:held|organi[sz]ed|tenue?|celebrad[oa]|tenut[oa]|svolt[oa]|realizad[oa]))?"
    r"\s+(?:on|about|of|sur|de|du|des|sobre|su|sul|sulla|sui|di|del|della|da|do|dos|"
    # or its place and day: "l'atelier à Dakar le 3 mai 2025 aux côtés de …"
    r"in|at|à|au|en|a|al|em|no|na|nel|nella|le|el|il)"
    r"\s+[^,.;:()\n]{1,60}?)?"
)
PARTNER_AFTER = re.compile(_TOPIC + r"\s*,?\s*" + _TOGETHER + _ARTICLE_AFTER, _I)
_BESIDE = _BESIDE_WORDS
_POSSESSIVE = _POSSESSIVE_WORDS
PARTNER_AFTER_CO = re.compile(
    _TOPIC
    + r"\s*,?\s*(?:"
    + _TOGETHER
    + r"|with|avec|con|com|"
    + _BESIDE
    + r")"
    + _ARTICLE_AFTER
    + _POSSESSIVE,
    _I,
)
PARTNER_INSIDE = re.compile(r",\s*" + _TOGETHER + _ARTICLE_AFTER, _I)
#: the partner of a co- verb right after it: "copresidió junto a España la reunión"
PARTNER_AFTER_CO_VERB = re.compile(
    r"\s+(?:" + _TOGETHER + r"|with|avec|con|com)" + _ARTICLE_AFTER, _I
)
CO_VERB = re.compile(r"\bco-?(?:host|organi|accueill|chair|présid|presid|presie)", _I)

#: a relative clause after the actor, and words that make its meeting another one
#: ("Spain, which presided over the last meeting,": a guest of this one)
RELATIVE = re.compile(r",\s*(?:who|which|qui|que|quien|che)\s", _I)
#: A meeting as the object of a relative clause whose subject is the actor: "the SOM in
#: Abidjan, which Côte d'Ivoire had chaired throughout the year", "la réunion que le Sénégal
#: a accueillie", "la reunión que Marruecos acogió", "la riunione che l'Italia ha ospitato"
#: (the words before the actor, up to it); the verb then has no object after it
OBJECT_RELATIVE = re.compile(
    _MEETING_NOUNS + r"[^.;:!?\n]{0,80}?,?\s+(?:which|that|que|qu['’]|che)\s+[^,.;:!?\n]{1,50}\Z",
    _I,
)
NO_OBJECT_AFTER = re.compile(
    r"\s*(?:[,.;:!?)]|$)|\s+a\s+(?-i:[A-Z])|"
    r"\s+(?:in|on|at|throughout|last|during|with|together|jointly|en|à|au|"
    r"le|les|el|los|il|nel|nello|em|no|na|conjointement|avec|con|com|insieme|junto|durante|"
    r"pendant|tout|todo|tutto)\b",
    _I,
)
ANOTHER_MEETING = re.compile(
    r"\b(?:last|previous|next|former|past|earlier|first|dernière|dernier|précédente?|"
    r"prochaine?|première|premier|última|último|anterior|próxim[oa]|primer[oa]?|ultim[oa]|"
    r"precedente|prossim[oa]|prim[oa]|passad[oa]|primeir[oa])\b",
    _I,
)
#: a lower-case word that is no joining word of a body's name ("Ministry *of* Justice *and*
#: UNODC"): the words before another actor make a clause ("Minister *thanked* Morocco")
CLAUSE_WORD = re.compile(
    r"(?<![\w'’])(?!(?:of|the|and|for|on|de|du|des|la|le|les|et|del|della|dello|delle|degli|dei|"
    r"e|y|da|do|dos|das|di|per|pour|para|en|in|a|al|au|aux|el|los|las|il|lo|gli|o|os|as|"
    r"with|avec|con|com)\b)(?-i:[a-zà-ÿ])[\w'’-]*",
    _I,
)
