"""The client's address, trusting X-Forwarded-For only as far as ``settings.NUM_PROXIES`` proxies.

One rule for the API throttle (django-ninja applies the same arithmetic with ``NINJA_NUM_PROXIES``),
the login lockout (django-axes) and the request id.
"""

from django.conf import settings


def client_ip(request) -> str:
    remote_addr = request.META.get("REMOTE_ADDR", "")
    num_proxies = getattr(settings, "NUM_PROXIES", 0)
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if not num_proxies or not forwarded:
        return remote_addr
    addresses = [address.strip() for address in forwarded.split(",")]
    return addresses[-min(num_proxies, len(addresses))] or remote_addr


def behind_trusted_proxy() -> bool:
    return getattr(settings, "NUM_PROXIES", 0) > 0
