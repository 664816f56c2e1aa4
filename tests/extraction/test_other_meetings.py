"""Meetings told in passing: dated by a year written as their modifier, named by their
year and then by their full date."""

from __future__ import annotations

from datetime import date

import pytest

from processus.extraction import extract_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The request was made at the 2019 Senior Officials' Meeting in Accra. The Rabat Process "
         "thematic meeting took place in Dakar on 3 May 2021.",
         [("senior_officials_meeting", "2019", "Accra"),
          ("thematic_meeting", "2021-05-03", "Dakar")]),
        ("It follows the 2018 Joint Valletta Action Plan (JVAP) Senior Officials' Meeting. The "
         "Rabat Process workshop took place in Dakar on 3 May 2021.",
         [("senior_officials_meeting", "2018", None), ("workshop", "2021-05-03", "Dakar")]),
        # a year that is not the meeting's modifier dates nothing
        ("The 2019 report was presented. The Rabat Process workshop took place in Dakar on "
         "3 May 2021.", [("workshop", "2021-05-03", "Dakar")]),
        ("In 2019 workshops were rare. The Rabat Process workshop took place in Dakar on 3 May "
         "2021.", [("workshop", "2021-05-03", "Dakar")]),
    ],
)  # fmt: skip
def test_a_year_written_as_the_meetings_modifier(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert sorted((r.kind, r.start, r.city) for r in extract_text(text)) == sorted(expected)


def test_a_meeting_named_by_its_year_then_by_its_date_is_one_record() -> None:
    text = (
        "Chisinau to host the 2025 Senior Officials' Meeting\n\n"
        "The Senior Officials' Meeting of the Prague Process will take place in Chisinau on 10 "
        "and 11 April 2025."
    )
    [record] = extract_text(text)
    assert (record.start, record.end, record.city) == ("2025-04-10", "2025-04-11", "Chisinau")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the page's own meeting is placed but not dated; another meeting is dated
        ("La réunion des hauts fonctionnaires du Processus de Rabat tiendra ses travaux jeudi "
         "et vendredi à Rabat. Elle préparera la conférence ministérielle qui se déroulera le "
         "27 novembre 2014 à Rome.",
         [("ministerial_conference", "2014-11-27", "Rome"),
          ("senior_officials_meeting", None, "Rabat")]),
        # a meeting only planned is no record
        ("A senior officials' meeting of the Rabat Process could take place in Rabat. The "
         "ministerial conference took place in Rome on 27 November 2014.",
         [("ministerial_conference", "2014-11-27", "Rome")]),
        # a subject held a meeting of its own with its place, beside another dated one
        ("The Rabat Process held a workshop on diaspora engagement in Praia. The Prague "
         "Process ministerial conference took place in Ljubljana on 3-4 March 2026.",
         [("ministerial_conference", "2026-03-03", "Ljubljana"), ("workshop", None, "Praia")]),
        ("L'OIM a organisé un atelier à Praia. La conférence ministérielle s'est tenue à "
         "Ljubljana les 3 et 4 mars 2026.",
         [("ministerial_conference", "2026-03-03", "Ljubljana"), ("workshop", None, "Praia")]),
        # a meeting of the dated one's kind is that meeting told again
        ("The Rabat Process held a workshop in Praia. The workshop took place on 3 March 2026.",
         [("workshop", "2026-03-03", "Praia")]),
    ],
)  # fmt: skip
def test_a_meeting_placed_but_not_dated(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    found = sorted(((r.kind, r.start, r.city) for r in extract_text(text)), key=str)
    assert found == sorted(expected, key=str)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The thematic meeting of the Rabat Process took place in Accra on 3 May 2024, following "
         "the ministerial conference in Cádiz (December 2022).",
         [("ministerial_conference", "2022-12", "Cádiz"),
          ("thematic_meeting", "2024-05-03", "Accra")]),
        ("La réunion thématique du Processus de Rabat s'est tenue à Accra le 3 mai 2024, à la "
         "suite de la conférence ministérielle de Cadix (décembre 2022).",
         [("ministerial_conference", "2022-12", "Cádiz"),
          ("thematic_meeting", "2024-05-03", "Accra")]),
        # the same meeting told with its range is no second meeting
        ("The thematic meeting of the Rabat Process took place in Accra on 3 May 2024, following "
         "a long preparation that started in December 2022.",
         [("thematic_meeting", "2024-05-03", "Accra")]),
    ],
)  # fmt: skip
def test_a_meeting_recalled_after_a_comma(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert sorted((r.kind, r.start, r.city) for r in extract_text(text)) == expected


# a clause that opens the sentence with a meeting told in passing, one template per
# language: (the sentence, its records when the clause names a meeting, the sentence
# when it names none, its record then, the words that open such a clause)
_OPENING_CLAUSES = [
    ("{cue} the ministerial conference in Cádiz (December 2022), a thematic meeting of the Rabat "
     "Process was held in Brussels on 9 September 2026.",
     [("ministerial_conference", "2022-12", "Cádiz"),
      ("thematic_meeting", "2026-09-09", "Brussels")],
     "{cue} a long preparation started in December 2022, a thematic meeting of the Rabat Process "
     "was held in Brussels on 9 September 2026.",
     [("thematic_meeting", "2026-09-09", "Brussels")],
     ["Following", "After", "One year after", "In the wake of", "Further to",
      "On the heels of"]),
    ("{cue} la conférence ministérielle de Rome (novembre 2024), un atelier du Processus de "
     "Khartoum s'est tenu à Nairobi le 8 octobre 2026.",
     [("ministerial_conference", "2024-11", "Rome"), ("workshop", "2026-10-08", "Nairobi")],
     "{cue} une longue préparation commencée en novembre 2024, un atelier du Processus de "
     "Khartoum s'est tenu à Nairobi le 8 octobre 2026.",
     [("workshop", "2026-10-08", "Nairobi")],
     ["Après", "Dans le sillage de", "Dans le prolongement de"]),
    ("{cue} la conferencia ministerial de Rabat (noviembre de 2024), un taller del Proceso de "
     "Rabat tuvo lugar en Dakar el 5 de mayo de 2026.",
     [("ministerial_conference", "2024-11", "Rabat"), ("workshop", "2026-05-05", "Dakar")],
     "{cue} una larga preparación iniciada en noviembre de 2024, un taller del Proceso de Rabat "
     "tuvo lugar en Dakar el 5 de mayo de 2026.",
     [("workshop", "2026-05-05", "Dakar")],
     ["Tras", "Después de", "A raíz de"]),
    ("{cue} la conferenza ministeriale di Roma (novembre 2024), un seminario del Processo di "
     "Khartoum si è svolto a Nairobi l'8 ottobre 2026.",
     [("ministerial_conference", "2024-11", "Rome"), ("workshop", "2026-10-08", "Nairobi")],
     "{cue} una lunga preparazione iniziata nel novembre 2024, un seminario del Processo di "
     "Khartoum si è svolto a Nairobi l'8 ottobre 2026.",
     [("workshop", "2026-10-08", "Nairobi")],
     ["Dopo", "A seguito del", "Sulla scia del"]),
    ("{cue} a conferência ministerial de Lisboa (novembro de 2024), um workshop do Processo de "
     "Rabat realizou-se em Dakar a 5 de maio de 2026.",
     [("ministerial_conference", "2024-11", "Lisbon"), ("workshop", "2026-05-05", "Dakar")],
     "{cue} uma longa preparação iniciada em novembro de 2024, um workshop do Processo de Rabat "
     "realizou-se em Dakar a 5 de maio de 2026.",
     [("workshop", "2026-05-05", "Dakar")],
     ["Após", "Na sequência de", "No seguimento de"]),
]  # fmt: skip


def _with_cue(template: str, cue: str) -> str:
    """The template opened by ``cue``, its article joined to the preposition the way each
    language writes it ("a seguito del" + "la" = "a seguito della", "de a" = "da")."""
    text = template.format(cue=cue)
    for loose, joined in (("del la ", "della "), ("de a ", "da ")):
        text = text.replace(loose, joined)
    return text


@pytest.mark.parametrize(
    ("template", "expected", "cue"),
    [(pos, expected, cue) for pos, expected, _neg, _one, cues in _OPENING_CLAUSES for cue in cues],
)
def test_a_meeting_recalled_in_a_clause_that_opens_the_sentence(
    template: str, expected: list[tuple[str, str, str]], cue: str
) -> None:
    text = _with_cue(template, cue)
    assert sorted((r.kind, r.start, r.city) for r in extract_text(text)) == expected


@pytest.mark.parametrize(
    ("template", "expected", "cue"),
    [(neg, one, cue) for _pos, _two, neg, one, cues in _OPENING_CLAUSES for cue in cues],
)
def test_an_opening_clause_that_names_no_meeting_dates_nothing(
    template: str, expected: list[tuple[str, str, str]], cue: str
) -> None:
    text = _with_cue(template, cue)
    assert sorted((r.kind, r.start, r.city) for r in extract_text(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a look-alike of a cue inside the sentence is no clause of its own
        ("The partners met after the opening: the thematic meeting of the Rabat Process took "
         "place in Accra on 3 May 2026, as planned in December 2025.",
         [("thematic_meeting", "2026-05-03", "Accra")]),
        ("The thematic meeting of the Rabat Process was held in Accra on 3 May 2026, in the wake "
         "of the Senior Officials' Meeting in Abuja (March 2023).",
         [("senior_officials_meeting", "2023-03", "Abuja"),
          ("thematic_meeting", "2026-05-03", "Accra")]),
        ("Il seminario del Processo di Khartoum si è svolto a Nairobi l'8 ottobre 2026, a seguito "
         "della conferenza ministeriale di Roma (novembre 2024).",
         [("ministerial_conference", "2024-11", "Rome"), ("workshop", "2026-10-08", "Nairobi")]),
    ],
)  # fmt: skip
def test_the_new_cues_after_a_comma(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert sorted((r.kind, r.start, r.city) for r in extract_text(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Last week, senior officials of the Rabat Process met in Dakar for a Senior Officials' "
        "Meeting on 5 May 2026. The meeting was chaired by France.",
        "Earlier this year, the Rabat Process held its Senior Officials' Meeting in Dakar on 5 May "
        "2026. The meeting was chaired by France.",
        "In the previous months, the Rabat Process prepared its Senior Officials' Meeting, held in "
        "Dakar on 5 May 2026. The meeting was chaired by France.",
        "La semaine dernière, les hauts fonctionnaires du Processus de Rabat se sont réunis à "
        "Dakar pour une réunion des hauts fonctionnaires le 5 mai 2026. La réunion était "
        "présidée par la France.",
        "L'an dernier, la réunion des hauts fonctionnaires du Processus de Rabat s'est tenue à "
        "Dakar le 5 mai 2026. La réunion était présidée par la France.",
        "L'année dernière, la réunion des hauts fonctionnaires du Processus de Rabat s'est tenue à "
        "Dakar le 5 mai 2026. La réunion était présidée par la France.",
        "La semana anterior, la reunión de altos funcionarios del Proceso de Rabat se celebró en "
        "Dakar el 5 de mayo de 2026. La reunión fue presidida por Francia.",
        "La settimana precedente, la riunione degli alti funzionari del Processo di Rabat si è "
        "tenuta a Dakar il 5 maggio 2026. La riunione è stata presieduta dalla Francia.",
        "Na semana anterior, a reunião de altos funcionários do Processo de Rabat realizou-se em "
        "Dakar a 5 de maio de 2026. A reunião foi presidida pela França.",
    ],
)
def test_a_recall_word_inside_a_date_recalls_no_meeting(text: str) -> None:
    """ "Last week", "la semaine dernière", "la settimana precedente" date the page's own
    meeting: the meeting and its chair are one record."""
    found = [(r.kind, r.start, r.city, r.chairs) for r in extract_text(text)]
    assert found == [("senior_officials_meeting", "2026-05-05", "Dakar", ["France"])]


@pytest.mark.parametrize(
    "text",
    [
        "The Senior Officials' Meeting of the Rabat Process opened in Rabat on 4 May 2026 under "
        "the chairmanship of France. Last year's Senior Officials' Meeting took place in Accra on "
        "3 May 2025.",
        "The Senior Officials' Meeting of the Rabat Process opened in Rabat on 4 May 2026 under "
        "the chairmanship of France. The previous meeting took place in Accra on 3 May 2025.",
        # "an" is no French year ("l'an dernier") before an English recall word
        "The Senior Officials' Meeting of the Rabat Process was inaugurated in Rabat on 4 May "
        "2026 under the chairmanship of France. An earlier meeting took place in Accra on 3 May "
        "2025.",
        # "in" after the recall word opens a date ("earlier in 2026"), not "in-person"
        "The Senior Officials' Meeting of the Rabat Process was inaugurated in Rabat on 4 May "
        "2026 under the chairmanship of France. The previous in-person meeting took place in "
        "Accra on 3 May 2025.",
        "La réunion des hauts fonctionnaires du Processus de Rabat s'est ouverte à Rabat le 4 mai "
        "2026 sous la présidence de la France. La réunion des hauts fonctionnaires de l'année "
        "dernière s'est tenue à Accra le 3 mai 2025.",
        "La reunión de altos funcionarios del Proceso de Rabat se abrió en Rabat el 4 de mayo de "
        "2026 bajo la presidencia de Francia. La reunión anterior se celebró en Accra el 3 de "
        "mayo de 2025.",
        "La riunione degli alti funzionari del Processo di Rabat è stata inaugurata a Rabat il 4 "
        "maggio 2026 sotto la presidenza della Francia. La riunione precedente si è svolta ad "
        "Accra il 3 maggio 2025.",
        "A reunião de altos funcionários do Processo de Rabat abriu em Rabat a 4 de maio de 2026 "
        "sob a presidência da França. A reunião anterior realizou-se em Dakar a 3 de maio de 2025.",
    ],
)
def test_a_recalled_meeting_is_not_the_pages_own(text: str) -> None:
    """ "Last year's meeting", "la réunion de l'année dernière", "la reunión anterior": a
    date that names a meeting, or a recall word, tells of an earlier meeting."""
    main, recalled = extract_text(text)
    assert (main.start, main.city, main.chairs) == ("2026-05-04", "Rabat", ["France"])
    assert recalled.start == "2025-05-03" and recalled.chairs == []


# a page that dates a workshop in passing, then the meeting it reports: (the template, the
# verbs that say the meeting takes place, look-alikes that do not)
_TAKES_PLACE = [
    ("The Rabat Process workshop in Dakar on 3 March 2026 is described in the annex. The "
     "thematic meeting {verb} in Rabat on 4 May 2026.",
     ["opened", "closed", "concluded"],
     ["was mentioned", "(a closed-door session)"]),
    ("L'atelier du Processus de Rabat à Dakar du 3 mars 2026 figure en annexe. La réunion "
     "thématique {verb} à Rabat le 4 mai 2026.",
     ["s'est ouverte", "s'est clôturée", "s'est achevée"],
     ["est mentionnée", "ouverte aux observateurs"]),
    ("El taller del Proceso de Rabat en Dakar del 3 de marzo de 2026 figura en el anexo. La "
     "reunión técnica {verb} en Rabat el 4 de mayo de 2026.",
     ["se celebró", "tuvo lugar", "se celebrará", "tendrá lugar", "se llevó a cabo",
      "se inauguró", "se clausuró"],
     ["fue mencionada", "que el ministro celebró"]),
    ("Il seminario del Processo di Rabat a Dakar del 3 marzo 2026 è descritto nell'allegato. "
     "La riunione tecnica {verb} a Rabat il 4 maggio 2026.",
     ["si è svolta", "si è tenuta", "ha avuto luogo", "si svolgerà", "si terrà", "avrà luogo",
      "si è aperta", "si è chiusa"],
     ["è menzionata", "tenuta riservata"]),
    ("O workshop do Processo de Rabat em Dakar de 3 de março de 2026 figura no anexo. A "
     "reunião técnica {verb} em Rabat a 4 de maio de 2026.",
     ["realizou-se", "teve lugar", "decorreu", "terá lugar", "decorrerá", "realizar-se-á"],
     ["é mencionada", "em lugar do seminário"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("template", "verb"), [(t, verb) for t, verbs, _other in _TAKES_PLACE for verb in verbs]
)
def test_the_meeting_that_takes_place_is_the_pages_own(template: str, verb: str) -> None:
    records = extract_text(template.format(verb=verb))
    assert [(r.start, r.city) for r in records] == [
        ("2026-05-04", "Rabat"),
        ("2026-03-03", "Dakar"),
    ]


@pytest.mark.parametrize(
    ("template", "verb"), [(t, verb) for t, _verbs, other in _TAKES_PLACE for verb in other]
)
def test_a_look_alike_verb_takes_no_meeting_first(template: str, verb: str) -> None:
    records = extract_text(template.format(verb=verb))
    assert [(r.start, r.city) for r in records] == [
        ("2026-03-03", "Dakar"),
        ("2026-05-04", "Rabat"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Niamey meeting of 2018 laid the ground for this cooperation. A follow-up "
         "conference of the Rabat Process was held in Niamey on 16 March 2026.",
         [("other", "2018", "Niamey"), ("other", "2026-03-16", "Niamey")]),
        ("The Valletta Summit of 2015 laid the ground for the action plan. The Senior Officials' "
         "Meeting of the Rabat Process took place in Rabat on 16 March 2026.",
         [("other", "2015", "Valletta"), ("senior_officials_meeting", "2026-03-16", "Rabat")]),
        ("La réunion de Niamey de 2018 a posé les bases de cette coopération. La conférence du "
         "Processus de Rabat s'est tenue à Niamey le 16 mars 2026.",
         [("other", "2018", "Niamey"), ("other", "2026-03-16", "Niamey")]),
        ("La conferencia de Rabat de 2006 sentó las bases del Proceso de Rabat. La reunión "
         "técnica se celebró en Dakar el 16 de marzo de 2026.",
         [("other", "2006", "Rabat"), ("technical_meeting", "2026-03-16", "Dakar")]),
        ("La conferenza di Roma del 2014 ha posto le basi del Processo di Khartoum. La riunione "
         "tecnica si è tenuta a Nairobi il 16 marzo 2026.",
         [("other", "2014", "Rome"), ("technical_meeting", "2026-03-16", "Nairobi")]),
        ("A conferência de Lisboa de 2007 lançou as bases do Processo de Rabat. A reunião "
         "técnica realizou-se em Dakar a 16 de março de 2026.",
         [("other", "2007", "Lisbon"), ("technical_meeting", "2026-03-16", "Dakar")]),
        # a year after a noun that names no meeting, or that counts people, or opens a range
        ("The Niamey report of 2018 laid the ground for this cooperation. A follow-up "
         "conference of the Rabat Process was held in Niamey on 16 March 2026.",
         [("other", "2026-03-16", "Niamey")]),
        ("The meeting of 2018 participants was a record. A follow-up conference of the Rabat "
         "Process was held in Niamey on 16 March 2026.",
         [("other", "2026-03-16", "Niamey")]),
        ("La déclaration de Niamey de 2018 a posé les bases. La conférence du Processus de Rabat "
         "s'est tenue à Niamey le 16 mars 2026.",
         [("other", "2026-03-16", "Niamey")]),
        ("La réunion de Niamey, de 2018 à 2020, a posé les bases. La conférence du Processus de "
         "Rabat s'est tenue à Niamey le 16 mars 2026.",
         [("other", "2026-03-16", "Niamey")]),
        ("El plan de acción de Rabat de 2006 sentó las bases del Proceso de Rabat. La reunión "
         "técnica se celebró en Dakar el 16 de marzo de 2026.",
         [("technical_meeting", "2026-03-16", "Dakar")]),
        ("Il piano d'azione di Roma del 2014 ha posto le basi del Processo di Khartoum. La "
         "riunione tecnica si è tenuta a Nairobi il 16 marzo 2026.",
         [("technical_meeting", "2026-03-16", "Nairobi")]),
    ],
)  # fmt: skip
def test_a_meeting_recalled_by_its_year_after_its_noun(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    """ "the Niamey meeting of 2018", "la réunion de Niamey de 2018": the year is the
    recalled meeting's date, at year precision."""
    assert sorted((r.kind, r.start, r.city) for r in extract_text(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At the thematic meeting in Accra on 12 May 2026, partners of the Rabat Process reviewed "
         "the commitments made at the 2022 Cádiz ministerial conference.",
         [("ministerial_conference", "2022", "Cádiz"),
          ("thematic_meeting", "2026-05-12", "Accra")]),
        ("Lors de la réunion thématique tenue à Accra le 12 mai 2026, les partenaires du "
         "Processus de Rabat ont examiné les engagements de la conférence ministérielle de Cadix "
         "de 2022.",
         [("ministerial_conference", "2022", "Cádiz"),
          ("thematic_meeting", "2026-05-12", "Accra")]),
        # the year names no meeting
        ("At the thematic meeting in Accra on 12 May 2026, partners of the Rabat Process reviewed "
         "the 2022 Cádiz action plan.",
         [("thematic_meeting", "2026-05-12", "Accra")]),
    ],
)  # fmt: skip
def test_a_meeting_named_by_its_year_in_the_sentence_of_the_pages_own(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert sorted((r.kind, r.start, r.city) for r in extract_text(text)) == expected


def test_a_meeting_named_by_its_year_keeps_the_only_noun_of_its_sentence_whole() -> None:
    """Without a noun of its own the sentence's meeting would be lost: no second record."""
    text = (
        "On 12 May 2026 in Accra, partners of the Rabat Process reviewed the commitments of the "
        "2022 Cádiz ministerial conference."
    )
    assert [r.start for r in extract_text(text)] == ["2026-05-12"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subjects that met are the page's meeting; the recalled one is another record
        ("Les partenaires se sont réunis à Rabat le 14 octobre 2026. La précédente réunion, "
         "tenue à Dakar en mars 2025, avait porté sur le retour.",
         [("other", "2025-03", "Dakar"), ("other", "2026-10-14", "Rabat")]),
        ("The partners met in Accra on 5 May 2026. The previous meeting, held in Lomé in "
         "June 2025, focused on return.",
         [("other", "2025-06", "Lomé"), ("other", "2026-05-05", "Accra")]),
        # the same meeting named again: one record
        ("Les partenaires se sont réunis à Rabat le 14 octobre 2026. La réunion a porté sur "
         "le retour.", [("other", "2026-10-14", "Rabat")]),
    ],
)  # fmt: skip
def test_subjects_that_met_beside_a_recalled_meeting(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert sorted((r.kind, r.start, r.city) for r in extract_text(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a meeting named in a clause related to the subjects' one is another record
        ("Ahead of the conference in Rome in November 2026, senior officials of the partner "
         "countries met in Rabat on 3 May 2026.",
         [("other", "2026-11", "Rome"), ("senior_officials_meeting", "2026-05-03", "Rabat")]),
        ("Tras la reunión de altos funcionarios celebrada en Accra en abril de 2024, los "
         "socios se reunieron de nuevo en Dakar el 5 de mayo de 2026.",
         [("senior_officials_meeting", "2024-04", "Accra"), ("other", "2026-05-05", "Dakar")]),
        ("Following the thematic meeting in Accra in April 2025, partners met in Lomé on "
         "4 June 2026.",
         [("thematic_meeting", "2025-04", "Accra"), ("other", "2026-06-04", "Lomé")]),
    ],
)  # fmt: skip
def test_subjects_that_met_beside_a_related_meeting(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert sorted((r.kind, r.start, r.city) for r in extract_text(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the participle that opens the sentence tells the meeting of the subjects after it
        ("Réunis à Abidjan le 3 juin 2026, les hauts fonctionnaires ont rappelé les "
         "conclusions de la conférence ministérielle de Cadix de décembre 2022.",
         [("senior_officials_meeting", "2026-06-03", "Abidjan")]),
        ("Gathered in Accra on 5 May 2026, senior officials agreed on a work plan.",
         [("senior_officials_meeting", "2026-05-05", "Accra")]),
        ("Riuniti a Roma il 4 marzo 2026, i partner hanno adottato un piano.",
         [("other", "2026-03-04", "Rome")]),
        ("Gathered in Accra on 5 May 2026, the documents were filed.", []),
    ],
)  # fmt: skip
def test_a_participle_opening_the_sentence(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert sorted((r.kind, r.start, r.city) for r in extract_text(text)) == sorted(expected)


def test_a_meeting_recalled_beside_a_joint_one_takes_the_dialogue_its_evidence_names() -> None:
    text = (
        "Publié le 3 mars 2026\n\n"
        "Les experts des processus de Rabat et de Khartoum se sont réunis à Rome le 2 mars "
        "2026 pour une réunion technique sur le retour.\n\n"
        "La précédente réunion de ce type s'était tenue à Nairobi les 4 et 5 juin 2024.\n"
    )
    joint, recalled = extract_text(text)
    assert joint.dialogues == ["Khartoum Process", "Rabat Process"]
    assert (recalled.city, recalled.start) == ("Nairobi", "2024-06-04")
    [evidence] = [e for e in recalled.evidence if e.field == "dialogues"]
    assert recalled.dialogues == ["Rabat Process"]
    assert evidence.text == "processus de Rabat"


_WORKSHOP = "The workshop of the Rabat Process took place in Dakar on 3 May 2026. "


@pytest.mark.parametrize(
    ("sentence", "recalled"),
    [
        # a year after a participle or a verb of the meeting to come dates it
        ("Elle faisait suite à la réunion conjointe organisée à Malte en 2025.",
         ("joint_meeting", "2025", "Malta")),
        ("The Ministerial Conference will take place in Rome in 2027.",
         ("ministerial_conference", "2027", "Rome")),
        ("La conférence ministérielle se tiendra à Rome en 2027.",
         ("ministerial_conference", "2027", "Rome")),
        ("La conferencia ministerial tendrá lugar en Roma en 2027.",
         ("ministerial_conference", "2027", "Rome")),
        ("La conferencia ministerial celebrada en Rabat en 2025 adoptó un plan.",
         ("ministerial_conference", "2025", "Rabat")),
        ("La reunión técnica organizada en Rabat en 2025 adoptó un plan.",
         ("technical_meeting", "2025", "Rabat")),
        # a year of something else than the meeting's holding dates nothing
        ("The Ministerial Conference adopted a plan that runs in 2027.", None),
        ("La conférence ministérielle a adopté un plan qui commence en 2027.", None),
        ("La conferencia ministerial aprobó un plan que empieza en 2027.", None),
    ],
)  # fmt: skip
def test_a_year_dates_a_meeting_held_or_to_be_held(
    sentence: str, recalled: tuple[str, str, str] | None
) -> None:
    records = extract_text(_WORKSHOP + sentence, "x")
    found = [(r.kind, r.start, r.city or r.country) for r in records[1:]]
    assert records[0].city == "Dakar"
    assert found == ([recalled] if recalled else [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the meeting the first one prepares, dated after it in the same sentence
        ("An expert meeting was held in Brussels on 1 September 2026 to prepare the "
         "Ministerial Conference, which will take place in Rome in 2027.",
         [("technical_meeting", "2026-09-01"), ("ministerial_conference", "2027")]),
        ("Une réunion d'experts s'est tenue à Bruxelles le 1er septembre 2026 pour préparer "
         "la conférence ministérielle, qui se tiendra à Rome en 2027.",
         [("technical_meeting", "2026-09-01"), ("ministerial_conference", "2027")]),
        ("Una reunión de expertos se celebró en Bruselas el 1 de septiembre de 2026 para "
         "preparar la conferencia ministerial, que tendrá lugar en Roma en 2027.",
         [("technical_meeting", "2026-09-01"), ("ministerial_conference", "2027")]),
        # undated, or something else than a meeting prepared: one meeting
        ("An expert meeting was held in Brussels on 1 September 2026 to prepare the "
         "Ministerial Conference.", [("technical_meeting", "2026-09-01")]),
        ("An expert meeting was held in Brussels on 1 September 2026 to prepare for the "
         "2027 elections.", [("technical_meeting", "2026-09-01")]),
    ],
)  # fmt: skip
def test_the_meeting_prepared_dated_in_the_same_sentence(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(r.kind, r.start) for r in extract_text(text, "x")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a meeting told by who met, beside a noun dated otherwise: two records
        ("The partners met in Madrid on 3 May 2025. The Ministerial Conference will be held in "
         "Rabat on 10 December 2025.",
         [("ministerial_conference", "2025-12-10", "Rabat"), ("other", "2025-05-03", "Madrid")]),
        ("The senior officials met in Madrid on 3 May 2025. They prepared the Ministerial "
         "Conference, to be held in Rabat on 10 December 2025.",
         [("ministerial_conference", "2025-12-10", "Rabat"),
          ("senior_officials_meeting", "2025-05-03", "Madrid")]),
        ("Les délégations se sont retrouvées à Dakar le 3 mai 2025. La conférence ministérielle "
         "se tiendra à Rabat le 10 décembre 2025.",
         [("ministerial_conference", "2025-12-10", "Rabat"), ("other", "2025-05-03", "Dakar")]),
        # the noun of the same day is the meeting who met held: one record
        ("Participants met in Yaoundé on 3 May 2025. The thematic meeting of 3 May 2025 "
         "adopted its conclusions.",
         [("thematic_meeting", "2025-05-03", "Yaoundé")]),
    ],
)  # fmt: skip
def test_a_meeting_told_by_who_met_beside_another_dated_one(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert sorted((r.kind, r.start, r.city) for r in extract_text(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il Processo di Khartoum si è riunito a Roma il 12 novembre 2025 sotto la presidenza "
         "italiana.", [("other", "2025-11-12", "Rome", ["Khartoum Process"], ["Italy"])]),
        ("Le Processus de Rabat s'est réuni à Dakar le 12 novembre 2025.",
         [("other", "2025-11-12", "Dakar", ["Rabat Process"], [])]),
        ("The Rabat Process met its targets in 2025.", []),
    ],
)  # fmt: skip
def test_a_dialogue_that_met_is_its_meeting(
    text: str, expected: list[tuple[str, str, str, list[str], list[str]]]
) -> None:
    found = [(r.kind, r.start, r.city, r.dialogues, r.chairs) for r in extract_text(text)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second meeting dated in a clause of the first one's sentence
        ("The SOM took place in Madrid on 14-15 December 2019, followed by a side event on "
         "16 December 2019.",
         [("senior_officials_meeting", "2019-12-14", "Madrid"),
          ("side_event", "2019-12-16", "Madrid")]),
        ("La RHF s'est tenue à Madrid les 14 et 15 décembre 2019, suivie d'un atelier le 16 "
         "décembre 2019.",
         [("senior_officials_meeting", "2019-12-14", "Madrid"),
          ("workshop", "2019-12-16", None)]),
        # the same day again, or a second date nearer the first meeting's noun: one meeting
        ("The SOM took place in Madrid on 14-15 December 2019, and the report of the SOM was "
         "adopted on 16 December 2019.", [("senior_officials_meeting", "2019-12-14", "Madrid")]),
    ],
)  # fmt: skip
def test_a_second_meeting_in_a_clause_of_its_own(text: str, expected: list) -> None:
    records = extract_text(text, "x", date(2026, 11, 23))
    assert [(r.kind, r.start, r.city) for r in records] == expected


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # the meeting after which this one is told: its year is not this one's
        ("Published on 14 November 2025\n\nFollowing the ministerial conference in Cádiz in "
         "December 2022, partners met in Accra on 12 November for a technical meeting.",
         "2025-11-12"),
        ("Publicado el 14 de noviembre de 2025\n\nTras la reunión de altos funcionarios de "
         "Madrid de octubre de 2024, los socios se reunieron en Rabat el 10 de noviembre en "
         "un taller.", "2025-11-10"),
        # a meeting told after, not before: the sentence's year holds
        ("Published on 14 November 2025\n\nThe ministerial conference took place in Cádiz in "
         "December 2022; a technical meeting followed in Accra on 12 December.", "2022-12-12"),
    ],
)  # fmt: skip
def test_the_year_of_the_meeting_told_before_is_no_guide(text: str, start: str) -> None:
    records = extract_text(text, "x", date(2026, 11, 23))
    assert [r.start for r in records if r.kind in ("technical_meeting", "workshop")] == [start]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an opening clause that recalls two meetings: one record each, then the sentence's
        ("Published on 14 November 2025\n\nAfter the SOM in Praia (April 2023) and the "
         "thematic meeting in Brussels (November 2023), partners met in Accra on 12 November "
         "for a technical meeting.",
         [("technical_meeting", "2025-11-12", "Accra"),
          ("senior_officials_meeting", "2023-04", "Praia"),
          ("thematic_meeting", "2023-11", "Brussels")]),
        ("Published on 14 November 2025\n\nAfter the meetings in Praia (April 2023) and "
         "Brussels (November 2023), partners met in Accra on 12 November for a technical "
         "meeting.",
         [("technical_meeting", "2025-11-12", "Accra"), ("other", "2023-04", "Praia"),
          ("other", "2023-11", "Brussels")]),
        ("Publicado el 14 de noviembre de 2025\n\nTras la conferencia ministerial de Cádiz "
         "(diciembre de 2022) y la reunión de altos funcionarios de Madrid de octubre de 2024, "
         "los socios se reunieron en Rabat el 10 de noviembre en un taller.",
         [("workshop", "2025-11-10", "Rabat"), ("ministerial_conference", "2022-12", "Cádiz"),
          ("senior_officials_meeting", "2024-10", "Madrid")]),
        # the second part of the opening clause names no meeting: one recalled meeting
        ("Published on 14 November 2025\n\nAfter the SOM in Praia (April 2023) and its report "
         "(May 2023), partners met in Accra on 12 November for a technical meeting.",
         [("technical_meeting", "2025-11-12", "Accra"),
          ("senior_officials_meeting", "2023-04", "Praia")]),
    ],
)  # fmt: skip
def test_an_opening_clause_that_recalls_two_meetings(text: str, expected: list) -> None:
    records = extract_text(text, "x", date(2026, 11, 23))
    assert [(r.kind, r.start, r.city) for r in records] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a meeting to come, dated by a part of a year in a sentence of its own
        ("Experts met in Nairobi on 1 July 2025 for a regional workshop.\nThe next workshop "
         "will take place in Kampala in early 2026.",
         [("workshop", "2025-07-01", "Nairobi"), ("workshop", "2026", "Kampala")]),
        ("Des experts se sont réunis à Nairobi le 1er juillet 2025 pour un atelier régional. "
         "Le prochain atelier aura lieu à Kampala fin 2026.",
         [("workshop", "2025-07-01", "Nairobi"), ("workshop", "2026", "Kampala")]),
        # the part of a year beside a date to the month is no meeting of its own
        ("Experts met in Nairobi on 1 July 2025 for a regional workshop that prepared the "
         "conference planned for early 2026.", [("workshop", "2025-07-01", "Nairobi")]),
    ],
)  # fmt: skip
def test_a_meeting_dated_by_a_part_of_a_year(text: str, expected: list) -> None:
    records = extract_text(text, "x", date(2026, 11, 23))
    assert [(r.kind, r.start, r.city) for r in records] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Participants in the workshop of the Prague Process, held in Chisinau on 15 April 2021, "
         "built on the conclusions of the previous workshop, held in Tbilisi in March 2019.",
         [("workshop", "2019-03", "Tbilisi"), ("workshop", "2021-04-15", "Chisinau")]),
        ("The thematic meeting in Accra on 3 May 2024 recalled the last thematic meeting, which "
         "took place in Lomé in March 2023.",
         [("thematic_meeting", "2023-03", "Lomé"), ("thematic_meeting", "2024-05-03", "Accra")]),
        ("Les participants à l'atelier du Processus de Rabat, réunis à Dakar le 3 mai 2024, ont "
         "repris les conclusions de la réunion précédente, tenue à Abidjan en mars 2023.",
         [("other", "2023-03", "Abidjan"), ("workshop", "2024-05-03", "Dakar")]),
        ("Los participantes en el taller, celebrado en Rabat el 3 de mayo de 2024, retomaron las "
         "conclusiones del seminario anterior, celebrado en Dakar en marzo de 2023.",
         [("workshop", "2023-03", "Dakar"), ("workshop", "2024-05-03", "Rabat")]),
        # the same meeting again, or a date that is no meeting's, makes no second record
        ("The workshop of the Prague Process took place in Chisinau on 15 April 2021 and "
         "reviewed the plan adopted at the last minute in March 2019.",
         [("workshop", "2021-04-15", "Chisinau")]),
        ("Les participants à l'atelier du Processus de Rabat, réunis à Dakar le 3 mai 2024, ont "
         "repris les conclusions de la réunion, tenue en présence du ministre le 4 mai 2024.",
         [("workshop", "2024-05-03", "Dakar")]),
    ],
)  # fmt: skip
def test_the_meeting_before_recalled_with_its_place_and_date(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert sorted((r.kind, r.start, r.city) for r in extract_text(text)) == expected


@pytest.mark.parametrize(
    ("text", "own", "recalled"),
    [
        ("The Senior Officials' Meeting took place in Warsaw on 5 June 2025. Hosted by Poland, "
         "the meeting took stock of progress since the Ministerial Conference of November 2024.",
         ("2025-06-05", ["Poland"]), ("2024-11", [])),
        ("The thematic meeting took place in Cairo on 3 March 2025. The meeting, hosted by "
         "Egypt, built on the workshop organised in Djibouti in February 2025.",
         ("2025-03-03", ["Egypt"]), ("2025-02", [])),
        ("La réunion thématique s'est tenue au Caire le 3 mars 2025. Accueillie par l'Égypte, "
         "la réunion a fait le bilan de la conférence ministérielle de Rome de novembre 2014.",
         ("2025-03-03", ["Egypt"]), ("2014-11", [])),
        ("La reunión temática se celebró en El Cairo el 3 de marzo de 2025. Acogida por "
         "Egipto, la reunión hizo balance del taller celebrado en Yibuti en febrero de 2025.",
         ("2025-03-03", ["Egypt"]), ("2025-02", [])),
        # a new meeting as the subject keeps its own roles
        ("The thematic meeting took place in Cairo on 3 March 2025. A side event hosted by "
         "Egypt took place in Cairo on 4 March 2025.", ("2025-03-03", []), ("2025-03-04",
         ["Egypt"])),
    ],
)  # fmt: skip
def test_roles_of_the_own_meeting_told_beside_a_recalled_one(
    text: str, own: tuple, recalled: tuple
) -> None:
    records = extract_text(text, "page.txt", date(2026, 11, 23))
    assert [(r.start, r.hosts) for r in records] == [own, recalled]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side meeting in the margins of another held somewhere: both at that venue
        ("In the margins of the Senior Officials' Meeting held in Rabat on 4 December 2024, "
         "IOM organised a side event on return.",
         [("side_event", "Rabat"), ("senior_officials_meeting", "Rabat")]),
        ("En marge de la réunion des hauts fonctionnaires tenue à Niamey le 5 décembre 2024, "
         "l'OIM a organisé un événement parallèle sur le retour.",
         [("side_event", "Niamey"), ("senior_officials_meeting", "Niamey")]),
        # a meeting recalled as held elsewhere lends no venue
        ("The SOM of 4 December 2024 recalled a thematic meeting held in Praia.",
         [("senior_officials_meeting", None)]),
    ],
)  # fmt: skip
def test_a_meeting_in_the_margins_of_another_held_somewhere(text: str, expected: list) -> None:
    records = extract_text(text, "page.txt", date(2026, 11, 23))
    assert [(r.kind, r.city) for r in records] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The ministerial conference took place in Maputo on 26 August 2025. In 2023, the "
        "ministerial conference took place in Windhoek, Namibia.",
        "A conferência ministerial do MIDSA decorreu em Maputo a 26 de agosto de 2025. Em 2023, "
        "a conferência ministerial do MIDSA teve lugar em Windhoek, na Namíbia.",
        "La conferenza ministeriale si è svolta a Maputo il 26 agosto 2025. Nel 2023, la "
        "conferenza ministeriale ha avuto luogo a Windhoek.",
    ],
)
def test_a_year_opening_the_sentence_dates_the_meeting_before(text: str) -> None:
    records = extract_text(text, "page.txt", date(2026, 11, 23))
    assert [(r.city, r.start) for r in records] == [
        ("Maputo", "2025-08-26"),
        ("Windhoek", "2023"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a meeting recalled with its place, undated: a record with its kind and place
        ("The Senior Officials' Meeting took place in London on 24 November 2015. The Lisbon "
         "Declaration, adopted at the Ministerial Conference in Lisbon in 2014, guides the "
         "Process.",
         [("senior_officials_meeting", "London"), ("ministerial_conference", "Lisbon")]),
        ("The workshop took place in Banjul on 5 March 2024. It followed up on the conclusions "
         "of the Senior Officials' Meeting in Abuja.",
         [("workshop", "Banjul"), ("senior_officials_meeting", "Abuja")]),
        ("La réunion thématique s'est tenue à Dakar le 4 juin 2025. Elle s'appuie sur les "
         "conclusions de la conférence ministérielle à Rabat.",
         [("thematic_meeting", "Dakar"), ("ministerial_conference", "Rabat")]),
        # the own meeting told again, a headline, or the same place: no second record
        ("Experts met on 1 July 2025 in a regional workshop. The workshop took place in Kampala.",
         [("workshop", "Kampala")]),
        ("The workshop took place in Banjul on 5 March 2024. It recalled the conclusions of the "
         "workshop in Banjul.", [("workshop", "Banjul")]),
    ],
)  # fmt: skip
def test_a_meeting_recalled_with_its_place(text: str, expected: list) -> None:
    records = extract_text(text, "page.txt", date(2026, 11, 23))
    assert [(r.kind, r.city) for r in records] == expected


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # a meeting to come dated by its year or a part of it
        ("The Rabat Process will hold a SOM in Dakar in 2027.", "2027"),
        ("The next SOM is planned for Q2 2027 in Accra.", "2027"),
        ("The next Ministerial Conference of the Prague Process will take place in autumn "
         "2027.", "2027"),
        ("The Rabat Process held a workshop in Dakar in spring 2024.", "2024"),
        # a year that is no meeting's: the programme's
        ("The Rabat Process will hold a SOM in Dakar under its 2027 work programme.", None),
    ],
)  # fmt: skip
def test_a_meeting_dated_by_its_year(text: str, start: str | None) -> None:
    records = extract_text(text, "x", date(2026, 11, 23))
    assert records
    assert records[0].start == start


def test_a_newsletter_item_s_paragraph_goes_with_its_item() -> None:
    text = (
        "Rabat Process Newsletter – No. 12, July 2026\nHighlights\n"
        "Thematic meeting on legal migration (Dakar, 12-13 March 2026)\n"
        "The meeting, co-chaired by Senegal and Spain, gathered 90 participants.\n"
        "Workshop on diaspora (Praia, 28-29 April 2026)\n"
        "The workshop, organised with ICMPD, looked at remittances.\n"
    )
    records = extract_text(text, "x", date(2026, 11, 23))
    found = [(r.city, r.chairs, r.organisers, r.participants) for r in records]
    assert found == [
        ("Dakar", ["Senegal", "Spain"], [], 90),
        ("Praia", [], ["ICMPD"], None),
    ]
