# Two commands: `make run` serves the demo site, `make test` passes the test suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed-stamp
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install lock db demo messages lint format clean screenshots

# Safe to run again on a site people use: the demo adds only what is missing, and if it
# cannot, the site starts anyway with what it has.
run: export PORTAL_BASE_URL = http://$(HOST):$(PORT)
run: export WAGTAILADMIN_BASE_URL = http://$(HOST):$(PORT)
run: db
	@$(PY) manage.py load_demo_content || echo "*** The demo content could not be loaded \
	(the reason is above); the site starts with the content it has."
	$(PY) manage.py ensure_admin
	@echo "Serving the portal on http://$(HOST):$(PORT)/ (Ctrl+C to stop)"
	$(PY) manage.py runserver $(HOST):$(PORT)

# One xdist group per test module (tests/conftest.py): browser tests first, the modules that
# read the full demo last and together, so that a worker loads the demo once.
test: install
	$(BIN)/pytest -n auto --dist loadgroup --no-loadscope-reorder

install: $(STAMP)

# Exactly the locked versions, each checked against its hash (requirements.lock).
$(STAMP): requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements.lock
	touch $(STAMP)

# Refresh the lock from pyproject.toml's ranges (see "Dependencies" in README.md).
lock: install
	$(BIN)/pip-compile --quiet --upgrade --extra dev --generate-hashes --allow-unsafe \
		--strip-extras --output-file requirements.lock pyproject.toml

db: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py createcachetable

demo: db
	$(PY) manage.py load_demo_content

# Full-page PNGs of every public page type at 390 and 1,280 px, French and English, into
# var/screenshots/ (not committed): on a demo site it starts, or on URL=http://... if given.
screenshots: install
	$(PY) docs/page_screenshots.py $(if $(URL),--url $(URL))

messages: install
	$(PY) manage.py makemessages -l fr -l en -i ".venv/*" -i "benchmarks/*" -i "tests/*" && $(PY) manage.py compilemessages -i ".venv"

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf $(VENV) db.sqlite3* media var static
