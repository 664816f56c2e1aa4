"""The one path for changes to a round table: questions and statements.

Every function checks that the user may edit the record
(:func:`processus.kb.operations.can_edit_record`), validates, writes in one
transaction, and forgets this process's page-cache version so the public pages
show the change at once; statements are (re)indexed for the site's search
(:mod:`processus.roundtable.indexing`). A statement taken from a document copies the words of
its span, so it reads the same whatever happens to the document later.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from processus.kb.models import Actor, Document, Meeting
from processus.kb.models.actors import ActorKind
from processus.kb.operations import OperationError
from processus.kb.operations.editors import require_editor
from processus.roundtable import indexing
from processus.roundtable.models import GuidingQuestion, Statement
from processus.web.page_cache import forget_data_version

#: The longest statement kept, in characters (a whole speech fits).
MAX_STATEMENT_CHARS = 20_000


def _clean(text: str | None) -> str:
    return (text or "").replace("\x00", " ").strip()


def save_question(
    user: Any,
    meeting: Meeting,
    text: str,
    text_fr: str,
    question: GuidingQuestion | None = None,
    number: int | None = None,
) -> GuidingQuestion:
    """Add a question to ``meeting`` (numbered after the last one unless ``number``) or
    change ``question``; at least one language's text is required."""
    require_editor(user)
    text, text_fr = _clean(text), _clean(text_fr)
    if not text and not text_fr:
        raise OperationError(_("A guiding question needs its text in English or in French."))
    with transaction.atomic():
        taken = GuidingQuestion.objects.filter(meeting=meeting)
        if question is not None:
            taken = taken.exclude(pk=question.pk)
        if number is None:
            number = (
                question.number
                if question is not None
                else (taken.aggregate(n=Max("number"))["n"] or 0) + 1
            )
        if number < 1:
            raise OperationError(_("A question's number starts at 1."))
        if taken.filter(number=number).exists():
            raise OperationError(
                _("This meeting already has a question number %(number)s.") % {"number": number}
            )
        if question is None:
            question = GuidingQuestion(meeting=meeting)
        question.number, question.text, question.text_fr = number, text, text_fr
        question.save()
    indexing.index_quietly(question.statements.select_related("country", "question"))
    forget_data_version()
    return question


def remove_question(user: Any, question: GuidingQuestion) -> None:
    """Remove a question and the statements made on it."""
    require_editor(user)
    statements = list(question.statements.values_list("pk", flat=True))
    question.delete()
    indexing.forget_quietly(statements)
    forget_data_version()


def document_span(
    document: Document, start: int | None, end: int | None, passage: str
) -> tuple[int, int]:
    """The span of ``document.text`` a statement quotes: ``start``/``end`` as given, or
    where ``passage`` (pasted from the document) first occurs."""
    text = document.text or ""
    passage = _clean(passage)
    if start is None and end is None and passage:
        found = text.find(passage)
        if found < 0:
            raise OperationError(
                _(
                    "The passage was not found in document %(number)s: paste it exactly as "
                    "the document page shows it."
                )
                % {"number": document.pk}
            )
        return found, found + len(passage)
    if start is None or end is None:
        raise OperationError(
            _("Give the passage of the document, or both the start and the end of its span.")
        )
    if not 0 <= start < end <= len(text):
        raise OperationError(
            _("The span %(start)s–%(end)s is outside document %(number)s (%(length)s characters).")
            % {"start": start, "end": end, "number": document.pk, "length": len(text)}
        )
    if not text[start:end].strip():
        raise OperationError(_("The span holds no words."))
    return start, end


def save_statement(
    user: Any,
    question: GuidingQuestion,
    country: Actor,
    *,
    text: str = "",
    speaker: str = "",
    document: Document | None = None,
    start: int | None = None,
    end: int | None = None,
    passage: str = "",
) -> Statement:
    """Set what ``country`` said on ``question``: typed ``text``, or a span of ``document``
    (``start``/``end``, or a ``passage`` to find). Replaces the country's earlier statement."""
    require_editor(user)
    if country.kind != ActorKind.COUNTRY:
        raise OperationError(_("%(name)s is not a country.") % {"name": country.name})
    if document is not None:
        start, end = document_span(document, start, end, passage)
        words = (document.text or "")[start:end]
    else:
        start = end = None
        words = _clean(text)
        if not words:
            raise OperationError(
                _("A statement needs the country's words, typed or from a document.")
            )
    if len(words) > MAX_STATEMENT_CHARS:
        raise OperationError(
            _("A statement holds at most %(limit)s characters.") % {"limit": MAX_STATEMENT_CHARS}
        )
    with transaction.atomic():
        statement = Statement.objects.filter(question=question, country=country).first()
        if statement is None:
            statement = Statement(question=question, country=country, created_by=user)
        statement.text, statement.speaker = words, _clean(speaker)[:200]
        statement.document, statement.start, statement.end = document, start, end
        statement.updated_by = user
        statement.save()
    indexing.index_quietly([statement])
    forget_data_version()
    return statement


def remove_statement(user: Any, statement: Statement) -> None:
    require_editor(user)
    pk = statement.pk
    statement.delete()
    indexing.forget_quietly([pk])
    forget_data_version()
