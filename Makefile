# One command to set up and launch, one to set up and test. Everything lives in .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test bench bundle clean translations

# The translations are compiled from their .ts sources by every build; the .qm files are not kept
# in git. `make translations` refreshes the .ts files after texts in the code have changed.
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

$(VENV)/.installed-bench: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[bench]"
	touch $@

$(VENV)/.installed-bundle: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[bundle]"
	touch $@

resources/translations/%.qm: resources/translations/%.ts | $(VENV)/.installed-run
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(VENV)/.installed-run
	$(BIN)/pyside6-lupdate -no-obsolete -locations none $$(find neuron_gui -name '*.py' | sort) \
		-ts $(TS)

run: $(VENV)/.installed-run $(QM)
	$(BIN)/neuron-gui

test: $(VENV)/.installed-test $(QM)
	$(BIN)/python -m pytest

bench: $(VENV)/.installed-bench $(QM)
	$(BIN)/python benchmarks/latency.py

# The classroom build: dist/neuron-gui/ and dist/neuron-gui-<version>-<os>-<arch>.tar.gz (README).
bundle: $(VENV)/.installed-bundle $(QM)
	$(BIN)/python packaging/build_bundle.py

clean:
	rm -rf $(VENV) build dist *.egg-info
