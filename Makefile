# Kordon: `make demo` sets up and runs the demo; `make test` sets up and runs the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench eval web clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e ".[test,ray]"
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/kordon demo --db demo.db --serve

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests scripts
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/kordon bench --docs 2000

eval: $(STAMP)
	$(BIN)/kordon extract ../shared/eval/dev/text --format exchange -o /tmp/kordon-dev.jsonl
	$(PYTHON) ../shared/eval/score.py ../shared/eval/dev /tmp/kordon-dev.jsonl --by-lang

# The dashboard: builds web/ into src/kordon/static/ (committed, so only front-end changes need npm).
web:
	cd web && npm ci && npm run build

clean:
	rm -rf $(VENV) demo.db build src/*.egg-info
