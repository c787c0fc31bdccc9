# Two set-up commands (see README): `make site` and `make test`. Everything else is a helper.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
ZENSICAL_VENV := .venv-zensical
PIP    := $(BIN)/pip install --disable-pip-version-check -q -c constraints.txt

export NO_MKDOCS_2_WARNING := 1

.PHONY: site serve test check zensical offline screenshots audit clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.site: $(BIN)/python requirements.txt constraints.txt pyproject.toml
	$(PIP) -r requirements.txt
	$(PIP) --no-deps -e .
	touch $@

$(VENV)/.test: $(VENV)/.site requirements-test.txt
	$(PIP) -r requirements-test.txt
	scripts/ensure-chromium
	scripts/ensure-libreoffice
	scripts/ensure-node
	touch $@

## site: install what the site needs and build it into site/ (warnings fail the build)
site: $(VENV)/.site
	$(BIN)/mkdocs build --strict

## serve: live preview on http://127.0.0.1:8000 (rebuilds on content_src/ changes)
## --dirty: only changed pages are rebuilt; hooks/revision_rebuilds.py keeps them all correct
serve: $(VENV)/.site
	$(BIN)/mkdocs serve --livereload --dirty

## test: install test needs and run the whole suite (lint, types, tests)
test: $(VENV)/.test $(ZENSICAL_VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	REVGUIDE_ZENSICAL=$(abspath $(ZENSICAL_VENV))/bin/zensical $(BIN)/pytest $(PYTEST_ARGS)

## check: the fast tier while working: lint, types and every test that needs no MkDocs build
## and no browser, each Hypothesis property on 30 cases (about 27 s of CPU time);
## `make test` runs everything
check: $(VENV)/.test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	HYPOTHESIS_PROFILE=$${HYPOTHESIS_PROFILE:-quick} $(BIN)/pytest -q -m "not build and not browser" $(PYTEST_ARGS)

$(ZENSICAL_VENV)/.installed: requirements-zensical.txt
	$(PYTHON) -m venv $(ZENSICAL_VENV)
	$(ZENSICAL_VENV)/bin/pip install --disable-pip-version-check -q -r requirements-zensical.txt
	$(ZENSICAL_VENV)/bin/pip install --disable-pip-version-check -q --no-deps -e .
	touch $@

## zensical: build the same guide with Zensical into build/zensical/site (engine check)
zensical: $(VENV)/.site $(ZENSICAL_VENV)/.installed
	$(BIN)/python scripts/zensical_build.py $(ZENSICAL_VENV)/bin/zensical

## offline: a zip of the site that works from file:// with no network (revision-guide-offline.zip)
offline: $(VENV)/.site
	$(BIN)/mkdocs build --strict -f mkdocs.offline.yml
	$(BIN)/python scripts/offline_zip.py site-offline revision-guide-offline.zip

## screenshots: README screenshots from a real browser (desktop and 360 px phone)
screenshots: site $(VENV)/.test
	$(BIN)/python scripts/screenshots.py

## audit: Lighthouse scores per page type, mobile (slow; not part of `make test`)
audit: site $(VENV)/.test
	test -x .audit/node_modules/.bin/lighthouse || npm install --prefix .audit --no-audit --no-fund lighthouse@12
	$(BIN)/python scripts/audit.py

clean:
	rm -rf site site-offline revision-guide-offline.zip .pytest_cache .mypy_cache .ruff_cache .hypothesis
