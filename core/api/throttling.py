"""Anonymous rate limiting for the public API, with its rate read from settings."""

from django.conf import settings
from ninja.throttling import AnonRateThrottle
from wagtail.models import APIToken


class SettingsAnonRateThrottle(AnonRateThrottle):
    """ninja's AnonRateThrottle, but the rate is ``settings.API_ANON_RATE`` (env API_ANON_RATE) at request time.

    State lives in the Django cache (Redis in production when REDIS_URL is set),
    keyed by client address; ninja adds ``Retry-After`` to the 429. Requests that
    carry a valid API token are not counted, on public endpoints too (public
    endpoints never run authentication, so ``request.auth`` alone cannot tell).
    When the cache is unreachable every request is allowed (django-redis reads
    a miss), so an outage never locks clients out.
    """

    def __init__(self):
        self.rate = None

    def allow_request(self, request) -> bool:
        if self.rate != settings.API_ANON_RATE:
            self.num_requests, self.duration = self.parse_rate(settings.API_ANON_RATE)
            self.rate = settings.API_ANON_RATE
        return super().allow_request(request)

    def get_cache_key(self, request):
        if carries_valid_token(request):
            return None
        return super().get_cache_key(request)


def carries_valid_token(request) -> bool:
    """True when ``Authorization: Bearer <token>`` names an active token of an active user."""
    scheme, _, credentials = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not credentials.strip():
        return False
    token = (
        APIToken.objects.select_related("user")
        .filter(key_hash__in=APIToken.candidate_key_hashes(credentials.strip()), revoked_at__isnull=True)
        .first()
    )
    return token is not None and token.user.is_active
