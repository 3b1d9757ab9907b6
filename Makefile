# Role Atlas: `make run` serves the demo site, `make test` runs every check.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
HOST ?= 127.0.0.1
PORT ?= 8000
# The address readers use: absolute URLs (canonical, sitemap, API) are built from it.
SITE_URL ?= http://$(HOST):$(PORT)
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/roleatlas

.PHONY: install run serve test lint demo-db clean bench

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

# Embedded SQLite (db.sqlite3, git-ignored) unless DATABASE_URL says otherwise.
demo-db: install
	$(BIN)/python manage.py migrate --noinput -v 0
	$(BIN)/python manage.py load_demo
	$(BIN)/python manage.py set_site_root $(SITE_URL)
	$(BIN)/python manage.py ensure_admin

run: demo-db
	@echo "Serving Role Atlas at http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/admin/)"
	WAGTAILADMIN_BASE_URL=$${WAGTAILADMIN_BASE_URL:-$(SITE_URL)} $(BIN)/python manage.py runserver $(HOST):$(PORT)

# Production: migrate, collectstatic and gunicorn (bin/serve); needs the environment in docs/deploy.md.
serve: install
	PYTHON=$(BIN)/python bin/serve

test: lint
	@DATABASE_URL=$${DATABASE_URL:-$(TEST_DATABASE_URL)} $(BIN)/python -m config.require_postgres
	DATABASE_URL=$${DATABASE_URL:-$(TEST_DATABASE_URL)} DJANGO_SETTINGS_MODULE=config.settings.test $(BIN)/python manage.py check --fail-level WARNING
	DATABASE_URL=$${DATABASE_URL:-$(TEST_DATABASE_URL)} DJANGO_SETTINGS_MODULE=config.settings.test $(BIN)/python manage.py makemigrations --check --dry-run
	DATABASE_URL=$${DATABASE_URL:-$(TEST_DATABASE_URL)} $(BIN)/pytest $(PYTEST_ARGS)

# The benchmark table of docs/performance.md (BENCH_ARGS=--quick for a smoke run).
bench: install
	$(BIN)/python -m bench $(BENCH_ARGS)

# Style and layering: ruff (lint and format check, pyproject.toml) and the import-linter layers contract.
lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles
