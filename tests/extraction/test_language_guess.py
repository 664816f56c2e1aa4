"""A text's language from its frequent words, for the stored document and the search index."""

from __future__ import annotations

import pytest

from processus.extraction.languages import guess_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The meeting of the Rabat Process took place in Dakar and was attended by the "
         "delegates of the partner countries.", "en"),
        ("La réunion des hauts fonctionnaires du Processus de Rabat aura lieu à Dakar pour "
         "les partenaires et les experts.", "fr"),
        ("La reunión técnica del Proceso de Rabat se celebró en Madrid con los expertos de "
         "la región y las delegaciones.", "es"),
        ("La riunione tematica del Processo di Khartoum si è svolta a Roma con gli esperti "
         "della regione e dei paesi.", "it"),
        ("A reunião temática do Processo de Rabat realizou-se na Praia com os peritos das "
         "delegações para uma troca.", "pt"),
        # too few words to tell
        ("Rabat, 3 May 2025", ""),
    ],
)  # fmt: skip
def test_guess_language(text: str, language: str) -> None:
    assert guess_language(text) == language
