"""A request id on every log line of a request, echoed in the ``X-Request-ID`` response header.

The id comes from the trusted proxy's ``X-Request-ID`` header (only when ``NUM_PROXIES`` says a proxy
is in front, and only if it looks like an id), else a fresh one is generated.
"""

import contextvars
import logging
import re
import uuid

from django.core.signals import request_finished
from django.dispatch import receiver

from core.client_ip import behind_trusted_proxy

HEADER = "X-Request-ID"
_ACCEPTABLE_ID = re.compile(r"[A-Za-z0-9._:-]{1,128}")
current_request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")


def request_id_for(environ: dict) -> str:
    """The trusted proxy's id for this request, or a fresh one."""
    value = environ.get("HTTP_X_REQUEST_ID", "")
    if behind_trusted_proxy() and _ACCEPTABLE_ID.fullmatch(value):
        return value
    return uuid.uuid4().hex


class RequestIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if getattr(request, "is_dummy", False):  # Wagtail's preview, rendered inside an admin request
            return self.get_response(request)
        request_id = request_id_for(request.META)
        request.request_id = request_id
        # Kept until the response is closed, so Django's own "Not Found: /x" line (logged after
        # the middleware returns) carries the id too.
        current_request_id.set(request_id)
        response = self.get_response(request)
        response[HEADER] = request_id
        return response


@receiver(request_finished)
def _forget_request_id(**kwargs):
    current_request_id.set("-")


class RequestIdFilter(logging.Filter):
    """Adds ``record.request_id`` ('-' outside a request) so every formatter can print it."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = current_request_id.get()
        return True
