"""``make bench`` / ``python -m bench``: load the bench databases, serve them with gunicorn, measure
with wrk, print one table of ratios measured in the same run (see docs/performance.md).

1. Databases ``roleatlas_bench_<N>`` for the small and the large catalogue, created, migrated and
   filled by ``bench.load_data`` when they do not hold N bench guides (never the test or demo ones).
2. Its own ``redis-server`` on a free port, and three gunicorns (the deployment's ``gunicorn.conf.py``, which
   gunicorn reads from the working directory, with 2 workers of 2 threads each,
   ``bench.settings``: production settings plus Wagtail's API v2) on 127.0.0.1: one on the small
   database with every cache on (the cached rows), and one on each database with the page cache and
   the API detail cache off (``UNCACHED``: the uncached rows and both sides of every scale row).
3. wrk for a bounded time per case, the two sides of every ratio alternating.
"""

import argparse
import contextlib
import os
import platform
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

import psycopg

from bench.report import Row, latency_row, ratio_row, render_table

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
POSTGRES = os.environ.get("BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432")
GUIDE = "/roles/bench-role-00001/"
STATIC = "/static/css/site.css"
V2_LIST = (
    "/api/v2/pages/?type=roles.RolePage&limit=20&fields=family,specialty,summary,median_salary,"
    "growth_outlook,ai_impact_score,entry_level,last_reviewed"
)
UNCACHED = {"PAGE_CACHE_SECONDS": "0", "API_DETAIL_CACHE_SECONDS": "0"}


def main() -> None:
    parser = argparse.ArgumentParser(description="Role Atlas benchmark table (docs/performance.md).")
    parser.add_argument("--small", type=int, default=100, help="guides in the small catalogue (100)")
    parser.add_argument("--large", type=int, default=10000, help="guides in the large catalogue (10000)")
    parser.add_argument("--seconds", type=int, default=8, help="wrk time per case, in rounds of 1 s (8)")
    parser.add_argument("--quick", action="store_true", help="a smoke run: 1 s per case")
    options = parser.parse_args()
    seconds = 1 if options.quick else options.seconds
    ensure_wrk()
    urls = {size: ensure_database(size) for size in (options.small, options.large)}
    run_manage("collectstatic", "--noinput", "-v", "0", database_url=urls[options.small])
    with contextlib.ExitStack() as stack:
        redis_url = stack.enter_context(redis_server())
        cached = stack.enter_context(gunicorn(urls[options.small], redis_url))
        # Everything built on every request, neither the page cache nor the API detail cache: the
        # uncached rows and both sides of the scale rows (a cache hit costs the same at any size).
        small = stack.enter_context(gunicorn(urls[options.small], redis_url, **UNCACHED))
        large = stack.enter_context(gunicorn(urls[options.large], redis_url, **UNCACHED))
        rows = measure(cached, small, large, seconds, options)
        rss = max(worker_rss_mb(server.pid) for server in (cached, small, large))
        rows.append(Row("worker RSS after the run (largest worker)", f"{rss:.0f} MB", "≤ 150 MB", rss <= 150))
    header = (
        f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {platform.system()} {platform.machine()}, "
        f"{os.cpu_count()} CPUs, Python {platform.python_version()}; gunicorn.conf.py with 2 workers of 2 threads per server, no worker recycling; "
        f"{options.small} and {options.large} bench guides; wrk {seconds} s per case, 1 thread, 4 connections."
    )
    print(header)
    print(render_table(rows))


def measure(cached, small, large, seconds: int, options) -> list[Row]:
    v2_detail = f"/api/v2/pages/{v2_page_id(cached.base)}/"
    rows = []
    expect_x_cache(cached.base + GUIDE, "HIT")  # warmed when the server started; wrk sends no cookies
    static_rate, guide_rate = alternate(cached.base, [STATIC, GUIDE], seconds)
    rows.append(ratio_row("cached guide / static file (page cache hits)", guide_rate, static_rate, 0.85))
    expect_x_cache(small.base + GUIDE, None)  # PAGE_CACHE_SECONDS=0: no cache in the way
    static_rate, guide_rate = alternate(small.base, [STATIC, GUIDE], seconds)
    rows.append(ratio_row("uncached guide / static file (PAGE_CACHE_SECONDS=0)", guide_rate, static_rate, 0.08))
    v1, v2 = alternate(small.base, ["/api/v1/roles/bench-role-00001", v2_detail], seconds)
    rows.append(ratio_row("API detail built every request / Wagtail v2", v1, v2, 2.0))
    v1, v2 = alternate(cached.base, ["/api/v1/roles/bench-role-00001", v2_detail], seconds)
    rows.append(ratio_row("API detail cached / Wagtail v2", v1, v2, 3.0))
    v1, v2 = alternate(cached.base, ["/api/v1/roles?limit=20", V2_LIST], seconds)
    rows.append(ratio_row("API list of 20 / Wagtail v2", v1, v2, 4.0))
    expect_x_cache(large.base + GUIDE, None)
    for label, path_for in scale_cases():
        large_p50, small_p50 = alternate_p50(
            [large.base + path_for(options.large), small.base + path_for(options.small)], seconds
        )
        rows.append(latency_row(f"{options.large} / {options.small} p50 uncached: {label}", large_p50, small_p50, 2.0))
    return rows


def expect_x_cache(url: str, expected: str | None) -> None:
    """Check that ``url`` is (or with ``None``, is not) answered by the page cache as the row claims."""
    with urllib.request.urlopen(url, timeout=120) as response:
        answer = response.headers.get("X-Cache")
    if (answer == "HIT") != (expected == "HIT"):
        raise SystemExit(f"{url}: X-Cache is {answer!r}, expected {expected or 'no cache hit'}")


def scale_cases():
    """(label, path for a catalogue size): the pages whose cost must not grow with the catalogue."""
    last_roles_page = lambda size: f"/roles/?page={-(-size // 12)}"  # noqa: E731 (12 per page)
    last_api_offset = lambda size: f"/api/v1/roles?limit=20&offset={size - 20}"  # noqa: E731
    fixed = lambda path: lambda size: path  # noqa: E731
    return [
        ("/roles/", fixed("/roles/")),
        ("/roles/ filtered", fixed("/roles/?entry=yes")),
        ("/roles/ last page", last_roles_page),
        ("/search/?q=engineer", fixed("/search/?q=engineer")),
        ("/api/v1/roles?limit=20", fixed("/api/v1/roles?limit=20")),
        ("/api/v1/roles last offset", last_api_offset),
        ("/api/v1/search?q=engineer", fixed("/api/v1/search?q=engineer")),
        ("a guide", fixed(GUIDE)),
        ("/paths/", fixed("/paths/")),
        ("/certifications/", fixed("/certifications/")),
        ("/courses/", fixed("/courses/")),
        ("/sitemap.xml", fixed("/sitemap.xml")),
    ]


ROUNDS = 8
"""Each side of a row is measured in up to this many rounds of ``--seconds`` / rounds (at least 1 s), alternating
with the other side's: short rounds, so that both sides of a pair run under the same load of a shared machine."""


def _rounds(seconds: int) -> tuple[int, int]:
    """(rounds, seconds per round) for ``seconds`` of wrk per side."""
    rounds = max(1, min(ROUNDS, seconds))
    return rounds, max(1, seconds // rounds)


def alternate(base: str, paths: list[str], seconds: int) -> list[list[float]]:
    """Requests per second of each path in each round, the paths measured in alternation."""
    return [[result.per_second for result in rounds] for rounds in _in_rounds([base + path for path in paths], seconds)]


def alternate_p50(urls: list[str], seconds: int) -> list[list[float | None]]:
    """The p50 latency of each URL in ms in each round, the URLs measured in alternation (None for a round
    that answered nothing)."""
    return [[result.p50_ms for result in rounds] for rounds in _in_rounds(urls, seconds)]


def _in_rounds(urls: list[str], seconds: int) -> list[list["WrkResult"]]:
    """wrk's result for each URL in each round: every round runs each URL in turn."""
    rounds, each = _rounds(seconds)
    results: list[list[WrkResult]] = [[] for _ in urls]
    for _ in range(rounds):
        for number, url in enumerate(urls):
            results[number].append(wrk(url, each))
    return results


class WrkResult:
    def __init__(self, output: str):
        self.per_second = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
        median = re.search(r"50%\s+([\d.]+\w+)", output)
        # No answer within the case's time: no median (never counted as a fast one).
        self.p50_ms = _milliseconds(median.group(1)) if median and " 0 requests in" not in output else None
        errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
        if errors:
            raise SystemExit(f"wrk got {errors.group(1)} error responses:\n{output}")


def wrk(url: str, seconds: int) -> WrkResult:
    output = subprocess.run(
        ["wrk", "-t1", "-c4", f"-d{seconds}s", "--timeout", "30s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
        timeout=seconds + 60,
    ).stdout
    return WrkResult(output)


def _milliseconds(text: str) -> float:
    value, unit = re.fullmatch(r"([\d.]+)(\w+)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def ensure_wrk() -> None:
    if shutil.which("wrk"):
        return
    print("Installing wrk (Debian package) ...", file=sys.stderr)
    subprocess.run(["apt-get", "install", "-y", "-q", "wrk"], check=True)


def ensure_database(size: int) -> str:
    """The URL of ``roleatlas_bench_<size>``, created and filled when it does not hold ``size`` bench guides."""
    name = f"roleatlas_bench_{size}"
    url = f"{POSTGRES}/{name}"
    if bench_guide_count(url) == size:
        run_manage("migrate", "--noinput", "-v", "0", database_url=url)  # the code may have moved on since the load
        return url
    with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')
    print(f"Loading {size} bench guides into {name} ...", file=sys.stderr)
    subprocess.run([PYTHON, "-m", "bench.load_data", str(size)], cwd=ROOT, env=bench_env(url), check=True)
    return url


def bench_guide_count(url: str) -> int | None:
    try:
        with psycopg.connect(url) as connection:
            return connection.execute(
                "SELECT count(*) FROM wagtailcore_page WHERE slug LIKE 'bench-role-%%'"
            ).fetchone()[0]
    except psycopg.Error:
        return None


def bench_env(database_url: str, **extra: str) -> dict:
    return {**os.environ, "DJANGO_SETTINGS_MODULE": "bench.settings", "DATABASE_URL": database_url, **extra}


def run_manage(*args: str, database_url: str) -> None:
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=bench_env(database_url), check=True)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def redis_server():
    port = free_port()
    process = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    try:
        wait_for_port(port)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=30)


class Server:
    def __init__(self, process: subprocess.Popen, port: int):
        self.pid = process.pid
        self.base = f"http://127.0.0.1:{port}"


@contextlib.contextmanager
def gunicorn(database_url: str, redis_url: str, **extra_env: str):
    port = free_port()
    process = subprocess.Popen(
        [
            PYTHON,
            "-m",
            "gunicorn",
            "config.wsgi:application",
            "--workers",
            "2",
            "--bind",
            f"127.0.0.1:{port}",
            "--timeout",
            "300",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        # Worker recycling off: a restart costs a worker 1-2 s of CPU and would land on whichever case
        # runs then (at 2,000 static files a second, 10,000 requests come within one case).
        env=bench_env(database_url, REDIS_URL=redis_url, GUNICORN_MAX_REQUESTS="0", **extra_env),
        stdout=subprocess.DEVNULL,  # the access log (written, as deployed, but not shown); errors go to stderr
    )
    try:
        wait_for_port(port)
        server = Server(process, port)
        for path in (GUIDE, "/roles/", "/api/v1/roles?limit=20"):  # warm both workers' caches and imports
            for _ in range(4):
                urllib.request.urlopen(server.base + path, timeout=120).read()
        yield server
    finally:
        process.terminate()
        process.wait(timeout=60)


def wait_for_port(port: int, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
            return
        time.sleep(0.2)
    raise SystemExit(f"nothing listened on 127.0.0.1:{port} within {timeout:.0f} s")


def v2_page_id(base: str) -> int:
    import json

    with urllib.request.urlopen(
        f"{base}/api/v2/pages/?type=roles.RolePage&slug=bench-role-00001", timeout=60
    ) as answer:
        return json.load(answer)["items"][0]["id"]


def worker_rss_mb(master_pid: int) -> float:
    """The largest resident set of gunicorn's workers (the master's children), in MB."""
    sizes = subprocess.run(["ps", "-o", "rss=", "--ppid", str(master_pid)], capture_output=True, text=True).stdout
    return max((int(size) for size in sizes.split()), default=0) / 1024


if __name__ == "__main__":
    main()
