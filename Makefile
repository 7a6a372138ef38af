# `make` runs the tests and the linter; the README's commands need only Python.
.PHONY: all test lint bench
all: test lint

.venv/bin/claimledger: pyproject.toml
	python3 -m venv .venv && .venv/bin/pip install -q -e '.[dev]'

test: .venv/bin/claimledger
	.venv/bin/python -m pytest

lint: .venv/bin/claimledger
	.venv/bin/ruff check src tests bench

bench: .venv/bin/claimledger
	.venv/bin/python bench/bench_ingest.py --size-mb 500
