"""Outcome items: labelled items and lists introduced as outcomes; agendas and rosters are not."""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from processus.extraction.outcomes import count_by_kind, extract_outcome_items

CASES = [
    # (name, text, expected [(kind, number, text)])
    (
        "labelled English",
        "Recommendation 1: Strengthen data sharing between border agencies.\n"
        "Recommendation 2: Fund reintegration projects in regions of origin.\n",
        [
            ("recommendation", 1, "Strengthen data sharing between border agencies."),
            ("recommendation", 2, "Fund reintegration projects in regions of origin."),
        ],
    ),
    (
        "labelled with n° and wrapped text",
        "Conclusion n°2 - Partners agree that return\nmust be voluntary and dignified.\n\nNext.",
        [("conclusion", 2, "Partners agree that return must be voluntary and dignified.")],
    ),
    (
        "policy takeaway",
        "Policy takeaway 3. Cities need a seat at the table.",
        [("takeaway", 3, "Cities need a seat at the table.")],
    ),
    (
        "French label with spaced colon",
        "Recommandation 1 : Renforcer la coopération consulaire.\n"
        "Recommandation 2 : Simplifier les procédures de visa.",
        [
            ("recommendation", 1, "Renforcer la coopération consulaire."),
            ("recommendation", 2, "Simplifier les procédures de visa."),
        ],
    ),
    (
        "label alone, text below",
        "Recommendation 4\nInvolve diaspora associations in programme design.\n",
        [("recommendation", 4, "Involve diaspora associations in programme design.")],
    ),
    (
        "heading and numbered list",
        "Key recommendations\n\n1. Map labour needs before launching schemes.\n"
        "2. Protect the rights of seasonal workers.\n\nThe meeting closed at noon.",
        [
            ("recommendation", 1, "Map labour needs before launching schemes."),
            ("recommendation", 2, "Protect the rights of seasonal workers."),
        ],
    ),
    (
        "heading and bullets, wrapped entry",
        "## Policy takeaways\n- Early warning saves lives\n  at sea and in the desert.\n"
        "- Search and rescue is a shared duty.\n",
        [
            ("takeaway", 1, "Early warning saves lives at sea and in the desert."),
            ("takeaway", 2, "Search and rescue is a shared duty."),
        ],
    ),
    (
        "French intro sentence",
        "Les participants recommandent de :\n• renforcer les systèmes d'asile ;\n"
        "• soutenir la réinstallation.\n",
        [
            ("recommendation", 1, "renforcer les systèmes d'asile"),
            ("recommendation", 2, "soutenir la réinstallation."),
        ],
    ),
    (
        "French Conclusions heading",
        "Conclusions\n- La migration circulaire profite aux deux rives.\n",
        [("conclusion", 1, "La migration circulaire profite aux deux rives.")],
    ),
    (
        "English intro with verb",
        "Participants recommended to:\n(a) pool training budgets;\n(b) share curricula.\n",
        [
            ("recommendation", None, "pool training budgets"),
            ("recommendation", None, "share curricula."),
        ],
    ),
    (
        "sub-bullets stay in their entry",
        "Conclusions:\n1. Return works when\n   - it is voluntary\n   - it is prepared\n"
        "2. Data must be shared.\n",
        [
            ("conclusion", 1, "Return works when - it is voluntary - it is prepared"),
            ("conclusion", 2, "Data must be shared."),
        ],
    ),
    (
        "Spanish label",
        "Recomendación 2: Reforzar la cooperación consular.",
        [("recommendation", 2, "Reforzar la cooperación consular.")],
    ),
    (
        "Portuguese heading",
        "Recomendações\n1. Apoiar a diáspora.\n",
        [("recommendation", 1, "Apoiar a diáspora.")],
    ),
    (
        "Italian label",
        "Raccomandazione 1: Condividere i dati.",
        [("recommendation", 1, "Condividere i dati.")],
    ),
    (
        "list punctuation is no part of an entry",
        "Key takeaways:\n- cities matter;\n- data, and\n- trust.\n",
        [
            ("takeaway", 1, "cities matter"),
            ("takeaway", 2, "data"),
            ("takeaway", 3, "trust."),
        ],
    ),
    # negatives
    ("numbered agenda", "Agenda\n1. Opening session\n2. Panel on visas\n3. Closing\n", []),
    (
        "list of participants",
        "List of participants:\n- Ms A. Diallo, Senegal\n- Mr J. Costa, Portugal\n",
        [],
    ),
    (
        "recommendations in prose",
        "At the closing session the co-chairs presented their draft conclusions and "
        "recommendations.\n- Lunch was served.\n",
        [],
    ),
    (
        "outcome heading without a list",
        "Recommendations\nThe meeting closed with an outcome document listing recommendations.\n",
        [],
    ),
    (
        "long sentence with the word is not a heading",
        "The recommendations of the previous meeting held in Dakar were reviewed by partners\n"
        "- item one\n",
        [],
    ),
    ("count, not an item", "The meeting produced 14 recommendations.", []),
    (
        "programme list after a heading naming no outcome",
        "Programme de la réunion :\n1. Ouverture\n2. Table ronde\n",
        [],
    ),
]


def _as_tuples(text: str) -> list[tuple[str, int | None, str]]:
    return [(i.kind, i.number, i.text) for i in extract_outcome_items(text)]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_outcome_items(name: str, text: str, expected: list[tuple[str, int | None, str]]) -> None:
    got = _as_tuples(text)
    # Bulleted entries take their position; "(a)" markers carry no number.
    wanted = [
        (kind, number if number is not None else position, body)
        for position, (kind, number, body) in enumerate(expected, start=1)
    ]
    assert got == wanted


def test_span_points_at_the_text() -> None:
    text = "Intro line.\n\nRecommendations:\n1. Open regular pathways\n   for young workers.\n"
    items = extract_outcome_items(text)
    assert len(items) == 1
    item = items[0]
    assert text[item.start : item.end] == "Open regular pathways\n   for young workers."
    assert item.cue == "Recommendations"


def test_label_cue_names_kind_and_number() -> None:
    (item,) = extract_outcome_items("Recommendation 7: Share data.")
    assert item.cue == "Recommendation 7"
    assert "Recommendation 7: Share data."[item.start : item.end] == "Share data."


def test_counts_by_kind() -> None:
    items = extract_outcome_items(
        "Recommendation 1: a.\nRecommendation 2: b.\n\nConclusions\n- c.\n"
    )
    assert count_by_kind(items) == {"recommendation": 2, "conclusion": 1}


def test_precision_on_the_case_table() -> None:
    """Every item found in the table is an expected one (precision 1.0 on these cases)."""
    found = expected = right = 0
    for _name, text, wanted in CASES:
        got = _as_tuples(text)
        found += len(got)
        expected += len(wanted)
        right += sum(1 for g in got if any(g[0] == w[0] and g[2] == w[2] for w in wanted))
    assert found > 0
    assert right == found == expected


_PIECES = [
    "Recommendation 1: share data.",
    "Conclusion n°2 - keep talking",
    "Recommendations",
    "Les participants recommandent de :",
    "Agenda",
    "- item",
    "1. entry",
    "  wrapped",
    "**Policy takeaway 3** cities",
    "\n",
    "\n\n",
    " ",
    ":",
    "(a) ",
    "•",
    "é",
    "\r\n",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
@settings(max_examples=300, deadline=None)
def test_every_item_is_a_span_of_the_text(text: str) -> None:
    for item in extract_outcome_items(text):
        assert 0 <= item.start <= item.end <= len(text)
        quoted = " ".join(text[item.start : item.end].split())
        assert item.text
        assert item.text == re.sub(r"^\*\*|\*\*$", "", quoted).strip()
        assert item.kind in {"recommendation", "takeaway", "conclusion"}
        assert item.number is not None


def test_label_alone_before_another_label_is_no_item() -> None:
    assert _as_tuples("Recommendation 1\nRecommendation 2: Share data.") == [
        ("recommendation", 2, "Share data.")
    ]


def test_hostile_text_is_read_in_linear_time() -> None:
    """Half a megabyte of lists, agendas and bare labels: read at once, nothing invented."""
    hostile = (
        "Recommendations:\n"
        + "- item text here\n" * 20000
        + "\nAgenda\n"
        + "1. x\n" * 20000
        + "Recommendation 1\n" * 5000
    )
    started = time.perf_counter()
    items = extract_outcome_items(hostile)
    assert time.perf_counter() - started < 10
    assert len(items) == 20000
    assert {i.text for i in items} == {"item text here"}
