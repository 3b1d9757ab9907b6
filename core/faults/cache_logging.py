"""One warning per cache outage instead of one traceback per request.

django-redis (``DJANGO_REDIS_IGNORE_EXCEPTIONS``) turns every Redis error into a
cache miss and logs it on ``DJANGO_REDIS_LOGGER``; this filter on that logger
lets the first error of an outage through, as a one-line warning, and drops the
rest. An outage is over once no error has been seen for ``quiet_seconds``.
"""

import logging
import threading
import time


class OncePerOutage(logging.Filter):
    def __init__(self, quiet_seconds: float = 60.0):
        super().__init__()
        self.quiet_seconds = quiet_seconds
        self._last_error_at: float | None = None
        self._lock = threading.Lock()

    def filter(self, record: logging.LogRecord) -> bool:
        now = time.monotonic()
        with self._lock:
            new_outage = self._last_error_at is None or now - self._last_error_at > self.quiet_seconds
            self._last_error_at = now
        if not new_outage:
            return False
        error = record.exc_info[1] if record.exc_info else None
        cause = getattr(error, "__cause__", None) or error
        record.levelno, record.levelname = logging.WARNING, "WARNING"
        record.msg = "Cache unreachable (%s); serving without it until it answers again."
        record.args = (cause,)
        record.exc_info = record.exc_text = None
        return True
