"""Gunicorn in front of a database that hangs or refuses: 503 within seconds, and recovery without a restart.

The server runs as a subprocess whose DATABASE_URL points at a proxy this test
controls, in front of the test database; the shared PostgreSQL is never stopped.
"""

import json
import os
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.db import connection

from tests.core.faults.redis_server import free_port
from tests.core.faults.tcp_proxy import ControllableProxy
from tests.e2e.conftest import wagtail_tree  # noqa: F401 (restores the locale and root a flush removes)
from tests.factories.home import HomePageFactory
from tests.factories.roles import RoleIndexPageFactory, RolePageFactory

ROOT = Path(__file__).resolve().parents[3]
GUNICORN = Path(sys.executable).with_name("gunicorn")
pytestmark = [
    pytest.mark.skipif(not GUNICORN.exists() and not shutil.which("gunicorn"), reason="needs gunicorn"),
    # The server subprocess must see the test's rows, so they are committed; serialized
    # rollback puts back what migrations created once the test has emptied the tables.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def get(url: str, timeout: float = 20.0) -> tuple[int, str, str, float]:
    """(status, content type, body, seconds taken)."""
    started = time.monotonic()
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            status, headers, body = response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        status, headers, body = error.code, error.headers, error.read()
    return status, headers.get("Content-Type", ""), body.decode(), time.monotonic() - started


def cache_outcome(url: str) -> str | None:
    with urllib.request.urlopen(url, timeout=20) as response:
        return response.headers.get("X-Cache")


def wait_until(condition, within: float, what: str):
    deadline = time.monotonic() + within
    while not (result := condition()):
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.1)  # polling a condition
    return result


@pytest.fixture
def site(wagtail_tree):
    home = HomePageFactory.as_site_root()
    role = RolePageFactory(parent=RoleIndexPageFactory(parent=home), title="Data Engineer", slug="data-engineer")
    return role


@pytest.fixture
def proxy():
    db = connection.settings_dict
    proxy = ControllableProxy(db["HOST"] or "127.0.0.1", int(db["PORT"] or 5432))
    yield proxy
    proxy.close()


@pytest.fixture
def server(site, proxy, tmp_path):
    db = connection.settings_dict
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": f"postgres://{db['USER']}@127.0.0.1:{proxy.port}/{db['NAME']}",
        "CONN_MAX_AGE": "60",
        "DB_CONNECT_TIMEOUT": "2",
        "DB_STATEMENT_TIMEOUT_MS": "3000",
        "TEST_PAGE_CACHE_SECONDS": "86400",  # as in production: guides are read through the page cache's front
    }
    process = subprocess.Popen(
        [str(GUNICORN), "config.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "1", "--timeout", "60"],
        cwd=ROOT,
        env=env,
        stdout=open(tmp_path / "gunicorn.log", "w"),
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"

    def answers():
        try:
            return get(f"{base}/robots.txt", timeout=2)[0] == 200
        except OSError:
            return process.poll() is not None  # stop waiting if it died

    try:
        wait_until(answers, within=60, what="gunicorn to start")
        assert process.poll() is None, (tmp_path / "gunicorn.log").read_text()
        yield base
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_a_hung_then_refused_database_gives_503_in_seconds_and_recovers(server, site, proxy):
    role_url = f"{server}{site.url}"
    assert get(f"{server}/healthz")[0] == 200
    assert get(role_url)[0] == 200, "a persistent connection is now open through the proxy"
    assert cache_outcome(role_url) == "HIT"
    assert get(f"{server}/api/v1/roles")[0] == 200

    proxy.mode = "blackhole"
    status, content_type, body, seconds = get(f"{server}/healthz")
    assert (status, json.loads(body)["database"]) == (503, "unreachable")
    assert seconds < 5
    status, content_type, body, seconds = get(role_url)
    assert (status, content_type.split(";")[0]) == (503, "text/html")
    assert "We’ll be right back" in body
    assert seconds < 10
    status, content_type, body, seconds = get(f"{server}/api/v1/roles")
    assert (status, json.loads(body)["detail"][0]["type"]) == (503, "service_unavailable")
    assert seconds < 10

    proxy.mode = "forward"
    wait_until(lambda: get(f"{server}/healthz")[0] == 200, within=15, what="recovery after the hang")
    assert get(role_url)[0] == 200

    proxy.mode = "refuse"
    status, _, body, seconds = get(role_url)
    assert status == 503 and "We’ll be right back" in body
    assert get(f"{server}/healthz")[0] == 503
    assert seconds < 5

    proxy.mode = "forward"
    wait_until(lambda: get(f"{server}/healthz")[0] == 200, within=15, what="recovery after the refusal")
    assert get(role_url)[0] == 200
