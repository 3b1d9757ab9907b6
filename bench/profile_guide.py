"""Profile one uncached guide render: ``python -m bench.profile_guide [URL]`` (docs/performance.md).

Production settings (``bench.settings``: DEBUG off), the page cache off (``PAGE_CACHE_SECONDS=0``),
against ``DATABASE_URL`` (default: ``roleatlas_demo``, a database filled with ``load_demo``; it runs
``collectstatic`` first, as the production storage needs its manifest). After
warm-up requests it prints the queries of one request (one line each: the table read), the mean
time per request, and pyinstrument's call tree of ``--requests`` requests, trimmed to what costs
at least 2 % of the time, then the share of cProfile's own time spent in each group of modules
(Django's templates, its ORM, the database driver, Wagtail, the project...).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/roleatlas_demo python -m bench.profile_guide /roles/ai-engineer/
"""

import argparse
import cProfile
import os
import pstats
import re
import time
from collections import Counter
from pathlib import Path

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/roleatlas_demo")
os.environ.setdefault("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
os.environ["PAGE_CACHE_SECONDS"] = "0"

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from pyinstrument import Profiler  # noqa: E402

_TABLE = re.compile(r'\bFROM "(\w+)"')


def query_lines(url: str, client: Client) -> list[str]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, f"{url} answered {response.status_code}"
    return [", ".join(dict.fromkeys(_TABLE.findall(query["sql"]))) for query in captured.captured_queries]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url", nargs="?", default="/roles/ai-engineer/")
    parser.add_argument("--requests", type=int, default=50, help="requests profiled (50)")
    parser.add_argument("--host", default="127.0.0.1", help="Host header (one of ALLOWED_HOSTS)")
    options = parser.parse_args()
    call_command("collectstatic", "--noinput", verbosity=0)  # the manifest the production storage needs
    client = Client(HTTP_HOST=options.host)
    for _ in range(3):  # imports, template loading, Wagtail's site root paths
        client.get(options.url)
    lines = query_lines(options.url, client)
    print(f"{options.url}: {len(lines)} queries")
    for number, line in enumerate(lines, start=1):
        print(f"  {number:2}. {line}")
    started = time.perf_counter()
    with Profiler(interval=0.0005) as profiler:
        for _ in range(options.requests):
            client.get(options.url)
    elapsed = (time.perf_counter() - started) / options.requests * 1000
    print(f"{elapsed:.1f} ms per request (mean of {options.requests}, profiler attached)")
    print(profiler.output_text(unicode=True, color=False, show_all=False, time="percent_of_total", short_mode=True))
    print("Own time by module (cProfile):")
    for group, share in time_by_module(client, options.url, options.requests):
        print(f"  {share:5.1f} %  {group}")


#: (what a file path contains, the group it counts for), first match wins.
MODULE_GROUPS = [
    ("django/template", "Django templates"),
    ("site-packages/jinja2/", "Jinja2 templates"),
    ("site-packages/markupsafe/", "Jinja2 templates"),
    (str(Path(__file__).resolve().parent.parent / "templates"), "Jinja2 templates"),
    ("django/db/models/sql", "Django ORM: SQL compilation"),
    ("django/db/models", "Django ORM: models and querysets"),
    ("django/db/backends", "database backend and psycopg"),
    ("psycopg", "database backend and psycopg"),
    ("wagtail", "Wagtail"),
    ("django/", "Django, other"),
    ("site-packages", "other libraries"),
    (str(Path(__file__).resolve().parent.parent), "the project's code"),
]


def time_by_module(client: Client, url: str, requests: int) -> list[tuple[str, float]]:
    """Share of the requests' own time (cProfile's ``tottime``) spent in each group of modules."""
    profile = cProfile.Profile()
    profile.runcall(lambda: [client.get(url) for _ in range(requests)])
    totals: Counter = Counter()
    for (filename, _line, _name), (_calls, _primitive, own_time, _cumulative, _callers) in pstats.Stats(
        profile
    ).stats.items():
        group = next((name for part, name in MODULE_GROUPS if part in filename), "the standard library and builtins")
        totals[group] += own_time
    whole = sum(totals.values()) or 1
    return [(group, 100 * seconds / whole) for group, seconds in totals.most_common()]


if __name__ == "__main__":
    main()
