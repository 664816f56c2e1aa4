"""Round-table pages: the public page and positions search; editors' question and statement
forms (thin: every change goes through :mod:`processus.roundtable.operations`)."""

from __future__ import annotations

from functools import wraps
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from processus.kb.models import Meeting
from processus.kb.operations import OperationError, can_edit_record
from processus.roundtable import operations, queries
from processus.roundtable.forms import PositionSearchForm, QuestionForm, StatementForm
from processus.roundtable.models import GuidingQuestion, Statement


def editor_required(view: Any) -> Any:
    """Sign-in first, then only editors (the Editors group, staff or superusers)."""

    @login_required
    @wraps(view)
    def checked(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not can_edit_record(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return checked


def _page_url(meeting_pk: int, anchor: str = "") -> str:
    url = reverse("roundtable:page", args=[meeting_pk])
    return f"{url}#{anchor}" if anchor else url


def round_table(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = get_object_or_404(Meeting.objects.select_related("country"), pk=pk)
    search = PositionSearchForm(request.GET)
    if not search.is_valid():
        return render(
            request,
            "roundtable/round_table.html",
            {"meeting": meeting, "search": search, "table": None, "nav_current": "meetings"},
            status=400,
        )
    table = queries.round_table(meeting, search.cleaned_data["q"], search.cleaned_data["country"])
    return render(
        request,
        "roundtable/round_table.html",
        {
            "meeting": meeting,
            "table": table,
            "search": search,
            "filtered": bool(search.cleaned_data["q"] or search.cleaned_data["country"]),
            "can_edit": can_edit_record(request.user),
            "nav_current": "meetings",
        },
    )


def positions(request: HttpRequest) -> HttpResponse:
    """Positions of every round table holding the words typed (and of one country)."""
    search = PositionSearchForm(request.GET)
    valid = search.is_valid()
    found = (
        queries.find_positions(search.cleaned_data["q"], search.cleaned_data["country"])
        if valid
        else []
    )
    return render(
        request,
        "roundtable/positions.html",
        {
            "search": search,
            "found": found,
            "asked": valid and bool(search.cleaned_data["q"] or search.cleaned_data["country"]),
            "limit": queries.MAX_FOUND,
            "nav_current": "search",
        },
        status=200 if valid else 400,
    )


@editor_required
@require_http_methods(["GET", "POST"])
def question_form(request: HttpRequest, pk: int, question_pk: int | None = None) -> HttpResponse:
    meeting = get_object_or_404(Meeting, pk=pk)
    question = (
        get_object_or_404(GuidingQuestion, pk=question_pk, meeting=meeting) if question_pk else None
    )
    status = 200
    if request.method == "POST":
        form = QuestionForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            try:
                saved = operations.save_question(
                    request.user, meeting, data["text"], data["text_fr"], question, data["number"]
                )
            except OperationError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, _("Guiding question saved."))
                return redirect(_page_url(meeting.pk, f"question-{saved.number}"))
        status = 400
    else:
        initial = (
            {"number": question.number, "text": question.text, "text_fr": question.text_fr}
            if question
            else {}
        )
        form = QuestionForm(initial=initial)
    return render(
        request,
        "roundtable/question_form.html",
        {"meeting": meeting, "question": question, "form": form, "nav_current": "meetings"},
        status=status,
    )


@editor_required
@require_POST
def question_remove(request: HttpRequest, pk: int, question_pk: int) -> HttpResponse:
    question = get_object_or_404(GuidingQuestion, pk=question_pk, meeting_id=pk)
    operations.remove_question(request.user, question)
    messages.success(request, _("Guiding question removed, with its statements."))
    return redirect(_page_url(pk))


def _statement_initial(statement: Statement | None) -> dict[str, Any]:
    if statement is None:
        return {}
    initial: dict[str, Any] = {"country": statement.country, "speaker": statement.speaker}
    if statement.document_id is not None:
        initial |= {
            "document": statement.document_id,
            "start": statement.start,
            "end": statement.end,
        }
    else:
        initial["text"] = statement.text
    return initial


@editor_required
@require_http_methods(["GET", "POST"])
def statement_form(
    request: HttpRequest, pk: int, question_pk: int, statement_pk: int | None = None
) -> HttpResponse:
    question = get_object_or_404(
        GuidingQuestion.objects.select_related("meeting"), pk=question_pk, meeting_id=pk
    )
    statement = (
        get_object_or_404(Statement, pk=statement_pk, question=question) if statement_pk else None
    )
    status = 200
    if request.method == "POST":
        form = StatementForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            try:
                saved = operations.save_statement(
                    request.user,
                    question,
                    data["country"],
                    text=data["text"],
                    speaker=data["speaker"],
                    document=data["document"],
                    start=data["start"],
                    end=data["end"],
                    passage=data["passage"],
                )
            except OperationError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, _("Statement saved."))
                return redirect(_page_url(pk, f"statement-{saved.pk}"))
        status = 400
    else:
        form = StatementForm(initial=_statement_initial(statement))
    return render(
        request,
        "roundtable/statement_form.html",
        {
            "meeting": question.meeting,
            "question": question,
            "statement": statement,
            "form": form,
            "nav_current": "meetings",
        },
        status=status,
    )


@editor_required
@require_POST
def statement_remove(
    request: HttpRequest, pk: int, question_pk: int, statement_pk: int
) -> HttpResponse:
    statement = get_object_or_404(
        Statement, pk=statement_pk, question_id=question_pk, question__meeting_id=pk
    )
    operations.remove_statement(request.user, statement)
    messages.success(request, _("Statement removed."))
    return redirect(_page_url(pk, f"question-{statement.question.number}"))
