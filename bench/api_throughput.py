"""Throughput of Role Atlas's /api/v1/ against Wagtail's own API v2, same pages, same server, same run.

    .venv/bin/python -m bench.api_throughput            # measure and print
    .venv/bin/python -m bench.api_throughput --write    # ... and update docs/performance.md

What it does, every run:
1. creates the PostgreSQL database BENCH_DATABASE_URL (default ra_api_bench) if missing, migrates it
   with bench.settings and loads N role guides (bench/load_data.py);
2. starts gunicorn (sync workers) on bench.settings, which mounts Wagtail's API v2 next to v1;
3. checks both APIs answer the same 20 roles, then, for each comparison, alternates v1 and v2 runs
   (ROUNDS each, SECONDS long, CONCURRENCY client threads opening a connection per request, as sync
   gunicorn closes it) after a warm-up, and reports requests per second and latency percentiles.

The detail compares /api/v1/roles/{slug} with v2's /api/v2/pages/{id}/ for the same page: the
second role of the list (it has a transition linked to another guide and is on a packaged path),
``{slug}`` and ``{id}`` being its slug and its page id. bench/urls.py gives v2 the guide's fields.
"""

import argparse
import http.client
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

import psycopg

ROOT = Path(__file__).resolve().parent.parent
PERFORMANCE_DOC = ROOT / "docs" / "performance.md"
START_MARKER, END_MARKER = "<!-- api_throughput:start -->", "<!-- api_throughput:end -->"
V2_FIELDS = "family,specialty,summary,median_salary,growth_outlook,ai_impact_score,entry_level,last_reviewed"


@dataclass(frozen=True)
class Comparison:
    name: str
    v1_path: str
    v2_path: str
    target: float


COMPARISONS = [
    Comparison("detail", "/api/v1/roles/{slug}", "/api/v2/pages/{id}/", target=3.0),
    Comparison("list of 20", "/api/v1/roles?limit=20", f"/api/v2/pages/?type=roles.RolePage&limit=20&fields={V2_FIELDS}", target=4.0),
]


@dataclass
class Run:
    requests: int
    seconds: float
    latencies: list[float]

    @property
    def per_second(self) -> float:
        return self.requests / self.seconds


def run_manage(*args: str, env: dict) -> None:
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


def prepare_database(database_url: str, roles: int, env: dict) -> None:
    parts = urlsplit(database_url)
    name = parts.path.lstrip("/")
    admin_url = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin_url, autocommit=True) as connection:
        if not connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            connection.execute(f'CREATE DATABASE "{name}"')
    run_manage("migrate", "--noinput", "-v", "0", env=env)
    subprocess.run([sys.executable, "-m", "bench.load_data", str(roles)], cwd=ROOT, env=env, check=True)


def start_server(port: int, workers: int, env: dict) -> subprocess.Popen:
    server = subprocess.Popen(
        [str(Path(sys.executable).with_name("gunicorn")), "config.wsgi:application", "--workers", str(workers),
         "--bind", f"127.0.0.1:{port}", "--log-level", "warning"],
        cwd=ROOT, env=env,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if get(port, "/healthz")[0] == 200:
                return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("gunicorn did not answer /healthz within 30 seconds")


def get(port: int, path: str) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("GET", path, headers={"Host": "localhost"})
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def load(port: int, path: str, seconds: float, concurrency: int) -> Run:
    stop_at = time.monotonic() + seconds
    latencies: list[float] = []
    failures: list[int] = []
    lock = threading.Lock()

    def worker():
        mine = []
        while time.monotonic() < stop_at:
            started = time.perf_counter()
            status, _ = get(port, path)
            mine.append(time.perf_counter() - started)
            if status != 200:
                failures.append(status)
        with lock:
            latencies.extend(mine)

    started = time.monotonic()
    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if failures:
        raise SystemExit(f"{path}: {len(failures)} responses were not 200 (first: {failures[0]})")
    return Run(len(latencies), time.monotonic() - started, latencies)


def check_same_roles(port: int) -> dict:
    """Both APIs list 20 roles and describe the same sample page in detail; returns the sample's slug and id."""
    v1 = json.loads(get(port, "/api/v1/roles?limit=20")[1])
    v2 = json.loads(get(port, f"/api/v2/pages/?type=roles.RolePage&limit=20&fields={V2_FIELDS}")[1])
    assert len(v1["results"]) == len(v2["items"]) == 20, "both APIs must list 20 roles"
    slug = v1["results"][1]["slug"]
    page_id = json.loads(get(port, f"/api/v2/pages/?type=roles.RolePage&slug={slug}")[1])["items"][0]["id"]
    v1_detail = json.loads(get(port, f"/api/v1/roles/{slug}")[1])
    v2_detail = json.loads(get(port, f"/api/v2/pages/{page_id}/")[1])
    assert v1_detail["guide"]["title"] == v2_detail["title"], "both details must describe the same page"
    parts = ("salary_bands", "transition_paths", "courses", "faq")
    assert [len(v1_detail["guide"][part]) for part in parts] == [
        len(v2_detail[part]) for part in ("salary_bands", "transitions", "role_courses", "faqs")
    ], "both details must carry the same parts"
    return {"slug": slug, "id": page_id}


def percentile(values: list[float], fraction: float) -> float:
    return statistics.quantiles(values, n=100)[int(fraction * 100) - 1] * 1000


def measure(port: int, comparison: Comparison, sample: dict, args) -> dict:
    paths = {"v1": comparison.v1_path.format(**sample), "v2": comparison.v2_path.format(**sample)}
    for path in paths.values():
        load(port, path, 2, args.concurrency)  # warm-up
    runs = {"v1": [], "v2": []}
    for _ in range(args.rounds):
        for api in ("v1", "v2"):
            runs[api].append(load(port, paths[api], args.seconds, args.concurrency))
    result = {"name": comparison.name, "target": comparison.target, "paths": paths}
    for api, api_runs in runs.items():
        latencies = [latency for run in api_runs for latency in run.latencies]
        result[api] = {
            "rps": sum(run.requests for run in api_runs) / sum(run.seconds for run in api_runs),
            "p50": percentile(latencies, 0.50),
            "p95": percentile(latencies, 0.95),
        }
    result["ratio"] = result["v1"]["rps"] / result["v2"]["rps"]
    return result


def report(results: list[dict], args) -> str:
    machine = f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"
    lines = [
        f"Last run: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {machine}; PostgreSQL on the same host; "
        f"gunicorn with {args.workers} sync workers; {args.roles} published roles; {args.concurrency} client threads; "
        f"{args.rounds} alternating rounds of {args.seconds:g} s per API after a 2 s warm-up.",
        "",
        "| comparison | /api/v1 req/s | v2 req/s | v1 ÷ v2 | target | v1 p50 / p95 ms | v2 p50 / p95 ms |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for result in results:
        verdict = "met" if result["ratio"] >= result["target"] else "**not met**"
        lines.append(
            f"| {result['name']} | {result['v1']['rps']:.0f} | {result['v2']['rps']:.0f} | {result['ratio']:.2f}x | "
            f"≥ {result['target']:g}x ({verdict}) | {result['v1']['p50']:.1f} / {result['v1']['p95']:.1f} | "
            f"{result['v2']['p50']:.1f} / {result['v2']['p95']:.1f} |"
        )
    lines += ["", "Paths measured:", ""]
    for result in results:
        lines.append(f"- {result['name']}: `{result['paths']['v1']}` against `{result['paths']['v2']}`")
    return "\n".join(lines)


def write_report(text: str) -> None:
    document = PERFORMANCE_DOC.read_text()
    pattern = re.compile(re.escape(START_MARKER) + ".*?" + re.escape(END_MARKER), re.S)
    if not pattern.search(document):
        raise SystemExit(f"{PERFORMANCE_DOC} has no {START_MARKER} ... {END_MARKER} section to update")
    PERFORMANCE_DOC.write_text(pattern.sub(lambda _: f"{START_MARKER}\n{text}\n{END_MARKER}", document))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--roles", type=int, default=200, help="published roles to load (default 200)")
    parser.add_argument("--seconds", type=float, default=10, help="length of each measured run (default 10)")
    parser.add_argument("--rounds", type=int, default=2, help="alternating runs per API (default 2)")
    parser.add_argument("--concurrency", type=int, default=8, help="client threads (default 8)")
    parser.add_argument("--workers", type=int, default=os.cpu_count(), help="gunicorn workers (default: CPU count)")
    parser.add_argument("--port", type=int, default=8106)
    parser.add_argument("--write", action="store_true", help=f"update the results in {PERFORMANCE_DOC.relative_to(ROOT)}")
    args = parser.parse_args()

    database_url = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/ra_api_bench")
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "bench.settings", "DATABASE_URL": database_url}
    prepare_database(database_url, args.roles, env)
    server = start_server(args.port, args.workers, env)
    try:
        sample = check_same_roles(args.port)
        results = [measure(args.port, comparison, sample, args) for comparison in COMPARISONS]
    finally:
        server.terminate()
        server.wait(timeout=10)
    text = report(results, args)
    print(text)
    if args.write:
        write_report(text)


if __name__ == "__main__":
    main()
