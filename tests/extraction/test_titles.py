"""A meeting's own name."""

from __future__ import annotations

from datetime import date

import pytest

from processus.extraction import extract_text
from processus.extraction.titles import find_titles


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("attended the Thematic Meeting on Labour Migration and Skills in Accra",
         "Thematic Meeting on Labour Migration and Skills"),
        ('held a Technical Meeting on "Data Sharing between Border Agencies" in May',
         "Technical Meeting on Data Sharing between Border Agencies"),
        ("the 4th Ministerial Conference of the Rabat Process opened",
         "4th Ministerial Conference of the Rabat Process"),
        ("Our Joint High-Level Meeting starts", "Joint High-Level Meeting"),
        # a meeting held at a centre keeps its own name
        ("the International Conference on Migration Data opened at the Centre",
         "International Conference on Migration Data"),
        ("la 3e Conférence ministérielle euro-africaine a été ouverte",
         "3e Conférence ministérielle euro-africaine"),
        ("Réunion thématique sur « la migration de travail »",
         "Réunion thématique sur la migration de travail"),
        ('a side event entitled "Seasonal Work: Lessons Learnt" on 3 May',
         "Seasonal Work: Lessons Learnt"),
        ("une réunion intitulée « Villes et migrations : quel rôle ? » à Lyon",
         "Villes et migrations : quel rôle ?"),
        ('a thematic meeting on "Skills, Jobs and Mobility" in Accra', "Skills, Jobs and Mobility"),
        ('"Skills for Jobs": thematic meeting in Accra', "Skills for Jobs"),
        ("« Villes et migrations » : rencontre à Lyon", "Villes et migrations"),
        ("the Thematic Meeting on the Role of Diaspora Investment: Lessons from Cities",
         "Thematic Meeting on the Role of Diaspora Investment: Lessons from Cities"),
        ("the Lomé Summit on Migration took place", "Summit on Migration"),
        ("la première Conférence ministérielle euro-africaine sur la migration s'est tenue",
         "Conférence ministérielle euro-africaine"),
        ("the Global Forum on Migration and Development met in Quito",
         "Global Forum on Migration and Development"),
    ],
)  # fmt: skip
def test_titles(text: str, title: str) -> None:
    found = find_titles(text)
    assert found and found[0].title == title
    assert text[found[0].start : found[0].end] == found[0].text


@pytest.mark.parametrize(
    "text",
    [
        "a Thematic Meeting exclusively focused on trade",
        "the Ministerial Conference on 13-14 December 2022",
        "the meeting on labour migration",
        "a Thematic Meeting.",
        'He said "Thank you all" to the partners.',
        'the meeting was "useful" for all',
        # a building named after a meeting noun is the venue
        "held at the Accra International Conference Centre on 5 May",
        "in the Summit Hall of the ministry",
    ],
)
def test_no_title(text: str) -> None:
    assert find_titles(text) == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Concept note – Rabat Process Thematic Meeting on Regular Migration\nVersion of 2 May",
         "Thematic Meeting on Regular Migration"),
        ("Thematic Meeting on Labour Migration\nAccra, 3 May 2019",
         "Thematic Meeting on Labour Migration"),
        ("Joint Meeting on Skills and Mobility\n\nThe Khartoum Process",
         "Joint Meeting on Skills and Mobility"),
    ],
)  # fmt: skip
def test_a_title_stops_at_the_end_of_its_line(text: str, title: str) -> None:
    assert [t.title for t in find_titles(text)] == [title]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Note conceptuelle – Réunion thématique du Processus de Rabat sur la gestion des "
         "frontières\nVersion du 3 mai 2023\n\nLa réunion aura lieu à Rabat.",
         "Réunion thématique du Processus de Rabat sur la gestion des frontières"),
        ("Concept note – Thematic meeting on humane border management\n\nThe meeting opens.",
         "Thematic meeting on humane border management"),
        ("Atelier consacré à la migration de travail\nLomé, 3 mai 2021",
         "Atelier consacré à la migration de travail"),
        ("Concept note | Thematic meeting on the protection of refugees | Kigali, May 2026\n",
         "Thematic meeting on the protection of refugees"),
        ("Atelier régional sur la lutte contre le trafic de migrants – Niamey, 2026\n",
         "Atelier régional sur la lutte contre le trafic de migrants"),
        ("Workshop on return and reintegration\nAbidjan, 3 May 2026",
         "Workshop on return and reintegration"),
        # a dialogue named by its acronym inside the name
        ("Atelier régional du MIDWA sur la gestion des frontières\nBamako, 3 mai 2026",
         "Atelier régional du MIDWA sur la gestion des frontières"),
        ("Regional workshop of MIDSA on labour migration\nMaputo, 3 May 2026",
         "Regional workshop of MIDSA on labour migration"),
        ("Taller regional del MIDWA sobre gestión de fronteras\nBamako, 3 de mayo de 2026",
         "Taller regional del MIDWA sobre gestión de fronteras"),
    ],
)  # fmt: skip
def test_heading_titles_in_sentence_case(text: str, title: str) -> None:
    head_end = text.index("\n")
    found = find_titles(text, head_end=head_end)
    assert [t.title for t in found] == [title]
    assert text[found[0].start : found[0].end] == found[0].text


def test_a_lower_case_word_after_du_is_no_acronym() -> None:
    text = "Atelier régional du pays sur la gestion des frontières\nBamako, 3 mai 2026"
    assert find_titles(text, head_end=text.index("\n")) == []


def test_sentence_case_topics_are_titles_only_in_headings() -> None:
    text = "Partners agreed that a thematic meeting on border management would follow."
    assert find_titles(text, head_end=len(text)) == []
    later = "Intro line\n\nLa réunion thématique sur la gestion des frontières"
    assert find_titles(later, head_end=10) == []


@pytest.mark.parametrize(
    ("text", "qualifier", "title"),
    [
        (
            "the conclusions of the Valletta Senior Officials' Meeting held in Addis Ababa",
            "Valletta",
            "Valletta Senior Officials' Meeting",
        ),
        ("before the Rabat Thematic Meeting opened", "Rabat", "Rabat Thematic Meeting"),
    ],
)
def test_a_place_before_the_meeting_noun_names_it(text: str, qualifier: str, title: str) -> None:
    start = text.index(qualifier)
    found = find_titles(text, qualifiers={start + len(qualifier): start})
    assert [t.title for t in found] == [title]
    assert find_titles(text) == [] or find_titles(text)[0].title != title


@pytest.mark.parametrize(
    "text",
    [
        '"We must act together": ministerial conference in Rome closes',
        "« Nous devons agir ensemble » : la conférence ministérielle s'achève",
        "Meeting on 3 May 2026\nAccra",
    ],
)
def test_sayings_and_dates_are_no_names(text: str) -> None:
    assert find_titles(text, head_end=text.find("\n") if "\n" in text else len(text)) == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("The Thematic Meeting on Asylum and International Protection took place in Rabat on "
         "4 March 2024.", "Thematic Meeting on Asylum and International Protection"),
        ("Workshop on Data Sharing will open in Tunis on 4 March 2024",
         "Workshop on Data Sharing"),
        ("Atelier sur le retour volontaire a eu lieu à Dakar le 4 mars 2024",
         "Atelier sur le retour volontaire"),
    ],
)  # fmt: skip
def test_a_name_read_to_the_end_of_its_line_stops_at_the_verb(text: str, title: str) -> None:
    [record] = extract_text(text)
    assert record.title == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Ghana to host Regional Conference on Labour Mobility on Thursday",
         "Regional Conference on Labour Mobility"),
        ("The Regional Forum on Border Management in May gathered experts.",
         "Regional Forum on Border Management"),
        # a capitalised word that is no date stays in the name
        ("The Regional Conference on Labour Mobility and Skills opened.",
         "Regional Conference on Labour Mobility and Skills"),
    ],
)  # fmt: skip
def test_a_date_after_a_name_is_not_part_of_it(text: str, title: str) -> None:
    assert [t.title for t in find_titles(text)] == [title]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a name after "ahead of", "en marge de" is another meeting's: the title is composed
        (
            "High-level meeting ahead of the Valletta Summit review\n\n"
            "A high-level meeting of the partners was held in Brussels on 9 December 2025.",
            "Meeting, Brussels, December 2025",
        ),
        (
            "Réunion technique en marge du 3e Sommet de Lomé\n\n"
            "Une réunion technique s'est tenue à Lomé le 9 décembre 2025.",
            "Technical meeting, Lomé, December 2025",
        ),
        # the same shape naming the record's own meeting keeps it
        (
            "Fourth Ministerial Conference of the Lomé Process\n\n"
            "The Fourth Ministerial Conference of the Lomé Process was held in Lomé on "
            "9 December 2025.",
            "Fourth Ministerial Conference of the Lomé Process",
        ),
    ],
)
def test_a_name_told_in_relation_is_not_the_title(text: str, title: str) -> None:
    records = extract_text(text, source="page.txt", reference_date=date(2026, 11, 23))
    assert records and records[0].title == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # field visits and training sessions are named in headings too
        ("Study visit on border reception\n", "Study visit on border reception"),
        ("Study visit to Lisbon on labour mobility\n", "Study visit to Lisbon on labour mobility"),
        ("Atelier de formation sur l'identification des victimes (Bamako)\n",
         "Atelier de formation sur l'identification des victimes"),
        ("Visite d'étude sur l'accueil des réfugiés\n",
         "Visite d'étude sur l'accueil des réfugiés"),
        # a place and a date after the name are not part of it
        ("Agenda – Thematic Meeting on Seasonal Work, Accra, 4-5 March 2026\n",
         "Thematic Meeting on Seasonal Work"),
        ("Réunion technique sur la migration de retour, Lomé, juin 2026\n",
         "Réunion technique sur la migration de retour"),
        # a meeting noun labelling a name
        ("Webinar: Seasonal work between Africa and Europe\n",
         "Webinar: Seasonal work between Africa and Europe"),
        ("Webinaire : la mobilité des étudiants, Dakar, 3 mars 2026\n",
         "Webinaire : la mobilité des étudiants"),
    ],
)  # fmt: skip
def test_heading_names_of_visits_trainings_and_labelled_names(text: str, title: str) -> None:
    found = find_titles(text, head_end=text.index("\n"))
    assert [t.title for t in found] == [title]


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("Note: the webinar was postponed\n", []),  # no meeting noun labels the name
        ("Workshop materials: slides and notes\n", []),  # the noun does not stand before ":"
        ("Study visits were organised in 2024 on many topics.\n", []),  # a sentence
        # a lower-case aside in brackets is no city; a year inside the topic is no date tail
        ("Agenda – Thematic Meeting on Seasonal Work (draft)\n",
         ["Thematic Meeting on Seasonal Work (draft)"]),
        ("Workshop on return, 2026 edition of the guide\n",
         ["Workshop on return, 2026 edition of the guide"]),
        # a lower-case noun after a proper name describes the meeting
        ("Khartoum Process webinar on digital tools for victims\n", []),
    ],
)  # fmt: skip
def test_heading_look_alikes_keep_their_reading(text: str, titles: list[str]) -> None:
    assert [t.title for t in find_titles(text, head_end=text.index("\n"))] == titles


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ('the 2nd Study visit on "Reception of Asylum Seekers" took place',
         ["2nd Study visit on Reception of Asylum Seekers"]),
        ("Le 3e Atelier de formation sur « La traite des personnes » a eu lieu",
         ["3e Atelier de formation sur La traite des personnes"]),
        ("la Visite d'étude conjointe à Madrid", ["Visite d'étude conjointe"]),
        ("the Regional Training Session on Border Management",
         ["Regional Training Session on Border Management"]),
        # a generic visit or training in running prose is a kind, not a name
        ("a study visit on asylum reception took place", []),
        ("une visite d'étude sur l'asile a eu lieu", []),
        ("un atelier de formation sur l'asile a eu lieu", []),
    ],
)  # fmt: skip
def test_visits_and_training_workshops_named_in_prose(text: str, titles: list[str]) -> None:
    assert [t.title for t in find_titles(text)] == titles


# a calendar that writes each date above its entry's title, after a paragraph of prose (so
# the first date is the fourth line of the page, the last one its header is read from)
_DATES_ABOVE_TITLES = """Budapest Process – Meetings planned for 2027
Updated on 4 January 2027

The secretariat lists the meetings below; invitations follow about a month ahead.

9 February 2027
Thematic meeting on visa cooperation and document security in the Silk Routes region (Ankara)

14-15 April 2027
Senior Officials' Meeting (Tashkent)
"""


def test_entry_titles_under_their_dates_are_given_titles() -> None:
    first, second = extract_text(_DATES_ABOVE_TITLES)
    assert (first.start, first.city) == ("2027-02-09", "Ankara")
    assert first.title == (
        "Thematic meeting on visa cooperation and document security in the Silk Routes region"
    )
    assert (second.start, second.end, second.city) == ("2027-04-14", "2027-04-15", "Tashkent")


@pytest.mark.parametrize(
    "below",
    [
        # a headline under the page's date is no calendar entry: the date stays the page's
        "Senior officials of the Budapest Process agree on a new work plan for the region",
        # a sentence of prose, even one that ends with a city in brackets
        "The meeting will discuss visa cooperation with the host (Ankara).",
    ],
)
def test_a_date_above_a_headline_or_prose_stays_the_pages(below: str) -> None:
    text = f"Budapest Process news\n9 February 2027\n{below}\n\nMore to follow.\n"
    assert all(r.start != "2027-02-09" for r in extract_text(text))


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # a quoted name announced in Spanish, Italian or Portuguese
        ('un seminario web titulado "Proteger a las víctimas" el 5 de mayo',
         ["Proteger a las víctimas"]),
        ('una reunión con el título "Movilidad laboral segura" en Rabat',
         ["Movilidad laboral segura"]),
        ('un seminario dal titolo "Migrazione e clima nel Sahel" a Niamey',
         ["Migrazione e clima nel Sahel"]),
        ('un incontro intitolato "Rotte sicure" a Tunisi', ["Rotte sicure"]),
        ('um workshop intitulado "Proteção de migrantes" em Bissau',
         ["Proteção de migrantes"]),
        ('uma reunião sob o tema "Mobilidade e emprego" em Praia', ["Mobilidade e emprego"]),
        ('"Rotas seguras": encontro regional em Praia', ["Rotas seguras"]),
        ('"Rutas seguras": taller regional en Dakar', ["Rutas seguras"]),
        # typographic quotes
        ("a webinar entitled “Digital Tools for Consular Services” on 22 April",
         ["Digital Tools for Consular Services"]),
        ("un taller titulado “Rutas seguras” en Dakar", ["Rutas seguras"]),
        # quotes that name no meeting: a saying, a word in lower case, no lead
        ('El ministro dijo: "Debemos actuar juntos" en Rabat', []),
        ('Il ministro ha detto "Dobbiamo agire insieme" a Roma', []),
        ("un taller titulado “rutas seguras” en Dakar", []),
        ('O relatório "Migração em números" foi publicado.', []),
        ("The report “Migration in Figures” was published.", []),
    ],
)  # fmt: skip
def test_quoted_names_in_every_language(text: str, titles: list[str]) -> None:
    assert [t.title for t in find_titles(text)] == titles


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # an ordinal, a distinguishing modifier or a capitalised topic names the meeting
        ("A Segunda Conferência Ministerial do Processo de Rabat realizou-se em Paris.",
         ["Segunda Conferência Ministerial do Processo de Rabat"]),
        ("La Tercera Conferencia Ministerial se celebró en Dakar.",
         ["Tercera Conferencia Ministerial"]),
        ("La Reunión Temática sobre Migración Laboral se celebró en Accra.",
         ["Reunión Temática sobre Migración Laboral"]),
        ("La Conferenza ministeriale euro-africana si è aperta.",
         ["Conferenza ministeriale euro-africana"]),
        ("La Riunione congiunta dei Processi di Rabat e di Khartoum si è aperta.",
         ["Riunione congiunta dei Processi di Rabat e di Khartoum"]),
        ("A Reunião Conjunta de Alto Nível do Processo de Cartum e do Processo de Rabat "
         "teve lugar.",
         ["Reunião Conjunta de Alto Nível do Processo de Cartum e do Processo de Rabat"]),
        ("El Foro Regional sobre Movilidad Laboral abrió sus puertas.",
         ["Foro Regional sobre Movilidad Laboral"]),
        ("La Prima Riunione tecnica sulla Tratta di Persone.",
         ["Prima Riunione tecnica sulla Tratta di Persone"]),
        # a kind, not a name: lower case, no topic in capitals, no modifier of a name
        ("la reunión temática sobre migración laboral se celebró en Accra.", []),
        ("La Reunión Temática se celebró en Accra.", []),
        ("La Riunione tecnica si è svolta a Roma.", []),
        ("A Reunião Técnica decorreu em Lisboa.", []),
        ("Una reunión en Dakar.", []),
    ],
)  # fmt: skip
def test_names_in_spanish_italian_and_portuguese(text: str, titles: list[str]) -> None:
    assert [t.title for t in find_titles(text)] == titles


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # a heading naming a meeting and its topic in sentence case (es/it/pt)
        ("Riunione tematica del Processo di Khartoum sulla tratta di esseri umani\nTesto.",
         ["Riunione tematica del Processo di Khartoum sulla tratta di esseri umani"]),
        ("Taller regional sobre gestión de fronteras, Dakar, 3 de mayo de 2026\nTexto.",
         ["Taller regional sobre gestión de fronteras"]),
        ("Nota conceptual – Reunión temática sobre migración laboral\nTexto.",
         ["Reunión temática sobre migración laboral"]),
        ("Encontro regional sobre migração laboral\nTexto.",
         ["Encontro regional sobre migração laboral"]),
        # not a heading's name: no topic, a lower-case noun, a sentence
        ("Riunione tematica del Processo di Khartoum\nTesto.", []),
        ("Notizie: la riunione tematica sulla tratta\nTesto.", []),
        ("La reunión sobre migración se celebró en Dakar. Otra frase\nTexto.", []),
    ],
)  # fmt: skip
def test_heading_names_in_spanish_italian_and_portuguese(text: str, titles: list[str]) -> None:
    found = find_titles(text, head_end=text.find("\n"))
    assert [t.title for t in found] == titles


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # a listing's date before the name, in any written form
        ("Calendar\n12/06/2025 Thematic meeting on diaspora, Dakar\n",
         ["Thematic meeting on diaspora"]),
        ("Calendar\n2025-06-12 Thematic meeting on diaspora\n", ["Thematic meeting on diaspora"]),
        ("Calendar\n12 June 2025: Workshop on return and reintegration\n",
         ["Workshop on return and reintegration"]),
        # a place alone at the end of the line is no part of the name; a part of it is
        ("Calendar\n12 June 2025 – Thematic meeting on diaspora, Dakar\n",
         ["Thematic meeting on diaspora"]),
        ("Workshop on labour migration, Phase II\nDakar, 3 May 2025\n",
         ["Workshop on labour migration, Phase II"]),
        # a sentence after a date is no listing's name (the record's title is composed)
        ("Calendar\n12/06/2025 the workshop on diaspora was postponed\n",
         ["Workshop, June 2025"]),
        ("Calendar\nIn 2025 Thematic meetings on diaspora multiplied\n", []),
    ],
)  # fmt: skip
def test_listing_lines_with_a_date_before_or_a_place_after(text: str, titles: list[str]) -> None:
    found = [r.title for r in extract_text(text, reference_date=date(2026, 11, 23))]
    assert found == titles


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a quoted name holds the shorter reading of itself
        ('The "Regional Conference on Labour Migration in West Africa" took place in Accra on '
         "12 November 2025.", "Regional Conference on Labour Migration in West Africa"),
        # a quoted name that opens on its meeting noun, with nothing announcing it
        ("La « Réunion thématique sur la migration légale » s'est tenue à Accra le 12 novembre "
         "2025.", "Réunion thématique sur la migration légale"),
        ('El "Taller regional sobre retorno" se celebró en Accra el 12 de noviembre de 2025.',
         "Taller regional sobre retorno"),
        # a quoted saying that opens on a noun is no name
        ('"Meeting the needs of migrants is our priority", said the minister at the thematic '
         "meeting held in Accra on 12 November 2025.", "Thematic meeting, Accra, November 2025"),
    ],
)  # fmt: skip
def test_quoted_names(text: str, title: str) -> None:
    [record] = extract_text(text, "x", date(2026, 11, 23))
    assert record.title == title


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # a card's title line names the meeting whole, lower-case words and all
        ("Type: Thematic meeting\nTitle: Thematic Meeting on the Fight against Migrant "
         "Smuggling\nDate: 12 March 2025\n",
         ["Thematic Meeting on the Fight against Migrant Smuggling"]),
        ("Titre : Atelier sur la lutte contre le trafic de migrants\nDate : 12 mars 2025\n",
         ["Atelier sur la lutte contre le trafic de migrants"]),
        ("Título: Taller sobre la gestión de fronteras\nFecha: 12 de marzo de 2025\n",
         ["Taller sobre la gestión de fronteras"]),
        ("Titolo: Seminario sulla migrazione di lavoro\nData: 12 marzo 2025\n",
         ["Seminario sulla migrazione di lavoro"]),
        # another field that says "title", or a title line that holds no name
        ("Job title: Programme Officer for the thematic meeting\n", []),
        ("Title: 12 March 2025\n", []),
    ],
)  # fmt: skip
def test_a_cards_title_line(text: str, titles: list[str]) -> None:
    assert [t.title for t in find_titles(text)] == titles


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # every entry of a one-line list keeps its name, the last one too
        ("14 January 2026 – Workshop on border management, Bamako\n"
         "3 March 2026 – Workshop on return and reintegration, Dakar\n"
         "28 May 2026 – Workshop on migration data, Niamey",
         ["Workshop on border management", "Workshop on return and reintegration",
          "Workshop on migration data"]),
        # bullets before the name
        ("• Workshop on labour migration, Ankara, 12 May 2022\n"
         "• Workshop on asylum systems, Izmir, 20 June 2022",
         ["Workshop on labour migration", "Workshop on asylum systems"]),
        # under a year heading, the place and the day without the year are no part of it
        ("2019\nThematic meeting on smuggling, Cairo, 12 March\n"
         "Webinar on return, Nairobi, 9 June",
         ["Thematic meeting on smuggling", "Webinar on return"]),
    ],
)  # fmt: skip
def test_names_of_one_line_entries(text: str, titles: list[str]) -> None:
    records = extract_text(text, "list.txt", date(2026, 11, 23))
    assert [r.title for r in records] == titles


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("A workshop entitled 'Protecting Migrants on the Move' was held in Khartoum on 9 "
         "January 2023.", "Protecting Migrants on the Move"),
        ("Un atelier intitulé ‘Migrations et climat’ s'est tenu à Dakar le 9 janvier 2023.",
         "Migrations et climat"),
        ("Un taller titulado 'Rutas seguras' se celebró en Rabat el 9 de enero de 2023.",
         "Rutas seguras"),
        # an apostrophe is no quotation
        ("The workshop on migrants' rights was held in Khartoum on 9 January 2023.",
         "Workshop, Khartoum, January 2023"),
    ],
)  # fmt: skip
def test_a_name_in_single_quotes_after_entitled(text: str, title: str) -> None:
    [record] = extract_text(text, "page.txt", date(2026, 11, 23))
    assert record.title == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a meeting the date is counted from names no title of this one
        ("Ten years after the Valletta Summit, the Rabat and Khartoum Processes met in "
         "Valletta on 12 November 2025.", "Meeting, Valletta, November 2025"),
        ("The Rabat Process held a thematic meeting in Nairobi on 4 June 2025, on the "
         "anniversary of the Valletta Summit.", "Thematic meeting, Nairobi, June 2025"),
    ],
)  # fmt: skip
def test_a_meeting_counted_from_is_no_title(text: str, title: str) -> None:
    [record] = extract_text(text, "x", date(2026, 11, 23))
    assert record.title == title
