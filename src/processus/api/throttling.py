"""Anonymous clients are limited to ``PROCESSUS_API_ANON_RATE`` requests (per address).

The rate is read from the settings on every request (not once at import, as DRF's own
class does), so a deployment or a test can change it; ``None`` means no limit.
Authenticated editors are not limited.
"""

from __future__ import annotations

from django.conf import settings
from rest_framework.throttling import AnonRateThrottle


class AnonymousThrottle(AnonRateThrottle):
    scope = "anon"

    def __init__(self) -> None:
        self.rate = self.get_rate()
        self.num_requests, self.duration = self.parse_rate(self.rate)

    def get_rate(self) -> str | None:
        return getattr(settings, "PROCESSUS_API_ANON_RATE", None)
