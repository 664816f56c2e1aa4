"""Who takes part: dialogues, actors (countries and organisations) and their relations."""

from __future__ import annotations

from django.db import models
from django.db.models import F, Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from processus.kb.partial_dates import Precision, format_partial_date
from processus.kb.text import fold


class Dialogue(models.Model):
    """A migration dialogue (process) or a related initiative, programme or declaration."""

    class Kind(models.TextChoices):
        DIALOGUE = "dialogue", _("dialogue")
        INITIATIVE = "initiative", _("initiative")
        PROGRAMME = "programme", _("programme")
        DECLARATION = "declaration", _("declaration")

    key = models.SlugField(_("key"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=200)
    name_fr = models.CharField(_("French name"), max_length=200, blank=True)
    full_name = models.CharField(_("full name"), max_length=300, blank=True)
    full_name_fr = models.CharField(_("full French name"), max_length=300, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.DIALOGUE)
    founded = models.CharField(_("founded"), max_length=10, blank=True)
    aliases = models.JSONField(_("aliases"), default=list, blank=True)
    source_url = models.URLField(_("source"), max_length=500, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("dialogue")
        verbose_name_plural = _("dialogues")

    def __str__(self) -> str:
        return self.name

    @property
    def display_name(self) -> str:
        return self.name_fr if get_language() == "fr" and self.name_fr else self.name


class ActorKind(models.TextChoices):
    COUNTRY = "country", _("country")
    ORGANISATION = "organisation", _("organisation")


class Actor(models.Model):
    """A country (with its ISO 3166 code) or an organisation."""

    key = models.SlugField(_("key"), max_length=80, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=ActorKind.choices)
    name = models.CharField(_("name"), max_length=200)
    name_fr = models.CharField(_("French name"), max_length=200, blank=True)
    full_name = models.CharField(_("full name"), max_length=300, blank=True)
    iso_code = models.CharField(
        _("ISO 3166 code"), max_length=2, null=True, blank=True, unique=True
    )
    alpha3 = models.CharField(_("ISO alpha-3 code"), max_length=3, blank=True)
    region = models.CharField(_("region"), max_length=100, blank=True)
    continent = models.CharField(_("continent"), max_length=40, blank=True)
    organisation_kind = models.CharField(_("organisation kind"), max_length=40, blank=True)
    url = models.URLField(_("website"), max_length=500, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("actor")
        verbose_name_plural = _("actors")
        constraints = [
            models.CheckConstraint(
                condition=Q(kind=ActorKind.COUNTRY, iso_code__isnull=False)
                | Q(kind=ActorKind.ORGANISATION, iso_code__isnull=True),
                name="actor_country_has_iso_code",
            ),
        ]
        indexes = [models.Index(fields=["kind", "name"])]

    def __str__(self) -> str:
        return self.name

    @property
    def display_name(self) -> str:
        return self.name_fr if get_language() == "fr" and self.name_fr else self.name

    @property
    def is_country(self) -> bool:
        return self.kind == ActorKind.COUNTRY


class ActorAlias(models.Model):
    """Another way documents name an actor ("Ivory Coast", "Maroc", "OIM").

    ``normalized`` is the accent- and case-folded form, unique across all actors,
    so one spelling can never point at two actors.
    """

    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(_("alias"), max_length=300)
    normalized = models.CharField(max_length=300, unique=True, editable=False)
    language = models.CharField(_("language"), max_length=8, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("actor alias")
        verbose_name_plural = _("actor aliases")

    def __str__(self) -> str:
        return self.name

    def save(self, *args: object, **kwargs: object) -> None:
        self.normalized = fold(self.name)
        super().save(*args, **kwargs)  # type: ignore[arg-type]


class Membership(models.Model):
    """An actor's standing in a dialogue: partner, observer or partner organisation."""

    class Role(models.TextChoices):
        PARTNER = "partner", _("partner country")
        PARTNER_ORGANISATION = "partner_organisation", _("partner organisation")
        OBSERVER = "observer", _("observer")

    dialogue = models.ForeignKey(Dialogue, on_delete=models.CASCADE, related_name="memberships")
    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="memberships")

    class Group(models.TextChoices):
        AFRICA = "africa", _("Africa")
        EUROPE = "europe", _("Europe")

    role = models.CharField(_("role"), max_length=30, choices=Role.choices)
    #: The side of the dialogue the partner sits on, as the dialogue itself counts
    #: it (Cyprus is a European partner although the UN places it in Western Asia).
    group = models.CharField(_("group"), max_length=10, choices=Group.choices, blank=True)
    since = models.CharField(_("since"), max_length=10, blank=True)
    until = models.CharField(_("until"), max_length=10, blank=True)
    source_url = models.URLField(_("source"), max_length=500, blank=True)

    class Meta:
        ordering = ["dialogue", "role", "actor__name"]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(fields=["dialogue", "actor", "role"], name="unique_membership"),
        ]

    def __str__(self) -> str:
        return f"{self.actor} — {self.get_role_display()} — {self.dialogue}"


class Chairmanship(models.Model):
    """A period during which an actor chairs a dialogue (it rotates roughly yearly)."""

    dialogue = models.ForeignKey(Dialogue, on_delete=models.CASCADE, related_name="chairmanships")
    actor = models.ForeignKey(Actor, on_delete=models.PROTECT, related_name="chairmanships")
    start = models.DateField(_("start"), null=True, blank=True)
    start_precision = models.CharField(max_length=5, choices=Precision.choices, default="year")
    end = models.DateField(_("end"), null=True, blank=True)
    end_precision = models.CharField(max_length=5, choices=Precision.choices, default="year")
    source_url = models.URLField(_("source"), max_length=500, blank=True)

    class Meta:
        ordering = ["dialogue", "-end", "-start"]
        verbose_name = _("chairmanship")
        verbose_name_plural = _("chairmanships")
        constraints = [
            models.UniqueConstraint(
                fields=["dialogue", "actor", "start"], name="unique_chairmanship"
            ),
            models.CheckConstraint(
                condition=Q(end__isnull=True) | Q(start__isnull=True) | Q(end__gte=F("start")),
                name="chairmanship_end_after_start",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.actor} ({self.period_label})"

    @property
    def period_label(self) -> str:
        start = format_partial_date(self.start, self.start_precision) or "…"
        end = format_partial_date(self.end, self.end_precision) or ""
        return start if end == start else f"{start}–{end}"


class ReferenceCountry(models.Model):
    """An actor that leads a thematic area of an action plan for a period."""

    dialogue = models.ForeignKey(
        Dialogue, on_delete=models.CASCADE, related_name="reference_countries"
    )
    area = models.ForeignKey(
        "kb.Area", on_delete=models.CASCADE, related_name="reference_countries"
    )
    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="reference_roles")
    period_start = models.CharField(_("from"), max_length=10, blank=True)
    period_end = models.CharField(_("until"), max_length=10, blank=True)
    source_url = models.URLField(_("source"), max_length=500, blank=True)

    class Meta:
        ordering = ["area", "actor__name"]
        verbose_name = _("reference country")
        verbose_name_plural = _("reference countries")
        constraints = [
            models.UniqueConstraint(
                fields=["dialogue", "area", "actor"], name="unique_reference_country"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.actor} — {self.area}"
