"""The LOGGING setting: one line of JSON per record in production, readable text in development.

Every record carries the request id (core.request_id), so the lines of one request can be found together.
"""


def build_logging(json: bool, level: str) -> dict:
    formatter = (
        {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s %(request_id)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
        }
        if json
        else {"format": "%(asctime)s %(levelname)s [%(request_id)s] %(name)s: %(message)s"}
    )
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {
            "request_id": {"()": "core.request_id.RequestIdFilter"},
            # A Redis outage is logged once when it starts, not on every request (core/faults/cache_logging.py).
            "once_per_cache_outage": {"()": "core.faults.cache_logging.OncePerOutage"},
        },
        "formatters": {"default": formatter},
        "handlers": {
            "console": {"class": "logging.StreamHandler", "formatter": "default", "filters": ["request_id"]},
        },
        "root": {"handlers": ["console"], "level": level},
        # Django's own loggers propagate to the root; no second handler, no duplicate lines.
        "loggers": {
            "django": {"handlers": [], "level": level, "propagate": True},
            "roleatlas.cache": {"filters": ["once_per_cache_outage"]},
        },
    }
