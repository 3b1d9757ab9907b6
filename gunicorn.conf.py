"""gunicorn settings for production (bin/serve). Every value can be overridden from the environment."""

import gc
import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", f"0.0.0.0:{os.environ.get('PORT', '8000')}")
# Two workers per CPU plus one, capped so a large machine does not exhaust PostgreSQL connections.
workers = int(os.environ.get("WEB_CONCURRENCY", min(multiprocessing.cpu_count() * 2 + 1, 9)))
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))  # a worker stuck longer than this is restarted
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "5"))
# Recycle workers to bound memory growth. A restart costs a worker 1-2 s of CPU (importing Django, Wagtail and
# the apps), so at 1,000 requests a page-cache hit (about 1 ms) paid more for restarts than for itself; a worker
# stays at about 145 MB under the bench's load (docs/performance.md).
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "10000"))
max_requests_jitter = 100
accesslog = "-"  # access log to stdout; the app's own logs go to stderr
errorlog = "-"
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms "%(a)s" request_id=%({x-request-id}o)s'
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
wsgi_app = "config.wsgi:application"


def post_worker_init(worker):
    """Put what the worker loaded (Django, Wagtail and the apps, about 200,000 objects) out of the garbage
    collector's sight. Its full collections walked them all, about 100 ms every few hundred requests, 0.2 ms a
    request on average (docs/performance.md); none of them is ever garbage."""
    gc.collect()
    gc.freeze()
