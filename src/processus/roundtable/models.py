"""Guiding questions of a meeting's round table and the countries' statements on them.

A statement's ``text`` is always the country's own words: typed by an editor, or
copied from an ingested document's text between ``start`` and ``end`` (character
offsets into ``document.text``), so the words stay readable if the document goes.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class GuidingQuestion(models.Model):
    """One question put to the round table, numbered in the meeting's order, in EN and FR."""

    meeting = models.ForeignKey(
        "kb.Meeting",
        on_delete=models.CASCADE,
        related_name="guiding_questions",
        verbose_name=_("meeting"),
    )
    number = models.PositiveSmallIntegerField(_("number"))
    text = models.TextField(_("question (English)"), blank=True)
    text_fr = models.TextField(_("question (French)"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        ordering = ["meeting", "number"]
        verbose_name = _("guiding question")
        verbose_name_plural = _("guiding questions")
        constraints = [
            models.UniqueConstraint(fields=["meeting", "number"], name="unique_question_number"),
            models.CheckConstraint(
                condition=~Q(text="") | ~Q(text_fr=""), name="question_has_text"
            ),
        ]

    def __str__(self) -> str:
        return f"Q{self.number}. {self.display_text}"

    @property
    def display_text(self) -> str:
        """The question in the page's language, else in the other one."""
        if get_language() == "fr":
            return self.text_fr or self.text
        return self.text or self.text_fr


class Statement(models.Model):
    """What one country said on one guiding question (one statement per country and question)."""

    question = models.ForeignKey(
        GuidingQuestion,
        on_delete=models.CASCADE,
        related_name="statements",
        verbose_name=_("question"),
    )
    country = models.ForeignKey(
        "kb.Actor",
        on_delete=models.PROTECT,
        related_name="round_table_statements",
        limit_choices_to={"kind": "country"},
        verbose_name=_("country"),
    )
    speaker = models.CharField(_("speaker"), max_length=200, blank=True)
    text = models.TextField(_("statement"))
    document = models.ForeignKey(
        "kb.Document",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="round_table_statements",
        verbose_name=_("document"),
    )
    start = models.PositiveIntegerField(_("span start"), null=True, blank=True)
    end = models.PositiveIntegerField(_("span end"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        ordering = ["question", "country__name"]
        verbose_name = _("statement")
        verbose_name_plural = _("statements")
        constraints = [
            models.UniqueConstraint(
                fields=["question", "country"], name="unique_statement_per_country"
            ),
            models.CheckConstraint(
                condition=Q(start__isnull=True, end__isnull=True)
                | Q(start__isnull=False, end__isnull=False, end__gt=F("start")),
                name="statement_span_ordered",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.country} on Q{self.question.number}"

    @property
    def offset(self) -> int:
        """Where ``text`` starts in its document's text (0 for typed words)."""
        return self.start if self.document_id is not None and self.start is not None else 0
