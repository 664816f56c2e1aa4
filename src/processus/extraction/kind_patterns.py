"""The meeting nouns and phrases of each kind, in five languages, in priority order.

One table of (kind, pattern): the first pattern that matches a span names its kind, so a
"joint ministerial meeting" is a joint meeting and a "ministerial conference" is not a
conference.  A verb of meeting after a subject ("the ministers met", "les hauts
fonctionnaires se sont réunis") names a kind too: MET_LATER is that verb, shared with
the dialogues that met (kinds.py).
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# a verb of meeting later in the clause of the subject just matched: "… met in Madrid",
# "… se sont réunis à Cadix", "… se reunieron", "… si sono riuniti", "… reuniram-se"
# "met" and "gathered" with an object are not a meeting: "countries that met the criteria",
# "the partners met their targets", "delegations gathered data"; nor is the French "met"
# ("le pays met en œuvre", "met l'accent sur", "met à jour")
_MET_OBJECTS = (
    r"criteria|criterion|targets?|needs|requirements?|conditions?|goals?|objectives?|"
    r"commitments?|obligations?|expectations?|standards?|deadlines?|demands?|benchmarks?|"
    r"thresholds?|milestones?|quotas?|indicators?"
)
_GATHERED_OBJECTS = (
    r"data|evidence|information|feedback|inputs?|views|testimon(?:y|ies)|signatures|"
    r"statistics|momentum|pace|support"
)
_DETERMINER = r"(?:(?:the|their|its|all|these|those|our|most|many|some|both|every|an?)\s+)?"
_FREE_WORD = r"(?:(?!(?:in|at|on|with|for|to|again|online|from|under|during)\b)[\w-]+\s+)?"
_NOT_AN_OBJECT = (
    rf"(?!\s+{_DETERMINER}{_FREE_WORD}(?:{_MET_OBJECTS})\b)"
    r"(?!\s+(?:en|à|au|aux|sur|fin|l['’]))"
)
_GATHERED = rf"gathered(?!\s+{_DETERMINER}{_FREE_WORD}(?:{_GATHERED_OBJECTS})\b)"

MET_LATER = (
    r"(?=[^.;:!?\n]{0,200}?\b(?=[mgcsrveaiMGCSRVEAI])(?:met"
    + _NOT_AN_OBJECT
    # "will meet in", "will meet for the third time in", "will meet again on 3 May in"
    + r"|meet\s+(?:(?:again|once\s+(?:more|again)|for\s+the\s+[\w-]+\s+time|"
    r"on\s+(?:\d{1,2}\s+)?[^\W\d]+(?:\s+\d{4})?)\s+)?(?:in|at)|"
    + _GATHERED
    # "convened" with an object ("convened its senior officials") is told by what it convened
    + r"|(?:re)?convened(?!\s+(?:its|their|the|an?)\s)|came\s+together|"
    r"se\s+sont\s+(?:réunie?s|retrouvée?s|rencontrée?s|rassemblée?s)|se\s+réuniront|"
    r"se\s+reunieron|se\s+reunirán|si\s+sono\s+riunit[ie]|si\s+riuniranno|"
    r"reuniram-se|se\s+reuniram|vão\s+reunir-se|"
    # met one another: "le delegazioni si sono incontrate", "se encontraron en Rabat",
    # "encontraram-se em Luanda" (not "si è incontrato con il ministro": one person)
    r"si\s+sono\s+incontrat[ie]|se\s+encontraron|encontraram-se|se\s+encontraram|"
    # a collective subject in the singular: "le groupe de travail s'est réuni à Téhéran"
    r"s['’]est\s+réunie?|se\s+réunira|si\s+è\s+riunit[oa]|se\s+reunió|reuniu-se|"
    r"se\s+reuniu|"
    # the present: "are meeting today in Ljubljana", "meets in Dakar", "se réunissent au
    # Caire", "se reúnen hoy", "si riuniscono a Roma", "reúnem-se em Luanda"
    r"(?:are|is)\s+meeting|meets\s+(?:again\s+)?(?:in|at)|se\s+réunissent|se\s+retrouvent|"
    r"se\s+réunit|se\s+reúnen?|si\s+riunisc(?:e|ono)|reúnem-se|se\s+reúnem|reúne-se)\b)"
)

# nouns that name a meeting only with a word that makes them one: a consultation needs a
# qualifier ("a regional consultation", not "in consultation with partners" or "a
# consultation of the document"); a working group is a body unless it meets
_CONSULTATION = (
    r"\b(?:regional|sub-?regional|inter-?regional|national|continental|"
    r"multi-?stakeholder|online|virtual)\s+consultations?\b|"
    r"\bconsultations?\s+(?:en\s+ligne|virtuelles?)\b|"
    r"\bconsultas?\s+(?:en\s+línea|virtual(?:es)?|em\s+linha|virtuais)\b|"
    r"\bconsultazion[ei]\s+(?:online|virtual[ei])\b|"
    r"\bconsultations?\s+(?:régionales?|sous-régionales?|interrégionales?|nationales?|"
    r"continentales?)\b|"
    r"\bconsultas?\s+(?:regional(?:es)?|regionais|subregional(?:es)?|nacional(?:es)?|"
    r"nacionais)\b|"
    r"\bconsultazion[ei]\s+(?:regional[ei]|nazional[ei])\b"
)
_DIALOGUE_SESSION = (
    r"\bdialogue\s+sessions?\b|\bséances?\s+de\s+dialogue\b|"
    r"\bsesi(?:ón|on|ones)\s+de\s+diálogo\b|\bsession[ei]\s+di\s+dialogo\b|"
    r"\bsess(?:ão|ões)\s+de\s+diálogo\b"
)
_WORKING_GROUP = (
    r"\b(?:working\s+groups?|groupes?\s+de\s+travail|grupos?\s+de\s+trabajo|"
    r"grupp[oi]\s+di\s+lavoro|grupos?\s+de\s+trabalho)\b"
)

#: (kind, pattern) in priority order: the first pattern that matches a span names it
KIND_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "joint_meeting",
        re.compile(
            r"\bjoint\s+(?:high[- ]level\s+|thematic\s+|technical\s+|ministerial\s+)?"
            r"(?:meeting|conference|session)s?\b|"
            r"\bréunions?\s+(?:de\s+haut\s+niveau\s+)?conjointes?\b|"
            r"\bréunions?\s+conjointes?\s+de\s+haut\s+niveau\b|"
            r"\breuni(?:ón|on|ão|ao|ões)(?:es)?\s+conjuntas?\b|\briunion[ei]\s+congiunt[ae]\b",
            _I,
        ),
    ),
    (
        "ministerial_conference",
        re.compile(
            r"\bministerial\s+(?:conference|meeting|round[- ]?table|consultation)s?\b|"
            # the Colombo Process's and the Abu Dhabi Dialogue's ministerial consultations
            r"\bconsultations?\s+ministérielles?\b|\bconsultas?\s+ministeriales?\b|"
            r"\bconsultazion[ei]\s+ministerial[ei]\b|\bconsultas?\s+ministeria(?:l|is)\b|"
            r"\b(?:conférences?|réunions?)\s+ministérielles?\b|"
            r"\b(?:conferencias?|reuni[oó]n(?:es)?)\s+ministeriales?\b|"
            r"\b(?:conferenz[ae]|riunion[ei])\s+ministerial[ei]\b|"
            r"\b(?:confer[eê]ncias?|reuni[aã]o|reuniões)\s+ministeria(?:l|is)\b|"
            # ministers who met: "the ministers met in Rome", "des ministres … se sont réunis"
            r"\b(?:ministers|ministres|ministros|ministri)\b" + MET_LATER + "|"
            # a dialogue that met at ministerial level (the verb is checked: see _LEVEL)
            r"\b(?:ministerial\s+level|niveau\s+ministériel|nivel\s+ministerial|"
            r"livello\s+ministeriale|nível\s+ministerial)\b",
            _I,
        ),
    ),
    (
        "senior_officials_meeting",
        re.compile(
            r"(?i:\bsenior\s+officials'?\s*(?:'s\s+)?meetings?\b)|\bSOMs?\b(?!\w)|"
            r"(?i:\bréunions?\s+(?:des|de)\s+(?:hauts?\s+)?fonctionnaires(?:\s+de\s+haut\s+niveau)?"
            r"\b)|\bRHF\b|"
            r"(?i:\bmeetings?\s+of\s+(?:the\s+)?senior\s+(?:public\s+|government\s+)?officials\b)|"
            r"(?i:\breuni[oó]n(?:es)?\s+de\s+(?:altos|alt[ao]s)\s+(?:funcionarios|cargos)\b)|"
            r"(?i:\briunion[ei]\s+(?:degli|di)\s+alti\s+funzionari\b)|"
            r"(?i:\breuni(?:ão|ao|ões)\s+de\s+altos\s+funcionários\b)|"
            # officials "of a high level": "la riunione dei funzionari di alto livello", "la
            # reunión de funcionarios de alto nivel", "a reunião de funcionários de alto nível"
            r"(?i:\briunion[ei]\s+(?:dei|di)\s+funzionari\s+di\s+alto\s+livello\b)|"
            r"(?i:\breuni[oó]n(?:es)?\s+de\s+(?:los\s+)?funcionarios\s+de\s+alto\s+nivel\b)|"
            r"(?i:\breuni(?:ão|ao|ões)\s+(?:de|dos)\s+funcionários\s+de\s+alto\s+nível\b)|"
            # senior officials who met: "Senior officials of the partners met in Madrid"
            r"(?i:\b(?:senior\s+officials|hauts\s+fonctionnaires|altos\s+funcionarios|"
            r"alti\s+funzionari|altos\s+funcionários)\b" + MET_LATER + r")",
        ),
    ),
    (
        "steering_committee",
        re.compile(
            r"\bsteering\s+committees?(?:\s*\(SC\))?(?:\s+meetings?)?\b|\bcomités?\s+de\s+pilotage\b|"
            # a dialogue's "Steering Group" meets as its steering committee
            r"\bsteering\s+groups?\s+meetings?\b|\bmeetings?\s+of\s+the\s+steering\s+group\b|"
            r"\bcomit[éeê]s?\s+(?:directivos?|director(?:es)?|diretor(?:es)?|de\s+dirección|de\s+dire(?:c?ção))\b|"
            r"\bcomitat[oi]\s+(?:direttiv[oi]|di\s+pilotaggio)\b|"
            r"\bcomit[éê]s?\s+de\s+pilota(?:je|gem)\b",
            _I,
        ),
    ),
    (
        "thematic_meeting",
        re.compile(
            r"\bthematic\s+(?:meeting|conference|session)s?\b|\bréunions?\s+thématiques?\b|"
            r"\breuni[oó]n(?:es)?\s+temáticas?\b|\briunion[ei]\s+tematic[ha]e?\b|"
            r"\breuni(?:ão|ões)\s+temáticas?\b|(?-i:\bTMs?\b)",
            _I,
        ),
    ),
    (
        "technical_meeting",
        re.compile(
            # of the experts: "meeting of experts", "réunion des experts", "reunión de los
            # expertos", "riunione degli esperti", "reunião dos peritos"
            r"\b(?:technical|expert|experts')\s+(?:group\s+)?meetings?\b|"
            r"\bmeetings?\s+of\s+(?:the\s+)?(?:experts\b|expert\s+group\b)|"
            # the expert group that met: "Réunion du groupe d'experts", "Reunión del grupo de
            # expertos", "Riunione del gruppo di esperti", "Reunião do grupo de peritos"
            r"\bréunions?\s+du\s+groupe\s+d['’]experts\b|"
            r"\breuni[oó]n(?:es)?\s+del\s+grupo\s+de\s+expertos\b|"
            r"\briunion[ei]\s+del\s+gruppo\s+di\s+esperti\b|"
            r"\breuni(?:ão|ões)\s+do\s+grupo\s+de\s+peritos\b|"
            r"\bréunions?\s+(?:techniques?|d'experts|des\s+experts)\b|"
            r"\breuni[oó]n(?:es)?\s+(?:técnicas?|de\s+(?:los\s+)?expertos)\b|"
            r"\briunion[ei]\s+(?:tecnic[ha]e?|di\s+esperti|degli\s+esperti)\b|"
            r"\breuni(?:ão|ões)\s+(?:técnicas?|de\s+peritos|dos\s+peritos|de\s+especialistas)\b|"
            r"\breuni[oó]n(?:es)?\s+de\s+especialistas\b|\bincontr[oi]\s+tecnic[oi]\b|"
            # a technical day: "una jornada técnica", "jornadas técnicas"
            r"\bjornadas?\s+técnicas?\b|"
            # "il tavolo tecnico del Processo di Khartoum"
            r"\btavol[oi]\s+tecnic[oi]\b",
            _I,
        ),
    ),
    (
        "side_event",
        re.compile(
            r"\bside[- ]events?\b|\bspecial\s+events?\b|"
            r"\bévénements?\s+(?:parallèles?|spéciale?s?)\b|"
            r"\beventos?\s+paralelos?\b|"
            r"\bevent[oi]\s+collateral[ei]\b|"
            # "un evento a margine", "un evento parallelo", "un acto paralelo", "un evento al
            # margen", "um evento à margem"
            r"\bevent[oi]\s+(?:a\s+margine|parallel[oi])\b|\bactos?\s+paralelos?\b|"
            r"\beventos?\s+(?:al\s+margen|à\s+margem)\b",
            _I,
        ),
    ),
    (
        "field_visit",
        re.compile(
            r"\b(?:field|study|site)\s+visits?\b|\bstudy\s+tours?\b|"
            r"\bvisites?\s+(?:de\s+terrain|d'études?)\b|\bvisitas?\s+de\s+(?:estudio|estudo|campo)\b|"
            r"\bvisit[ae]\s+di\s+studio\b|"
            # "una visita sobre el terreno", "una visita sul campo", "uma visita de terreno"
            r"\bvisitas?\s+(?:sobre\s+el\s+terreno|de\s+terreno)\b|\bvisit[ae]\s+sul\s+campo\b",
            _I,
        ),
    ),
    (
        "training",
        re.compile(
            r"\btraining(?:\s+(?:session|course|workshop)s?)?\b|"
            # "a capacity-building session", "une session de renforcement des capacités",
            # "una sesión de fortalecimiento de capacidades"
            r"\bcapacity[- ]building\s+(?:sessions?|courses?|exercises?|programmes?\s+session)\b|"
            r"\bsessions?\s+de\s+renforcement\s+des\s+capacités\b|"
            r"\bsesi(?:ón|ones)\s+de\s+(?:fortalecimiento|desarrollo)\s+de\s+capacidades\b|"
            r"\bsession[ei]\s+di\s+rafforzamento\s+delle\s+capacità\b|"
            r"\bsess(?:ão|ões)\s+de\s+(?:reforço|capacitação)\b|"
            r"\b(?:sessions?|cours|ateliers?)\s+de\s+formation\b|\bformations?\b|"
            r"\bcursos?\s+de\s+(?:formación|capacitación|formação)\b|\bcapacitaci[oó]n\b|"
            # a course on a topic: "un curso sobre trata", "un corso sulla tratta", "o curso
            # sobre tráfico", "uma capacitação sobre"
            r"\bcursos?\s+sobre\b|\bcors[oi]\s+(?:sul|sulla|sullo|sui|sugli|sulle|su)\b|"
            r"\bcapacita(?:ção|ções)\b|\bgiornat[ae]\s+di\s+formazione\b|"
            r"\bcors[oi]\s+di\s+formazione\b|"
            r"\b(?:sesi(?:ón|ones)|sessione|sessioni|sess(?:ão|ões)|ac(?:ción|ciones)|"
            r"aç(?:ão|ões))\s+d[ei]\s+(?:formación|formazione|formação)\b|"
            # a bare noun is a session only after an article that makes it one event
            # ("una formación sobre …", "uma formação para 20 agentes"; see trainings.py)
            r"\bformaci(?:ón|ones)\b|\bformazion[ei]\b|\bforma(?:ção|ções)\b",
            _I,
        ),
    ),
    (
        "workshop",
        re.compile(
            r"\bworkshops?\b|\bseminars?\b|\bwebinars?\b|\bateliers?\b|"
            r"\bséminaires?\b|\bwebinaires?\b|\btaller(?:es)?\b|\bseminarios?\b|\bseminari[o]?\b|"
            r"\bseminários?\b|\bwebinarios?\b|\bwebinários?\b|"
            # Portuguese "oficina" with its topic (Spanish "oficina" is an office: "la
            # oficina regional de la OIM", "oficina de enlace")
            r"\boficinas?\s+(?:sobre|de\s+trabalho|de\s+capacitação)\b",
            _I,
        ),
    ),
    (
        "other",
        re.compile(
            r"\bmeetings?\b|\bconferences?\b|\bround[- ]?tables?\b|\b(?-i:Forum|Foro|Fórum)\b|"
            # a forum named by its reach: "the regional forum", "le forum régional", "el foro
            # regional"; "convegno", Italian for a conference; "la jornada sobre …"
            r"\b(?:regional|sub-?regional|international|high-level|annual)\s+forums?\b|"
            r"\b(?:forums?|foros?|fóruns?|fórum)\s+(?:régionale?s?|internationale?s?|"
            r"regional(?:es)?|regionais|internacional(?:es)?|internacionais|annuel)\b|"
            r"\bconvegn[oi]\b|\bjornadas?\s+(?:sobre|de\s+(?:reflexión|debate|diálogo))\b|"
            r"\bsummits?\b|\bsommets?\b|\bcúpulas?\b|"
            # a colloquium: "un colloque", "un coloquio", "um colóquio" (the Italian
            # "colloquio" is as often a talk between two ministers)
            r"\bcolloques?\b|\bcoloquios?\b|\bcolóquios?\b|"
            r"\bréunions?\b|\bconférences?\b|\btables?[- ]rondes?\b|"
            r"\breuni[oó]n(?:es)?\b|\bconferencias?\b|\bcumbres?\b|"
            r"\briunion[ei]\b|\bconferenz[ae]\b|\bvertice\b|"
            r"\breuni(?:ão|ões)\b|\bconferências?\b|\bcimeiras?\b|"
            # round tables and encounters: "una mesa redonda", "una tavola rotonda", "uma
            # mesa-redonda", "une rencontre régionale", "un encuentro", "un incontro", "um
            # encontro regional"
            r"\bmesas?[- ]redondas?\b|\btavol[ae]\s+rotond[ae]\b|"
            r"\brencontres?\b|\bencuentros?\b|\bincontr[oi]\b|\bencontros?\b|"
            # peers who meet: "a city-to-city peer exchange", "un échange entre pairs", "un
            # intercambio entre pares", "uno scambio tra pari", "um intercâmbio entre pares"
            r"\bpeer(?:-to-peer)?\s+exchanges?\b|\béchanges?\s+entre\s+pairs\b|"
            r"\bintercambios?\s+entre\s+pares\b|\bscambi?o?\s+tra\s+pari\b|"
            r"\bintercâmbios?\s+entre\s+pares\b|"
            # an event named for what it is ("a high-level event", "the stocktaking event", "un
            # événement de haut niveau", "un evento de alto nivel"): "events" alone are a
            # site's menu or a calendar's heading
            r"\b(?:high-level|stocktaking|stock-taking|launch|closing|opening|special|joint|"
            r"regional|public|anniversary|commemorative)\s+events?\b|"
            r"\bévénements?\s+(?:de\s+haut\s+niveau|spécial|spéciaux|régional|régionaux|"
            r"de\s+lancement|conjoint|anniversaire)\b|"
            r"\beventos?\s+(?:de\s+alto\s+nivel|de\s+alto\s+nível|especial|especiales|"
            r"especiais|regional|de\s+lanzamiento|de\s+lançamento|conjunto)\b|"
            r"\bevent[oi]\s+(?:di\s+alto\s+livello|special[ei]|regional[ei]|di\s+lancio|"
            r"congiunt[oi])\b|"
            r"\bhigh-level\s+dialogues?\b|\bpeer\s+review\s+(?:sessions?|meetings?)\b|"
            + _CONSULTATION
            + "|"
            + _DIALOGUE_SESSION
            + "|"
            + _WORKING_GROUP
            + MET_LATER
            + "|"
            # partners who gathered: "the partners gathered on Tuesday in Dakar"
            r"\b(?:partners|delegations|delegates|participants|délégations|délégués|partenaires|"
            r"participants|delegaciones|delegazioni|delegações|"
            # countries who met: "partner countries gathered in Accra", "los países se
            # reunieron", "i paesi partner si sono riuniti", "os parceiros reuniram-se"
            r"(?:partner\s+)?countries|pays(?:\s+partenaires)?|socios|"
            r"países(?:\s+(?:socios|parceiros))?|partner|paesi(?:\s+partner)?|parceiros)\b"
            + MET_LATER,
            _I,
        ),
    ),
)
