"""API keys of editors (Django REST framework's ``authtoken``: one key per user)."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from processus.kb.operations import can_edit_record


class TokenRefused(ValueError):
    """No key for this user; the message says why."""


def token_for(user: Any) -> Any:
    """The user's key, made if they have none; only editors may have one."""
    from rest_framework.authtoken.models import Token

    if not can_edit_record(user):
        raise TokenRefused(f"{user.get_username()} is not an editor: only editors get an API key")
    token, _created = Token.objects.get_or_create(user=user)
    return token


def regenerate_token(user: Any) -> Any:
    """A new key for the user; the old one stops working."""
    from rest_framework.authtoken.models import Token

    if not can_edit_record(user):
        raise TokenRefused(f"{user.get_username()} is not an editor: only editors get an API key")
    with transaction.atomic():
        Token.objects.filter(user=user).delete()
        return Token.objects.create(user=user)
