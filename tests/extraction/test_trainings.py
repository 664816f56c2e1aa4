"""When a word of training names one training session, read on the noun alone."""

from __future__ import annotations

import re

import pytest

from processus.extraction.trainings import not_a_training

_NOUN = re.compile(r"training|formations?|formaci(?:ón|ones)|formazion[ei]|forma(?:ção|ções)")


def _training_at_noun(text: str) -> bool:
    m = _NOUN.search(text)
    assert m is not None
    return not not_a_training(text, m)


@pytest.mark.parametrize(
    "text",
    [
        "The training on document fraud took place in Dakar.",
        "une formation sur la fraude documentaire",  # a subject after the noun
        "une formation de trois jours à Kampala",  # a length
        "une formation pour les officiers de police",  # an audience after "une"
        "Le Sénégal a accueilli, du 4 au 6 juin, à Saly, une formation consacrée à l'asile",
        "la formation des agents s'est tenue à Kampala",  # a holding verb in its clause
        "una formación sobre trata de personas",  # one event before the bare noun
        "uma formação para 20 agentes",
        "due formazioni a Roma",
        "La formación del Proceso de Rabat celebrada en Dakar",  # the article + held
        "A formação, realizada na Praia, reuniu 30 agentes",
    ],
)
def test_a_training_session(text: str) -> None:
    assert _training_at_noun(text) is True


@pytest.mark.parametrize(
    "text",
    [
        "the new training centre in Dakar",  # a modifier of a place
        "training materials were shared",
        "la formation professionnelle des jeunes",  # education in general
        "le manque de formation des agents",  # no article
        "la formation pour les officiers reste une priorité. Elle s'est tenue",  # stop
        "la formación profesional de los jóvenes",  # a word of education after it
        "l'accesso alla formazione",  # no article that makes it one event
        "una formazione professionale",
        "La formación de los agentes es una prioridad.",  # the article, no holding verb
    ],
)
def test_not_a_training_session(text: str) -> None:
    assert _training_at_noun(text) is False
