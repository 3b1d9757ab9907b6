"""Anonymous rate limiting for the public API, with its rate read from settings."""

from django.conf import settings
from ninja.throttling import AnonRateThrottle


class SettingsAnonRateThrottle(AnonRateThrottle):
    """ninja's AnonRateThrottle, but the rate is ``settings.API_ANON_RATE`` (env API_ANON_RATE) at request time.

    State lives in the Django cache (Redis in production when REDIS_URL is set),
    keyed by client address; ninja adds ``Retry-After`` to the 429.
    """

    def __init__(self):
        self.rate = None

    def allow_request(self, request) -> bool:
        if self.rate != settings.API_ANON_RATE:
            self.num_requests, self.duration = self.parse_rate(settings.API_ANON_RATE)
            self.rate = settings.API_ANON_RATE
        return super().allow_request(request)
