"""The API answers in the client's language (``Accept-Language``: English or French).

The pages take their language from the address (``/fr/…``); the API has one address,
so messages (errors, labels of the record's fields) follow the request's
``Accept-Language`` header instead, English when it names no language the site has.
"""

from __future__ import annotations

from typing import Any

from django.utils import translation
from rest_framework.request import Request


class ClientLanguageMixin:
    def initial(self, request: Request, *args: Any, **kwargs: Any) -> None:
        language = translation.get_language_from_request(request._request, check_path=False)
        translation.activate(language)
        request._request.LANGUAGE_CODE = translation.get_language()
        super().initial(request, *args, **kwargs)  # type: ignore[misc]
