"""A small prepared meeting, focal points of three countries and role-named clients."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone

from processus.kb.models import Actor, Dialogue, Meeting
from processus.preparation import operations
from tests.web.conftest import _empty_cache  # noqa: F401  (shared autouse fixture)
from tests.web.factories import CountryFactory, DialogueFactory

#: The tests' present: the meeting is a month ahead, registration open for ten more days.
NOW = timezone.now().replace(microsecond=0)
START = (NOW + dt.timedelta(days=30)).date()


@pytest.fixture(autouse=True)
def _no_real_mail(settings) -> None:
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_user(
        "secretariat", password="sec-pass-123", is_staff=True
    )


@dataclass
class Prepared:
    meeting: Meeting
    dialogue: Dialogue
    countries: list[Actor]
    focal_users: list


def announce(editor, **settings) -> Meeting:
    values = {
        "kind": "thematic_meeting",
        "title": "Thematic meeting on labour mobility",
        "start": START.isoformat(),
        "end": (START + dt.timedelta(days=1)).isoformat(),
        "city": "Rabat",
        "country": "Morocco",
        "format": "in_person",
        "dialogues": ["Rabat Process"],
        "hosts": ["Morocco"],
    }
    base = {
        "registration_opens": NOW - dt.timedelta(days=10),
        "registration_deadline": NOW + dt.timedelta(days=10),
        "time_zone": "Africa/Casablanca",
        "capacity": 2,
        "quota_per_country": 1,
    }
    base.update(settings)
    return operations.announce(editor, values, base)


@pytest.fixture
def prepared(editor) -> Prepared:
    dialogue = DialogueFactory(key="rabat-process", name="Rabat Process")
    morocco = CountryFactory(name="Morocco", iso_code="MA", key="ma")
    senegal = CountryFactory(name="Senegal", iso_code="SN", key="sn")
    spain = CountryFactory(name="Spain", iso_code="ES", key="es", continent="Europe")
    mali = CountryFactory(name="Mali", iso_code="ML", key="ml")
    meeting = announce(editor)
    users = [
        operations.create_focal_point(f"fp-{c.key}", f"fp@{c.key}.example", "fp-pass-12345", c)
        for c in (senegal, spain, mali)
    ]
    return Prepared(meeting, dialogue, [senegal, spain, mali, morocco], users)


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def token_client(user=None):
    """An API client, signed in with ``user``'s token when one is given."""
    from rest_framework.authtoken.models import Token
    from rest_framework.test import APIClient

    client = APIClient()
    if user is not None:
        token, _created = Token.objects.get_or_create(user=user)
        client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    return client
