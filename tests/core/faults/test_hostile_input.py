"""No public page or API endpoint answers 5xx, whatever the query string or path holds: on PostgreSQL and on SQLite."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.cache import caches

from pagecache.store import page_store
from tests.core.faults.hostile_walk import KNOWN_CASES, walk, walk_everything
from tests.factories.courses import (
    CertificationFactory,
    CertificationIndexPageFactory,
    CourseFactory,
    CourseIndexPageFactory,
)
from tests.factories.paths import PackagedPathPageFactory, PathIndexPageFactory
from tests.factories.roles import RolePageFactory, add_role_parts
from tests.pagecache.front_client import FrontClient

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def catalogue(role_index, settings):
    settings.API_ANON_RATE = "1000000/min"
    home = role_index.get_parent()
    role = add_role_parts(RolePageFactory(parent=role_index, title="AI Engineer", slug="ai-engineer"))
    PackagedPathPageFactory(parent=PathIndexPageFactory(parent=home), roles=[role])
    CourseIndexPageFactory(parent=home)
    CertificationIndexPageFactory(parent=home)
    CourseFactory()
    CertificationFactory()
    return role


@pytest.mark.django_db
def test_the_reported_inputs_answer_without_a_server_error_on_postgresql(catalogue, client):
    client.raise_request_exception = False
    assert walk(client, KNOWN_CASES) == []


@pytest.mark.django_db
def test_every_page_and_endpoint_survives_hostile_input_on_postgresql(catalogue, client):
    client.raise_request_exception = False
    count, failures = walk_everything(client)
    print(f"hostile input on PostgreSQL: {count} cases tried, {len(failures)} server errors")
    assert count > 1000
    assert failures == []


@pytest.fixture
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 86400
    page_store.clear()
    yield
    caches[settings.PAGE_CACHE_ALIAS].clear()
    page_store.clear()  # rolled-back version numbers are reused by the next test


@pytest.mark.django_db
def test_hostile_input_through_the_page_cache_front_gets_no_server_error(catalogue, page_cache_on):
    client = FrontClient(raise_request_exception=False)
    count, failures = walk_everything(client)
    headers = [
        {"If-None-Match": '%00, W/, *x, "unterminated'},
        {"If-Modified-Since": "yesterday at noon"},
        {"If-Modified-Since": "Sun, 06 Nov 99999 08:49:37 GMT"},
    ]
    failures += [failure for each in headers for failure in walk(client, ["/", catalogue.url], headers=each)]

    assert count > 1000
    assert failures == []
    assert client.get(catalogue.url, headers={"Host": "evil.example"}).status_code == 400


def test_every_page_and_endpoint_survives_hostile_input_on_sqlite(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'hostile.sqlite3'}",
        "MEDIA_ROOT": str(tmp_path / "media"),
        "LOG_LEVEL": "CRITICAL",
        "REDIS_URL": "",
    }
    result = subprocess.run(
        [sys.executable, "-m", "tests.core.faults.hostile_walk", "--setup"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    print(f"hostile input on SQLite: {report['cases']} cases tried, {len(report['failures'])} server errors")
    assert report["vendor"] == "django.db.backends.sqlite3"
    assert report["cases"] > 1000
    assert report["failures"] == []
