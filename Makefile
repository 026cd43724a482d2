# `make run` starts the app on seeds/; `make test` runs the linter and the tests. Both set up .venv first.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: run test test-fast lint build eval eval-news eval-archives bench cluster test-cluster

$(VENV)/.installed: requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	$(PY) -m pip install --quiet --no-deps -e .
	touch $@

run: $(VENV)/.installed
	$(PY) app.py

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .

test: lint
	$(PY) -m pytest -q

test-fast: $(VENV)/.installed
	$(PY) -m pytest -q -m "not slow and not browser"

build: $(VENV)/.installed
	$(PY) -m qa build

eval: $(VENV)/.installed
	$(PY) -m qa eval --corpus data/squad_articles --questions data/dev.answerable.jsonl data/dev.unanswerable.jsonl --offtopic data/dev.answerable.jsonl --index .eval-index

# The news set (not in this repository: README "Quality"): NEWS_EVAL holds bbc/ and news/.
NEWS_EVAL ?= ../shared/eval
eval-news: $(VENV)/.installed
	$(PY) -m qa eval --corpus $(NEWS_EVAL)/bbc --questions $(NEWS_EVAL)/news/answerable.jsonl $(NEWS_EVAL)/news/unanswerable.jsonl $(NEWS_EVAL)/news/offtopic.jsonl --conversations $(NEWS_EVAL)/news/followups.jsonl --index .news-index

# The made-up news archives in data/archives/ (data/archives/README.md): one evaluation each, in a temporary index.
eval-archives: $(VENV)/.installed
	for a in data/archives/*/; do echo "== $$a"; $(PY) -m qa eval --corpus $$a/seeds --questions $$a/answerable.jsonl \
	  $$a/unanswerable.jsonl $$a/offtopic.jsonl --conversations $$a/followups.jsonl --json | tail -1; done

bench: $(VENV)/.installed
	$(PY) -m qa bench

# Optional: Ray for `python -m qa build --ray` (README "Scaling out"); CI installs it for the cluster tests.
cluster: $(VENV)/.installed
	$(PY) -m pip install --quiet -r requirements-cluster.txt

test-cluster: cluster
	QA_REQUIRE_RAY=1 $(PY) -m pytest -q tests/cluster
