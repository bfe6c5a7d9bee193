# Two commands do everything on a fresh machine:
#   make run   - install, migrate, load the demo site and serve it on http://127.0.0.1:8000/
#   make test  - install dev tools, run the checks and the whole test suite
# Set DATABASE_URL to run either against PostgreSQL instead of the SQLite default.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
export DJANGO_SETTINGS_MODULE ?= gosmart.settings.dev
TEMPLATES := find . -path ./$(VENV) -prune -o -path '*/templates/*.html' -print

.PHONY: run test test-fast test-browser install install-dev messages lint format check clean bench bench-compare stack

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.installed

# The browser tests' checkers, axe-core and the Nu Html Checker (vnu.jar), come from npm at the
# versions package-lock.json pins. They install beside the Python tools, in .venv/node, so the
# work tree gets no node_modules. Without npm they are left out and the browser tests say so.
$(VENV)/node/.installed: package.json package-lock.json $(BIN)/python
	@if command -v npm >/dev/null 2>&1; then \
		mkdir -p $(VENV)/node && cp package.json package-lock.json $(VENV)/node/ && \
		npm ci --prefix $(VENV)/node --ignore-scripts --no-audit --no-fund --loglevel=error && \
		touch $@; \
	else \
		echo "npm not found: axe-core and vnu.jar not installed, browser checks will skip" >&2; \
	fi

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev $(VENV)/node/.installed

messages: install
	$(MANAGE) compilemessages --ignore=$(VENV) -v 0

run: install messages
	$(MANAGE) migrate --no-input -v 0
	$(MANAGE) load_demo_content --if-empty
	$(MANAGE) ensure_local_admin
	@echo "Scheduled pages (embargoed releases) go live within a minute: publish_scheduled runs in the background."
	@( while true; do $(MANAGE) publish_scheduled >/dev/null 2>&1; sleep 60; done ) & \
		scheduler=$$!; trap 'kill $$scheduler 2>/dev/null' EXIT INT TERM; \
		$(MANAGE) runserver 127.0.0.1:8000

check: install-dev messages
	DJANGO_SETTINGS_MODULE=gosmart.settings.test $(MANAGE) check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=gosmart.settings.test $(MANAGE) makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=gosmart.settings.production SECRET_KEY=check-deploy-only-$$$$-not-a-real-secret-key-0123456789 \
		$(MANAGE) check --deploy --fail-level WARNING
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(TEMPLATES) | xargs $(BIN)/djhtml --check
	$(BIN)/lint-imports

# The suite runs on one pytest-xdist worker per CPU (PYTEST_WORKERS=N to choose, 0 for one
# process). Each worker has its own test database; the browser tests, the tests that start
# servers and the visibility matrix each stay on one worker (tests/conftest.py).
PYTEST_WORKERS ?= auto
PYTEST := DJANGO_SETTINGS_MODULE=gosmart.settings.test $(BIN)/pytest -n $(PYTEST_WORKERS) --dist loadgroup

test: check
	$(PYTEST) $(PYTEST_ARGS)

# Everything except the real-browser checks and the tests that start servers: the quick loop
# while editing.
test-fast: check
	$(PYTEST) -m "not browser and not processes" $(PYTEST_ARGS)

test-browser: install-dev messages
	DJANGO_SETTINGS_MODULE=gosmart.settings.test $(BIN)/pytest -m browser $(PYTEST_ARGS)

# The production topology on one machine: two app servers, PostgreSQL, Redis, an S3-compatible
# object store (moto), whitenoise and the scheduler (deploy/stack.py, docs/production.md).
stack: $(VENV)/.installed-dev messages
	$(BIN)/python -m deploy.stack $(STACK_ARGS)

# Throughput and latency of every page type against a trivial view (benchmarks/run.py).
# BENCH_ARGS="--db postgres" runs it on PostgreSQL; see docs/performance.md.
bench: install messages
	@command -v wrk >/dev/null 2>&1 || (apt-get install -y -qq wrk >/dev/null 2>&1 || \
		(echo "wrk is needed: apt-get install wrk" >&2; exit 1))
	$(BIN)/python -m benchmarks.run $(BENCH_ARGS)

bench-compare:
	$(BIN)/python -m benchmarks.compare $(BENCH_ARGS)

format: install-dev
	$(BIN)/ruff format .
	$(TEMPLATES) | xargs $(BIN)/djhtml
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .test-media test-artifacts
