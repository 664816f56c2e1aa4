"""Meetings told in passing: dated by a year written as their modifier, named by their
year and then by their full date."""

from __future__ import annotations

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
