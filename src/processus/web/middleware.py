"""The one security header neither Django nor django-csp sets: Permissions-Policy.

The Content-Security-Policy comes from django-csp (policy in
:mod:`processus.config.security`); Django's own middleware sets HSTS, the SSL
redirect, X-Frame-Options, nosniff, Referrer-Policy and Cross-Origin-Opener-Policy
(see the settings).
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"


class SecurityHeadersMiddleware:
    """Adds Permissions-Policy unless a view set its own."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response
