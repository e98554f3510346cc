# musesocial hub. `make help` lists the targets.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
# Test processes for `make test` (pytest-xdist): auto is one per CPU core; 0 runs serially.
TEST_WORKERS ?= auto

.DEFAULT_GOAL := help
.PHONY: help run install setup serve test lint format lock clean browser-deps backup restore

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

run: setup serve ## Install, migrate, load the demo content and serve http://127.0.0.1:8000

install: $(VENV)/.installed ## Create the virtual environment with the locked dependencies

$(VENV)/.installed: requirements.lock requirements-dev.lock
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.lock
	touch $@

setup: install ## Migrate, load the demo content, make sure an admin login exists
	$(MANAGE) compile_translations
	$(MANAGE) migrate --no-input
	$(MANAGE) setup_roles
	$(MANAGE) load_demo
	WAGTAILADMIN_BASE_URL=http://$(HOST):$(PORT) $(MANAGE) ensure_admin

# Links the site makes outside a request (JSON-LD, feeds, emails) name the port it serves
# on, unless WAGTAILADMIN_BASE_URL is set; 0.0.0.0 is no address to visit.
serve: export WAGTAILADMIN_BASE_URL ?= http://$(if $(filter 0.0.0.0,$(HOST)),127.0.0.1,$(HOST)):$(PORT)
serve: ## Serve the site, the background-import and live-capture workers, without setting anything up (PORT=8001 HOST=0.0.0.0 to change)
	@# The import worker imports large chat archives uploaded in the admin; the capture
	@# worker polls Mastodon/Bluesky during chats (it exits at once with no network
	@# configured). Both stop with the server.
	$(MANAGE) db_worker --backend imports & worker=$$!; \
	$(MANAGE) capture_worker & capture=$$!; \
	trap 'kill $$worker $$capture 2>/dev/null' EXIT INT TERM; \
	$(MANAGE) runserver $(HOST):$(PORT)

# Bytecode kept (__pycache__/, git-ignored) even where the environment sets
# PYTHONDONTWRITEBYTECODE: the workers and the many manage.py subprocesses the suite
# starts would otherwise each compile the project again.
test: export PYTHONDONTWRITEBYTECODE :=
test: install ## Run the whole test suite in parallel (TEST_WORKERS=0 for one process; DATABASE_URL picks the database)
	$(MANAGE) compile_translations
	@# loadgroup: tests marked xdist_group share one worker (and its module fixture).
	@# --no-loadscope-reorder: in the order collected (tests/conftest.py), not the largest
	@# group first, which made both workers wait idle for the demo template at the start.
	$(BIN)/pytest -n $(TEST_WORKERS) --dist loadgroup --no-loadscope-reorder $(PYTEST_ARGS)

backup: ## Back up the database and media into backups/ (BACKUP=file or folder to choose)
	$(MANAGE) backup $(BACKUP)

restore: ## Restore a backup: database and media (BACKUP=path; asks before overwriting)
	@test -n "$(BACKUP)" || { echo "Usage: make restore BACKUP=backups/musesocial-<time>.tar.gz" >&2; exit 2; }
	$(MANAGE) restore $(BACKUP)

# Root installs with apt-get directly; anyone else through sudo.
SUDO ?= $(shell [ "$$(id -u)" = 0 ] || echo sudo)

browser-deps: ## Debian's Chromium, Java and Node, and the npm tools (axe-core, vnu-jar, lighthouse) tests/browser needs
	command -v chromium >/dev/null || ($(SUDO) apt-get update && $(SUDO) apt-get install -y --no-install-recommends chromium)
	command -v java >/dev/null || ($(SUDO) apt-get update && $(SUDO) apt-get install -y --no-install-recommends default-jre-headless)
	command -v npm >/dev/null || ($(SUDO) apt-get update && $(SUDO) apt-get install -y --no-install-recommends nodejs npm)
	npm ci --ignore-scripts --no-audit --no-fund

lint: install ## Ruff, template lint, import contracts (the floor plan), dead code, Django checks, missing migrations, Dockerfile lint
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djlint templates --lint
	$(BIN)/lint-imports --no-cache
	$(BIN)/vulture
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run
	$(BIN)/hadolint --no-color --failure-threshold warning Dockerfile

format: install ## Format the code with ruff
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

lock: ## Re-resolve requirements.lock and requirements-dev.lock from pyproject.toml
	$(BIN)/python -m pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --python-version 3.11.7 --no-emit-index-url --no-emit-find-links -o requirements.lock
	$(BIN)/uv pip compile pyproject.toml --extra dev -c requirements.lock --python-version 3.11.7 --no-emit-index-url --no-emit-find-links -o requirements-dev.lock

clean: ## Remove the virtual environment, the SQLite database, its waiting uploads, the kept test templates and collected files
	rm -rf $(VENV) db.sqlite3 var staticfiles
