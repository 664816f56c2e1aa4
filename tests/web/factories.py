"""factory-boy factories for the knowledge-base models the web pages show.

Names and codes are made up per sequence, so tests that need a real name
(a country with a French name, a dialogue with its French title) pass it.
"""

from __future__ import annotations

import datetime as dt

import factory
from factory.django import DjangoModelFactory

from processus.kb.models import (
    Action,
    Actor,
    ActorKind,
    Area,
    Chairmanship,
    Dialogue,
    Document,
    Evidence,
    Framework,
    Meeting,
    MeetingLink,
    MeetingRole,
    Membership,
    Objective,
    ReferenceCountry,
)


def _iso_code(n: int) -> str:
    """Two distinct upper-case letters per sequence number (up to 676 countries)."""
    return chr(ord("A") + n // 26 % 26) + chr(ord("A") + n % 26)


class DialogueFactory(DjangoModelFactory):
    class Meta:
        model = Dialogue
        django_get_or_create = ("key",)

    key = factory.Sequence(lambda n: f"dialogue-{n}")
    name = factory.Sequence(lambda n: f"Dialogue {n}")
    kind = Dialogue.Kind.DIALOGUE


class CountryFactory(DjangoModelFactory):
    class Meta:
        model = Actor
        django_get_or_create = ("key",)

    key = factory.LazyAttribute(lambda o: o.iso_code.lower())
    kind = ActorKind.COUNTRY
    name = factory.Sequence(lambda n: f"Country {n}")
    iso_code = factory.Sequence(_iso_code)
    continent = "Africa"


class OrganisationFactory(DjangoModelFactory):
    class Meta:
        model = Actor
        django_get_or_create = ("key",)

    key = factory.Sequence(lambda n: f"organisation-{n}")
    kind = ActorKind.ORGANISATION
    name = factory.Sequence(lambda n: f"Organisation {n}")
    iso_code = None


class MembershipFactory(DjangoModelFactory):
    class Meta:
        model = Membership

    dialogue = factory.SubFactory(DialogueFactory)
    actor = factory.SubFactory(CountryFactory)
    role = Membership.Role.PARTNER


class PartnerOrganisationFactory(MembershipFactory):
    actor = factory.SubFactory(OrganisationFactory)
    role = Membership.Role.PARTNER_ORGANISATION


class ChairmanshipFactory(DjangoModelFactory):
    class Meta:
        model = Chairmanship

    dialogue = factory.SubFactory(DialogueFactory)
    actor = factory.SubFactory(CountryFactory)
    start = factory.Sequence(lambda n: dt.date(2000 + n % 100, 1, 1))
    start_precision = "year"
    end = None
    end_precision = "year"


class FrameworkFactory(DjangoModelFactory):
    class Meta:
        model = Framework

    key = factory.Sequence(lambda n: f"plan-{n}")
    dialogue = factory.SubFactory(DialogueFactory)
    name = factory.Sequence(lambda n: f"Action Plan {n}")
    period_start = 2023
    period_end = 2027


class AreaFactory(DjangoModelFactory):
    class Meta:
        model = Area

    framework = factory.SubFactory(FrameworkFactory)
    number = factory.Sequence(lambda n: n + 1)
    title = factory.Sequence(lambda n: f"Area title {n}")


class ObjectiveFactory(DjangoModelFactory):
    """An objective in an area; pass ``area=None, framework=...`` for one not yet placed."""

    class Meta:
        model = Objective

    area = factory.SubFactory(AreaFactory)
    framework = factory.LazyAttribute(lambda o: o.area.framework)
    number = factory.Sequence(lambda n: str(n + 1))
    position = factory.Sequence(lambda n: n)
    title = factory.Sequence(lambda n: f"Objective title {n}")


class ActionFactory(DjangoModelFactory):
    class Meta:
        model = Action

    objective = factory.SubFactory(ObjectiveFactory)
    number = factory.Sequence(lambda n: str(n + 1))
    position = factory.Sequence(lambda n: n)
    title = factory.Sequence(lambda n: f"Action title {n}")


class ReferenceCountryFactory(DjangoModelFactory):
    class Meta:
        model = ReferenceCountry

    area = factory.SubFactory(AreaFactory)
    dialogue = factory.LazyAttribute(lambda o: o.area.framework.dialogue)
    actor = factory.SubFactory(CountryFactory)


class MeetingFactory(DjangoModelFactory):
    class Meta:
        model = Meeting
        skip_postgeneration_save = True

    kind = "thematic_meeting"
    title = factory.Sequence(lambda n: f"Meeting {n}")
    start = dt.date(2024, 3, 5)
    start_precision = "day"
    end = factory.LazyAttribute(lambda o: o.start)
    end_precision = "day"

    @factory.post_generation
    def dialogues(self, create: bool, extracted: list[Dialogue] | None, **kwargs: object) -> None:
        if create and extracted:
            self.dialogues.set(extracted)


class MeetingRoleFactory(DjangoModelFactory):
    class Meta:
        model = MeetingRole

    meeting = factory.SubFactory(MeetingFactory)
    actor = factory.SubFactory(CountryFactory)
    role = MeetingRole.Role.HOST
    position = 0


class DocumentFactory(DjangoModelFactory):
    class Meta:
        model = Document

    title = factory.Sequence(lambda n: f"Document {n}")
    content_hash = factory.Sequence(lambda n: f"{n:064x}")
    kind = Document.Kind.ANNOUNCEMENT
    language = "en"
    text = ""
    document_date = dt.date(2024, 2, 1)
    document_date_precision = "day"


class EvidenceFactory(DjangoModelFactory):
    """Extracted evidence; pass ``document`` with a text and a ``quote`` found in it."""

    class Meta:
        model = Evidence

    meeting = factory.SubFactory(MeetingFactory)
    document = factory.SubFactory(DocumentFactory)
    field = "city"
    quote = ""
    start = factory.LazyAttribute(
        lambda o: o.document.text.find(o.quote) if o.document and o.quote else None
    )
    end = factory.LazyAttribute(lambda o: o.start + len(o.quote) if o.start is not None else None)
    method = Evidence.Method.EXTRACTED


class MeetingLinkFactory(DjangoModelFactory):
    class Meta:
        model = MeetingLink

    meeting = factory.SubFactory(MeetingFactory)
