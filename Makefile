# docgen: `make generate` and `make test` work on a fresh clone; .venv is made on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: generate test lint check bench clean lock

# Every install uses the exact versions of constraints.txt (the committed lock of this environment).
$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade -c constraints.txt pip setuptools
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[test]"
	touch $(STAMP)

# Refresh constraints.txt: a throwaway venv with the newest versions pyproject.toml allows, frozen.
lock:
	rm -rf .lock-venv
	$(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet --upgrade pip setuptools
	.lock-venv/bin/python -m pip install --quiet -e ".[test]"
	{ sed -n '1,3p' constraints.txt; .lock-venv/bin/python -m pip freeze --all --exclude-editable; } > constraints.new
	mv constraints.new constraints.txt
	rm -rf .lock-venv

generate: $(STAMP)
	$(BIN)/docgen build

test: $(STAMP)
	$(BIN)/python -m pytest
	$(BIN)/docgen check

# docgen's own code: ruff (rules in pyproject.toml), its formatter, mypy --strict;
# the generated packages: no unused imports or names, sorted __all__, current datetime idiom.
lint: $(STAMP)
	$(BIN)/ruff check generator tests bench
	$(BIN)/ruff format --check generator tests bench
	$(BIN)/mypy --strict --ignore-missing-imports generator
	$(BIN)/ruff check --isolated --select F401,F811,F841,RUF022,UP017 generated

check: $(STAMP)
	$(BIN)/docgen check

bench: $(STAMP)
	$(BIN)/python bench/run.py
	$(BIN)/python bench/client_overhead.py
	$(BIN)/python bench/catalog.py
	$(BIN)/python bench/large_table.py
	$(BIN)/python bench/long_text.py

clean:
	rm -rf $(VENV) .docgen-cache .pytest_cache .mypy_cache .bench
