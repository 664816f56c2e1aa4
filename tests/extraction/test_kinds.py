"""Meeting kinds, formats and tense cues."""

from __future__ import annotations

from datetime import date

import pytest

from processus.extraction import extract_text
from processus.extraction.formats import find_formats
from processus.extraction.kinds import find_kinds
from processus.extraction.tenses import tense_cues


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("the 5th Ministerial Conference", "ministerial_conference"),
        ("a ministerial meeting", "ministerial_conference"),
        ("la réunion des fonctionnaires de haut niveau", "senior_officials_meeting"),
        ("une réunion des hauts fonctionnaires", "senior_officials_meeting"),
        ("the Summit on Migration", "other"),
        ("le sommet de Dakar", "other"),
        ("la conférence ministérielle", "ministerial_conference"),
        ("the Senior Officials' Meeting", "senior_officials_meeting"),
        ("the Senior Officials Meeting", "senior_officials_meeting"),
        ("the SOM in Abuja", "senior_officials_meeting"),
        ("la réunion des hauts fonctionnaires", "senior_officials_meeting"),
        ("the Steering Committee meeting", "steering_committee"),
        ("le comité de pilotage", "steering_committee"),
        ("a thematic meeting", "thematic_meeting"),
        ("une réunion thématique", "thematic_meeting"),
        ("a technical meeting", "technical_meeting"),
        ("une réunion technique", "technical_meeting"),
        ("an expert meeting", "technical_meeting"),
        ("a two-day workshop", "workshop"),
        ("un atelier régional", "workshop"),
        ("a webinar", "workshop"),
        ("a side event", "side_event"),
        ("un événement parallèle", "side_event"),
        ("the Joint High-level Meeting", "joint_meeting"),
        ("a joint meeting", "joint_meeting"),
        ("une réunion conjointe", "joint_meeting"),
        ("a training session", "training"),
        ("une session de formation", "training"),
        ("a field visit", "field_visit"),
        ("une visite de terrain", "field_visit"),
        ("a study visit", "field_visit"),
        ("the meeting", "other"),
        ("a conference", "other"),
        ("une réunion", "other"),
    ],
)
def test_kind(text: str, kind: str) -> None:
    found = find_kinds(text)
    assert found and found[0].kind == kind


def test_no_kind_in_plain_text() -> None:
    assert find_kinds("Partners discussed the situation and agreed to continue.") == []
    assert find_kinds("a training centre opened") == []
    assert find_kinds("a som of money") == []


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        ("The meeting was held online.", "virtual"),
        ("The meeting now takes place online.", "virtual"),
        ("Partners met online in May.", "virtual"),
        ("Les délégations se sont réunies en ligne.", "virtual"),
        ("Certaines délégations ont suivi par vidéoconférence.", "virtual"),
        ("a virtual meeting", "virtual"),
        ("by videoconference", "virtual"),
        ("une réunion en ligne", "virtual"),
        ("in a hybrid format", "hybrid"),
        ("format hybride", "hybrid"),
        ("in person in Dakar", "in_person"),
        ("a face-to-face meeting", "in_person"),
        ("en présentiel", "in_person"),
    ],
)
def test_format(text: str, fmt: str) -> None:
    assert find_formats(text)[0].format == fmt


@pytest.mark.parametrize(
    ("text", "tense"),
    [
        ("The meeting will take place in May.", "upcoming"),
        ("It will be held in Rome.", "upcoming"),
        ("The upcoming meeting", "upcoming"),
        ("La réunion aura lieu à Dakar.", "upcoming"),
        ("Elle se tiendra à Rome.", "upcoming"),
        ("The meeting took place in Rome.", "past"),
        ("It was organised by Spain.", "past"),
        ("Over 50 participants attended.", "past"),
        ("La réunion s'est tenue à Rabat.", "past"),
        ("La réunion a eu lieu hier.", "past"),
        ("Les deux réunions se tiendront à Dakar.", "upcoming"),
        ("The conference wrapped up on Friday.", "past"),
        ("The talks concluded with a declaration.", "past"),
        ("The workshop closed with twelve recommendations.", "past"),
        ("L'atelier a pris fin dans l'après-midi.", "past"),
        ("Huit pays ont pris part aux travaux.", "past"),
        ("Le ministre a clos la réunion.", "past"),
        ("La réunion s'est achevée hier.", "past"),
        ("La session a été ouverte par le ministre.", "past"),
    ],
)
def test_tense(text: str, tense: str) -> None:
    cues = tense_cues(text)
    assert cues and cues[0][3] == tense


@pytest.mark.parametrize(
    ("text", "tense"),
    [
        # any verb after "will"
        ("The minister will travel to Istanbul.", "upcoming"),
        ("The declaration will be adopted in Rome.", "upcoming"),
        ("Partners will also discuss return.", "upcoming"),
        # the future of the verbs that hold a meeting, in French, Spanish, Italian, Portuguese
        ("Le Processus tiendra une réunion à Rabat.", "upcoming"),
        ("Le Sénégal accueillera la réunion.", "upcoming"),
        ("La réunion s'ouvrira à Dakar.", "upcoming"),
        ("El Proceso celebrará una reunión en Dakar.", "upcoming"),
        ("Il Processo terrà una riunione a Roma.", "upcoming"),
        ("Portugal receberá a reunião em Lisboa.", "upcoming"),
        # an active verb in the past with its meeting
        ("The Process held a workshop in Dakar.", "past"),
        ("Ghana hosted the SOM.", "past"),
        ("The workshop has been held twice.", "past"),
        ("El Proceso organizó un taller.", "past"),
        ("Il Processo ha tenuto una riunione.", "past"),
        ("O Processo realizou uma reunião.", "past"),
    ],
)
def test_tense_of_more_verbs(text: str, tense: str) -> None:
    assert [c[3] for c in tense_cues(text)] == [tense]


@pytest.mark.parametrize(
    "text",
    [
        # "will" as a noun
        "It showed the political will of the partners.",
        "The will to cooperate is strong.",
        # a past participle after "be" is no past: the meeting is still to come
        "The workshop is to be held in Dakar.",
        "A meeting to be hosted by Ghana.",
        # a verb in the past with no meeting after it
        "The partners held talks.",
    ],
)
def test_no_tense_of_more_verbs(text: str) -> None:
    assert tense_cues(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ghana chairs the Steering Committee of the Dialogue this year.",
        "Le Togo préside le Comité de pilotage pour un an.",
    ],
)
def test_committee_as_a_body_is_not_a_meeting(text: str) -> None:
    assert [k.kind for k in find_kinds(text)] == []


def test_committee_meeting_is_a_meeting() -> None:
    text = "The members of the Steering Committee met in Accra."
    assert [k.kind for k in find_kinds(text)] == ["steering_committee"]


@pytest.mark.parametrize(
    "text",
    [
        "Mis en ligne le 3 mars 2022",
        "Page mise en ligne hier",
        "The report was published online.",
        "The report of the meeting is now online.",
        "The presentations were put online after the session.",
        "The new website went online in May.",
        "Le rapport est désormais en ligne.",
        "Les présentations sont maintenant en ligne.",
        # registering on the web says nothing of how the meeting is held
        "Please register online by 20 November 2026.",
        "Registration is open online until 3 May.",
        "Les inscriptions se font en ligne.",
        "Il faut s'inscrire en ligne avant le 3 mai.",
        "Inscríbase en línea antes del 3 de mayo.",
        "Iscrizioni online entro il 3 maggio.",
        # "Online" as the last word of a name: a news site's
        "Ahram Online , Tuesday 8 Apr 2025",
        "The webpage of Africa News Online reported it.",
    ],
)
def test_publishing_online_is_not_a_format(text: str) -> None:
    assert find_formats(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the meeting itself held online, though the sentence speaks of registration
        "The registered participants met online on 3 May.",
        "Delegates registered for the webinar.",
        "Registration closed; the meeting took place online.",
        # "Online" after a meeting's name or a verb is still the format
        "Rabat Process: Thematic Meeting Online",
        "The partners met Online on 3 May.",
    ],
)
def test_a_meeting_held_online_beside_a_registration(text: str) -> None:
    assert [f.format for f in find_formats(text)] == ["virtual"]


@pytest.mark.parametrize(
    "text",
    [
        # a meeting noun that only describes a document, in running prose
        "The meeting agenda was circulated on 15 May 2025.",
        "The final meeting report will be released on 30 July 2025.",
        "The workshop materials are available for download.",
        "The meeting's minutes were shared with delegations.",
        "The conference notes were sent to all partners.",
        "The SOM report was adopted by written procedure.",
        "The report of the meeting was shared on 3 June.",
        "The final meeting report\nwill be released after the summer.",
        "The meeting agenda\nwas sent to delegations.",
        "Le rapport de la réunion a été diffusé le 30 juillet 2025.",
        "L'ordre du jour de la prochaine réunion sera envoyé le 1er septembre.",
        "Le compte rendu de la dernière réunion thématique sera publié en ligne.",
        "Le procès-verbal de la conférence est disponible.",
    ],
)
def test_meeting_noun_describing_a_document_is_no_meeting(text: str) -> None:
    assert find_kinds(text) == []


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("The thematic meeting was held in Banjul on 4 June 2025.", ["thematic_meeting"]),
        ("The meeting report recalled that the workshop took place in Accra.",
         ["workshop"]),
        # a verb, not a document ("notes that", "reports on")
        ("The Conference notes with concern the rise in irregular crossings.", ["other"]),
        ("The meeting reports on progress made since 2022.", ["other"]),
        # the meeting has its own facts: still a meeting
        ("The report of the meeting held in Rabat was shared.", ["other"]),
        ("Le rapport de la réunion tenue à Dakar a été diffusé.", ["other"]),
        ("Le procès-verbal de la réunion du 3 mai 2025 est disponible.", ["other"]),
        ("La réunion thématique s'est tenue à Banjul le 4 juin 2025.", ["thematic_meeting"]),
        # a heading in title case keeps its meeting
        ("Meeting Report – Senior Officials' Meeting, Rabat",
         ["other", "senior_officials_meeting"]),
        ("Thematic meeting report – Rabat, 3 May 2025", ["thematic_meeting"]),
        ("Final workshop report: Praia, March 2024", ["workshop"]),
        ("Workshop summary\nThe workshop took place in Lomé.", ["workshop", "workshop"]),
    ],
)  # fmt: skip
def test_real_meetings_next_to_document_nouns(text: str, kinds: list[str]) -> None:
    assert [k.kind for k in find_kinds(text)] == kinds


@pytest.mark.parametrize(
    "text",
    [
        "Une formation pour les officiers de police s'était tenue à Kampala en février.",
        "La formation pour les inspecteurs du travail s'est déroulée à Dakar.",
        "Une formation de trois jours a réuni des agents des frontières.",
        "Une formation d'une journée sur l'identification des victimes.",
        "Une formation destinée aux garde-côtes a été organisée à Praia.",
        "Cette formation régionale pour les magistrats se tiendra à Abidjan.",
        "Une formation à l'intention des travailleurs sociaux est prévue.",
        "Deux formations dispensées par l'OIM ont suivi.",
        "Les formations sur la traite des êtres humains continuent.",
        "A training session for border guards opened in Accra.",
    ],
)
def test_training_mentions(text: str) -> None:
    assert [k.kind for k in find_kinds(text)] == ["training"]


@pytest.mark.parametrize(
    "text",
    [
        # "formation" as education in general, or English "formation"
        "La formation professionnelle des jeunes est une priorité du plan.",
        "L'accès à la formation pour les migrants reste limité.",
        "La formation destinée aux jeunes demeure essentielle.",
        "Beaucoup de jeunes manquent de formation et d'emploi.",
        "Une formation professionnelle en Afrique de l'Ouest reste rare.",
        "The formation of a working group was discussed.",
        "The training centre opened its doors.",
    ],
)
def test_formation_as_education_is_not_a_training(text: str) -> None:
    assert find_kinds(text) == []


# the meeting nouns of Spanish, Italian and Portuguese pages, and meetings told by their
# verb: each with a phrase of the same words that names no meeting
@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("la conferencia ministerial de Rabat", ["ministerial_conference"]),
        ("la conferenza ministeriale di Roma", ["ministerial_conference"]),
        ("a conferência ministerial de Lisboa", ["ministerial_conference"]),
        ("la reunión de altos funcionarios", ["senior_officials_meeting"]),
        ("la riunione degli alti funzionari", ["senior_officials_meeting"]),
        ("a reunião de altos funcionários", ["senior_officials_meeting"]),
        ("the meeting of senior public officials", ["senior_officials_meeting"]),
        ("la riunione dei funzionari di alto livello", ["senior_officials_meeting"]),
        ("la reunión de funcionarios de alto nivel", ["senior_officials_meeting"]),
        ("a reunião de funcionários de alto nível", ["senior_officials_meeting"]),
        # a meeting of a high level is not one of officials
        ("la riunione di alto livello", ["other"]),
        ("la reunión de alto nivel", ["other"]),
        ("la reunión técnica", ["technical_meeting"]),
        ("la riunione tecnica", ["technical_meeting"]),
        ("a reunião técnica", ["technical_meeting"]),
        # a dialogue that met at ministerial level
        ("The dialogue has met at ministerial level in Rabat.", ["ministerial_conference"]),
        ("Le Processus s'est réuni au niveau ministériel à Paris.", ["ministerial_conference"]),
        ("El Proceso se reunió a nivel ministerial en Dakar.", ["ministerial_conference"]),
        ("Il Processo si è riunito a livello ministeriale a Roma.", ["ministerial_conference"]),
        ("O Processo reuniu-se a nível ministerial em Praia.", ["ministerial_conference"]),
        # a commitment at that level is no meeting
        ("The plan was endorsed at ministerial level.", []),
        ("Un engagement pris au niveau ministériel.", []),
        # a meeting of the experts
        ("a meeting of experts", ["technical_meeting"]),
        ("the meeting of the experts", ["technical_meeting"]),
        ("la réunion des experts", ["technical_meeting"]),
        ("la reunión de los expertos", ["technical_meeting"]),
        ("la riunione degli esperti", ["technical_meeting"]),
        ("a reunião dos peritos", ["technical_meeting"]),
        # a meeting with experts, or of their ministers, is not theirs
        ("a meeting with experts", ["other"]),
        ("la réunion des ministres", ["other"]),
        ("la reunión temática", ["thematic_meeting"]),
        ("un taller regional", ["workshop"]),
        ("il seminario regionale", ["workshop"]),
        ("o seminário regional", ["workshop"]),
        ("una visita de estudio", ["field_visit"]),
        ("una visita di studio", ["field_visit"]),
        ("un evento paralelo", ["side_event"]),
        ("l'evento collaterale", ["side_event"]),
        ("gli eventi collaterali", ["side_event"]),
        ("l'evento finale", []),
        ("il comitato direttivo", ["steering_committee"]),
        ("a Reunião Conjunta de Alto Nível", ["joint_meeting"]),
        ("la riunione congiunta dei due processi", ["joint_meeting"]),
        ("la cumbre de La Valeta", ["other"]),
        ("Le Togo a accueilli, du 4 au 6 juin 2024, à Lomé, une formation régionale du "
         "Processus de Rabat sur la fraude documentaire.", ["training"]),
        ("Le Togo a accueilli des jeunes en formation professionnelle.", []),
        ("a cimeira de Lisboa", ["other"]),
        ("the TM on legal pathways", ["thematic_meeting"]),
        ("the tm of the brand", []),
        ("the Steering Committee (SC) Meeting", ["steering_committee"]),
        ("Senior officials of the partners met in Madrid.", ["senior_officials_meeting"]),
        ("Senior officials of the partners drafted the text.", []),
        ("Les hauts fonctionnaires se sont réunis à Dakar.", ["senior_officials_meeting"]),
        ("The ministers met in Rome.", ["ministerial_conference"]),
        ("The ministers adopted a declaration.", []),
        # "meet" with what may come before its place
        ("Senior officials will meet for the third time in Kumasi.", ["senior_officials_meeting"]),
        ("Senior officials will meet again in Kumasi.", ["senior_officials_meeting"]),
        ("Senior officials will meet on 3 May in Kumasi.", ["senior_officials_meeting"]),
        ("Senior officials will meet the needs of the partners in Kumasi.", []),
        # the same subjects in Spanish, Italian and Portuguese
        ("Los altos funcionarios se reunieron en Rabat.", ["senior_officials_meeting"]),
        ("Los altos funcionarios reunieron los datos en Rabat.", []),
        ("Gli alti funzionari si sono riuniti a Roma.", ["senior_officials_meeting"]),
        ("Gli alti funzionari hanno firmato il testo.", []),
        ("Os altos funcionários reuniram-se em Lisboa.", ["senior_officials_meeting"]),
        ("Los ministros se reunieron en Cádiz.", ["ministerial_conference"]),
        ("I ministri si sono riuniti a Roma.", ["ministerial_conference"]),
        ("Los ministros firmaron la declaración.", []),
        ("The partners gathered on Tuesday in Dakar.", ["other"]),
        ("Les délégations se sont retrouvées lundi à Dakar.", ["other"]),
        ("Las delegaciones se reunieron en Rabat.", ["other"]),
        ("The delegations signed the text.", []),
        # a dialogue that met is a meeting of it, in every language
        ("The Khartoum Process met in Rome.", ["other"]),
        ("Le Processus de Rabat s'est réuni à Dakar.", ["other"]),
        ("El Proceso de Rabat se reunió en Dakar.", ["other"]),
        ("Il Processo di Khartoum si è riunito a Roma.", ["other"]),
        ("O Processo de Rabat reuniu-se em Dacar.", ["other"]),
        ("The Rabat Process met its targets.", []),
        ("The Rabat Process brings together 57 countries.", []),
        ("the peace process met in Rome.", []),
        # a dialogue named "Dialogue …" with its acronym, or by a known acronym alone
        ("O Diálogo sobre Migração para a África Ocidental (MIDWA) reuniu-se em Abuja.",
         ["other"]),
        ("MIDSA met in Maputo on 4 June.", ["other"]),
        ("The Dialogue on Migration reconvened in Rabat.", ["other"]),
        ("MIDSA met its targets.", []),
        ("The dialogue was praised by ministers.", []),
        # the senior officials a dialogue convened name the meeting's level
        ("The Budapest Process convened its senior officials in Baku.",
         ["senior_officials_meeting"]),
        ("Le Processus de Budapest a réuni ses hauts fonctionnaires à Bakou.",
         ["senior_officials_meeting"]),
        ("El Proceso de Praga reunió a sus altos funcionarios en Varsovia.",
         ["senior_officials_meeting"]),
        ("Il Processo di Praga ha riunito i suoi alti funzionari a Varsavia.",
         ["senior_officials_meeting"]),
        ("O Processo de Praga reuniu os seus altos funcionários em Varsóvia.",
         ["senior_officials_meeting"]),
        ("The Budapest Process thanked its senior officials.", []),
        ("Le Processus de Budapest a remercié ses hauts fonctionnaires.", []),
        ("The Khartoum Process met in Rome for its Senior Officials' Meeting.",
         ["senior_officials_meeting"]),
        # the noun beside the verb names the meeting
        ("The partners met in Ouagadougou for a Senior Officials' Meeting.",
         ["senior_officials_meeting"]),
        ("Participants met in Yaoundé. The thematic meeting closed on Friday.",
         ["thematic_meeting"]),
        # what they meet to prepare is another meeting
        ("Senior officials met in Madrid to prepare the Ministerial Conference.",
         ["senior_officials_meeting", "ministerial_conference"]),
    ],
)  # fmt: skip
def test_kind_families(text: str, kinds: list[str]) -> None:
    assert [k.kind for k in find_kinds(text)] == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a noun in a sentence dated otherwise names another meeting: the subject stays
        ("The partners met in Madrid on 3 May 2025. The Ministerial Conference will be held "
         "in Rabat on 10 December 2025.", ["other", "ministerial_conference"]),
        ("The Ministerial Conference will be held in Rabat on 10 December 2025. The partners "
         "met in Madrid on 3 May 2025.", ["ministerial_conference", "other"]),
        ("Les partenaires se sont réunis à Dakar le 3 mai 2025. La conférence ministérielle "
         "se tiendra à Rabat le 10 décembre 2025.", ["other", "ministerial_conference"]),
        # the same day, no day on one side, or one sentence: the noun names the meeting
        ("Participants met in Yaoundé on 3 May 2025. The thematic meeting of 3 May 2025 "
         "closed the week.", ["thematic_meeting"]),
        ("Participants met in Yaoundé on 3 May 2025. The thematic meeting closed on Friday.",
         ["thematic_meeting"]),
        ("The partners met in Ouagadougou on 3 May 2025 for a Senior Officials' Meeting "
         "planned since 10 April 2025.", ["senior_officials_meeting"]),
        # a meeting to come named in another sentence is not the one they held
        ("The senior officials met in Madrid. Morocco will host the next Ministerial "
         "Conference.", ["senior_officials_meeting", "ministerial_conference"]),
        ("Les hauts fonctionnaires se sont réunis à Madrid. Le Maroc accueillera la "
         "prochaine conférence ministérielle.",
         ["senior_officials_meeting", "ministerial_conference"]),
        ("Los altos funcionarios se reunieron en Madrid. Marruecos acogerá la próxima "
         "conferencia ministerial.", ["senior_officials_meeting", "ministerial_conference"]),
        ("The partners met in Madrid. The upcoming thematic meeting will be in Rabat.",
         ["other", "thematic_meeting"]),
        # in their own sentence, or without a word of what is to come, it is theirs
        ("The partners will meet in Rabat for the next thematic meeting.", ["thematic_meeting"]),
        ("The partners met in Madrid. The thematic meeting adopted conclusions.",
         ["thematic_meeting"]),
    ],
)  # fmt: skip
def test_a_noun_dated_apart_leaves_the_subject_that_met(text: str, kinds: list[str]) -> None:
    from processus.extraction.dates import find_dates

    assert [k.kind for k in find_kinds(text, dates=find_dates(text))] == kinds


@pytest.mark.parametrize(
    ("text", "tense"),
    [
        ("La reunión técnica se celebró en Rabat.", "past"),
        ("La reunión técnica se celebrará en Rabat.", "upcoming"),
        ("La riunione si è tenuta a Roma.", "past"),
        ("La riunione si terrà a Roma.", "upcoming"),
        ("A reunião teve lugar em Lisboa.", "past"),
        ("A reunião terá lugar em Lisboa.", "upcoming"),
    ],
)
def test_tense_in_other_languages(text: str, tense: str) -> None:
    assert [cue[3] for cue in tense_cues(text)] == [tense]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the verb may come after a long subject, within its clause
        ("Les ministres de l'Intérieur et des affaires étrangères des pays de la région, "
         "ainsi que la Commission de l'Union africaine et plusieurs organisations partenaires, "
         "se sont réunis le 3 mai 2021.", "ministerial_conference"),
        ("Ministers of the interior and of foreign affairs from the countries of the region, "
         "together with the African Union Commission and several partner organisations, met "
         "on 3 May 2021.", "ministerial_conference"),
        # not across a sentence, nor beyond the clause's reach
        ("Les ministres ont pris la parole. Les experts se sont réunis le 3 mai 2021.", None),
        ("Ministers " + "and partners, " * 20 + "met on 3 May 2021.", None),
    ],
)  # fmt: skip
def test_a_subject_that_met_is_a_meeting(text: str, kind: str | None) -> None:
    found = [k.kind for k in find_kinds(text) if k.kind == "ministerial_conference"]
    assert found == ([kind] if kind else [])


@pytest.mark.parametrize(
    "text",
    [
        "IGAD held a regional consultation in Djibouti on 5 August.",
        "La CEDEAO a organisé une consultation régionale à Abuja.",
        "a sub-regional consultation on labour mobility",
        "una consulta regional en Lima",
        "una consultazione regionale a Roma",
        "uma consulta regional na Praia",
        "A dialogue session between the two unions took place in Brussels.",
        "une séance de dialogue à Dakar",
        "una sesión de diálogo en Rabat",
        "The Working Group on Return met in Brussels.",
        "Le groupe de travail sur les retours s'est réuni à Tunis le 3 juin.",
        "El grupo de trabajo se reunió en Madrid.",
        "Il gruppo di lavoro si è riunito a Roma.",
        "O grupo de trabalho reuniu-se em Lisboa.",
    ],
)
def test_consultations_dialogue_sessions_and_working_groups_are_meetings(text: str) -> None:
    assert [m.kind for m in find_kinds(text)] == ["other"]


@pytest.mark.parametrize(
    "text",
    [
        "The plan was drafted in consultation with partners.",
        "Une consultation du document est possible en ligne.",
        "After a consultation of the document, the secretariat replied.",
        "The secretariat held a consultation with civil society.",  # no qualifier
        "A political dialogue on migration",
        "The working group drafted a paper on return.",
        "Le groupe de travail a publié un rapport.",
        "El grupo de trabajo publicó un informe.",
    ],
)
def test_consultation_and_working_group_look_alikes_are_not_meetings(text: str) -> None:
    assert find_kinds(text) == []


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a generic noun beside the subject that met does not hide the subject's kind
        (
            "Les ministres se sont réunis à Rabat le 4 novembre. La réunion a adopté un plan.",
            ["ministerial_conference", "other"],
        ),
        ("A meeting. Senior officials met in Rome.", ["other", "senior_officials_meeting"]),
        # a specific noun still names the meeting
        (
            "The partners met in Ouagadougou for a Senior Officials' Meeting.",
            ["senior_officials_meeting"],
        ),
        ("Ministers met in Rome. The thematic meeting adopted a plan.", ["thematic_meeting"]),
    ],
)
def test_subject_dropped_only_beside_a_specific_noun(text: str, kinds: list[str]) -> None:
    assert [m.kind for m in find_kinds(text)] == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a rough count of past meetings is a tally, not a meeting
        ("Since 2009, more than 20 meetings of senior officials have taken place.", []),
        ("Plus de 20 réunions thématiques ont été organisées depuis 2006.", []),
        ("Dozens of workshops were held over the years.", []),
        ("Des dizaines d'ateliers ont eu lieu.", []),
        ("Más de 15 reuniones técnicas desde 2010.", []),
        ("Oltre 10 riunioni tecniche dal 2012.", []),
        ("Mais de 12 reuniões técnicas desde 2015.", []),
        # an exact count of generic meetings sums up a year's work
        ("In 2025 the Khartoum Process organised three meetings.", []),
        ("En 2025, le Processus de Rabat a tenu deux réunions à Dakar.", []),
        ("Il Processo di Rabat ha tenuto due riunioni nel 2024.", []),
        # so does a vague quantity of them, in five languages
        ("In 2025, the Rabat Process held several meetings.", []),
        ("The dialogue organised a number of regional meetings in 2024.", []),
        ("En 2025, le Processus de Rabat a tenu plusieurs réunions.", []),
        ("Le dialogue a organisé de nombreuses rencontres en 2024.", []),
        ("El Proceso de Rabat celebró varias reuniones en 2025.", []),
        ("Il Processo di Khartoum ha organizzato vari incontri nel 2025.", []),
        ("O Processo de Rabat realizou várias reuniões em 2025.", []),
        # "the meetings" with no quantity may be the ones the page reports
        ("In 2025, the Rabat Process held meetings in Dakar.", ["other"]),
        # an exact count of dated meetings, people who met, a singular noun: kept
        (
            "The partners held two Senior Officials' Meetings in Dakar (May) and Lisbon (June).",
            ["senior_officials_meeting"],
        ),
        ("More than 40 delegations met in Rabat on 3 May.", ["other"]),
        ("The meeting gathered more than 20 experts.", ["other"]),
        ("Over 3 days the workshop trained border guards.", ["workshop"]),
        # ... but not of meetings given their days, nor of a named sort of meeting
        ("The partners held three meetings in Dakar on 3, 10 and 17 May 2025.", ["other"]),
        ("The results of the four roundtables enriched the process.", ["other"]),
    ],
)
def test_a_tally_of_meetings_is_no_meeting(text: str, kinds: list[str]) -> None:
    assert [m.kind for m in find_kinds(text)] == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a meeting recalled beside the subjects that met is another one: both stay
        ("Les partenaires se sont réunis à Rabat. La précédente réunion avait porté sur le "
         "retour.", ["other", "other"]),
        ("Les partenaires se sont réunis à Rabat. La réunion précédente avait porté sur le "
         "retour.", ["other", "other"]),
        ("The partners met in Accra. The previous Senior Officials' Meeting was held in Lomé.",
         ["other", "senior_officials_meeting"]),
        ("Senior officials met in Praia. An earlier thematic meeting had set the agenda.",
         ["senior_officials_meeting", "thematic_meeting"]),
        ("Las delegaciones se reunieron en Quito. La reunión anterior fue en Lima.",
         ["other", "other"]),
        # the same meeting named again by its noun still stands for the subjects
        ("Les partenaires se sont réunis à Rabat. La réunion a porté sur le retour.", ["other"]),
        ("The partners met in Accra. The Senior Officials' Meeting adopted a plan.",
         ["senior_officials_meeting"]),
        ("Last week the partners met in Accra for a thematic meeting.", ["thematic_meeting"]),
    ],
)  # fmt: skip
def test_a_recalled_noun_does_not_hide_the_subjects_that_met(text: str, kinds: list[str]) -> None:
    assert [m.kind for m in find_kinds(text)] == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # countries and partners who met, in each language
        ("Countries of the region met in Tunis on 2 July.", ["other"]),
        ("Partner countries gathered in Accra.", ["other"]),
        ("Les pays partenaires se sont réunis à Dakar.", ["other"]),
        ("Los socios se reunieron en Dakar.", ["other"]),
        ("Los países se reunieron en Lima.", ["other"]),
        ("I partner si sono riuniti a Roma.", ["other"]),
        ("I paesi partner si sono riuniti a Roma.", ["other"]),
        ("Os parceiros reuniram-se em Lisboa.", ["other"]),
        ("Os países reuniram-se em Lisboa.", ["other"]),
        ("Senior officials met the next day in Rabat.", ["senior_officials_meeting"]),
        ("More than 30 countries met in Rabat on 3 May.", ["other"]),
        # countries named without a verb of meeting, or "met" and "gathered" with an object
        ("Les pays ont adopté un plan.", []),
        ("Los socios firmaron el acuerdo.", []),
        ("Countries that met the criteria were funded.", []),
        ("The partners met their commitments in 2025.", []),
        ("Partner countries met all agreed targets.", []),
        ("Partner countries gathered data on returns.", []),
        ("Chaque pays met en œuvre le plan.", []),
        ("Le pays hôte met l'accent sur la protection.", []),
    ],
)  # fmt: skip
def test_countries_and_partners_who_met(text: str, kinds: list[str]) -> None:
    assert [m.kind for m in find_kinds(text)] == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a meeting named in a clause related to the subjects' one does not hide it
        ("Ahead of the Ministerial Conference in Rome, senior officials met in Rabat.",
         ["ministerial_conference", "senior_officials_meeting"]),
        ("Following the thematic meeting in Accra, the partners met in Lomé.",
         ["thematic_meeting", "other"]),
        ("En marge de la conférence ministérielle, les hauts fonctionnaires se sont réunis.",
         ["ministerial_conference", "senior_officials_meeting"]),
        ("Après la réunion thématique de Tunis, les délégations se sont retrouvées à Sousse.",
         ["thematic_meeting", "other"]),
        ("Tras la reunión de altos funcionarios en Accra, los socios se reunieron en Dakar.",
         ["senior_officials_meeting", "other"]),
        ("Dopo la riunione tecnica di Roma, i partner si sono riuniti a Napoli.",
         ["technical_meeting", "other"]),
        ("Após a reunião técnica de Lisboa, os parceiros reuniram-se no Porto.",
         ["technical_meeting", "other"]),
        # a noun of the same meeting, not in such a clause, still names it
        ("The partners met in Rabat. After the opening, the thematic meeting adopted a plan.",
         ["thematic_meeting"]),
        ("Les délégations se sont retrouvées à Sousse pour la réunion thématique.",
         ["thematic_meeting"]),
    ],
)  # fmt: skip
def test_a_related_noun_does_not_hide_the_subjects_that_met(text: str, kinds: list[str]) -> None:
    assert [m.kind for m in find_kinds(text)] == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a participle of meeting opens the sentence, the subjects follow its comma
        ("Réunis à Abidjan le 3 juin 2026, les hauts fonctionnaires ont rappelé le plan.",
         ["senior_officials_meeting"]),
        ("Réunies à Dakar le 3 juin, les délégations ont adopté un plan.", ["other"]),
        ("Gathered in Accra on 5 May 2026, senior officials agreed on a plan.",
         ["senior_officials_meeting"]),
        ("Convened in Rome on 2 March, the ministers adopted a declaration.",
         ["ministerial_conference"]),
        ("Reunidos en Dakar el 5 de mayo de 2026, los socios acordaron un plan.", ["other"]),
        ("Reunidos en Quito, los altos funcionarios aprobaron el plan.",
         ["senior_officials_meeting"]),
        ("Riuniti a Roma il 4 marzo 2026, i partner hanno adottato un piano.", ["other"]),
        ("Reunidos em Lisboa em 6 de abril de 2026, os parceiros adotaram um plano.", ["other"]),
        # not at the start of the sentence, or no subject after the comma
        ("Les textes réunis à Dakar le 3 juin, les partenaires les ont lus.", []),
        ("Gathered in Accra, the documents were filed.", []),
        ("Reunidos en Dakar, los documentos fueron publicados.", []),
    ],
)  # fmt: skip
def test_a_participle_before_the_subjects_that_met(text: str, kinds: list[str]) -> None:
    assert [m.kind for m in find_kinds(text)] == kinds


_REF = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a generic noun (es/it/pt) does not beat the specific noun of the same meeting
        ("Si è svolta a Tunisi il 4 marzo 2026 la riunione del Comitato direttivo.",
         "steering_committee"),
        ("Se celebró en Quito el 4 de marzo de 2026 la reunión del Comité Directivo.",
         "steering_committee"),
        ("Realizou-se em Maputo a 4 de março de 2026 a reunião do Comité Diretor.",
         "steering_committee"),
        ("La conferenza ministeriale di Tunisi si è aperta. La conferenza, tenutasi il "
         "9 e 10 marzo 2026, ha adottato un piano.", "ministerial_conference"),
        ("La conferencia ministerial de Quito se abrió. La conferencia, celebrada el "
         "9 y 10 de marzo de 2026, adoptó un plan.", "ministerial_conference"),
        ("A conferência ministerial de Maputo abriu. A conferência, realizada a "
         "9 de março de 2026, adotou um plano.", "ministerial_conference"),
        # generic nouns alone stay "other"
        ("La riunione si è svolta a Tunisi il 4 marzo 2026.", "other"),
        ("La reunión del Proceso de Rabat se celebró en Quito el 4 de marzo de 2026.", "other"),
        ("A reunião realizou-se em Maputo a 4 de março de 2026.", "other"),
    ],
)  # fmt: skip
def test_generic_nouns_in_other_languages(text: str, kind: str) -> None:
    assert [r.kind for r in extract_text(text, "x", _REF)] == [kind]


@pytest.mark.parametrize(
    ("entry", "kind"),
    [
        # a calendar entry "date: generic noun of the specific noun"
        ("- 8-9 December 2026: Meeting of the Steering Committee, Brussels (Belgium)",
         "steering_committee"),
        ("- 8-9 décembre 2026 : Réunion du Comité de pilotage, Bruxelles (Belgique)",
         "steering_committee"),
        ("- 8-9 de diciembre de 2026: Reunión del Comité de Dirección, Bruselas (Bélgica)",
         "steering_committee"),
        ("- 8-9 dicembre 2026: Riunione del Comitato di pilotaggio, Bruxelles (Belgio)",
         "steering_committee"),
        ("- 8-9 de dezembro de 2026: Reunião do Comité de Direção, Bruxelas (Bélgica)",
         "steering_committee"),
        # the specific noun is not the generic noun's complement
        ("- 8-9 December 2026: Meeting in Brussels to brief the Steering Committee",
         "other"),
    ],
)  # fmt: skip
def test_calendar_entry_generic_noun_of_a_specific_noun(entry: str, kind: str) -> None:
    text = (
        "Calendar 2026 - Rabat Process\n"
        "- 10-11 March 2026: Thematic meeting on legal migration, Rabat (Morocco)\n"
        f"{entry}\n"
    )
    assert [r.kind for r in extract_text(text, "x", _REF)][-1] == kind


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        ("La reunión se desarrollará en formato presencial.", "in_person"),
        ("Los expertos se reunieron de forma presencial en Quito.", "in_person"),
        ("As reuniões presenciais retomaram em março.", "in_person"),
        ("La riunione si terrà in presenza a Roma.", "in_person"),
        ("La réunion se tiendra en présence à Dakar.", "in_person"),
        ("Il workshop si svolgerà in formato ibrido.", "hybrid"),
        ("El taller se celebrará en formato híbrido.", "hybrid"),
        ("A reunião decorrerá em formato híbrido.", "hybrid"),
        ("I delegati hanno partecipato in videoconferenza.", "virtual"),
        ("Algunos países participaron por videoconferencia.", "virtual"),
        ("Os peritos participaram em videoconferência.", "virtual"),
        ("Taller temático en línea - 9 de julio de 2024", "virtual"),
        ("Se conectaron a la sesión en línea.", "virtual"),
        ("La sessione si è svolta in linea.", "virtual"),
        ("A sessão decorreu em linha.", "virtual"),
        ("La formación se impartió a distancia.", "virtual"),
        ("Il corso si è tenuto a distanza.", "virtual"),
        ("O curso decorreu à distância.", "virtual"),
        ("El Proceso celebra un seminario web sobre protección.", "virtual"),
        ("Um seminário web reuniu 80 pessoas.", "virtual"),
        ("Una riunione virtuale dei punti focali.", "virtual"),
        ("Duas reuniões virtuais em maio.", "virtual"),
    ],
)
def test_format_in_other_languages(text: str, fmt: str) -> None:
    assert [m.format for m in find_formats(text)] == [fmt]


@pytest.mark.parametrize(
    "text",
    [
        # a form, a registration, a document on the web
        "Inscríbase a través del formulario en línea.",
        "La inscripción en línea cierra el 15 de enero.",
        "Compilare il modulo online entro il 20 novembre.",
        "As inscrições são feitas pelo formulário em linha.",
        "El informe está disponible en línea.",
        "O relatório foi publicado em linha.",
        "Il rapporto è disponibile online.",
        # "in keeping with", "a year later", "in the presence of"
        "El plan está en línea con los objetivos de Rabat.",
        "Il piano è in linea con le raccomandazioni.",
        "A declaração está em linha com as metas.",
        "A distanza di un anno, i partner si sono riuniti.",
        "La riunione si è aperta in presenza del ministro.",
        "La réunion s'est ouverte en présence du ministre.",
        "L'accord a été signé en présence de la ministre.",
        "Il piano è stato firmato in presenza dell'ambasciatore.",
        "El puesto fronterizo está a distancia de la capital.",
        # look-alikes of the new words
        "Se destacó la presencia de ministros.",
        "Un seminario sulla tratta a Roma.",
        "Il relatore ha presentato il piano.",
    ],
)
def test_not_a_format_in_other_languages(text: str) -> None:
    assert find_formats(text) == []


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # round tables and encounters in every language
        ("Una mesa redonda sobre remesas reunió a los socios.", ["other"]),
        ("Uma mesa-redonda sobre remessas reuniu os parceiros.", ["other"]),
        ("Una tavola rotonda sulla migrazione legale si è tenuta.", ["other"]),
        ("Une rencontre régionale sur la mobilité a eu lieu.", ["other"]),
        ("Un encuentro regional sobre movilidad tuvo lugar.", ["other"]),
        ("Un incontro tecnico sulla mobilità si è svolto.", ["technical_meeting"]),
        ("Um encontro regional sobre mobilidade decorreu.", ["other"]),
        # not those nouns: a table, a verb
        ("La mesa del ministro estaba lista.", []),
        ("La tavola calda era chiusa.", []),
        ("Les ministres vont rencontrer les partenaires.", []),
        ("Es difícil encontrar una solución.", []),
        ("Bisogna incontrare le autorità.", []),
        ("É preciso encontrar soluções.", []),
        # training sessions (es/it/pt)
        ("Un corso di formazione per funzionari consolari.", ["training"]),
        ("Due corsi di formazione per funzionari consolari.", ["training"]),
        ("Una sesión de formación sobre fraude documental.", ["training"]),
        ("Una sessione di formazione sul rimpatrio.", ["training"]),
        ("Uma ação de formação sobre fraude documental.", ["training"]),
        ("Una formación sobre fraude documental para 30 agentes.", ["training"]),
        ("Una formazione per 25 funzionari consolari.", ["training"]),
        ("Uma formação para 20 agentes de fronteira.", ["training"]),
        # after the definite article, with a verb that holds it in its clause
        ("La formación del Proceso de Rabat celebrada en Dakar reunió a 40 agentes.", ["training"]),
        ("A formação do Processo de Rabat, realizada na Praia, reuniu 40 agentes.", ["training"]),
        ("La formazione del Processo di Khartoum svoltasi a Roma è stata utile.", ["training"]),
        # ... but not without one, nor as education that is held
        ("La formación de los agentes es una prioridad.", []),
        ("La formazione dei funzionari resta una priorità.", []),
        ("La formación profesional celebrada por el ministerio.", []),
        # education in general, or another course
        ("Il corso del fiume cambia.", []),
        ("La formación profesional de los jóvenes migrantes.", []),
        ("Una formación profesional para los jóvenes.", []),
        ("L'accesso alla formazione dei migranti.", []),
        ("Uma formação profissional para jovens.", []),
        # met one another (it/es/pt)
        ("Le delegazioni si sono incontrate a Tripoli.", ["other"]),
        ("Las delegaciones se encontraron en Rabat.", ["other"]),
        ("As delegações encontraram-se em Luanda.", ["other"]),
        ("Os parceiros se encontraram em Luanda.", ["other"]),
        ("Le delegazioni hanno incontrato il ministro.", []),
        ("Las delegaciones encontraron dificultades.", []),
        ("As delegações encontraram soluções.", []),
    ],
)
def test_round_tables_encounters_trainings_in_every_language(text: str, kinds: list[str]) -> None:
    assert [k.kind for k in find_kinds(text)] == kinds


@pytest.mark.parametrize(
    ("text", "kind", "city"),
    [
        # a meeting that prepares the ministerial conference is not the conference, and
        # its place is its own
        ("An expert meeting preparatory to the Ministerial Conference took place in "
         "Brussels on 1 September 2026.", "technical_meeting", "Brussels"),
        ("A preparatory meeting for the Ministerial Conference was held in Rome on "
         "10 October 2026.", "other", "Rome"),
        ("A meeting to prepare the Ministerial Conference was held in Rome on "
         "10 October 2026.", "other", "Rome"),
        ("Une réunion préparatoire à la conférence ministérielle s'est tenue à Rome le "
         "10 octobre 2026.", "other", "Rome"),
        ("La réunion préparatoire de la conférence ministérielle s'est tenue à Rome le "
         "10 octobre 2026.", "other", "Rome"),
        ("Una reunión de expertos preparatoria de la conferencia ministerial se celebró en "
         "Bruselas el 8 de septiembre de 2026.", "technical_meeting", "Brussels"),
        ("Una riunione preparatoria della conferenza ministeriale si è svolta a Roma il "
         "10 ottobre 2026.", "other", "Rome"),
        ("Uma reunião preparatória da conferência ministerial realizou-se em Lisboa a "
         "10 de outubro de 2026.", "other", "Lisbon"),
        ("Una reunión técnica en preparación de la conferencia ministerial se celebró en "
         "Rabat el 3 de junio de 2026.", "technical_meeting", "Rabat"),
        ("Una riunione tecnica in preparazione della conferenza ministeriale si è svolta a "
         "Roma il 3 giugno 2026.", "technical_meeting", "Rome"),
        ("Uma reunião técnica em preparação da conferência ministerial realizou-se em "
         "Lisboa a 3 de junho de 2026.", "technical_meeting", "Lisbon"),
        ("In the run-up to the Ministerial Conference, an expert meeting took place in "
         "Rabat on 3 June 2026.", "technical_meeting", "Rabat"),
        # the conference itself
        ("The Ministerial Conference was held in Rome on 10 October 2026.",
         "ministerial_conference", "Rome"),
        ("La conférence ministérielle s'est tenue à Rome le 10 octobre 2026.",
         "ministerial_conference", "Rome"),
        ("La conferencia ministerial se celebró en Roma el 10 de octubre de 2026.",
         "ministerial_conference", "Rome"),
        ("La conferenza ministeriale si è svolta a Roma il 10 ottobre 2026.",
         "ministerial_conference", "Rome"),
        ("A conferência ministerial realizou-se em Lisboa a 10 de outubro de 2026.",
         "ministerial_conference", "Lisbon"),
        # the preparation told after the conference: still the conference
        ("The Ministerial Conference, prepared by experts, was held in Rome on "
         "10 October 2026.", "ministerial_conference", "Rome"),
    ],
)  # fmt: skip
def test_a_preparatory_meeting_is_not_the_conference(text: str, kind: str, city: str) -> None:
    assert [(r.kind, r.city) for r in extract_text(text, "x", _REF)] == [(kind, city)]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # a relation that opens the clause places the related meeting
        ("Ahead of the Ministerial Conference in Rome, senior officials met in Rabat on "
         "3 May 2026.", "Rabat"),
        # an aside after a comma places the related meeting itself
        ("The workshop came a week after the Ministerial Conference, held in Egypt on "
         "9 April 2026.", None),
    ],
)  # fmt: skip
def test_the_place_after_a_related_noun(text: str, city: str | None) -> None:
    records = extract_text(text, "x", _REF)
    assert records[0].city == city


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # an online consultation, a technical day, a Portuguese workshop
        ("The Process held an online consultation with partners.", ["other"]),
        ("Une consultation en ligne a réuni les partenaires.", ["other"]),
        ("Una consulta virtual reunió a los socios.", ["other"]),
        ("Una consultazione online ha riunito i partner.", ["other"]),
        ("Una jornada técnica sobre migración circular.", ["technical_meeting"]),
        ("Jornadas técnicas sobre retorno.", ["technical_meeting"]),
        ("Uma oficina sobre gestão de fronteiras.", ["workshop"]),
        ("Uma oficina de capacitação para agentes.", ["workshop"]),
        # a consultation of a document, a working day, an office
        ("The draft is open for public consultation.", []),
        ("Una jornada laboral de ocho horas.", []),
        ("La oficina regional de la OIM en Dakar.", []),
        ("La oficina de enlace abrió.", []),
    ],
)
def test_online_consultations_technical_days_and_oficinas(text: str, kinds: list[str]) -> None:
    assert [k.kind for k in find_kinds(text)] == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # plural nouns listed together are sorts of activity
        ("Activities include thematic meetings, workshops and trainings.", []),
        ("Le projet finance des séminaires et des réunions techniques.", []),
        ("El proyecto financia talleres y seminarios.", []),
        ("Il progetto finanzia seminari e riunioni tecniche.", []),
        ("O projeto apoia seminários e reuniões técnicas.", []),
        # counted, singular, or people who met: meetings
        ("Two workshops and three seminars were held in Dakar.", ["workshop", "workshop"]),
        ("A workshop and a seminar were held in Dakar.", ["workshop", "workshop"]),
        ("The workshops in Dakar and Bamako were useful.", ["workshop"]),
        ("Ministers and senior officials met in Rabat.", ["ministerial_conference"]),
    ],
)
def test_plural_nouns_listed_together_are_sorts_of_activity(text: str, kinds: list[str]) -> None:
    assert [k.kind for k in find_kinds(text)] == kinds


def test_a_project_page_listing_its_activities_has_no_meeting() -> None:
    text = (
        "Project: Support to the Rabat Process\n\n"
        "The project runs from January 2024 to December 2027 in the partner countries. "
        "Its activities include thematic meetings, workshops and trainings.\n"
    )
    assert extract_text(text, "x", _REF) == []


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        # the hybrid word first, then its parts: hybrid
        ("The workshop will be held in a hybrid format in Kampala on 14 January 2027: "
         "delegations may attend in person or connect online.", "hybrid"),
        ("La réunion se tiendra en format hybride à Dakar le 3 mai 2027 : les délégations "
         "pourront y assister en présentiel ou en ligne.", "hybrid"),
        # every format offered: nothing said
        ("The workshop in Kampala on 14 January 2027 can be followed online, in a hybrid room "
         "or in person.", None),
        # hybrid threats are a topic: the meeting was in person
        ("The Budapest Process workshop on hybrid threats took place in Riga on 3 May 2025, "
         "with 55 participants attending in person.", "in_person"),
    ],
)  # fmt: skip
def test_the_one_format_of_a_sentence(text: str, fmt: str | None) -> None:
    [record] = extract_text(text, reference_date=date(2026, 11, 23))
    assert record.format == fmt


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the date's sentence names no kind: the page's first line does, not the background
        ("Concept note – Rabat Process thematic meeting on youth and migration\n\nBackground\n"
         "The Rabat Process has addressed youth mobility since its ministerial conference in "
         "Marrakesh in 2018.\n\nPractical information\nThe meeting will take place on 18-19 March "
         "2027 in Nouakchott.\n", "thematic_meeting"),
        # the date's sentence names one: it is the meeting's
        ("Concept note – Rabat Process thematic meeting on youth and migration\n\nBackground\n"
         "The workshop will take place on 18-19 March 2027 in Nouakchott.\n", "workshop"),
    ],
)  # fmt: skip
def test_the_first_lines_kind_when_the_dates_sentence_names_none(text: str, kind: str) -> None:
    records = extract_text(text, reference_date=date(2026, 11, 23))
    assert [r.kind for r in records if r.start == "2027-03-18"] == [kind]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # peers who meet, and a dialogue's Steering Group that meets
        ("The MTM city-to-city peer exchange took place in Lyon.", ["other"]),
        ("Un échange entre pairs a eu lieu à Dakar.", ["other"]),
        ("Un intercambio entre pares tuvo lugar en Rabat.", ["other"]),
        ("The Steering Group meeting took place in Vienna.", ["steering_committee"]),
        ("The meeting of the Steering Group was held in Vienna.", ["steering_committee"]),
        # a peer review, a Steering Group as a body: no meeting
        ("A peer review of the plan was published.", []),
        ("The Steering Group adopted the plan.", []),
    ],
)
def test_peer_exchanges_and_steering_groups(text: str, kinds: list[str]) -> None:
    assert [m.kind for m in find_kinds(text)] == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # ministerial consultations, forums, conventions, technical tables
        ("The Colombo Process Ministerial Consultation took place in Dhaka.",
         ["ministerial_conference"]),
        ("La consulta ministerial del Diálogo de Abu Dabi.", ["ministerial_conference"]),
        ("La consultazione ministeriale si è svolta a Colombo.", ["ministerial_conference"]),
        ("El Foro Iberoamericano sobre Migración se celebró en Madrid.", ["other"]),
        ("O Fórum regional sobre migração realizou-se em Lisboa.", ["other"]),
        ("The regional forum on migration took place in Accra.", ["other"]),
        ("Le forum régional sur la migration s'est tenu à Dakar.", ["other"]),
        ("Il convegno sulla migrazione si è svolto a Roma.", ["other"]),
        ("Il tavolo tecnico del Processo si è riunito a Roma.", ["technical_meeting"]),
        ("La jornada sobre migración se celebró en Madrid.", ["other"]),
        # a web forum, a working day, a bare consultation of ministers' views are none
        ("Join the discussion on our online forum.", []),
        ("La jornada laboral de los funcionarios.", []),
    ],
)  # fmt: skip
def test_consultations_forums_and_technical_tables(text: str, kinds: list[str]) -> None:
    assert [k.kind for k in find_kinds(text)] == kinds


@pytest.mark.parametrize(
    ("text", "formats"),
    [
        ("La reunión se celebró por vía telemática.", ["virtual"]),
        ("La riunione si è svolta da remoto.", ["virtual"]),
        ("La reunión técnica se celebró en formato semipresencial.", ["hybrid"]),
        ("La reunión se celebró en modalidad mixta.", ["hybrid"]),
        ("La riunione si è svolta in modalità mista.", ["hybrid"]),
        ("A reunião decorreu em modalidade mista.", ["hybrid"]),
        ("The workshop was held in a blended format.", ["hybrid"]),
        # "da" and "modalità" alone say no format
        ("Da Roma a Milano in due ore.", []),
        ("La modalità di lavoro è cambiata.", []),
    ],
)
def test_online_and_hybrid_in_spanish_italian_and_portuguese(text: str, formats: list[str]) -> None:
    assert [f.format for f in find_formats(text)] == formats


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        ("Un webinaire sur la migration des jeunes a été organisé.", "virtual"),
        ("Se celebró un webinario sobre retorno.", "virtual"),
        ("Foi realizado um webinário sobre retorno.", "virtual"),
        ("The workshop took place online.", "virtual"),
        ("An online workshop took place.", "virtual"),
        ("La réunion s'est tenue en ligne.", "virtual"),
    ],
)
def test_a_meeting_on_the_web(text: str, fmt: str) -> None:
    assert [f.format for f in find_formats(text)] == [fmt]


@pytest.mark.parametrize(
    "text",
    [
        # the web as the meeting's topic
        "A workshop on online recruitment by smuggling networks took place in Dakar.",
        "The meeting discussed online scams and online advertising of smuggling services.",
        "Experts met to address online hate and online exploitation of migrants.",
        "Un atelier sur la désinformation en ligne s'est tenu à Dakar.",
        "La réunion a porté sur le recrutement en ligne et la fraude en ligne.",
    ],
)
def test_the_web_as_a_topic_is_no_format(text: str) -> None:
    assert find_formats(text) == []


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("A capacity-building session for labour inspectors was held.", ["training"]),
        ("Une session de renforcement des capacités s'est tenue.", ["training"]),
        ("Una sesión de fortalecimiento de capacidades se celebró.", ["training"]),
        ("Una sessione di rafforzamento delle capacità si è svolta.", ["training"]),
        ("Uma sessão de capacitação decorreu.", ["training"]),
        # capacity building as an aim is no session
        ("The project supports capacity building in the region.", []),
    ],
)
def test_capacity_building_sessions_are_trainings(text: str, kinds: list[str]) -> None:
    assert [k.kind for k in find_kinds(text)] == kinds


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a verb of meeting in the present after its subject
        ("Senior officials of the Prague Process are meeting today in Ljubljana.",
         "senior_officials_meeting"),
        ("Les hauts fonctionnaires se réunissent aujourd'hui à Dakar.",
         "senior_officials_meeting"),
        ("Les ministres se réunissent au Caire.", "ministerial_conference"),
        ("Los altos funcionarios se reúnen hoy en Dakar.", "senior_officials_meeting"),
        ("I ministri si riuniscono a Roma.", "ministerial_conference"),
        ("Os ministros reúnem-se em Luanda.", "ministerial_conference"),
        ("The partners meet in Dakar.", "other"),
    ],
)  # fmt: skip
def test_a_meeting_verb_in_the_present(text: str, kind: str) -> None:
    # the subject's kind comes first ("are meeting" is also read as the noun "meeting")
    assert [k.kind for k in find_kinds(text)][:1] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        # no verb of meeting: the people alone
        "Senior officials are preparing the report.",
        "Les ministres réunissent les fonds.",
        "The partners meet the criteria.",
    ],
)
def test_no_meeting_verb_in_the_present(text: str) -> None:
    assert [k.kind for k in find_kinds(text)] == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a second meeting added after the date does not give the dated one its kind
        ("We will host the Senior Officials' Meeting in Abidjan on 14–15 April 2026, and a "
         "thematic meeting on legal pathways later in the year.", "senior_officials_meeting"),
        ("Côte d'Ivoire hosted the Senior Officials' Meeting in Abidjan on 14-15 April 2026 "
         "and a workshop on return in Yamoussoukro.", "senior_officials_meeting"),
        ("La Côte d'Ivoire a accueilli la réunion des hauts fonctionnaires à Abidjan les 14 "
         "et 15 avril 2026, ainsi qu'un atelier sur le retour à Yamoussoukro.",
         "senior_officials_meeting"),
        # the noun right after the date with no conjunction is the dated meeting's
        ("On 14-15 April 2026 a thematic meeting on legal pathways took place in Abidjan.",
         "thematic_meeting"),
        ("The partners met in Abidjan on 14-15 April 2026 for a thematic meeting on legal "
         "pathways.", "thematic_meeting"),
    ],
)  # fmt: skip
def test_a_meeting_added_after_the_date_is_another(text: str, kind: str) -> None:
    records = extract_text(text, "x", date(2026, 11, 23))
    assert records
    assert records[0].kind == kind


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # an event named for what it is
        ("A high-level event of the Khartoum Process", ["other"]),
        ("the stocktaking event was held", ["other"]),
        ("a launch event for the study", ["other"]),
        ("un événement de haut niveau du Processus", ["other"]),
        ("un evento de alto nivel del Proceso", ["other"]),
        ("un evento di alto livello", ["other"]),
        ("A high-level dialogue of the Rabat Process", ["other"]),
        ("A peer review session of the Budapest Process", ["other"]),
        # "events" alone name none
        ("Upcoming events", []),
        ("The event will take place in Dakar.", []),
        ("Les événements du mois", []),
    ],
)
def test_an_event_named_for_what_it_is(text: str, kinds: list[str]) -> None:
    assert [k.kind for k in find_kinds(text)] == kinds


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        # in person and at a distance in one sentence: hybrid
        ("The Rabat Process workshop took place in Dakar on 3 May 2026. 38 participants "
         "attended in person and 12 online.", "hybrid"),
        ("La réunion du Processus de Rabat s'est tenue à Dakar le 3 mai 2026, en présentiel "
         "et en ligne.", "hybrid"),
        ("La reunión del Proceso de Rabat se celebró en Dakar el 3 de mayo de 2026 en formato "
         "presencial y virtual.", "hybrid"),
        # the formats of many meetings say nothing of this one
        ("The Rabat Process workshop took place in Dakar on 3 May 2026. Over the programme "
         "the partners met in person, online and in mixed formats.", None),
    ],
)  # fmt: skip
def test_in_person_and_online_is_hybrid(text: str, fmt: str | None) -> None:
    [record] = extract_text(text, "x", date(2026, 11, 23))
    assert record.format == fmt


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # the meeting of an expert group, in five languages
        ("Meeting of the expert group of the Rabat Process", ["technical_meeting"]),
        ("Réunion du groupe d'experts du Processus de Rabat", ["technical_meeting"]),
        ("Reunión del grupo de expertos del Proceso de Rabat", ["technical_meeting"]),
        ("Riunione del gruppo di esperti", ["technical_meeting"]),
        ("Reunião do grupo de peritos", ["technical_meeting"]),
        # the group alone is a body
        ("The expert group drafted the report.", []),
    ],
)
def test_an_expert_group_s_meeting_is_technical(text: str, kinds: list[str]) -> None:
    assert [k.kind for k in find_kinds(text)] == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # more meeting nouns in Spanish, Italian and Portuguese
        ("un evento a margine", ["side_event"]),
        ("un acto paralelo", ["side_event"]),
        ("um evento à margem", ["side_event"]),
        ("una visita sobre el terreno", ["field_visit"]),
        ("una visita sul campo", ["field_visit"]),
        ("un curso sobre trata de personas", ["training"]),
        ("un corso sulla tratta", ["training"]),
        ("uma capacitação sobre tráfico", ["training"]),
        ("el Comité de Pilotaje", ["steering_committee"]),
        ("un incontro tecnico", ["technical_meeting"]),
        ("una reunión de especialistas", ["technical_meeting"]),
        ("um colóquio sobre migrações", ["other"]),
        ("la cúpula do Mercosul", ["other"]),
        # not meetings: a course of a river, a talk between two ministers, a stage of a trip
        ("el curso del río", []),
        ("un colloquio con il ministro", []),
        ("una visita al museo", []),
    ],
)
def test_more_meeting_nouns_in_spanish_italian_and_portuguese(text: str, kinds: list[str]) -> None:
    assert [k.kind for k in find_kinds(text)] == kinds
