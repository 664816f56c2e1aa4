"""Trailing runs of tagged accounts and hashtags (processus.extraction.tags)."""

from __future__ import annotations

import pytest

from processus.extraction.tags import trailing_tags


@pytest.mark.parametrize(
    ("text", "run"),
    [
        (
            "The partners met in Accra last week. #Mobility #Skills Some Office Example Agency "
            "Rabat Process Khartoum Process",
            "#Mobility #Skills Some Office Example Agency Rabat Process Khartoum Process",
        ),
        (
            "Les partenaires se sont réunis à Accra. #Mobilité #Compétences Un Bureau Exemple "
            "Processus de Rabat Processus de Khartoum",
            "#Mobilité #Compétences Un Bureau Exemple Processus de Rabat Processus de Khartoum",
        ),
        # after a line break, capitalised names alone make a run
        (
            "A workshop took place in Lomé on 4 June.\nSome Agency Other Office Rabat Process",
            "Some Agency Other Office Rabat Process",
        ),
        # no sentence end before: only the hashtags are the run
        ("We met in Dakar #RabatProcess #Migration #Dialogue",
         "#RabatProcess #Migration #Dialogue"),
        ("Nous étions à Dakar #ProcessusDeRabat #Migration #Dialogue",
         "#ProcessusDeRabat #Migration #Dialogue"),
    ],
)  # fmt: skip
def test_trailing_run(text: str, run: str) -> None:
    span = trailing_tags(text, 0, len(text))
    assert span is not None
    assert text[span[0] : span[1]] == run


@pytest.mark.parametrize(
    "text",
    [
        # a sentence that ends with names is prose, not a tag run
        "A joint meeting of the Rabat Process and the Khartoum Process",
        "Une réunion conjointe du Processus de Rabat et du Processus de Khartoum",
        "The meeting took place in Rabat. It was a success.",
        "La réunion s'est tenue à Rabat. Ce fut un succès.",
        # a heading alone is not a tail
        "Rabat Process Thematic Meeting",
        # too short to be a run
        "The meeting took place in Dakar. Rabat Process",
    ],
)
def test_no_trailing_run(text: str) -> None:
    assert trailing_tags(text, 0, len(text)) is None


def test_known_names_keep_lowercase_words() -> None:
    text = "Le sommet a eu lieu. #Partenariat Commission européenne Union africaine Processus"
    start = text.index("Commission")
    names = [(start, start + len("Commission européenne"))]
    names.append((text.index("Union"), text.index("Union") + len("Union africaine")))
    span = trailing_tags(text, 0, len(text), names)
    assert span is not None and text[span[0] : span[1]].startswith("#Partenariat Commission")
