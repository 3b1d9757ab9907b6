"""A request id on every log line of a request, echoed in the ``X-Request-ID`` response header.

The id comes from the trusted proxy's ``X-Request-ID`` header (only when ``NUM_PROXIES`` says a proxy
is in front, and only if it looks like an id), else a fresh one is generated.
"""

import contextvars
import logging
import re
import uuid

from config.client_ip import behind_trusted_proxy

HEADER = "X-Request-ID"
_ACCEPTABLE_ID = re.compile(r"[A-Za-z0-9._:-]{1,128}")
current_request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")


def _incoming_id(request) -> str | None:
    value = request.META.get("HTTP_X_REQUEST_ID", "")
    if behind_trusted_proxy() and _ACCEPTABLE_ID.fullmatch(value):
        return value
    return None


class RequestIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request_id = _incoming_id(request) or uuid.uuid4().hex
        request.request_id = request_id
        token = current_request_id.set(request_id)
        try:
            response = self.get_response(request)
        finally:
            current_request_id.reset(token)
        response[HEADER] = request_id
        return response


class RequestIdFilter(logging.Filter):
    """Adds ``record.request_id`` ('-' outside a request) so every formatter can print it."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = current_request_id.get()
        return True
