"""Meetings, the roles actors play in them, their outcomes and the evidence for every value."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import models
from django.db.models import Case, F, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from processus.kb.partial_dates import Precision, format_partial_date


class MeetingKind(models.TextChoices):
    MINISTERIAL_CONFERENCE = "ministerial_conference", _("ministerial conference")
    SENIOR_OFFICIALS_MEETING = "senior_officials_meeting", _("senior officials' meeting")
    STEERING_COMMITTEE = "steering_committee", _("steering committee")
    THEMATIC_MEETING = "thematic_meeting", _("thematic meeting")
    TECHNICAL_MEETING = "technical_meeting", _("technical meeting")
    WORKSHOP = "workshop", _("workshop")
    SIDE_EVENT = "side_event", _("side event")
    JOINT_MEETING = "joint_meeting", _("joint meeting")
    TRAINING = "training", _("training")
    FIELD_VISIT = "field_visit", _("field visit")
    OTHER = "other", _("other")


class MeetingFormat(models.TextChoices):
    IN_PERSON = "in_person", _("in person")
    VIRTUAL = "virtual", _("virtual")
    HYBRID = "hybrid", _("hybrid")


class MeetingStatus(models.TextChoices):
    UPCOMING = "upcoming", _("upcoming")
    PAST = "past", _("past")
    CANCELLED = "cancelled", _("cancelled")
    POSTPONED = "postponed", _("postponed")


class CountQualifier(models.TextChoices):
    OVER = "over", _("over")
    NEARLY = "nearly", _("nearly")
    ABOUT = "about", _("about")
    AT_LEAST = "at least", _("at least")
    UP_TO = "up to", _("up to")


def today() -> dt.date:
    """The date every status is computed for: today in the site's time zone."""
    return timezone.localdate()


def _start_of_period(day: dt.date, precision: str) -> dt.date:
    """The first day of the day, month or year holding ``day``."""
    if precision == Precision.YEAR:
        return dt.date(day.year, 1, 1)
    if precision == Precision.MONTH:
        return day.replace(day=1)
    return day


def _over_before(field: str, on: dt.date) -> Q:
    """SQL: the date in ``field``, read at its precision, is over before ``on``'s period
    ("March 2026" is over on 1 April 2026, not on 2 March)."""
    coarse = [Precision.YEAR, Precision.MONTH]
    over = ~Q(**{f"{field}_precision__in": coarse}) & Q(**{f"{field}__lt": on})
    for precision in coarse:
        over |= Q(
            **{f"{field}_precision": precision, f"{field}__lt": _start_of_period(on, precision)}
        )
    return over


def current_status_expression(on: dt.date) -> Case:
    """SQL for :meth:`Meeting.status_on`, so lists can filter and count by it."""
    return Case(
        When(status__in=[MeetingStatus.CANCELLED, MeetingStatus.POSTPONED], then=F("status")),
        When(Q(end__isnull=False) & _over_before("end", on), then=Value(MeetingStatus.PAST.value)),
        When(Q(end__isnull=True) & _over_before("start", on), then=Value(MeetingStatus.PAST.value)),
        When(start__isnull=False, then=Value(MeetingStatus.UPCOMING.value)),
        default=F("status"),
        output_field=models.CharField(),
    )


class MeetingQuerySet(models.QuerySet["Meeting"]):
    def with_current_status(self, on: dt.date | None = None) -> MeetingQuerySet:
        return self.annotate(status_now=current_status_expression(on or today()))


class Meeting(models.Model):
    """One meeting, consolidated from every document that mentions it.

    The values here are the ones shown; every one of them is backed by
    :class:`Evidence` rows (extracted from documents or set by an editor).
    Dates keep their precision: "July 2019" is stored as 2019-07-01 with
    precision ``month``.
    """

    dialogues = models.ManyToManyField(
        "kb.Dialogue", related_name="meetings", blank=True, verbose_name=_("dialogues")
    )
    kind = models.CharField(
        _("kind"), max_length=30, choices=MeetingKind.choices, default=MeetingKind.OTHER
    )
    title = models.CharField(_("title"), max_length=500, blank=True)
    start = models.DateField(_("start"), null=True, blank=True)
    start_precision = models.CharField(
        max_length=5, choices=Precision.choices, default=Precision.DAY
    )
    end = models.DateField(_("end"), null=True, blank=True)
    end_precision = models.CharField(max_length=5, choices=Precision.choices, default=Precision.DAY)
    city = models.CharField(_("city"), max_length=200, blank=True)
    country = models.ForeignKey(
        "kb.Actor",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="meetings_held",
        limit_choices_to={"kind": "country"},
        verbose_name=_("country"),
    )
    format = models.CharField(_("format"), max_length=10, choices=MeetingFormat.choices, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=MeetingStatus.choices, blank=True)
    participants = models.PositiveIntegerField(_("participants"), null=True, blank=True)
    participants_qualifier = models.CharField(
        _("participants qualifier"), max_length=10, choices=CountQualifier.choices, blank=True
    )
    countries_count = models.PositiveSmallIntegerField(_("countries"), null=True, blank=True)
    recommendations = models.PositiveSmallIntegerField(_("recommendations"), null=True, blank=True)
    registration_deadline = models.DateField(_("registration deadline"), null=True, blank=True)
    registration_deadline_precision = models.CharField(
        max_length=5, choices=Precision.choices, default=Precision.DAY
    )
    themes = models.JSONField(_("thematic domains"), default=list, blank=True)
    follow_up_of = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="follow_ups",
        verbose_name=_("follow-up of"),
    )
    created = models.DateTimeField(_("created"), auto_now_add=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)

    objects = MeetingQuerySet.as_manager()

    class Meta:
        ordering = ["-start", "title"]
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        constraints = [
            models.CheckConstraint(
                condition=Q(end__isnull=True) | Q(start__isnull=False, end__gte=F("start")),
                name="meeting_end_not_before_start",
            ),
            models.CheckConstraint(
                condition=Q(follow_up_of__isnull=True) | ~Q(follow_up_of=F("pk")),
                name="meeting_not_follow_up_of_itself",
            ),
        ]
        indexes = [
            models.Index(fields=["start"]),
            models.Index(fields=["kind", "start"]),
            models.Index(fields=["city"]),
            # The web pages' facet cache is keyed on MAX(updated).
            models.Index(fields=["updated"]),
        ]

    def __str__(self) -> str:
        label = self.title or self.get_kind_display()
        where = f", {self.city}" if self.city else ""
        when = f", {self.start_label}" if self.start else ""
        return f"{label}{where}{when}"

    def status_on(self, on: dt.date) -> str:
        """Past or upcoming as of ``on`` when the meeting is dated.

        The stored ``status`` is what the sources said when they were written (an
        announcement says "upcoming" for ever); dates decide once they are known, read
        at their precision: a meeting of "December 2026" is past once December is over
        (until then it is upcoming, or under way). An editor's "cancelled" or
        "postponed" always stands. :func:`current_status_expression` is the same rule
        in SQL: the page, the lists, their filters and the downloads agree.
        """
        if self.status in (MeetingStatus.CANCELLED, MeetingStatus.POSTPONED):
            return self.status
        last, precision = (
            (self.end, self.end_precision) if self.end else (self.start, self.start_precision)
        )
        if last is not None and last < _start_of_period(on, precision):
            return MeetingStatus.PAST.value
        if self.start is not None:
            return MeetingStatus.UPCOMING.value
        return self.status

    @property
    def current_status(self) -> str:
        return self.status_on(today())

    def get_current_status_display(self) -> str:
        return str(dict(MeetingStatus.choices).get(self.current_status, self.current_status))

    @property
    def start_label(self) -> str | None:
        return format_partial_date(self.start, self.start_precision)

    @property
    def end_label(self) -> str | None:
        return format_partial_date(self.end, self.end_precision)


class MeetingRole(models.Model):
    """An actor hosts, chairs (or co-chairs) or organises (or co-organises) a meeting."""

    class Role(models.TextChoices):
        HOST = "host", _("host")
        CHAIR = "chair", _("chair")
        ORGANISER = "organiser", _("organiser")

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="roles")
    actor = models.ForeignKey("kb.Actor", on_delete=models.PROTECT, related_name="meeting_roles")
    role = models.CharField(_("role"), max_length=10, choices=Role.choices)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["meeting", "role", "position"]
        verbose_name = _("meeting role")
        verbose_name_plural = _("meeting roles")
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "actor", "role"], name="unique_meeting_role"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.actor} — {self.get_role_display()}"


class Outcome(models.Model):
    """A recommendation, policy takeaway or conclusion of a meeting, tracked over time."""

    class Kind(models.TextChoices):
        RECOMMENDATION = "recommendation", _("recommendation")
        TAKEAWAY = "takeaway", _("policy takeaway")
        CONCLUSION = "conclusion", _("conclusion")

    class FollowUp(models.TextChoices):
        UNKNOWN = "unknown", _("not assessed")
        OPEN = "open", _("open")
        IN_PROGRESS = "in_progress", _("in progress")
        DONE = "done", _("implemented")
        DROPPED = "dropped", _("dropped")

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="outcomes")
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    number = models.PositiveSmallIntegerField(_("number"), null=True, blank=True)
    text = models.TextField(_("text"))
    follow_up_status = models.CharField(
        _("follow-up"), max_length=12, choices=FollowUp.choices, default=FollowUp.UNKNOWN
    )
    document = models.ForeignKey(
        "kb.Document", on_delete=models.SET_NULL, null=True, blank=True, related_name="outcomes"
    )

    class Meta:
        ordering = ["meeting", "kind", "number"]
        verbose_name = _("outcome")
        verbose_name_plural = _("outcomes")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.number or ''}".strip()


class Evidence(models.Model):
    """Why a meeting has a value: a span of a source document, or an editor's correction.

    ``start``/``end`` are character offsets into ``document.text``; ``quote`` keeps
    the supporting text so the claim stays readable even if offsets are off.
    Edited evidence (``method == edited``) always wins over extraction, and so does
    a count the secretariat recorded at the meeting (``recorded``): :data:`HELD_METHODS`.
    """

    class Method(models.TextChoices):
        EXTRACTED = "extracted", _("extracted")
        INFERRED = "inferred", _("inferred")
        EDITED = "edited", _("edited by an editor")
        #: Counted by the secretariat at the meeting (attendance), not read from a document.
        RECORDED = "recorded", _("recorded at the meeting")

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="evidence")
    field = models.CharField(_("field"), max_length=40)
    value = models.JSONField(_("value"), null=True, blank=True)
    document = models.ForeignKey(
        "kb.Document", on_delete=models.CASCADE, null=True, blank=True, related_name="evidence"
    )
    #: The mention this span supports; deleted with it when its document changes.
    mention = models.ForeignKey(
        "kb.MeetingMention",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="evidence",
    )
    start = models.PositiveIntegerField(null=True, blank=True)
    end = models.PositiveIntegerField(null=True, blank=True)
    quote = models.TextField(_("quote"), blank=True)
    method = models.CharField(
        _("how obtained"), max_length=10, choices=Method.choices, default=Method.EXTRACTED
    )
    note = models.CharField(_("note"), max_length=300, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="evidence",
    )
    created_at = models.DateTimeField(_("recorded at"), auto_now_add=True)

    class Meta:
        ordering = ["meeting", "field", "created_at"]
        verbose_name = _("evidence")
        verbose_name_plural = _("evidence")
        constraints = [
            models.CheckConstraint(
                condition=Q(start__isnull=True, end__isnull=True)
                | Q(start__isnull=False, end__isnull=False, end__gte=F("start")),
                name="evidence_span_ordered",
            ),
            models.CheckConstraint(
                condition=~Q(method="edited") | Q(created_by__isnull=False),
                name="edited_evidence_has_editor",
            ),
            models.CheckConstraint(
                condition=Q(method__in=["edited", "recorded"]) | Q(document__isnull=False),
                name="extracted_evidence_has_document",
            ),
        ]
        indexes = [models.Index(fields=["meeting", "field"])]

    def __str__(self) -> str:
        return f"{self.field} = {self.value!r} ({self.get_method_display()})"


#: Methods whose values hold against the documents: ingestion and recomputation keep them
#: (an editor's correction, a count the secretariat recorded at the meeting).
HELD_METHODS: tuple[str, ...] = (Evidence.Method.EDITED, Evidence.Method.RECORDED)
