"""What the round-table pages show: questions with who spoke, the matrix, found positions."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from processus.kb.models import Actor, Meeting
from processus.roundtable.models import GuidingQuestion, Statement
from processus.roundtable.summaries import Summary, keywords, matches, summarize
from processus.search.text import parse_query

#: At most this many positions on the cross-meeting search page.
MAX_FOUND = 200


@dataclass
class Position:
    """A statement with the summary the page shows (the question's or the query's words)."""

    statement: Statement
    summary: Summary | None

    @property
    def in_document(self) -> bool:
        return self.statement.document_id is not None


@dataclass
class QuestionBlock:
    question: GuidingQuestion
    positions: list[Position] = field(default_factory=list)


@dataclass
class RoundTable:
    meeting: Meeting
    questions: list[QuestionBlock]
    countries: list[Actor]
    #: One row per country: (country, [statement or None per question, in question order]).
    matrix: list[tuple[Actor, list[Statement | None]]]
    query: str = ""
    total: int = 0


def _statements(questions: Iterable[GuidingQuestion]) -> list[Statement]:
    return list(
        Statement.objects.filter(question__in=list(questions))
        .select_related("country", "document", "question")
        .order_by("question__number", "country__name")
    )


def round_table(meeting: Meeting, query: str = "", country: Actor | None = None) -> RoundTable:
    """The meeting's round table; ``query``/``country`` keep only the matching positions
    (the matrix always shows every statement)."""
    questions = list(GuidingQuestion.objects.filter(meeting=meeting).order_by("number"))
    statements = _statements(questions)
    parsed = parse_query(query)
    blocks = {q.pk: QuestionBlock(q) for q in questions}
    for statement in statements:
        if country is not None and statement.country_id != country.pk:
            continue
        if not parsed.empty and not matches(statement.text, parsed.terms):
            continue
        wanted = (
            frozenset(parsed.terms)
            if not parsed.empty
            else keywords(statement.question.text, statement.question.text_fr)
        )
        summary = summarize(statement.text, wanted, statement.offset)
        blocks[statement.question_id].positions.append(Position(statement, summary))
    countries = sorted({s.country for s in statements}, key=lambda a: a.display_name)
    cells = {(s.country_id, s.question_id): s for s in statements}
    matrix = [(c, [cells.get((c.pk, q.pk)) for q in questions]) for c in countries]
    return RoundTable(
        meeting=meeting,
        questions=list(blocks.values()),
        countries=countries,
        matrix=matrix,
        query=parsed.text,
        total=len(statements),
    )


def find_positions(query: str, country: Actor | None = None) -> list[Position]:
    """Statements of every meeting holding all the words of ``query`` (stemmed, accents
    and case folded), newest meetings first, each with the sentences that hold them."""
    parsed = parse_query(query)
    if parsed.empty and country is None:
        return []
    statements = Statement.objects.select_related(
        "country", "document", "question__meeting"
    ).order_by("-question__meeting__start", "question__meeting_id", "question__number")
    if country is not None:
        statements = statements.filter(country=country)
    found = []
    for statement in statements.iterator():
        if not parsed.empty and not matches(statement.text, parsed.terms):
            continue
        wanted = (
            frozenset(parsed.terms)
            if not parsed.empty
            else keywords(statement.question.text, statement.question.text_fr)
        )
        found.append(Position(statement, summarize(statement.text, wanted, statement.offset)))
        if len(found) >= MAX_FOUND:
            break
    return found


def question_counts(meeting: Meeting) -> tuple[int, int]:
    """How many guiding questions and statements the meeting's round table holds."""
    questions = GuidingQuestion.objects.filter(meeting=meeting).count()
    statements = Statement.objects.filter(question__meeting=meeting).count() if questions else 0
    return questions, statements
