# eventwatch: `make demo` codes the bundled sample corpus into ./eventwatch.duckdb;
# `make test` runs the test suite. Both create .venv on first use.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
PIP    := $(BIN)/python -m pip --disable-pip-version-check -q

.PHONY: setup demo test lint bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml constraints.txt requirements-models.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install --require-hashes --no-deps -r requirements-models.txt
	$(PIP) install -c constraints.txt -e '.[dev]'
	touch $(STAMP)

demo: setup
	$(BIN)/eventwatch demo --db eventwatch.duckdb

test: setup
	$(BIN)/python -m pytest

lint: setup
	$(BIN)/ruff check src tests bench

bench: setup
	$(BIN)/python bench/throughput.py src/eventwatch/data/sample/articles.jsonl

clean:
	rm -rf $(VENV) eventwatch.duckdb eventwatch.duckdb.wal
