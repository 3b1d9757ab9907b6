"""Docker is not available on the project's test machine: these read the container files for the
properties docs/deploy.md promises, without building or running them."""

import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def test_the_image_is_multi_stage_runs_as_a_non_root_user_and_starts_with_bin_serve():
    lines = [line.strip() for line in (ROOT / "Dockerfile").read_text().splitlines()]
    stages = [line for line in lines if line.startswith("FROM ")]
    assert len(stages) >= 2
    users = [line.split()[1] for line in lines if line.startswith("USER ")]
    assert users and users[-1] not in {"root", "0"}
    assert 'ENTRYPOINT ["bin/serve"]' in lines
    assert any(line.startswith("HEALTHCHECK") for line in lines)


def test_bin_serve_migrates_collects_static_and_execs_gunicorn():
    commands = [
        line for line in (ROOT / "bin" / "serve").read_text().splitlines() if "manage.py" in line or "exec" in line
    ]
    assert "migrate" in commands[0] and "collectstatic" in commands[1] and "gunicorn" in commands[2]
    assert (ROOT / "bin" / "serve").stat().st_mode & 0o111


def test_gunicorn_config_logs_access_to_stdout_and_bounds_requests():
    namespace = {}
    exec((ROOT / "gunicorn.conf.py").read_text(), namespace)
    assert namespace["accesslog"] == "-"
    assert namespace["workers"] >= 1 and namespace["timeout"] <= 60
    assert namespace["wsgi_app"] == "config.wsgi:application"


def test_compose_runs_app_database_redis_and_scheduler_with_healthchecks():
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text())
    services = compose["services"]
    assert {"app", "db", "redis", "scheduler"} <= set(services)
    for name in ("app", "db", "redis"):
        assert "healthcheck" in services[name], name
    assert services["app"]["depends_on"]["db"]["condition"] == "service_healthy"
    scheduler = "\n".join(services["scheduler"]["command"])
    assert "publish_scheduled" in scheduler and "send_review_reminders" in scheduler
    assert services["app"]["environment"]["REDIS_URL"].startswith("redis://redis:")


def test_gunicorn_workers_put_what_they_loaded_out_of_the_garbage_collectors_sight():
    """A worker's loaded modules are never garbage; a full collection walking them cost about 100 ms."""
    check = (
        "import gc, runpy, django; django.setup(); "
        "before = gc.get_freeze_count(); "
        "runpy.run_path('gunicorn.conf.py')['post_worker_init'](None); "
        "print(before, gc.get_freeze_count(), len(gc.get_objects()))"
    )
    result = subprocess.run(
        [sys.executable, "-c", check], cwd=ROOT, capture_output=True, text=True, check=True, timeout=120
    )
    before, frozen, still_tracked = map(int, result.stdout.split())
    assert before == 0
    assert frozen > 50_000
    assert still_tracked < frozen / 10
