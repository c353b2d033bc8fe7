# eventwatch: `make demo` codes the bundled sample corpus into ./eventwatch.duckdb;
# `make test` runs the test suite. Both create .venv on first use.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
PIP    := $(BIN)/python -m pip --disable-pip-version-check -q

.PHONY: setup demo test lint bench clean browser

setup: $(STAMP)

$(STAMP): pyproject.toml constraints.txt requirements-models.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install --require-hashes --no-deps -r requirements-models.txt
	$(PIP) install -c constraints.txt -e '.[dev]'
	touch $(STAMP)

demo: setup
	$(BIN)/eventwatch demo --db eventwatch.duckdb

test: setup browser
	$(BIN)/python -m pytest

# The browser tests drive Debian's Chromium; install it when missing (they skip without it).
browser:
	@command -v chromium >/dev/null 2>&1 || apt-get install -y -q chromium >/dev/null 2>&1 \
	  || echo "chromium is not installed: the browser tests will be skipped"

lint: setup
	$(BIN)/ruff check src tests bench

bench: setup
	$(BIN)/python bench/throughput.py src/eventwatch/data/sample/articles.jsonl

clean:
	rm -rf $(VENV) eventwatch.duckdb eventwatch.duckdb.wal
