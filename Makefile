# `make run` starts the app on seeds/; `make test` runs the tests. Both set up .venv first.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: run test test-fast build eval bench

$(VENV)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

run: $(VENV)/.installed
	$(PY) app.py

test: $(VENV)/.installed
	$(PY) -m pytest -q

test-fast: $(VENV)/.installed
	$(PY) -m pytest -q -m "not slow and not browser"

build: $(VENV)/.installed
	$(PY) -m qa build

eval: $(VENV)/.installed
	$(PY) -m qa eval --corpus data/squad_articles --questions data/dev.answerable.jsonl data/dev.unanswerable.jsonl --offtopic data/dev.answerable.jsonl --index .eval-index

bench: $(VENV)/.installed
	$(PY) -m qa bench
